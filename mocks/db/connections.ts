// Connections: reads, validation of what a client sends, and the discovered catalog of a source.
import { dataSource } from "../data/source";
import { catalogFileFor, cloneJson, evolveCatalog, toApiCatalog } from "../lib/catalog";
import { invalidInput, knownError, notFound } from "../lib/errors";
import { isPostgresSource, shapeForUpdateMethod } from "../lib/postgresDiscover";
import { syntheticCatalog, syntheticOptions, SYNTHETIC_DEFINITION_ID } from "../lib/synthetic";
import type { ApiCatalog, S } from "../lib/types";
import { definitionById } from "./actors";
import { getDb, type ActorRecord, type ConnectionRecord } from "./store";
import { tagsOf } from "./tags";

/**
 * MAX_FIELDS_PER_CONNECTION (20,000 by default, a deployment setting): a save whose enabled streams
 * carry more fields is refused with 400 (Airbyte's changelog and ConnectionsHandler's field-limit
 * check; the message wording is ours). Each enabled stream counts its chosen fields when field
 * selection is on, else every top-level field of its schema.
 */
const MAX_FIELDS_PER_CONNECTION = 20_000;

export function requireFieldLimit(catalog: ApiCatalog): ApiCatalog {
  let fields = 0;
  for (const { stream, config } of catalog.streams) {
    if (config.selected === false) continue;
    fields += config.fieldSelectionEnabled
      ? (config.selectedFields?.length ?? 0)
      : Object.keys((stream.jsonSchema?.properties as object | undefined) ?? {}).length;
  }
  if (fields > MAX_FIELDS_PER_CONNECTION) {
    throw knownError(
      400,
      `The connection has ${fields} fields selected, more than the ${MAX_FIELDS_PER_CONNECTION} allowed per connection.`,
      "io.airbyte.commons.server.errors.BadRequestException",
    );
  }
  return catalog;
}

/** The streams a saved catalog keeps: the selected ones (CatalogConverter.kt drops the rest on save and read). */
export function selectedOnly(catalog: ApiCatalog): ApiCatalog {
  return { streams: catalog.streams.filter((entry) => entry.config.selected !== false) };
}

export function connectionById(id: unknown): ConnectionRecord {
  const found = typeof id === "string" ? getDb().connections.get(id) : undefined;
  if (!found) throw notFound("STANDARD_SYNC", String(id ?? ""));
  return found;
}

export function connectionRead(c: ConnectionRecord): S["ConnectionRead"] {
  return {
    connectionId: c.connectionId,
    name: c.name,
    namespaceDefinition: c.namespaceDefinition,
    namespaceFormat: c.namespaceFormat ?? "",
    prefix: c.prefix,
    sourceId: c.sourceId,
    destinationId: c.destinationId,
    operationIds: [],
    // The server keeps only the selected streams of a configured catalog (CatalogConverter.kt):
    // connections/get never shows an unselected stream; web_backend/connections/get merges them back.
    syncCatalog: selectedOnly(c.syncCatalog) as S["AirbyteCatalog"],
    scheduleType: c.scheduleType,
    ...(c.scheduleData ? { scheduleData: c.scheduleData } : {}),
    ...(c.scheduleType === "basic" && c.scheduleData?.basicSchedule
      ? { schedule: { units: c.scheduleData.basicSchedule.units, timeUnit: c.scheduleData.basicSchedule.timeUnit } }
      : {}),
    status: c.status,
    ...(c.sourceCatalogId ? { sourceCatalogId: c.sourceCatalogId } : {}),
    breakingChange: c.breakingChange,
    notifySchemaChanges: c.notifySchemaChanges,
    notifySchemaChangesByEmail: c.notifySchemaChangesByEmail,
    nonBreakingChangesPreference: c.nonBreakingChangesPreference,
    ...(c.backfillPreference ? { backfillPreference: c.backfillPreference } : {}),
    created_at: c.createdAt,
    workspaceId: c.workspaceId,
    tags: tagsOf(c),
    onDemandEnabled: false,
  };
}

const SYNC_MODES = ["full_refresh", "incremental"];
const DESTINATION_SYNC_MODES = ["append", "overwrite", "append_dedup", "overwrite_dedup", "update", "soft_delete"];

/** Check a syncCatalog a client sends, the way Airbyte rejects impossible configurations (422 naming the field). */
export function validateCatalog(catalog: unknown, field = "syncCatalog"): ApiCatalog {
  if (typeof catalog !== "object" || catalog === null || !Array.isArray((catalog as ApiCatalog).streams)) {
    throw invalidInput([{ propertyPath: field, message: "must be an object with a streams array" }]);
  }
  const errors: { propertyPath: string; message: string; invalidValue?: unknown }[] = [];
  (catalog as ApiCatalog).streams.forEach((entry, i) => {
    const at = `${field}.streams[${i}]`;
    if (!entry || typeof entry !== "object" || !entry.stream || typeof entry.stream.name !== "string") {
      errors.push({ propertyPath: `${at}.stream.name`, message: "is required" });
      return;
    }
    const config = entry.config;
    if (!config) {
      errors.push({ propertyPath: `${at}.config`, message: "is required" });
      return;
    }
    if (!SYNC_MODES.includes(config.syncMode))
      errors.push({
        propertyPath: `${at}.config.syncMode`,
        message: `must be one of ${SYNC_MODES.join(", ")}`,
        invalidValue: config.syncMode,
      });
    if (!DESTINATION_SYNC_MODES.includes(config.destinationSyncMode))
      errors.push({
        propertyPath: `${at}.config.destinationSyncMode`,
        message: `must be one of ${DESTINATION_SYNC_MODES.join(", ")}`,
        invalidValue: config.destinationSyncMode,
      });
    if (config.selected === false) return;
    const supported = entry.stream.supportedSyncModes;
    if (supported && supported.length > 0 && !supported.includes(config.syncMode)) {
      errors.push({
        propertyPath: `${at}.config.syncMode`,
        message: `stream ${entry.stream.name} does not support ${config.syncMode}`,
        invalidValue: config.syncMode,
      });
    }
    if (config.syncMode === "incremental" && !entry.stream.sourceDefinedCursor && (config.cursorField?.length ?? 0) === 0) {
      errors.push({
        propertyPath: `${at}.config.cursorField`,
        message: `stream ${entry.stream.name} needs a cursor field for incremental syncs`,
      });
    }
    if (
      config.destinationSyncMode.endsWith("_dedup") &&
      (config.primaryKey?.length ?? 0) === 0 &&
      (entry.stream.sourceDefinedPrimaryKey?.length ?? 0) === 0
    ) {
      errors.push({
        propertyPath: `${at}.config.primaryKey`,
        message: `stream ${entry.stream.name} needs a primary key for deduplication`,
      });
    }
  });
  if (errors.length > 0) throw invalidInput(errors.slice(0, 50));
  return cloneJson(catalog as ApiCatalog);
}

/**
 * What discover finds in a source: its real catalog (or Synthetic's generated one), after `level`
 * rounds of schema evolution (default: the source as it is now).
 */
export async function discoverCatalog(source: ActorRecord, level?: number): Promise<ApiCatalog> {
  const now = getDb().schemaEvolution.get(source.id) ?? 0;
  const catalog = evolveCatalog(await baseCatalog(source), level ?? now);
  return level === undefined && getDb().brokenSchemas.has(source.id) ? withoutKeysInUse(catalog, source.id) : catalog;
}

/**
 * A breaking change (control API breakSchema): every top-level field a connection of this source
 * uses as a selected stream's cursor or primary key is gone from the schema.
 */
function withoutKeysInUse(catalog: ApiCatalog, sourceId: string): ApiCatalog {
  const used = new Map<string, Set<string>>();
  for (const c of getDb().connections.values()) {
    if (c.sourceId !== sourceId) continue;
    for (const { stream, config } of c.syncCatalog.streams) {
      if (config.selected === false) continue;
      const fields = used.get(stream.name) ?? new Set<string>();
      for (const path of [config.cursorField ?? [], ...(config.primaryKey ?? [])]) if (path[0]) fields.add(path[0]);
      used.set(stream.name, fields);
    }
  }
  const next = cloneJson(catalog);
  for (const { stream } of next.streams) {
    const properties = stream.jsonSchema?.properties as Record<string, unknown> | undefined;
    for (const field of used.get(stream.name) ?? []) if (properties) delete properties[field];
  }
  return next;
}

async function baseCatalog(source: ActorRecord): Promise<ApiCatalog> {
  const definition = definitionById("source", source.definitionId);
  let catalog: ApiCatalog;
  if (definition.id === SYNTHETIC_DEFINITION_ID) {
    catalog = syntheticCatalog(syntheticOptions(source.configuration));
  } else {
    let protocol;
    for (const name of catalogFileFor(definition.dockerRepository)) {
      protocol = await dataSource().catalog(name);
      if (protocol) break;
    }
    if (protocol && isPostgresSource(definition.dockerRepository)) protocol = shapeForUpdateMethod(protocol, source.configuration);
    catalog = toApiCatalog(protocol ?? { streams: [] }, "discovered", definition.suggestedStreams);
  }
  return catalog;
}

/** Delete a connection, keeping what a cursor needs to find its place (see Db.deletedConnections). */
export function deleteConnection(c: ConnectionRecord): void {
  const db = getDb();
  db.deletedConnections.set(c.connectionId, {
    name: c.name,
    sourceName: db.sources.get(c.sourceId)?.name ?? "",
    destinationName: db.destinations.get(c.destinationId)?.name ?? "",
  });
  db.connections.delete(c.connectionId);
}
