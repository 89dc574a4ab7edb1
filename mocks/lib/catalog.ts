// Catalog conversion: the Airbyte protocol's ConfiguredAirbyteCatalog (snake_case, as in
// mocks/data/catalogs) to the Config API's AirbyteCatalog (camelCase), and schema evolution for
// the schema-change review.
import type { ApiCatalog, ApiStreamAndConfiguration, ProtocolCatalog, ProtocolConfiguredStream, S } from "./types";

type SyncMode = S["SyncMode"];
type DestinationSyncMode = S["DestinationSyncMode"];

const SYNC_MODES = new Set<string>(["full_refresh", "incremental"]);
const DESTINATION_SYNC_MODES = new Set<string>(["append", "overwrite", "append_dedup", "overwrite_dedup", "update", "soft_delete"]);

function paths(value: unknown): string[][] {
  return Array.isArray(value) ? value.filter(Array.isArray).map((path) => path.map(String)) : [];
}

function path(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The sync modes a real server gives a newly discovered stream (CatalogConverter.kt,
 * configureDefaultSyncModesForNewStream): a source-defined cursor and primary key give incremental
 * with deduplication; a source-defined cursor alone gives full refresh and overwrite where full
 * refresh is supported (the server avoids an append that could grow without end), else incremental
 * and append; no source-defined cursor gives full refresh and overwrite. The console then moves any
 * pair the destination cannot do to the best one it can.
 */
function defaultConfig(stream: ApiStreamAndConfiguration["stream"]): { syncMode: SyncMode; destinationSyncMode: DestinationSyncMode } {
  const cursor = stream.sourceDefinedCursor === true;
  const key = (stream.sourceDefinedPrimaryKey?.length ?? 0) > 0;
  if (cursor && key) return { syncMode: "incremental", destinationSyncMode: "append_dedup" };
  if (cursor && !stream.supportedSyncModes?.includes("full_refresh")) return { syncMode: "incremental", destinationSyncMode: "append" };
  return { syncMode: "full_refresh", destinationSyncMode: "overwrite" };
}

/** Which streams a discover preselects (CatalogConverter.kt, generateDefaultConfiguration). */
interface Preselection {
  /** The definition's suggested stream names; undefined when it suggests none. */
  suggested?: readonly string[];
  /** How many streams the catalog has: the only stream of a catalog is always selected. */
  total: number;
}

function toApiStream(configured: ProtocolConfiguredStream, useConfigured: boolean, preselection?: Preselection): ApiStreamAndConfiguration {
  const s = configured.stream;
  const supportedSyncModes = (s.supported_sync_modes ?? ["full_refresh"]).filter((mode) => SYNC_MODES.has(mode)) as SyncMode[];
  const stream: ApiStreamAndConfiguration["stream"] = {
    name: s.name,
    ...(s.namespace ? { namespace: s.namespace } : {}),
    jsonSchema: s.json_schema ?? { type: "object", properties: {} },
    supportedSyncModes: supportedSyncModes.length > 0 ? supportedSyncModes : ["full_refresh"],
    sourceDefinedCursor: s.source_defined_cursor === true,
    defaultCursorField: path(s.default_cursor_field),
    sourceDefinedPrimaryKey: paths(s.source_defined_primary_key),
  };
  const suggested = defaultConfig(stream);
  let syncMode = suggested.syncMode;
  let destinationSyncMode = suggested.destinationSyncMode;
  if (useConfigured) {
    // Fixture catalogs sometimes configure a mode the stream does not support; keep them consistent.
    if (
      configured.sync_mode &&
      SYNC_MODES.has(configured.sync_mode) &&
      stream.supportedSyncModes!.includes(configured.sync_mode as SyncMode)
    )
      syncMode = configured.sync_mode as SyncMode;
    if (configured.destination_sync_mode && DESTINATION_SYNC_MODES.has(configured.destination_sync_mode))
      destinationSyncMode = configured.destination_sync_mode as DestinationSyncMode;
  }
  const cursorField =
    useConfigured && path(configured.cursor_field).length > 0 ? path(configured.cursor_field) : (stream.defaultCursorField ?? []);
  const primaryKey =
    useConfigured && paths(configured.primary_key).length > 0 ? paths(configured.primary_key) : (stream.sourceDefinedPrimaryKey ?? []);
  // A saved (configured) catalog keeps its choice; a discovered one selects only the suggested
  // streams, or the only stream (the server marks the same streams `suggested`).
  const selected = !preselection || preselection.total === 1 || (preselection.suggested?.includes(s.name) ?? false);
  return {
    stream,
    config: {
      syncMode,
      destinationSyncMode,
      cursorField,
      primaryKey,
      aliasName: s.name,
      selected,
      suggested: selected,
      fieldSelectionEnabled: false,
      selectedFields: [],
    },
  };
}

/**
 * A protocol catalog as the Config API returns it: as a saved connection's catalog (every stream as
 * configured, selected) or from a discover (the server's default configuration, with only the
 * definition's suggested streams selected).
 */
export function toApiCatalog(catalog: ProtocolCatalog, mode: "configured"): ApiCatalog;
export function toApiCatalog(catalog: ProtocolCatalog, mode: "discovered", suggested: readonly string[] | undefined): ApiCatalog;
export function toApiCatalog(catalog: ProtocolCatalog, mode: "discovered" | "configured", suggested?: readonly string[]): ApiCatalog {
  const streams = catalog.streams ?? [];
  const preselection = mode === "discovered" ? { suggested, total: streams.length } : undefined;
  return { streams: streams.map((stream) => toApiStream(stream, mode === "configured", preselection)) };
}

/** Deep copy by JSON round-trip: catalogs are plain JSON. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The catalog after `level` rounds of schema evolution. Each round: one stream added, one removed,
 * and in the first stream one field added and one field's type changed. Deterministic, so a
 * re-discover after evolveSchema() always shows the same change.
 */
export function evolveCatalog(catalog: ApiCatalog, level: number): ApiCatalog {
  if (level <= 0 || catalog.streams.length === 0) return catalog;
  const next = cloneJson(catalog);
  for (let round = 1; round <= level; round++) {
    const first = next.streams[0]!;
    const properties = ((first.stream.jsonSchema ??= { type: "object", properties: {} }).properties ??= {}) as Record<
      string,
      Record<string, unknown>
    >;
    properties[`added_field_${round}`] = { type: ["null", "string"] };
    // Change the type of a field that is neither cursor nor primary key (a breaking change for the destination).
    const protectedFields = new Set([...(first.config.cursorField ?? []), ...(first.config.primaryKey ?? []).flat()]);
    const victim = Object.keys(properties).find((key) => !protectedFields.has(key) && !key.startsWith("added_field_"));
    if (victim) {
      const before = JSON.stringify(properties[victim]?.type ?? "");
      properties[victim] = { type: before.includes("integer") || before.includes("number") ? ["null", "string"] : ["null", "integer"] };
    }
    if (next.streams.length > 1) next.streams.pop();
    const name = `added_stream_${round}`;
    next.streams.push({
      stream: {
        name,
        ...(first.stream.namespace ? { namespace: first.stream.namespace } : {}),
        jsonSchema: {
          type: "object",
          properties: {
            id: { type: ["null", "integer"] },
            created_at: { type: ["null", "string"], format: "date-time" },
            payload: { type: ["null", "object"], properties: { kind: { type: ["null", "string"] } } },
          },
        },
        supportedSyncModes: ["full_refresh", "incremental"],
        sourceDefinedCursor: true,
        defaultCursorField: ["created_at"],
        sourceDefinedPrimaryKey: [["id"]],
      },
      config: {
        syncMode: "incremental",
        destinationSyncMode: "append_dedup",
        cursorField: ["created_at"],
        primaryKey: [["id"]],
        aliasName: name,
        selected: true,
        suggested: true,
        fieldSelectionEnabled: false,
        selectedFields: [],
      },
    });
  }
  return next;
}

/** Which fixture catalog a source discovers: by connector name, with a small catalog for the rest. */
export function catalogFileFor(dockerRepository: string): string[] {
  const name = dockerRepository.replace(/^.*\//, "").replace(/^source-/, "");
  const known: Record<string, string> = {
    "facebook-marketing": "facebook",
    "google-analytics-v4": "ga",
    "google-analytics-data-api": "ga",
    postgres: "internal-pg",
    stripe: "stripe",
    hubspot: "hubspot",
  };
  return [known[name] ?? name, "multiple_stream_catalog"];
}

// FieldSchema is generated as Record<string, never>; the schemas are plain JSON objects.
type FieldSchema = S["FieldSchema"];
type Properties = Record<string, FieldSchema>;

function topLevelProperties(stream: ApiStreamAndConfiguration["stream"]): Properties {
  const properties = stream.jsonSchema?.properties;
  return typeof properties === "object" && properties !== null ? (properties as Properties) : {};
}

/** One key per stream across namespaces: "public.users" and "archive.users" stay apart. */
export function streamKey(stream: { name: string; namespace?: string }): string {
  return `${stream.namespace ?? ""}\u0000${stream.name}`;
}

/**
 * Airbyte's CatalogDiff between a connection's saved catalog and a fresh discover (top-level
 * fields). A change is breaking when it removes or retypes a field that a selected stream uses as
 * cursor or primary key, or removes a selected stream's cursor or key stream entirely.
 */
export function diffCatalogs(saved: ApiCatalog, discovered: ApiCatalog): { catalogDiff: S["CatalogDiff"]; breakingChange: boolean } {
  const before = new Map(saved.streams.map((s) => [streamKey(s.stream), s]));
  const after = new Map(discovered.streams.map((s) => [streamKey(s.stream), s]));
  const transforms: S["StreamTransform"][] = [];
  let breakingChange = false;
  const descriptor = (stream: ApiStreamAndConfiguration["stream"]): S["StreamDescriptor"] =>
    stream.namespace ? { name: stream.name, namespace: stream.namespace } : { name: stream.name };
  for (const [key, entry] of after)
    if (!before.has(key)) transforms.push({ transformType: "add_stream", streamDescriptor: descriptor(entry.stream) });
  for (const [key, old] of before) {
    const next = after.get(key);
    if (!next) {
      transforms.push({ transformType: "remove_stream", streamDescriptor: descriptor(old.stream) });
      continue;
    }
    const used = new Set(
      old.config.selected === false
        ? []
        : [...(old.config.cursorField ?? []).slice(0, 1), ...(old.config.primaryKey ?? []).map((path) => path[0]!)],
    );
    const oldProps = topLevelProperties(old.stream);
    const newProps = topLevelProperties(next.stream);
    const fieldTransforms: S["FieldTransform"][] = [];
    for (const [name, schema] of Object.entries(newProps)) {
      if (!(name in oldProps))
        fieldTransforms.push({ transformType: "add_field", fieldName: [name], breaking: false, addField: { schema } });
      else if (JSON.stringify(oldProps[name]) !== JSON.stringify(schema)) {
        const breaking = used.has(name);
        breakingChange ||= breaking;
        fieldTransforms.push({
          transformType: "update_field_schema",
          fieldName: [name],
          breaking,
          updateFieldSchema: { oldSchema: oldProps[name]!, newSchema: schema },
        });
      }
    }
    for (const [name, schema] of Object.entries(oldProps)) {
      if (!(name in newProps)) {
        const breaking = used.has(name);
        breakingChange ||= breaking;
        fieldTransforms.push({ transformType: "remove_field", fieldName: [name], breaking, removeField: { schema } });
      }
    }
    if (fieldTransforms.length > 0)
      transforms.push({
        transformType: "update_stream",
        streamDescriptor: descriptor(old.stream),
        updateStream: { fieldTransforms, streamAttributeTransforms: [] },
      });
  }
  return { catalogDiff: { transforms }, breakingChange };
}
