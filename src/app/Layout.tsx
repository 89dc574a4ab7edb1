import { AppShell, Badge, Burger, Group, NavLink, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsExchange, IconDatabaseImport, IconDatabaseExport, IconSettings, IconFlask } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useWorkspaces } from '@/api/hooks/workspace';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageLoader } from '@/components/PageLoader';
import { getRuntimeConfig } from '@/api/runtimeConfig';
import { WorkspaceProvider } from './WorkspaceContext';

const NAV = [
  { to: '/connections', label: 'Connections', icon: IconArrowsExchange },
  { to: '/sources', label: 'Sources', icon: IconDatabaseImport },
  { to: '/destinations', label: 'Destinations', icon: IconDatabaseExport },
  { to: '/settings', label: 'Settings', icon: IconSettings },
  { to: '/playground', label: 'Spec playground', icon: IconFlask },
];

export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const workspaces = useWorkspaces();
  const workspace = workspaces.data?.workspaces[0];

  let content;
  if (workspaces.isPending) content = <PageLoader label="Loading workspace" />;
  else if (workspaces.isError) content = <ErrorAlert title="Could not load your workspace" error={workspaces.error} onRetry={() => void workspaces.refetch()} />;
  else if (!workspace) content = <ErrorAlert title="No workspace" error={new Error('The server has no workspace in the default organization. Create one on the server, then reload.')} onRetry={() => void workspaces.refetch()} />;
  else
    content = (
      <WorkspaceProvider workspace={workspace}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </WorkspaceProvider>
    );

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link visually-hidden">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} />
            <UnstyledButton component={Link} to="/connections" aria-label="Syncdeck home">
              <Group gap={8} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={24} height={24} />
                <Title order={2} size="h4">
                  Syncdeck
                </Title>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {workspace && (
              <Text size="sm" c="dimmed" truncate maw={220} data-testid="workspace-name">
                {workspace.name}
              </Text>
            )}
            {getRuntimeConfig().backend === 'mock' && (
              <Badge color="yellow.3" c="dark.9" title="Data comes from the embedded mock backend">
                Mock
              </Badge>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation" component="nav">
        {NAV.map((item) => {
          const active = location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} stroke={1.6} aria-hidden="true" />}
              active={active}
              variant="filled"
              aria-current={active ? 'page' : undefined}
              onClick={close}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {content}
      </AppShell.Main>
    </AppShell>
  );
}
