import { Group, Stack, Text, Title } from '@mantine/core';
import { forwardRef, type ReactNode } from 'react';

interface ConnectorPageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  actions?: ReactNode;
}

/** Page heading that can take focus after navigation (tabIndex -1), with optional icon and actions. */
export const ConnectorPageHeader = forwardRef<HTMLHeadingElement, ConnectorPageHeaderProps>(function ConnectorPageHeader({ title, description, icon, actions }, ref) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="sm">
      <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
        {icon}
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} size="h2" ref={ref} tabIndex={-1} style={{ outline: 'none', overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm" component="div">
              {description}
            </Text>
          )}
        </Stack>
      </Group>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
});
