import { Badge, Group, Text } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import type { ConnectionListItem } from '@/api/hooks/connectionList';
import type { RowProps } from '@/components/pagedTable/PagedTableRows';
import { ToggleSwitch } from '@/components/controls/ToggleSwitch';
import { connectionState } from '../lib/connectionState';
import { summariseSchedule } from '../lib/scheduleSummary';
import { ConnectionStateBadge } from './ConnectionStatusBadge';
import { SourceToDestination } from './SourceToDestination';
import classes from './ConnectionList.module.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface ConnectionRowProps {
  connection: ConnectionListItem;
  rowProps: RowProps;
  onToggle(connection: ConnectionListItem, enabled: boolean): void;
}

/** One row of the Connections table. */
function Row({ connection, rowProps, onToggle }: ConnectionRowProps) {
  // isSyncing also covers a sync that started after the latest job was recorded.
  const state = connection.isSyncing ? 'running' : connectionState(connection.latestSyncJobStatus);
  const schemaChanged = connection.schemaChange === 'breaking' || connection.schemaChange === 'non_breaking';
  const lastSyncAt = connection.latestSyncJobCreatedAt;
  return (
    <tr {...rowProps}>
      <td>
        <Link to={`/connections/${connection.connectionId}`} className={classes.name}>
          {connection.name}
        </Link>
      </td>
      <td>
        <SourceToDestination
          source={{ name: connection.source.name ?? 'Unknown source', connectorName: connection.source.sourceName, icon: connection.source.icon }}
          destination={{ name: connection.destination.name ?? 'Unknown destination', connectorName: connection.destination.destinationName, icon: connection.destination.icon }}
        />
      </td>
      <td>
        <Group gap={6}>
          <ConnectionStateBadge state={state} />
          {schemaChanged && (
            // dot variant: text in the body colour, like the state badge (AA contrast).
            <Badge color="orange" variant="dot" radius="sm" style={{ minWidth: 'max-content' }}>
              Schema changed
            </Badge>
          )}
        </Group>
      </td>
      <td>
        {/* Cron schedules show their expression here; the connection's settings put it in words
            (the describer would add about 7 KB to the first screen). */}
        <Text size="sm">{summariseSchedule(connection.scheduleType, connection.scheduleData)}</Text>
      </td>
      <td>
        {lastSyncAt !== undefined && connection.latestSyncJobStatus ? (
          <Text size="sm">
            {timeFormat.format(lastSyncAt * 1000)} · {connection.latestSyncJobStatus}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Never
          </Text>
        )}
      </td>
      <td>
        <ToggleSwitch
          checked={connection.status === 'active'}
          disabled={connection.status === 'deprecated' || connection.status === 'locked'}
          onChange={(event) => onToggle(connection, event.currentTarget.checked)}
          aria-label={`Enable ${connection.name}`}
        />
      </td>
    </tr>
  );
}

// A keystroke in the search box re-renders the page, not every row: a row changes only with its data.
export const ConnectionRow = memo(
  Row,
  (before, after) => before.connection === after.connection && before.onToggle === after.onToggle && before.rowProps['data-index'] === after.rowProps['data-index'] && before.rowProps.ref === after.rowProps.ref,
);
