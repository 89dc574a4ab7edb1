// A connection's timeline (connections/events/*), as Airbyte's server writes it. Evidence, all in
// airbytehq/airbyte-platform:
// - ConnectionTimelineEventHelper.kt writes: a job's final event when it ends (FinalStatusEvent for
//   succeeded/cancelled, FailedEvent with the last attempt's first failure for failed; a failed job
//   that loaded bytes is INCOMPLETE, not FAILED), a *_STARTED event only for a job started by hand
//   (ManuallyStartedEvent: "only for manual sync jobs"), CONNECTION_ENABLED/DISABLED for a status
//   change and, apart from it, one CONNECTION_SETTINGS_UPDATE with `patches: {field: {from, to}}` for
//   the other fields a patch changes (addPatchIfFieldIsChanged: only fields sent and different).
// - WebBackendConnectionsHandler.kt writes SCHEMA_CONFIG_UPDATE (an AirbyteCatalogDiff) when a saved
//   catalog differs from the one before.
// - The event type follows the job's config type (FinalStatusEvent.getEventType): SYNC -> SYNC_*,
//   REFRESH -> REFRESH_*, CLEAR and RESET_CONNECTION -> CLEAR_*.
// Job events are derived from the simulated jobs (a job "ends" when the mock's clock passes its last
// attempt), so seeded history, live syncs and a moved clock all have their events; everything else is
// recorded when it happens and lives with the database it was recorded in.
import type { ConnectionRecord, Db } from "../db/store";
import { streamKey } from "../lib/catalog";
import { hashString, seededRandom, uuid } from "../lib/random";
import type { JsonObject, S } from "../lib/types";
import type { JobRecord } from "./model";
import { endedJobs } from "./timelineIndex";
import { attemptStates, attemptTotals, jobStatus, jobUpdatedAtMs } from "./simulator";

type EventType = S["ConnectionEventType"];

export interface TimelineEvent {
  id: string;
  connectionId: string;
  eventType: EventType;
  summary: JsonObject;
  /** Epoch ms on the mock's clock. */
  createdAt: number;
  jobId?: number;
}

const recorded = new WeakMap<Db, TimelineEvent[]>();

/** Events recorded in `db` (not the job events, which are derived), for the snapshot. */
export function recordedEvents(db: Db): TimelineEvent[] {
  let list = recorded.get(db);
  if (!list) recorded.set(db, (list = []));
  return list;
}

export function restoreRecordedEvents(db: Db, events: TimelineEvent[]): void {
  recorded.set(db, [...events]);
}

function record(db: Db, event: Omit<TimelineEvent, "id">): void {
  const list = recordedEvents(db);
  const random = seededRandom(hashString(`${event.connectionId}:${event.eventType}:${event.createdAt}:${list.length}`));
  list.push({ ...event, id: uuid(random) });
}

/** The server's JobConfig.ConfigType name of a mock job type. */
const JOB_TYPE_NAME: Record<JobRecord["configType"], string> = {
  sync: "SYNC",
  refresh: "REFRESH",
  clear: "CLEAR",
  reset_connection: "RESET_CONNECTION",
};
const EVENT_PREFIX: Record<JobRecord["configType"], "SYNC" | "REFRESH" | "CLEAR"> = {
  sync: "SYNC",
  refresh: "REFRESH",
  clear: "CLEAR",
  reset_connection: "CLEAR",
};

/** SchedulerHandler logs a manual start with the job it created (ManuallyStartedEvent). */
export function recordManualStart(db: Db, job: JobRecord): JobRecord {
  record(db, {
    connectionId: job.connectionId,
    eventType: `${EVENT_PREFIX[job.configType]}_STARTED`,
    createdAt: job.createdAt,
    jobId: job.id,
    summary: {
      jobId: job.id,
      startTimeEpochSeconds: Math.floor(job.createdAt / 1000),
      jobType: JOB_TYPE_NAME[job.configType],
      ...(job.configType === "sync" ? {} : { streams: job.streams as unknown as JsonObject[] }),
    },
  });
  return job;
}

/** A schema change applied without the user (SchemaChangeAutoPropagationEvent: the applied diff). */
export function recordSchemaUpdate(db: Db, connectionId: string, at: number, catalogDiff: S["CatalogDiff"]): void {
  record(db, {
    connectionId,
    eventType: "SCHEMA_UPDATE",
    createdAt: at,
    summary: { catalogDiff: catalogDiff as unknown as JsonObject, updateReason: "SCHEMA_CHANGE_AUTO_PROPAGATE" },
  });
}

/** A connector's version changed (ConnectorUpdate.kt: fromVersion, toVersion, connectorType, connectorName, triggeredBy). */
export function recordConnectorUpdate(
  db: Db,
  connectionId: string,
  at: number,
  summary: { fromVersion: string; toVersion: string; connectorType: "SOURCE" | "DESTINATION"; connectorName: string; triggeredBy: string },
): void {
  record(db, { connectionId, eventType: "CONNECTOR_UPDATE", createdAt: at, summary });
}

/** The fields ConnectionTimelineEventHelper compares, in its order. */
const SETTINGS_FIELDS = [
  "scheduleType",
  "scheduleData",
  "name",
  "namespaceDefinition",
  "namespaceFormat",
  "prefix",
  "notifySchemaChanges",
  "notifySchemaChangesByEmail",
  "nonBreakingChangesPreference",
  "backfillPreference",
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function selectedStreams(connection: ConnectionRecord): Map<string, S["StreamFieldStatusChanged"]> {
  const result = new Map<string, S["StreamFieldStatusChanged"]>();
  for (const { stream, config } of connection.syncCatalog.streams)
    if (config.selected !== false)
      result.set(streamKey(stream), { streamName: stream.name, ...(stream.namespace ? { streamNamespace: stream.namespace } : {}) });
  return result;
}

/** connections/update and web_backend/connections/update: the events the server writes for this patch. */
export function recordConnectionUpdate(db: Db, before: ConnectionRecord, after: ConnectionRecord, at: number, catalogSent: boolean): void {
  const connectionId = after.connectionId;
  if (before.status !== after.status && (after.status === "active" || after.status === "inactive"))
    record(db, {
      connectionId,
      eventType: after.status === "active" ? "CONNECTION_ENABLED" : "CONNECTION_DISABLED",
      createdAt: at,
      summary: {},
    });
  const patches: JsonObject = {};
  for (const field of SETTINGS_FIELDS) {
    if (after[field] !== undefined && !same(before[field], after[field]))
      patches[field] = { from: (before[field] ?? null) as JsonObject, to: after[field] as JsonObject };
  }
  if (Object.keys(patches).length > 0)
    record(db, { connectionId, eventType: "CONNECTION_SETTINGS_UPDATE", createdAt: at, summary: { patches } });
  if (!catalogSent) return;
  const was = selectedStreams(before);
  const now = selectedStreams(after);
  const streamsEnabled = [...now].filter(([key]) => !was.has(key)).map(([, s]) => ({ ...s, status: "enabled" as const }));
  const streamsDisabled = [...was].filter(([key]) => !now.has(key)).map(([, s]) => ({ ...s, status: "disabled" as const }));
  if (streamsEnabled.length + streamsDisabled.length === 0) return;
  record(db, {
    connectionId,
    eventType: "SCHEMA_CONFIG_UPDATE",
    createdAt: at,
    summary: { airbyteCatalogDiff: { catalogConfigDiff: { streamsEnabled, streamsDisabled } } as unknown as JsonObject },
  });
}

const FINAL_STATUS: Partial<Record<S["JobStatus"], string>> = { succeeded: "SUCCEEDED", failed: "FAILED", cancelled: "CANCELLED" };

/** The event the server writes when `job` ends, or none while it runs. */
function jobFinalEvent(job: JobRecord, at: number): TimelineEvent | undefined {
  const status = jobStatus(job, at);
  let statusType = FINAL_STATUS[status];
  if (!statusType) return undefined;
  // The totals alone (not jobRead's per-stream split): a timeline of 10,000 jobs reads them all.
  const attempts = attemptStates(job, at);
  const totals = attempts.map(attemptTotals);
  const sum = (key: "recordsCommitted" | "bytesCommitted" | "recordsRejected") => totals.reduce((acc, t) => acc + t[key], 0);
  const bytesLoaded = sum("bytesCommitted");
  const updatedAt = Math.floor(jobUpdatedAtMs(job, attempts, at) / 1000);
  if (statusType === "FAILED" && bytesLoaded > 0) statusType = "INCOMPLETE";
  const failure = status === "failed" ? attempts.at(-1)?.plan.failure : undefined;
  const random = seededRandom(hashString(`job-event:${job.id}`));
  return {
    id: uuid(random),
    connectionId: job.connectionId,
    eventType: `${EVENT_PREFIX[job.configType]}_${statusType}` as EventType,
    createdAt: updatedAt * 1000,
    jobId: job.id,
    summary: {
      jobId: job.id,
      startTimeEpochSeconds: Math.floor(job.createdAt / 1000),
      endTimeEpochSeconds: updatedAt,
      bytesLoaded,
      recordsLoaded: sum("recordsCommitted"),
      recordsRejected: sum("recordsRejected"),
      attemptsCount: attempts.length,
      jobType: JOB_TYPE_NAME[job.configType],
      statusType,
      streams: job.streams as unknown as JsonObject[],
      ...(failure
        ? {
            failureReason: {
              failureOrigin: failure.failureOrigin,
              failureType: failure.failureType,
              externalMessage: failure.externalMessage,
              internalMessage: failure.internalMessage,
              retryable: failure.retryable,
              timestamp: Math.floor(attempts.at(-1)?.endedAt ?? at),
            },
          }
        : {}),
    },
  };
}

/** A job's end event, once it has ended: an ended job never changes, so it is computed once. */
const endedEvents = new WeakMap<JobRecord, TimelineEvent>();

/** Job end events built so far, by id (connections/events/get looks an event up by its id). */
const builtById = new WeakMap<Db, Map<string, TimelineEvent>>();

function endEvent(db: Db, job: JobRecord, at: number): TimelineEvent | undefined {
  const known = endedEvents.get(job);
  if (known && known.createdAt <= at) return known;
  const final = jobFinalEvent(job, at);
  if (final) {
    endedEvents.set(job, final);
    let byId = builtById.get(db);
    if (!byId) builtById.set(db, (byId = new Map()));
    byId.set(final.id, final);
  }
  return final;
}

/** The repository's order: created_at DESC (ties: the higher job id first). */
const newestFirst = (a: TimelineEvent, b: TimelineEvent) => b.createdAt - a.createdAt || (b.jobId ?? 0) - (a.jobId ?? 0);

export interface EventQuery {
  types?: ReadonlySet<string> | undefined;
  /** Both bounds inclusive (epoch ms). */
  start?: number | undefined;
  end?: number | undefined;
  offset: number;
  limit: number;
}

/**
 * One page of a connection's events at `at`, newest first, as the repository's filtered
 * LIMIT/OFFSET query: the recorded events merged with the ended jobs' (./timelineIndex.ts), a job's
 * event built only when the page shows it or a type filter must look at it.
 */
export function connectionEventsPage(db: Db, connectionId: string, at: number, query: EventQuery): TimelineEvent[] {
  const inRange = (createdAt: number) =>
    (query.start === undefined || createdAt >= query.start) && (query.end === undefined || createdAt <= query.end);
  // A sort is stable: of two events equal in the order, the recorded one (listed first before) stays first.
  const recorded = recordedEvents(db)
    .filter((event) => event.connectionId === connectionId && event.createdAt <= at)
    .sort(newestFirst);
  const jobs = endedJobs(db, connectionId, at);
  const page: TimelineEvent[] = [];
  let skip = query.offset;
  let r = 0;
  let j = 0;
  while (page.length < query.limit && (r < recorded.length || j < jobs.length)) {
    const ended = jobs[j];
    // A job that ends after `at` (the clock moved back) has no event yet.
    if (ended && ended.end > at) {
      j += 1;
      continue;
    }
    const next = recorded[r];
    const recordedFirst = next !== undefined && (!ended || (ended.createdAt - next.createdAt || ended.job.id - (next.jobId ?? 0)) <= 0);
    let event: TimelineEvent | undefined;
    if (recordedFirst) {
      r += 1;
      if (!inRange(next.createdAt) || (query.types && !query.types.has(next.eventType))) continue;
      event = next;
    } else {
      j += 1;
      if (!inRange(ended!.createdAt)) continue;
      if (query.types || skip === 0) {
        event = endEvent(db, ended!.job, at);
        if (!event || (query.types && !query.types.has(event.eventType))) continue;
      }
    }
    if (skip > 0) skip -= 1;
    else if (event) page.push(event);
  }
  return page;
}

/** Every event of a connection at `at`, newest first (the repository orders by created_at DESC). */
function connectionEvents(db: Db, connectionId: string, at: number): TimelineEvent[] {
  return connectionEventsPage(db, connectionId, at, { offset: 0, limit: Number.POSITIVE_INFINITY });
}

/** The connection's event with this id at `at` (connections/events/get). */
export function connectionEvent(db: Db, connectionId: string, at: number, id: unknown): TimelineEvent | undefined {
  const found = recordedEvents(db).find((event) => event.id === id && event.connectionId === connectionId && event.createdAt <= at);
  if (found) return found;
  // A job event's id is a hash of its job id: the events a list has shown are known by id.
  const shown = builtById.get(db)?.get(id as string);
  if (shown && shown.connectionId === connectionId && shown.createdAt <= at) return shown;
  return connectionEvents(db, connectionId, at).find((event) => event.id === id);
}

/** Events of one job (listEventsForJob: by job id). */
export function jobEvents(db: Db, job: JobRecord, at: number): TimelineEvent[] {
  const events = recordedEvents(db).filter((event) => event.jobId === job.id);
  const final = endEvent(db, job, at);
  if (final) events.push(final);
  return events.sort((a, b) => b.createdAt - a.createdAt);
}

/** The API's ConnectionEvent: createdAt in epoch seconds (ConnectionsHandler.convertConnectionEvent). */
export function eventRead(event: TimelineEvent): S["ConnectionEvent"] {
  return {
    id: event.id,
    connectionId: event.connectionId,
    eventType: event.eventType,
    summary: event.summary,
    createdAt: Math.floor(event.createdAt / 1000),
  } as S["ConnectionEvent"];
}
