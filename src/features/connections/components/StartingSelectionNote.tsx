import { Alert, Button, Group, Text } from "@mantine/core";
import { useDraftVersion } from "../hooks/useDraftVersion";
import type { CatalogDraft } from "../lib/catalogDraft";
import { formatQuantity } from "@/shared/format";

interface Props {
  draft: CatalogDraft;
  /** How many streams the server's discover selected (its suggested streams, or the only stream). */
  suggested: number;
}

/**
 * Says where a new connection's stream choices come from: a real server preselects only the
 * connector's suggested streams (none for most databases), so a user who expected everything is
 * told why, and can select every stream in one step.
 */
export function StartingSelectionNote({ draft, suggested }: Props) {
  useDraftVersion(draft);
  const total = draft.size;
  if (total === 0) return null;
  const allEnabled = draft.enabledCount() === total;
  const streams = formatQuantity(total, "stream", "streams");
  const selection =
    suggested === 0
      ? `No stream is selected yet: the connector suggests none of its ${streams}. Choose the ones to sync below.`
      : suggested === total
        ? total === 1
          ? "The source's only stream is selected."
          : `All ${streams} are selected: the connector suggests each of them.`
        : `The connector suggests ${formatQuantity(suggested, "stream", "streams")} of its ${total.toLocaleString("en-US")}, so those are selected.`;
  return (
    <Alert color="blue" variant="light" title="Starting selection" mb="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" style={{ flex: "1 1 24rem" }}>
          {selection} Each stream starts with the sync mode the server suggests for it (incremental with deduplication where the source
          defines a cursor and a primary key, otherwise a full refresh), or the closest one the destination supports.
        </Text>
        {!allEnabled && (
          // draft.keys.keys(): the index of every stream.
          <Button size="xs" variant="default" onClick={() => draft.setSelected(draft.keys.keys(), true)}>
            Select all {streams}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
