import { IconAlertTriangle, IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { memo, useId } from "react";
import type { SchemaField } from "../lib/schemaFields";
import {
  pickableFields,
  cursorIsSourceDefined,
  effectiveCursor,
  effectivePrimaryKey,
  primaryKeyIsSourceDefined,
  type StreamIssue,
} from "../lib/streamRules";
import { fieldLabel, streamLabel } from "../lib/streamKey";
import { isDedup, pairId, pairLabel, validPairs } from "../lib/syncModes";
import type { AirbyteStream, DestinationSyncMode, StreamConfig } from "../lib/types";
import { ToggleSwitch } from "@/components/controls/ToggleSwitch";
import { PrimaryKeyPicker } from "./PrimaryKeyPicker";
import classes from "./StreamTable.module.css";

export interface StreamRowActions {
  toggleSelected(index: number, selected: boolean): void;
  setPair(index: number, pairId: string): void;
  setCursor(index: number, path: string[]): void;
  setPrimaryKey(index: number, key: string[][]): void;
  toggleExpanded(index: number): void;
  toggleField(index: number, fieldName: string, selected: boolean): void;
  /** Open the stream's mappings (a saved connection's replication tab only). */
  openMappings?(index: number): void;
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
  top: number;
  height: number;
  /** Why the last save was refused for this stream's mappings (see ../lib/mapperSaveErrors.ts). */
  mappingsRefused?: string | undefined;
}

const NONE = "";
const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ");

export const StreamRow = memo(function StreamRow({
  index,
  rowIndex,
  stream,
  config,
  issues,
  expanded,
  destinationModes,
  actions,
  readOnly,
  top,
  height,
  mappingsRefused,
}: StreamRowProps) {
  const refusedId = useId();
  const label = streamLabel(stream.namespace, stream.name);
  const pairs = validPairs(stream.supportedSyncModes, destinationModes);
  const current = { syncMode: config.syncMode, destinationSyncMode: config.destinationSyncMode };
  const currentId = pairId(current);
  const supported = pairs.some((p) => pairId(p) === currentId);
  const incremental = config.syncMode === "incremental";
  const dedup = isDedup(config.destinationSyncMode);
  const cursor = effectiveCursor(stream, config);
  const key = effectivePrimaryKey(stream, config);
  const hasIssue = (code: string) => issues.some((i) => i.code.startsWith(code));
  const needsCandidates = (incremental && !cursorIsSourceDefined(stream)) || (dedup && !primaryKeyIsSourceDefined(stream));
  const candidates = needsCandidates ? pickableFields(stream) : [];
  const cursorValue = cursor ? fieldLabel(cursor) : NONE;
  const mappingCount = config.mappers?.length ?? 0;
  const mappingsText = `${mappingCount} ${mappingCount === 1 ? "mapping" : "mappings"}`;

  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={classes.row}
      data-selected={config.selected || undefined}
      data-issues={issues.length > 0 || undefined}
      style={{ top, height }}
    >
      <div role="cell" className={classes.cell}>
        <button
          type="button"
          className={classes.iconButton}
          onClick={() => actions.toggleExpanded(index)}
          aria-expanded={expanded}
          aria-label={`${expanded ? "Hide" : "Show"} fields of ${label}`}
        >
          {expanded ? <IconChevronDown size={16} aria-hidden="true" /> : <IconChevronRight size={16} aria-hidden="true" />}
        </button>
      </div>
      <div role="cell" className={classes.cell}>
        <ToggleSwitch
          checked={Boolean(config.selected)}
          disabled={readOnly}
          onChange={(event) => actions.toggleSelected(index, event.currentTarget.checked)}
          aria-label={`Sync stream ${label}`}
        />
      </div>
      <div role="cell" className={classes.cell}>
        <span className={cx(classes.text, classes.muted)} title={stream.namespace ?? ""}>
          {stream.namespace ?? "—"}
        </span>
      </div>
      <div role="cell" className={classes.cell}>
        <span className={cx(classes.text, classes.name)} title={stream.name}>
          {stream.name}
        </span>
      </div>
      <div role="cell" className={classes.cell}>
        <select
          className={classes.select}
          value={currentId}
          disabled={readOnly || pairs.length === 0}
          onChange={(event) => actions.setPair(index, event.currentTarget.value)}
          aria-label={`Sync mode for ${label}`}
          aria-invalid={hasIssue("mode") || undefined}
        >
          {!supported && <option value={currentId}>{pairLabel(current)} (not supported)</option>}
          {pairs.map((p) => {
            const id = pairId(p);
            return (
              <option key={id} value={id}>
                {pairLabel(p)}
              </option>
            );
          })}
        </select>
      </div>
      <div role="cell" className={classes.cell}>
        {!incremental ? (
          <span className={cx(classes.small, classes.muted)}>Not used</span>
        ) : cursorIsSourceDefined(stream) ? (
          <span className={classes.small} title="Defined by the source">
            {cursor ? fieldLabel(cursor) : "Source-defined"}
          </span>
        ) : (
          <select
            className={classes.select}
            disabled={readOnly}
            aria-label={`Cursor field for ${label}`}
            aria-invalid={hasIssue("cursor") || undefined}
            value={cursorValue}
            onChange={(event) => {
              const field = candidates.find((f) => fieldLabel(f.path) === event.currentTarget.value);
              actions.setCursor(index, field ? [...field.path] : []);
            }}
          >
            <option value={NONE}>{candidates.length ? "Choose cursor" : "No usable fields"}</option>
            {cursor && !candidates.some((f) => fieldLabel(f.path) === cursorValue) && (
              <option value={cursorValue}>{cursorValue} (not in schema)</option>
            )}
            {candidates.map((f: SchemaField) => (
              <option key={f.key} value={fieldLabel(f.path)}>
                {fieldLabel(f.path)}
              </option>
            ))}
          </select>
        )}
      </div>
      <div role="cell" className={classes.cell}>
        {!dedup ? (
          <span className={cx(classes.small, classes.muted)}>Not used</span>
        ) : primaryKeyIsSourceDefined(stream) ? (
          <span className={classes.small} title="Defined by the source">
            {key.map(fieldLabel).join(", ")}
          </span>
        ) : readOnly ? (
          <span className={classes.small}>{key.map(fieldLabel).join(", ") || "—"}</span>
        ) : (
          <PrimaryKeyPicker
            streamLabel={label}
            fields={candidates}
            value={key}
            onChange={(next) => actions.setPrimaryKey(index, next)}
            invalid={hasIssue("key")}
          />
        )}
      </div>
      <div role="cell" className={classes.cell}>
        {actions.openMappings ? (
          <button
            type="button"
            className={cx(classes.linkButton, classes.small)}
            onClick={() => actions.openMappings?.(index)}
            aria-label={mappingCount > 0 ? `${mappingsText} of ${label}: edit` : `Add mappings of ${label}`}
            aria-invalid={mappingsRefused ? true : undefined}
            aria-describedby={mappingsRefused ? refusedId : undefined}
            disabled={readOnly}
          >
            {mappingCount > 0 ? mappingsText : "Add"}
          </button>
        ) : (
          <span className={cx(classes.small, classes.muted)}>{mappingCount > 0 ? `${mappingCount}` : "—"}</span>
        )}
      </div>
      <div role="cell" className={classes.cell}>
        {issues.length > 0 && (
          <span className={cx(classes.problem, classes.danger)} title={issues.map((i) => i.message).join(" ")}>
            <IconAlertTriangle size={14} aria-hidden="true" style={{ verticalAlign: "text-bottom" }} />{" "}
            {issues.map((i) => i.message).join(" ")}
          </span>
        )}
        {mappingsRefused && (
          <span id={refusedId} className={cx(classes.problem, classes.danger)} title={mappingsRefused}>
            <IconAlertTriangle size={14} aria-hidden="true" style={{ verticalAlign: "text-bottom" }} /> {mappingsRefused}
          </span>
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
  actions: StreamRowActions;
  readOnly: boolean;
  top: number;
  height: number;
}

export const FieldRow = memo(function FieldRow({
  index,
  rowIndex,
  streamName,
  field,
  selected,
  required,
  actions,
  readOnly,
  top,
  height,
}: FieldRowProps) {
  const label = fieldLabel(field.path);
  const topLevel = field.depth === 0;
  return (
    <div role="row" aria-rowindex={rowIndex} className={classes.fieldRow} style={{ top, height }}>
      <div role="cell" className={classes.cell} />
      <div role="cell" className={classes.cell}>
        {topLevel && (
          <input
            type="checkbox"
            className={classes.checkbox}
            checked={selected}
            disabled={readOnly || required}
            onChange={(event) => actions.toggleField(index, field.path[0]!, event.currentTarget.checked)}
            aria-label={`Sync field ${label} of ${streamName}`}
            title={required ? "Used by the cursor or primary key: always synced" : undefined}
          />
        )}
      </div>
      <div role="cell" className={classes.fieldName} style={{ paddingLeft: 8 + field.depth * 16 }}>
        <span className={cx(classes.small, !selected && classes.muted)} title={label} style={{ display: "block" }}>
          {field.path[field.path.length - 1]}
        </span>
      </div>
      <div role="cell" className={classes.cell}>
        <span className={cx(classes.small, classes.muted)}>
          {field.type}
          {required ? " · cursor or key" : ""}
          {!topLevel ? " · synced with its parent" : ""}
        </span>
      </div>
    </div>
  );
});
