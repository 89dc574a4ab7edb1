import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode, Ref } from "react";

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Shown before the title (a connector's icon). */
  icon?: ReactNode;
  actions?: ReactNode;
  /** Given, the heading can take focus (tabIndex -1), so a page can move focus to it after navigation. */
  ref?: Ref<HTMLHeadingElement>;
}

/** A page's h1 with its description and actions; long unbroken titles (connector names) wrap. */
export function PageHeader({ title, description, icon, actions, ref }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="sm">
      <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
        {icon}
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} size="h2" ref={ref} tabIndex={ref ? -1 : undefined} style={{ outline: "none", overflowWrap: "anywhere" }}>
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
}
