import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** "Discovering the schema of X… 12 s" with a cancel button. */
export function DiscoverProgress({ sourceName, startedAt, onCancel }: { sourceName: string; startedAt: number; onCancel: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
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
          Elapsed: <span data-testid="discover-elapsed">{formatElapsed(Math.max(0, now - startedAt))}</span>. The source lists its streams and fields; large sources can take a few minutes.
        </Text>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Stack>
    </Paper>
  );
}
