import { ActionIcon, Checkbox, NativeSelect, Switch, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { memo, type CSSProperties } from 'react';
import type { SchemaField } from '../lib/schemaFields';
import { pickableFields, cursorIsSourceDefined, effectiveCursor, effectivePrimaryKey, primaryKeyIsSourceDefined, type StreamIssue } from '../lib/streamRules';
import { fieldLabel, streamLabel } from '../lib/streamKey';
import { isDedup, pairId, pairLabel, validPairs } from '../lib/syncModes';
import type { AirbyteStream, DestinationSyncMode, StreamConfig } from '../lib/types';
import { PrimaryKeyPicker } from './PrimaryKeyPicker';
import classes from './StreamTable.module.css';

export interface StreamRowActions {
  toggleSelected(index: number, selected: boolean): void;
  setPair(index: number, pairId: string): void;
  setCursor(index: number, path: string[]): void;
  setPrimaryKey(index: number, key: string[][]): void;
  toggleExpanded(index: number): void;
  toggleField(index: number, fieldName: string, selected: boolean): void;
}

interface StreamRowProps {
  index: number;
  rowIndex: number;
  stream: AirbyteStream;
  config: StreamConfig;
  issues: readonly StreamIssue[];
  expanded: boolean;
  destinationModes: readonly DestinationSyncMode[] | undefined;
  actions: StreamRowActions;
  readOnly: boolean;
  style: CSSProperties;
}

const NONE = '';

export const StreamRow = memo(function StreamRow({ index, rowIndex, stream, config, issues, expanded, destinationModes, actions, readOnly, style }: StreamRowProps) {
  const label = streamLabel(stream.namespace, stream.name);
  const pairs = validPairs(stream.supportedSyncModes, destinationModes);
  const current = { syncMode: config.syncMode, destinationSyncMode: config.destinationSyncMode };
  const currentId = pairId(current);
  const options = pairs.map((p) => ({ value: pairId(p), label: pairLabel(p) }));
  if (!options.some((o) => o.value === currentId)) options.unshift({ value: currentId, label: `${pairLabel(current)} (not supported)` });
  const incremental = config.syncMode === 'incremental';
  const dedup = isDedup(config.destinationSyncMode);
  const cursor = effectiveCursor(stream, config);
  const key = effectivePrimaryKey(stream, config);
  const hasIssue = (code: string) => issues.some((i) => i.code.startsWith(code));
  const candidates = (incremental && !cursorIsSourceDefined(stream)) || (dedup && !primaryKeyIsSourceDefined(stream)) ? pickableFields(stream) : [];

  return (
    <div role="row" aria-rowindex={rowIndex} className={classes.row} data-selected={config.selected || undefined} data-issues={issues.length > 0 || undefined} style={style}>
      <div role="cell" className={classes.cell}>
        <ActionIcon variant="subtle" size="sm" onClick={() => actions.toggleExpanded(index)} aria-expanded={expanded} aria-label={`${expanded ? 'Hide' : 'Show'} fields of ${label}`}>
          {expanded ? <IconChevronDown size={16} aria-hidden="true" /> : <IconChevronRight size={16} aria-hidden="true" />}
        </ActionIcon>
      </div>
      <div role="cell" className={classes.cell}>
        <Switch size="sm" checked={Boolean(config.selected)} disabled={readOnly} onChange={(event) => actions.toggleSelected(index, event.currentTarget.checked)} aria-label={`Sync stream ${label}`} />
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="sm" c="dimmed" truncate title={stream.namespace ?? ''}>
          {stream.namespace ?? '—'}
        </Text>
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="sm" fw={500} truncate title={stream.name}>
          {stream.name}
        </Text>
      </div>
      <div role="cell" className={classes.cell}>
        <NativeSelect
          size="xs"
          data={options}
          value={currentId}
          disabled={readOnly || pairs.length === 0}
          onChange={(event) => actions.setPair(index, event.currentTarget.value)}
          aria-label={`Sync mode for ${label}`}
          error={hasIssue('mode') || undefined}
          w="100%"
        />
      </div>
      <div role="cell" className={classes.cell}>
        {!incremental ? (
          <Text size="xs" c="dimmed">
            Not used
          </Text>
        ) : cursorIsSourceDefined(stream) ? (
          <Text size="xs" truncate title="Defined by the source">
            {cursor ? fieldLabel(cursor) : 'Source-defined'}
          </Text>
        ) : (
          <NativeSelect
            size="xs"
            w="100%"
            disabled={readOnly}
            aria-label={`Cursor field for ${label}`}
            error={hasIssue('cursor') || undefined}
            value={cursor ? fieldLabel(cursor) : NONE}
            onChange={(event) => {
              const field = candidates.find((f) => fieldLabel(f.path) === event.currentTarget.value);
              actions.setCursor(index, field ? [...field.path] : []);
            }}
            data={[{ value: NONE, label: candidates.length ? 'Choose cursor' : 'No usable fields' }, ...candidates.map((f: SchemaField) => ({ value: fieldLabel(f.path), label: fieldLabel(f.path) }))]}
          />
        )}
      </div>
      <div role="cell" className={classes.cell}>
        {!dedup ? (
          <Text size="xs" c="dimmed">
            Not used
          </Text>
        ) : primaryKeyIsSourceDefined(stream) ? (
          <Text size="xs" truncate title="Defined by the source">
            {key.map(fieldLabel).join(', ')}
          </Text>
        ) : readOnly ? (
          <Text size="xs">{key.map(fieldLabel).join(', ') || '—'}</Text>
        ) : (
          <PrimaryKeyPicker streamLabel={label} fields={candidates} value={key} onChange={(next) => actions.setPrimaryKey(index, next)} invalid={hasIssue('key')} />
        )}
      </div>
      <div role="cell" className={classes.cell}>
        {issues.length > 0 && (
          <Tooltip label={issues.map((i) => i.message).join(' ')} multiline w={260} withinPortal>
            <Text size="xs" c="red" truncate className={classes.issue}>
              <IconAlertTriangle size={14} aria-hidden="true" /> {issues[0]!.message}
            </Text>
          </Tooltip>
        )}
      </div>
    </div>
  );
});

interface FieldRowProps {
  index: number;
  rowIndex: number;
  streamName: string;
  field: SchemaField;
  selected: boolean;
  required: boolean;
  parentSelected: boolean;
  actions: StreamRowActions;
  readOnly: boolean;
  style: CSSProperties;
}

export const FieldRow = memo(function FieldRow({ index, rowIndex, streamName, field, selected, required, actions, readOnly, style }: FieldRowProps) {
  const label = fieldLabel(field.path);
  const topLevel = field.depth === 0;
  return (
    <div role="row" aria-rowindex={rowIndex} className={classes.fieldRow} style={style}>
      <div role="cell" className={classes.cell} />
      <div role="cell" className={classes.cell}>
        {topLevel && (
          <Checkbox
            size="xs"
            checked={selected}
            disabled={readOnly || required}
            onChange={(event) => actions.toggleField(index, field.path[0]!, event.currentTarget.checked)}
            aria-label={`Sync field ${label} of ${streamName}`}
            title={required ? 'Used by the cursor or primary key: always synced' : undefined}
          />
        )}
      </div>
      <div role="cell" className={classes.fieldName} style={{ paddingLeft: 8 + field.depth * 16 }}>
        <Text size="xs" truncate title={label} c={selected ? undefined : 'dimmed'}>
          {field.path[field.path.length - 1]}
        </Text>
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="xs" c="dimmed" truncate>
          {field.type}
          {required ? ' · cursor or key' : ''}
          {!topLevel ? ' · synced with its parent' : ''}
        </Text>
      </div>
    </div>
  );
});
