import { Badge, Group, Text } from "@mantine/core";
import { formatVersion, humanSupportLabel, supportLabel } from "../lib/catalogFilter";
import type { ConnectorDefinition } from "../lib/types";

/** "v1.2.3 · Certified · Documentation" line under a connector's name. */
export function DefinitionSummary({ definition }: { definition: ConnectorDefinition }) {
  const support = supportLabel(definition);
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" c="dimmed">
        {definition.name} {formatVersion(definition.dockerImageTag)}
      </Text>
      {support && (
        <Badge size="sm" variant="dot" color={support === "certified" || support === "generally_available" ? "green" : "gray"}>
          {humanSupportLabel(support)}
        </Badge>
      )}
      {definition.documentationUrl && /^https?:\/\//.test(definition.documentationUrl) && (
        <Text size="sm" component="a" href={definition.documentationUrl} target="_blank" rel="noopener noreferrer" c="blue">
          Setup guide<span className="visually-hidden"> (opens in a new tab)</span>
        </Text>
      )}
    </Group>
  );
}
