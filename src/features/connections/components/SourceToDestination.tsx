import { Group, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { formatName } from "@/shared/format";

interface Endpoint {
  name: string;
  connectorName?: string;
  icon?: string | null;
}

/** "Postgres → S3" with both connectors' icons. */
export function SourceToDestination({ source, destination }: { source: Endpoint; destination: Endpoint }) {
  return (
    <Group gap={6} wrap="nowrap">
      <ConnectorIcon name={source.connectorName ?? source.name} icon={source.icon} size={20} />
      <Text size="sm" truncate maw={160} title={formatName(source.name)}>
        {formatName(source.name)}
      </Text>
      <IconArrowRight size={14} aria-label="to" role="img" />
      <ConnectorIcon name={destination.connectorName ?? destination.name} icon={destination.icon} size={20} />
      <Text size="sm" truncate maw={160} title={formatName(destination.name)}>
        {formatName(destination.name)}
      </Text>
    </Group>
  );
}
