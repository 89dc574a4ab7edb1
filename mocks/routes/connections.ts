// Connections (create, get, list, update, delete), discover, and the actions that start jobs:
// sync, reset, clear (whole connection or chosen streams) and refresh.
// Longer than 300 lines on purpose: one handler per Config API endpoint of the connection resource,
// each short and independent, listed together as the other resources' routes are (routes/*.ts).
import { actorById, checkFailure, definitionById, destinationRead, sourceRead } from "../db/actors";
import { streamKey } from "../lib/catalog";
import { catalogForEditing, refreshCatalog } from "../db/connectionCatalog";
import {
  connectionById,
  connectionRead,
  deleteConnection,
  discoverCatalog,
  requireFieldLimit,
  selectedOnly,
  validateCatalog,
} from "../db/connections";
import { withCheckedMappers } from "../db/mappers";
import { getDb, type ConnectionRecord } from "../db/store";
import { tagIdsFrom, tagsOf } from "../db/tags";
import { cronProblem } from "../lib/cronRules";
import { invalidInput, MockHttpError, notFound, requireName } from "../lib/errors";
import { uuid } from "../lib/random";
import { post } from "../lib/route";
import { scheduleRun, untilClock } from "../db/connectorRuns";
import { now } from "../lib/settings";
import type { ApiCatalog, S } from "../lib/types";
import type { JobType } from "../jobs/model";
import { addJob, enabledStreams, jobInfo, jobRead, planLiveJob, runningJob } from "../jobs/simulator";
import { recordConnectionUpdate, recordManualStart } from "../jobs/timeline";
import { propagateSchemaChanges } from "../db/autoPropagate";
import { listConnectionItems, webBackendListItem } from "./connectionList";

type Body = Record<string, unknown>;

const STATUSES = ["active", "inactive", "deprecated", "locked"];
const NAMESPACE_DEFINITIONS = ["source", "destination", "customformat"];
const SCHEDULE_TYPES = ["manual", "basic", "cron"];
const NON_BREAKING = ["ignore", "disable", "propagate_columns", "propagate_fully"];

function oneOf<T extends string>(body: Body, key: string, allowed: string[], fallback?: T): T | undefined {
  const value = body[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "string" || !allowed.includes(value))
    throw invalidInput([{ propertyPath: key, message: `must be one of ${allowed.join(", ")}`, invalidValue: value }]);
  return value as T;
}

function scheduleFrom(body: Body, current?: ConnectionRecord): Pick<ConnectionRecord, "scheduleType" | "scheduleData"> {
  const scheduleType =
    oneOf<S["ConnectionScheduleType"]>(body, "scheduleType", SCHEDULE_TYPES) ??
    (body.schedule ? "basic" : (current?.scheduleType ?? "manual"));
  let scheduleData =
    (body.scheduleData as S["ConnectionScheduleData"] | undefined) ??
    (current && scheduleType === current.scheduleType ? current.scheduleData : undefined);
  const legacy = body.schedule as S["ConnectionSchedule"] | undefined;
  if (!scheduleData && legacy) scheduleData = { basicSchedule: { units: legacy.units, timeUnit: legacy.timeUnit } };
  if (scheduleType === "basic" && !scheduleData?.basicSchedule)
    throw invalidInput([{ propertyPath: "scheduleData.basicSchedule", message: "is required when scheduleType is basic" }]);
  if (scheduleType === "cron") {
    const failure = cronProblem(scheduleData?.cron, current?.connectionId);
    if (failure) throw failure;
  }
  return { scheduleType, scheduleData: scheduleType === "manual" ? undefined : scheduleData };
}

function streamsFrom(body: Body, connection: ConnectionRecord): S["StreamDescriptor"][] {
  if (body.streams === undefined) return enabledStreams(connection);
  // Anything but a list ("all", an object) is refused: read as "no list given" it cleared every stream.
  if (!Array.isArray(body.streams))
    throw invalidInput([{ propertyPath: "streams", message: "must be a list of streams", invalidValue: body.streams }]);
  const known = new Set(connection.syncCatalog.streams.map((s) => streamKey(s.stream)));
  return (body.streams as { streamName?: unknown; streamNamespace?: unknown }[]).map((s, i) => {
    if (typeof s?.streamName !== "string") throw invalidInput([{ propertyPath: `streams[${i}].streamName`, message: "is required" }]);
    const namespace = typeof s.streamNamespace === "string" ? s.streamNamespace : undefined;
    if (!known.has(streamKey({ name: s.streamName, namespace })))
      throw invalidInput([
        { propertyPath: `streams[${i}]`, message: `stream ${s.streamName} is not part of this connection`, invalidValue: s.streamName },
      ]);
    return namespace ? { name: s.streamName, namespace } : { name: s.streamName };
  });
}

function startJob(body: Body, configType: JobType) {
  const connection = connectionById(body.connectionId);
  const running = runningJob(connection.connectionId);
  if (running) {
    const what = running.configType === "sync" ? "A sync" : running.configType === "refresh" ? "A refresh" : "A clear";
    // A real server answers 409 (ValueConflictKnownException), which the API description does not
    // list; 422 with the same message is what the description allows, so the mock uses that.
    throw new MockHttpError(422, {
      message: `${what} is already running for: ${connection.connectionId} (job ${running.id}). Wait for it to finish or cancel it.`,
      exceptionClassName: "io.airbyte.commons.server.errors.ValueConflictKnownException",
      validationErrors: [
        { propertyPath: "connectionId", invalidValue: connection.connectionId, message: `${what.toLowerCase()} is already running` },
      ],
    });
  }
  const streams = configType === "sync" ? enabledStreams(connection) : streamsFrom(body, connection);
  return recordManualStart(getDb(), addJob(planLiveJob(connection, configType, streams)));
}

/**
 * connections/update and web_backend/connections/update: a patch (absent or null properties stay as
 * they are). A saved catalog keeps only its selected streams (CatalogConverter.kt). Saving a catalog
 * clears a pending breaking change: the saved streams now match the source the user reviewed.
 */
function patchConnection(body: Body): ConnectionRecord {
  const c = connectionById(body.connectionId);
  const next: ConnectionRecord = { ...c };
  if (body.name !== undefined) next.name = requireName(body.name);
  next.status = oneOf(body, "status", STATUSES, c.status)!;
  next.namespaceDefinition = oneOf(body, "namespaceDefinition", NAMESPACE_DEFINITIONS, c.namespaceDefinition)!;
  if (typeof body.namespaceFormat === "string") next.namespaceFormat = body.namespaceFormat;
  if (typeof body.prefix === "string") next.prefix = body.prefix;
  if (body.syncCatalog !== undefined && body.syncCatalog !== null) {
    next.syncCatalog = withCheckedMappers(selectedOnly(requireFieldLimit(validateCatalog(body.syncCatalog))));
    next.schemaLevel = getDb().schemaEvolution.get(c.sourceId) ?? 0;
    next.breakingChange = false;
  }
  if (body.scheduleType !== undefined || body.scheduleData !== undefined || body.schedule !== undefined)
    Object.assign(next, scheduleFrom(body, c));
  next.nonBreakingChangesPreference = oneOf(body, "nonBreakingChangesPreference", NON_BREAKING, c.nonBreakingChangesPreference)!;
  if (body.backfillPreference === "enabled" || body.backfillPreference === "disabled") next.backfillPreference = body.backfillPreference;
  if (typeof body.notifySchemaChanges === "boolean") next.notifySchemaChanges = body.notifySchemaChanges;
  if (typeof body.notifySchemaChangesByEmail === "boolean") next.notifySchemaChangesByEmail = body.notifySchemaChangesByEmail;
  if (typeof body.sourceCatalogId === "string") next.sourceCatalogId = body.sourceCatalogId;
  if (typeof body.breakingChange === "boolean") next.breakingChange = body.breakingChange;
  const tagIds = tagIdsFrom(body.tags, c.workspaceId);
  if (tagIds) next.tagIds = tagIds;
  getDb().connections.set(c.connectionId, next);
  recordConnectionUpdate(getDb(), c, next, now(), body.syncCatalog !== undefined && body.syncCatalog !== null);
  return next;
}

/** A connection as web_backend/connections/get answers it, with the given catalog (unselected streams merged in). */
function webBackendRead(c: ConnectionRecord, catalog: ApiCatalog): S["WebBackendConnectionRead"] {
  const item = webBackendListItem(c);
  const read = connectionRead(c);
  return {
    ...read,
    syncCatalog: catalog as S["AirbyteCatalog"],
    source: sourceRead(actorById("source", c.sourceId)),
    destination: destinationRead(actorById("destination", c.destinationId)),
    operations: [],
    isSyncing: item.isSyncing,
    schemaChange: item.schemaChange,
    ...(item.latestSyncJobCreatedAt !== undefined
      ? { latestSyncJobCreatedAt: item.latestSyncJobCreatedAt, latestSyncJobStatus: item.latestSyncJobStatus }
      : {}),
    notifySchemaChanges: c.notifySchemaChanges,
    notifySchemaChangesByEmail: c.notifySchemaChangesByEmail,
    nonBreakingChangesPreference: c.nonBreakingChangesPreference,
    sourceActorDefinitionVersion: item.sourceActorDefinitionVersion,
    destinationActorDefinitionVersion: item.destinationActorDefinitionVersion,
    createdAt: c.createdAt,
    tags: tagsOf(c),
    onDemandEnabled: false,
  };
}

function requireWorkspace(workspaceId: unknown): void {
  if (workspaceId !== getDb().workspace.workspaceId) throw notFound("STANDARD_WORKSPACE", String(workspaceId ?? ""));
}

function sortedConnections(): ConnectionRecord[] {
  return [...getDb().connections.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export const connectionRoutes = [
  post("/v1/sources/discover_schema", async (body) => {
    const source = actorById("source", body.sourceId);
    const definition = definitionById("source", source.definitionId);
    const startedAt = now();
    await untilClock(scheduleRun(definition.id).endsAt);
    const failure = checkFailure(source.configuration, definition);
    const jobInfoBase = {
      id: uuid(),
      configType: "discover_schema" as const,
      configId: source.id,
      createdAt: startedAt,
      logType: "formatted" as const,
      connectorConfigurationUpdated: false,
    };
    if (failure) {
      return {
        jobInfo: {
          ...jobInfoBase,
          endedAt: now(),
          succeeded: false,
          logs: { logLines: [`Discover failed: ${failure}`] },
          failureReason: {
            failureOrigin: "source",
            failureType: "config_error",
            externalMessage: failure,
            internalMessage: failure,
            timestamp: now(),
            retryable: false,
          },
        },
      } satisfies S["SourceDiscoverSchemaRead"];
    }
    const catalog = await discoverCatalog(source);
    const catalogId = uuid();
    const found = typeof body.connectionId === "string" ? getDb().connections.get(body.connectionId) : undefined;
    // With a connection, Airbyte also says how the fresh catalog differs from the one the connection
    // was configured with, and a breaking change disables it (lib: db/connectionCatalog.ts).
    const diff = found ? await refreshCatalog(found) : undefined;
    const connection = found ? getDb().connections.get(found.connectionId) : undefined;
    if (connection) connection.sourceCatalogId = catalogId;
    return {
      catalog: catalog as S["AirbyteCatalog"],
      catalogId,
      jobInfo: { ...jobInfoBase, endedAt: now(), succeeded: true, logs: { logLines: [`Discovered ${catalog.streams.length} streams.`] } },
      breakingChange: diff?.breakingChange ?? false,
      ...(diff ? { catalogDiff: diff.catalogDiff } : {}),
      ...(connection ? { connectionStatus: connection.status } : {}),
    } satisfies S["SourceDiscoverSchemaRead"];
  }),

  post("/v1/connections/create", (body) => {
    const source = actorById("source", body.sourceId);
    const destination = actorById("destination", body.destinationId);
    const status = oneOf<S["ConnectionStatus"]>(body, "status", STATUSES);
    if (!status) throw invalidInput([{ propertyPath: "status", message: "is required" }]);
    const record: ConnectionRecord = {
      connectionId: uuid(),
      workspaceId: source.workspaceId,
      name: typeof body.name === "string" && body.name.trim() ? requireName(body.name) : `${source.name} → ${destination.name}`,
      sourceId: source.id,
      destinationId: destination.id,
      status,
      namespaceDefinition: oneOf<S["NamespaceDefinitionType"]>(body, "namespaceDefinition", NAMESPACE_DEFINITIONS, "destination")!,
      ...(typeof body.namespaceFormat === "string" ? { namespaceFormat: body.namespaceFormat } : {}),
      prefix: typeof body.prefix === "string" ? body.prefix : "",
      syncCatalog:
        body.syncCatalog === undefined
          ? { streams: [] }
          : withCheckedMappers(selectedOnly(requireFieldLimit(validateCatalog(body.syncCatalog)))),
      ...scheduleFrom(body),
      nonBreakingChangesPreference: oneOf<S["NonBreakingChangesPreference"]>(body, "nonBreakingChangesPreference", NON_BREAKING, "ignore")!,
      backfillPreference: body.backfillPreference === "enabled" ? "enabled" : "disabled",
      notifySchemaChanges: body.notifySchemaChanges !== false,
      notifySchemaChangesByEmail: body.notifySchemaChangesByEmail === true,
      ...(typeof body.sourceCatalogId === "string" ? { sourceCatalogId: body.sourceCatalogId } : {}),
      breakingChange: false,
      schemaLevel: getDb().schemaEvolution.get(source.id) ?? 0,
      createdAt: Math.floor(now() / 1000),
      tagIds: tagIdsFrom(body.tags, source.workspaceId) ?? [],
    };
    getDb().connections.set(record.connectionId, record);
    return connectionRead(record);
  }),

  post("/v1/connections/get", (body) => connectionRead(connectionById(body.connectionId))),

  post("/v1/connections/list", (body) => {
    requireWorkspace(body.workspaceId);
    return { connections: sortedConnections().map(connectionRead) };
  }),

  post("/v1/connections/update", (body) => connectionRead(patchConnection(body))),

  post("/v1/connections/delete", (body) => {
    const c = connectionById(body.connectionId);
    const running = runningJob(c.connectionId);
    if (running) running.cancelledAt = now();
    deleteConnection(c);
    return undefined;
  }),

  post("/v1/connections/sync", async (body) => {
    const job = startJob(body, "sync");
    // The sync's first step refreshes the source's schema and applies what the preferences allow.
    await propagateSchemaChanges(connectionById(body.connectionId).sourceId, now());
    return jobInfo(job);
  }),
  post("/v1/connections/reset", (body) => jobInfo(startJob({ connectionId: body.connectionId }, "reset_connection"))),
  post("/v1/connections/reset/stream", (body) => jobInfo(startJob(body, "reset_connection"))),
  post("/v1/connections/clear", (body) => jobInfo(startJob({ connectionId: body.connectionId }, "clear"))),
  post("/v1/connections/clear/stream", (body) => jobInfo(startJob(body, "clear"))),
  post("/v1/connections/refresh", (body) => {
    if (body.refreshMode !== "Truncate" && body.refreshMode !== "Merge")
      throw invalidInput([{ propertyPath: "refreshMode", message: "must be one of Truncate, Merge", invalidValue: body.refreshMode }]);
    const connection = connectionById(body.connectionId);
    // A destination that cannot run refreshes gets no job: the server answers `{}` (a JobReadResponse
    // without `job`; StreamRefreshesHandler.createRefreshesForConnection returns null).
    if (!definitionById("destination", actorById("destination", connection.destinationId).definitionId).supportsRefreshes) return {};
    const job = startJob({ connectionId: connection.connectionId }, "refresh");
    if (body.streams !== undefined) job.streams = streamsFrom(body, connection);
    return { job: jobRead(job) };
  }),

  post("/v1/web_backend/connections/list", listConnectionItems, { coreOnly: true }),

  post("/v1/web_backend/connections/get", async (body) => {
    const found = connectionById(body.connectionId);
    if (body.withRefreshedCatalog === true) {
      const refreshed = await refreshCatalog(found);
      const catalogId = uuid();
      const c = { ...connectionById(found.connectionId), sourceCatalogId: catalogId };
      getDb().connections.set(c.connectionId, c);
      return {
        ...webBackendRead(c, refreshed.catalog),
        catalogId,
        catalogDiff: refreshed.catalogDiff,
        schemaChange: refreshed.schemaChange,
      };
    }
    return webBackendRead(found, await catalogForEditing(found));
  }),

  post("/v1/web_backend/connections/update", async (body) => {
    const c = patchConnection(body);
    return webBackendRead(c, await catalogForEditing(c));
  }),
];
