import { Button, Group, Loader, Paper, Stack, Text } from "@mantine/core";
import type { CommandPhase } from "@/api/hooks/commands";
import { formatDuration } from "@/shared/format";
import { useNow } from "@/shared/useNow";

/** What the server is doing, in the user's words. */
const STAGE_TEXT: Record<CommandPhase, string> = {
  starting: "Starting the connector… pulling its image can take a few minutes the first time a connector is used.",
  running: "The source lists its streams and fields; large sources can take a few minutes.",
  waiting:
    "The server starts the connector (pulling its image can take a few minutes the first time), then the source lists its streams and fields.",
};

/** "Discovering the schema of X… 12 s" with what the server is doing and a cancel button. */
export function DiscoverProgress({
  sourceName,
  startedAt,
  stage,
  onCancel,
}: {
  sourceName: string;
  startedAt: number;
  stage: CommandPhase;
  onCancel: () => void;
}) {
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
          <span data-testid="discover-stage">{STAGE_TEXT[stage]}</span> Elapsed:{" "}
          <span data-testid="discover-elapsed">{formatDuration(Math.max(0, now - startedAt))}</span>.
        </Text>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Stack>
    </Paper>
  );
}
