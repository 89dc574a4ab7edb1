import { Group, Title, useMantineTheme } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconArrowsExchange, IconDatabaseImport, IconDatabaseExport, IconSettings, IconFlask, IconMenu2, IconX } from "@tabler/icons-react";
import { Suspense, useEffect, useRef } from "react";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useWorkspaces } from "@/api/hooks/workspace";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import { getRuntimeConfig } from "@/api/runtimeConfig";
import { WorkspaceProvider } from "@/shared/WorkspaceContext";
import { useChosenWorkspace, WorkspaceSwitcher } from "./WorkspaceSwitcher";
import classes from "./Layout.module.css";

const NAV = [
  { to: "/connections", label: "Connections", icon: IconArrowsExchange },
  { to: "/sources", label: "Sources", icon: IconDatabaseImport },
  { to: "/destinations", label: "Destinations", icon: IconDatabaseExport },
  { to: "/settings", label: "Settings", icon: IconSettings },
  { to: "/playground", label: "Spec playground", icon: IconFlask },
];

const NAV_ID = "main-navigation";

export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const workspaces = useWorkspaces();
  const [workspace, chooseWorkspace] = useChosenWorkspace(workspaces.data?.workspaces);
  const navigate = useNavigate();
  const burger = useRef<HTMLButtonElement>(null);

  // Below the theme's `sm` breakpoint the navigation folds behind the burger (Layout.module.css).
  const narrow = useMediaQuery(`(width < ${useMantineTheme().breakpoints.sm})`) ?? false;
  const menuOpen = opened && narrow;

  // Choosing a section (or any other navigation) folds the narrow-screen menu again.
  useEffect(close, [pathname, close]);

  let content;
  if (workspaces.isPending) content = <PageLoader label="Loading workspace" />;
  else if (workspaces.isError)
    content = <ErrorAlert title="Could not load your workspace" error={workspaces.error} onRetry={() => void workspaces.refetch()} />;
  else if (!workspace)
    content = (
      <ErrorAlert
        title="No workspace"
        error={new Error("The server has no workspace in the default organization. Create one on the server, then reload.")}
        onRetry={() => void workspaces.refetch()}
      />
    );
  else
    content = (
      <WorkspaceProvider workspace={workspace}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </WorkspaceProvider>
    );

  return (
    <>
      <a href="#main" className="skip-link visually-hidden">
        Skip to content
      </a>
      <header className={classes.header}>
        <Group gap="sm" wrap="nowrap">
          {/* A plain button with an icon (shown below `sm` only, by Layout.module.css): Mantine's
              animated Burger would be one more component in the first download. */}
          <button
            ref={burger}
            type="button"
            className={classes.burger}
            onClick={toggle}
            aria-label={opened ? "Close navigation" : "Open navigation"}
            aria-expanded={opened}
            aria-controls={NAV_ID}
          >
            {opened ? <IconX size={20} aria-hidden="true" /> : <IconMenu2 size={20} aria-hidden="true" />}
          </button>
          <Link to="/connections" className={classes.brand} aria-label="Syncdeck home">
            <img src="/favicon.svg" alt="" width={24} height={24} />
            <Title order={2} size="h4">
              Syncdeck
            </Title>
          </Link>
        </Group>
        <Group gap="xs" wrap="nowrap" className={classes.headerEnd}>
          {workspace && workspaces.data && (
            <WorkspaceSwitcher
              workspaces={workspaces.data.workspaces}
              current={workspace}
              onChoose={(workspaceId) => {
                chooseWorkspace(workspaceId);
                // Another workspace's pages hold other records: start from its connections.
                void navigate("/connections");
              }}
            />
          )}
          {getRuntimeConfig().backend === "mock" && (
            <span className={classes.mockBadge} title="Data comes from the embedded mock backend">
              Mock
            </span>
          )}
        </Group>
      </header>
      <nav
        id={NAV_ID}
        className={classes.nav}
        aria-label="Main navigation"
        data-open={opened || undefined}
        onKeyDown={(event) => {
          // Escape folds the narrow-screen menu and hands focus back to the button that opened it.
          if (event.key === "Escape" && menuOpen) {
            close();
            burger.current?.focus();
          }
        }}
      >
        {NAV.map((item) => (
          <NavLink key={item.to} to={item.to} className={classes.link}>
            <item.icon size={18} stroke={1.6} aria-hidden="true" />
            {item.label}
          </NavLink>
        ))}
      </nav>
      {/* While the menu covers the page, the page is out of reach: Tab stays in the menu and the header. */}
      <main id="main" tabIndex={-1} className={classes.main} inert={menuOpen || undefined}>
        {content}
      </main>
    </>
  );
}
