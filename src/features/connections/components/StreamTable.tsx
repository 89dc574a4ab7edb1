// The stream table: one row per stream, virtualised so 100,000 streams cost what 30 do. State lives
// in a CatalogDraft (overrides over an immutable catalog); this component only derives the visible
// rows (memoised per query and per draft version) and renders the window that is on screen.
import { Group, Stack, Text } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CatalogDraft } from "../lib/catalogDraft";
import type { StreamConfig } from "../lib/types";
import { matchStatus, matchText, type StatusFilter } from "../lib/filterStreams";
import { flattenFields, type SchemaField } from "../lib/schemaFields";
import { isFieldSelected, requiredTopLevelFields, toggleField, withPair } from "../lib/streamRules";
import { isValidPair, pairLabel, pairsForAny, parsePairId } from "../lib/syncModes";
import { useDraftVersion } from "../hooks/useDraftVersion";
import { FieldRow, StreamRow, type StreamRowActions } from "./StreamRow";
import { BulkActions, StreamFilters } from "./StreamTableControls";
import classes from "./StreamTable.module.css";
import { MappingsModal } from "./mappings/MappingsModal";
import { refusalsByMapping, type MapperSaveError } from "../lib/mapperSaveErrors";
import { withMappers } from "../lib/mappers";
import { MAX_FIELDS_PER_CONNECTION } from "../lib/fieldLimit";

const STREAM_ROW_HEIGHT = 48;
const FIELD_ROW_HEIGHT = 32;

type RowRef =
  { kind: "stream"; index: number } | { kind: "field"; index: number; field: SchemaField } | { kind: "no-fields"; index: number };

interface StreamTableProps {
  draft: CatalogDraft;
  readOnly?: boolean;
  /** Lets a parent ask the table to show only streams with problems (e.g. after a blocked save). */
  statusFilter?: StatusFilter;
  onStatusFilterChange?: (status: StatusFilter) => void;
  /** A saved connection's table: each stream's mappings can be opened (./mappings/MappingsModal). */
  mappings?: {
    connectionId: string;
    savedEnabled(index: number): boolean;
    /** The mappings the last save was refused for (none: nothing to mark). */
    refused?: readonly MapperSaveError[];
  };
}

function* range(size: number) {
  for (let i = 0; i < size; i++) yield i;
}

/** A row's words for its refused mappings ("Mapping 2: …"), or nothing. */
function refusedText(
  refused: readonly MapperSaveError[] | undefined,
  streamName: string,
  mappers: StreamConfig["mappers"],
): string | undefined {
  if (!refused || refused.length === 0) return undefined;
  const found = refusalsByMapping(refused, streamName, mappers ?? []);
  if (found.size === 0) return undefined;
  return [...found].map(([index, message]) => `Mapping ${index + 1}: ${message}`).join(" ");
}

export function StreamTable({ draft, readOnly = false, statusFilter, onStatusFilterChange, mappings }: StreamTableProps) {
  const [mappingsOf, setMappingsOf] = useState<number | null>(null);
  const version = useDraftVersion(draft);
  const [query, setQuery] = useState("");
  const [namespace, setNamespace] = useState<string | null>(null);
  const [ownStatus, setOwnStatus] = useState<StatusFilter>("all");
  const status = statusFilter ?? ownStatus;
  const setStatus = onStatusFilterChange ?? setOwnStatus;
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  // What the last bulk action did, until the next edit (the draft's version then moves on).
  const [bulkResult, setBulkResult] = useState<{ text: string; version: number } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const textMatches = useMemo(() => matchText(draft, query, namespace), [draft, query, namespace]);
  // The status filter depends on edits, hence the version.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const visible = useMemo(() => matchStatus(draft, textMatches, status), [draft, textMatches, status, status === "all" ? 0 : version]);
  const visibleCount = visible === null ? draft.size : visible.length;
  const streamAt = useCallback((i: number) => (visible === null ? i : visible[i]!), [visible]);

  const rows = useMemo<RowRef[] | null>(() => {
    if (expanded.size === 0) return null;
    const list: RowRef[] = [];
    for (let i = 0; i < visibleCount; i++) {
      const index = streamAt(i);
      list.push({ kind: "stream", index });
      if (!expanded.has(index)) continue;
      const fields = flattenFields(draft.stream(index).jsonSchema);
      if (fields.length === 0) list.push({ kind: "no-fields", index });
      for (const field of fields) list.push({ kind: "field", index, field });
    }
    return list;
  }, [expanded, visibleCount, streamAt, draft]);
  const rowCount = rows ? rows.length : visibleCount;
  const rowAt = useCallback((i: number): RowRef => (rows ? rows[i]! : { kind: "stream", index: streamAt(i) }), [rows, streamAt]);

  // The virtualiser's functions are read during render on purpose; rows are memoised separately.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rowAt(i).kind === "stream" ? STREAM_ROW_HEIGHT : FIELD_ROW_HEIGHT),
    overscan: 8,
    initialRect: { width: 1040, height: 600 },
  });
  // Row heights change when fields are shown or hidden; nothing to re-measure on the first render.
  const measuredRows = useRef(rows);
  useEffect(() => {
    if (measuredRows.current === rows) return;
    measuredRows.current = rows;
    virtualizer.measure();
  }, [rows, virtualizer]);

  const actions = useMemo<StreamRowActions>(
    () => ({
      toggleSelected: (index, selected) => draft.update(index, (config) => ({ ...config, selected })),
      setPair: (index, id) => {
        const pair = parsePairId(id);
        if (pair) draft.update(index, (config, stream) => withPair(stream, config, pair));
      },
      setCursor: (index, path) => draft.update(index, (config) => ({ ...config, cursorField: path })),
      setPrimaryKey: (index, key) => draft.update(index, (config) => ({ ...config, primaryKey: key })),
      toggleExpanded: (index) =>
        setExpanded((current) => {
          const next = new Set(current);
          if (next.has(index)) next.delete(index);
          else next.add(index);
          return next;
        }),
      toggleField: (index, fieldName, selected) =>
        draft.update(index, (config, stream) => toggleField(stream, config, fieldName, selected)),
      ...(mappings ? { openMappings: setMappingsOf } : {}),
    }),
    [draft, mappings],
  );

  const targets = () => (visible === null ? range(draft.size) : visible);
  // Stable callbacks that read the latest rows through a ref, so the memoised bulk bar stays put.
  const targetsRef = useRef(targets);
  useEffect(() => {
    targetsRef.current = targets;
  });
  const bulkSelect = useCallback(
    (selected: boolean) => {
      const targets = targetsRef.current;
      const changed = draft.setSelected(targets(), selected);
      setBulkResult({
        text: `${changed.toLocaleString()} ${changed === 1 ? "stream" : "streams"} ${selected ? "enabled" : "disabled"}.`,
        version: draft.getVersion(),
      });
    },
    [draft],
  );
  const bulkPair = useCallback(
    (id: string) => {
      const targets = targetsRef.current;
      const pair = parsePairId(id);
      if (!pair) return;
      let skipped = 0;
      const changed = draft.updateMany(targets(), (config, stream) => {
        if (!isValidPair(pair, stream.supportedSyncModes, draft.destinationModes)) {
          skipped++;
          return config;
        }
        if (config.syncMode === pair.syncMode && config.destinationSyncMode === pair.destinationSyncMode) return config;
        return withPair(stream, config, pair);
      });
      const text =
        changed === 0 && skipped === 0
          ? `Every stream already uses ${pairLabel(pair)}.`
          : `${pairLabel(pair)} set on ${changed.toLocaleString()} ${changed === 1 ? "stream" : "streams"}${skipped ? `; ${skipped.toLocaleString()} do not support it` : ""}.`;
      setBulkResult({ text, version: draft.getVersion() });
    },
    [draft],
  );

  // The bench reads this mark: the first paint of the table after it gets its data. Then, when the
  // browser is idle, the search index is built so the first keystroke does not pay for it.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        performance.mark("syncdeck:stream-table-painted");
        if ("requestIdleCallback" in window) idle = window.requestIdleCallback(() => draft.prepareSearch(), { timeout: 2000 });
        else draft.prepareSearch();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [draft]);

  // The streams' read modes do not change with edits: the offer depends on the rows shown only.
  const bulkPairs = useMemo(() => {
    const indexes = visible === null ? range(draft.size) : visible;
    function* modes() {
      for (const index of indexes) yield draft.stream(index).supportedSyncModes;
    }
    return pairsForAny(modes(), draft.destinationModes);
  }, [draft, visible]);

  const namespaces = draft.namespaces();
  const enabled = draft.enabledCount();
  const issueCount = draft.indexesWithIssues().length;
  const fieldCount = draft.selectedFieldCount();

  return (
    <Stack gap="xs">
      <StreamFilters
        query={query}
        onQuery={setQuery}
        namespace={namespace}
        onNamespace={setNamespace}
        namespaces={namespaces}
        status={status}
        onStatus={setStatus}
      />
      <Group gap="sm" wrap="wrap" justify="space-between">
        <Text size="sm" role="status" aria-live="polite" data-testid="stream-counts">
          {enabled.toLocaleString()} of {draft.size.toLocaleString()} streams enabled
          {visibleCount !== draft.size ? ` · ${visibleCount.toLocaleString()} shown` : ""}
          {issueCount > 0 ? ` · ${issueCount.toLocaleString()} with errors` : ""}
          {` · ${fieldCount.toLocaleString()} of at most ${MAX_FIELDS_PER_CONNECTION.toLocaleString()} fields`}
          {fieldCount > MAX_FIELDS_PER_CONNECTION ? " (over the limit)" : ""}
        </Text>
        {!readOnly && (
          <BulkActions
            all={visibleCount === draft.size}
            empty={visibleCount === 0}
            pairs={bulkPairs}
            onSelect={bulkSelect}
            onPair={bulkPair}
          />
        )}
      </Group>
      <Text size="xs" c="dimmed" aria-live="polite">
        {bulkResult?.version === version ? bulkResult.text : ""}
      </Text>
      <div ref={scrollRef} className={classes.scroller} tabIndex={-1}>
        <div
          role="table"
          aria-label="Streams"
          aria-rowcount={rowCount + 1}
          aria-colcount={8}
          className={classes.inner}
          style={{ height: virtualizer.getTotalSize() + 40 }}
        >
          <div role="rowgroup">
            <div role="row" aria-rowindex={1} className={classes.header}>
              <span role="columnheader">
                <span className="visually-hidden">Fields</span>
              </span>
              <span role="columnheader">Sync</span>
              <span role="columnheader">Namespace</span>
              <span role="columnheader">Stream</span>
              <span role="columnheader">Sync mode</span>
              <span role="columnheader">Cursor</span>
              <span role="columnheader">Primary key</span>
              <span role="columnheader">Mappings</span>
              <span role="columnheader">Problems</span>
            </div>
          </div>
          <div role="rowgroup">
            {rowCount === 0 && (
              <div role="row" aria-rowindex={2}>
                <Text role="cell" p="md" c="dimmed">
                  {draft.size === 0 ? "The source reported no streams." : "No streams match your search and filters."}
                </Text>
              </div>
            )}
            {virtualizer.getVirtualItems().map((item) => {
              const ref = rowAt(item.index);
              const top = item.start + 40;
              const height = item.size;
              const stream = draft.stream(ref.index);
              const config = draft.config(ref.index);
              if (ref.kind === "no-fields") {
                return (
                  <div
                    key={`${ref.index}:none`}
                    role="row"
                    aria-rowindex={item.index + 2}
                    className={classes.fieldRow}
                    style={{ top, height }}
                  >
                    <div role="cell" className={classes.cell} />
                    <div role="cell" className={classes.cell} />
                    <Text role="cell" size="xs" c="dimmed">
                      This stream has no fields in its schema: it syncs records as they come.
                    </Text>
                  </div>
                );
              }
              if (ref.kind === "field") {
                const required = requiredTopLevelFields(stream, config).has(ref.field.path[0]!);
                return (
                  <FieldRow
                    key={`${ref.index}:${ref.field.key}`}
                    index={ref.index}
                    rowIndex={item.index + 2}
                    streamName={stream.name}
                    field={ref.field}
                    selected={isFieldSelected(config, ref.field.path[0]!)}
                    required={required}
                    actions={actions}
                    readOnly={readOnly}
                    top={top}
                    height={height}
                  />
                );
              }
              return (
                <StreamRow
                  key={draft.keys[ref.index]}
                  index={ref.index}
                  rowIndex={item.index + 2}
                  stream={stream}
                  config={config}
                  issues={draft.issues(ref.index)}
                  mappingsRefused={refusedText(mappings?.refused, stream.name, config.mappers)}
                  expanded={expanded.has(ref.index)}
                  destinationModes={draft.destinationModes}
                  actions={actions}
                  readOnly={readOnly}
                  top={top}
                  height={height}
                />
              );
            })}
          </div>
        </div>
      </div>
      {mappings && mappingsOf !== null && (
        <MappingsModal
          connectionId={mappings.connectionId}
          stream={draft.stream(mappingsOf)}
          config={draft.config(mappingsOf)}
          savedEnabled={mappings.savedEnabled(mappingsOf)}
          refusedOnSave={mappings.refused}
          onApply={(mappers) => {
            draft.update(mappingsOf, (config) => withMappers(config, mappers));
            setMappingsOf(null);
          }}
          onClose={() => setMappingsOf(null)}
        />
      )}
    </Stack>
  );
}
