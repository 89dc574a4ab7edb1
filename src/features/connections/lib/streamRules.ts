// Rules for one stream's configuration: which cursor and primary key apply, what is missing before
// it can be saved, which fields must stay selected, and sensible defaults for a new stream.
import { flattenFields, hasField, topLevelFieldNames } from "./schemaFields";
import { fieldLabel } from "./streamKey";
import { isDedup, isValidPair, pairLabel, validPairs, type SyncModePair } from "./syncModes";
import type { AirbyteStream, DestinationSyncMode, FieldPath, StreamConfig } from "./types";

export function cursorIsSourceDefined(stream: AirbyteStream): boolean {
  return stream.sourceDefinedCursor === true;
}

export function primaryKeyIsSourceDefined(stream: AirbyteStream): boolean {
  return (stream.sourceDefinedPrimaryKey?.length ?? 0) > 0;
}

/** The cursor that applies: the source's own, the user's choice, or the source's suggestion. */
export function effectiveCursor(stream: AirbyteStream, config: StreamConfig): FieldPath | undefined {
  if (cursorIsSourceDefined(stream))
    return stream.defaultCursorField?.length ? stream.defaultCursorField : config.cursorField?.length ? config.cursorField : undefined;
  if (config.cursorField?.length) return config.cursorField;
  return stream.defaultCursorField?.length ? stream.defaultCursorField : undefined;
}

export function effectivePrimaryKey(stream: AirbyteStream, config: StreamConfig): readonly FieldPath[] {
  if (primaryKeyIsSourceDefined(stream)) return stream.sourceDefinedPrimaryKey ?? [];
  return config.primaryKey ?? [];
}

type StreamIssueCode = "mode-unsupported" | "cursor-missing" | "cursor-unknown" | "key-missing" | "key-unknown" | "no-fields-selected";

export interface StreamIssue {
  readonly code: StreamIssueCode;
  readonly message: string;
}

/** What stops an enabled stream from being saved as configured. Disabled streams have none. */
export function streamIssues(
  stream: AirbyteStream,
  config: StreamConfig,
  destinationModes: readonly DestinationSyncMode[] | undefined,
): StreamIssue[] {
  if (!config.selected) return [];
  const issues: StreamIssue[] = [];
  const pair = { syncMode: config.syncMode, destinationSyncMode: config.destinationSyncMode };
  if (!isValidPair(pair, stream.supportedSyncModes, destinationModes)) {
    issues.push({ code: "mode-unsupported", message: `${pairLabel(pair)} is not supported by this stream and destination.` });
  }
  if (config.syncMode === "incremental" && !cursorIsSourceDefined(stream)) {
    const cursor = effectiveCursor(stream, config);
    if (!cursor) issues.push({ code: "cursor-missing", message: "Incremental sync needs a cursor field: choose one." });
    else if (!hasField(stream.jsonSchema, cursor))
      issues.push({ code: "cursor-unknown", message: `The cursor field ${fieldLabel(cursor)} is not in the stream's schema.` });
  }
  if (isDedup(config.destinationSyncMode) && !primaryKeyIsSourceDefined(stream)) {
    const key = effectivePrimaryKey(stream, config);
    if (key.length === 0) issues.push({ code: "key-missing", message: "Deduplication needs a primary key: choose one or more fields." });
    else {
      const unknown = key.filter((path) => !hasField(stream.jsonSchema, path));
      if (unknown.length > 0)
        issues.push({
          code: "key-unknown",
          message: `Primary key field ${unknown.map(fieldLabel).join(", ")} is not in the stream's schema.`,
        });
    }
  }
  if (config.fieldSelectionEnabled && (config.selectedFields?.length ?? 0) === 0 && topLevelFieldNames(stream.jsonSchema).length > 0) {
    issues.push({ code: "no-fields-selected", message: "No fields are selected: select at least one, or disable the stream." });
  }
  return issues;
}

/** Top-level fields the cursor or primary key use: they cannot be deselected. */
export function requiredTopLevelFields(stream: AirbyteStream, config: StreamConfig): Set<string> {
  const required = new Set<string>();
  if (config.syncMode === "incremental") {
    const cursor = effectiveCursor(stream, config);
    if (cursor?.[0] !== undefined) required.add(cursor[0]);
  }
  if (isDedup(config.destinationSyncMode)) {
    for (const path of effectivePrimaryKey(stream, config)) if (path[0] !== undefined) required.add(path[0]);
  }
  return required;
}

/** Fields a cursor or key can use: scalars, nested ones included. */
export function pickableFields(stream: AirbyteStream) {
  return flattenFields(stream.jsonSchema).filter((field) => field.isScalar);
}

/** Best default: deduplicated incremental when the source gives a cursor and key, then simpler ones. */
function defaultPair(stream: AirbyteStream, destinationModes: readonly DestinationSyncMode[] | undefined): SyncModePair | undefined {
  const pairs = validPairs(stream.supportedSyncModes, destinationModes);
  const hasCursor = cursorIsSourceDefined(stream) || (stream.defaultCursorField?.length ?? 0) > 0;
  const hasKey = primaryKeyIsSourceDefined(stream);
  const find = (syncMode: string, destinationSyncMode: string) =>
    pairs.find((p) => p.syncMode === syncMode && p.destinationSyncMode === destinationSyncMode);
  return (
    (hasCursor && hasKey ? find("incremental", "append_dedup") : undefined) ??
    (hasCursor ? find("incremental", "append") : undefined) ??
    find("full_refresh", "overwrite") ??
    find("full_refresh", "append") ??
    pairs[0]
  );
}

/** Switch a stream to a sync mode, filling the cursor and key from the source where it has them. */
export function withPair(stream: AirbyteStream, config: StreamConfig, pair: SyncModePair): StreamConfig {
  const next: StreamConfig = { ...config, syncMode: pair.syncMode, destinationSyncMode: pair.destinationSyncMode };
  if (pair.syncMode === "incremental" && !next.cursorField?.length && stream.defaultCursorField?.length)
    next.cursorField = stream.defaultCursorField;
  if (isDedup(pair.destinationSyncMode) && !next.primaryKey?.length && stream.sourceDefinedPrimaryKey?.length)
    next.primaryKey = stream.sourceDefinedPrimaryKey;
  return next;
}

/** Configuration for a stream the server sent without one (or a newly discovered stream). */
export function defaultConfig(
  stream: AirbyteStream,
  destinationModes: readonly DestinationSyncMode[] | undefined,
  selected: boolean,
): StreamConfig {
  const pair = defaultPair(stream, destinationModes) ?? { syncMode: "full_refresh", destinationSyncMode: "overwrite" };
  return withPair(
    stream,
    { syncMode: pair.syncMode, destinationSyncMode: pair.destinationSyncMode, selected, cursorField: [], primaryKey: [] },
    pair,
  );
}

/** Select or deselect one top-level field; cursor and key fields stay selected. */
export function toggleField(stream: AirbyteStream, config: StreamConfig, fieldName: string, selected: boolean): StreamConfig {
  const all = topLevelFieldNames(stream.jsonSchema);
  const current = new Set(
    config.fieldSelectionEnabled
      ? (config.selectedFields ?? []).map((f) => f.fieldPath?.[0]).filter((n): n is string => n !== undefined)
      : all,
  );
  if (!selected && requiredTopLevelFields(stream, config).has(fieldName)) return config;
  if (selected) current.add(fieldName);
  else current.delete(fieldName);
  if (all.every((name) => current.has(name))) return { ...config, fieldSelectionEnabled: false, selectedFields: [] };
  return {
    ...config,
    fieldSelectionEnabled: true,
    selectedFields: all.filter((name) => current.has(name)).map((name) => ({ fieldPath: [name] })),
  };
}

export function isFieldSelected(config: StreamConfig, fieldName: string): boolean {
  if (!config.fieldSelectionEnabled) return true;
  return (config.selectedFields ?? []).some((f) => f.fieldPath?.[0] === fieldName);
}
