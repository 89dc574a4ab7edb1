import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { FieldChange, StreamChange } from "../lib/catalogDiff";
import { fieldLabel, streamLabel } from "../lib/streamKey";

function describeField(change: FieldChange): string {
  const label = fieldLabel(change.path);
  if (change.kind === "added") return `Field ${label} added (${change.newType})`;
  if (change.kind === "removed") return `Field ${label} removed (was ${change.oldType})`;
  return `Field ${label} changed type from ${change.oldType} to ${change.newType}`;
}

const KIND_LABEL = { added: "New stream", removed: "Stream removed", changed: "Stream changed" } as const;

interface Props {
  changes: readonly StreamChange[];
  newStreamsEnabled: boolean;
  onApply: () => void;
  onDismiss: () => void;
}

/** Schema changes grouped by stream, breaking ones first, with apply and dismiss. */
export function SchemaChangesReview({ changes, newStreamsEnabled, onApply, onDismiss }: Props) {
  const breaking = changes.filter((c) => c.breaking).length;
  const added = changes.filter((c) => c.kind === "added").length;
  return (
    <Paper withBorder p="md" aria-labelledby="schema-changes-title" component="section">
      <Stack gap="sm">
        <Title order={2} size="h4" id="schema-changes-title">
          Schema changes ({changes.length.toLocaleString()} {changes.length === 1 ? "stream" : "streams"})
        </Title>
        {breaking > 0 && (
          <Alert color="red" title={`${breaking} breaking ${breaking === 1 ? "change" : "changes"}`}>
            A cursor or primary key field was removed or changed type. After applying, fix the flagged streams before saving.
          </Alert>
        )}
        {added > 0 && (
          <Text size="sm">
            {added.toLocaleString()} new {added === 1 ? "stream arrives" : "streams arrive"}{" "}
            {newStreamsEnabled ? "enabled (your schema-change policy propagates new streams)" : "disabled: enable the ones you want"}.
          </Text>
        )}
        <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0, maxHeight: 420, overflow: "auto" }}>
          {changes.slice(0, 500).map((change) => (
            <li key={change.key}>
              <Paper withBorder p="xs" radius="sm">
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm" style={{ wordBreak: "break-word" }}>
                    {streamLabel(change.namespace, change.name)}
                  </Text>
                  <Badge size="sm" variant="dot" color={change.kind === "removed" ? "orange" : change.kind === "added" ? "blue" : "gray"}>
                    {KIND_LABEL[change.kind]}
                  </Badge>
                  {change.breaking && (
                    <Badge size="sm" color="red">
                      Breaking
                    </Badge>
                  )}
                  {change.kind === "removed" && change.wasEnabled && (
                    <Text size="xs" c="dimmed">
                      was enabled: it will stop syncing
                    </Text>
                  )}
                </Group>
                {(change.fields.length > 0 || change.primaryKeyChanged) && (
                  <List size="sm" mt={4}>
                    {change.primaryKeyChanged && (
                      <List.Item>
                        Primary key changed from {change.primaryKeyChanged.from.map(fieldLabel).join(", ") || "none"} to{" "}
                        {change.primaryKeyChanged.to.map(fieldLabel).join(", ") || "none"}
                      </List.Item>
                    )}
                    {change.fields.map((field) => (
                      <List.Item key={`${field.kind}:${field.path.join("\u0001")}`}>
                        <Text span size="sm" c={field.breaking ? "red" : undefined}>
                          {describeField(field)}
                          {field.reason ? `: breaking, ${field.reason}` : ""}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Paper>
            </li>
          ))}
        </Stack>
        {changes.length > 500 && (
          <Text size="sm" c="dimmed">
            And {(changes.length - 500).toLocaleString()} more streams.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDismiss}>
            Dismiss
          </Button>
          <Button onClick={onApply}>Apply changes</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
