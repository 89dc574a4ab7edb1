import { Button, Group, Loader, Paper, Stack, Text } from "@mantine/core";
import { formatDuration } from "@/shared/format";
import { useNow } from "@/shared/useNow";

/** "Discovering the schema of X… 12s" with a cancel button. */
export function DiscoverProgress({ sourceName, startedAt, onCancel }: { sourceName: string; startedAt: number; onCancel: () => void }) {
  const now = useNow(true);
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm" align="flex-start">
        <Group gap="sm" role="status" aria-live="polite">
          <Loader size="sm" aria-hidden="true" />
          <Text>
            Discovering the schema of <strong>{sourceName}</strong>…
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          Elapsed: <span data-testid="discover-elapsed">{formatDuration(Math.max(0, now - startedAt))}</span>. The source lists its streams
          and fields; large sources can take a few minutes.
        </Text>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Stack>
    </Paper>
  );
}
