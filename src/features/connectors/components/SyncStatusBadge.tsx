import { Badge, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { SYNC_LABELS, type SyncState } from '../lib/listRows';

const COLOURS: Partial<Record<SyncState, string>> = {
  succeeded: 'green',
  failed: 'red',
  incomplete: 'orange',
  cancelled: 'gray',
  running: 'blue',
  pending: 'blue',
  queued: 'blue',
};

export function SyncStatusBadge({ state, at }: { state: SyncState; at?: number }) {
  if (state === 'none' || state === 'never') {
    return (
      <Text size="sm" c="dimmed">
        {SYNC_LABELS[state]}
      </Text>
    );
  }
  // Airbyte timestamps are seconds since the epoch.
  const when = at ? dayjs(at < 1e12 ? at * 1000 : at) : undefined;
  return (
    <Badge color={COLOURS[state] ?? 'gray'} variant="dot" title={when ? `Last sync started ${when.format('YYYY-MM-DD HH:mm')}` : undefined}>
      {SYNC_LABELS[state]}
    </Badge>
  );
}
