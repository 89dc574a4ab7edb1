import { Badge } from '@mantine/core';
import { STATE_COLOR, STATE_LABEL, type ConnectionState } from '../lib/connectionState';

export function ConnectionStateBadge({ state }: { state: ConnectionState }) {
  return (
    <Badge color={STATE_COLOR[state]} variant="dot" radius="sm">
      {STATE_LABEL[state]}
    </Badge>
  );
}
