import { Badge, Text } from "@mantine/core";
import { formatDateTime, toMillis } from "@/shared/format";
import { SYNC_LABELS, type SyncState } from "../lib/listRows";

const COLOURS: Partial<Record<SyncState, string>> = {
  succeeded: "green",
  failed: "red",
  incomplete: "orange",
  cancelled: "gray",
  running: "blue",
  pending: "blue",
  queued: "blue",
};

export function SyncStatusBadge({ state, at }: { state: SyncState; at?: number }) {
  if (state === "none" || state === "never") {
    return (
      <Text size="sm" c="dimmed">
        {SYNC_LABELS[state]}
      </Text>
    );
  }
  const when = at ? toMillis(at) : undefined;
  return (
    <Badge
      color={COLOURS[state] ?? "gray"}
      variant="dot"
      title={when !== undefined ? `Last sync started ${formatDateTime(when)}` : undefined}
    >
      {SYNC_LABELS[state]}
    </Badge>
  );
}
