// A connection's history for the status page's graphs, computed from the simulated jobs as Airbyte's
// server computes it from its jobs and stream status tables (airbytehq/airbyte-platform):
// - history/uptime: StreamStatusesHandler.getConnectionUptimeHistory: the stream statuses of the
//   last attempt of each of the last `numberOfJobs` jobs, one JobSyncResultRead per job; a stream is
//   succeeded when its run state is COMPLETE, cancelled when it is INCOMPLETE because it was
//   cancelled, otherwise failed (mapStreamStatusToSyncReadResult).
// - history/data: ConnectionsHandler.getConnectionDataHistory: the last `numberOfJobs` sync and
//   refresh jobs that succeeded or failed, with their aggregated stats, oldest first (sorted by
//   jobUpdatedAt). The server leaves their streamStatuses empty.
// - stream_history: ConnectionsHandler.getConnectionStreamHistoryInternal: records committed per
//   stream per day over the last 30 days in the caller's time zone, by the day each sync attempt
//   ended, every day present; the timestamp is the day's start (epoch seconds).
import type { ConnectionRecord } from "../db/store";
import type { S } from "../lib/types";
import type { JobRecord } from "./model";
import { attemptStates, attemptStreamStats, attemptTotals, jobStatus, jobUpdatedAtMs, type AttemptState } from "./simulator";
import { streamCompleted } from "./syncStatus";

const SYNC_TYPES = new Set<JobRecord["configType"]>(["sync", "refresh"]);
const REPLICATION_TYPES = new Set<JobRecord["configType"]>(["sync", "refresh", "reset_connection", "clear"]);
/** The web app's default and a sensible cap when the body names none. */
const DEFAULT_JOBS = 30;

function newestFirst(connectionId: string, jobs: Iterable<JobRecord>, types: Set<JobRecord["configType"]>): JobRecord[] {
  const result: JobRecord[] = [];
  for (const job of jobs) if (job.connectionId === connectionId && types.has(job.configType)) result.push(job);
  return result.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * A job's row without its streams: what jobRead says of it (aggregatedStats sums the attempts'
 * totals; recordsRejected stays 0 there), without jobRead's per-stream split, which a graph of 30
 * jobs of 200 streams would build and drop for every row.
 */
function jobStats(job: JobRecord, at: number): Omit<S["JobSyncResultRead"], "streamStatuses"> {
  const states = attemptStates(job, at);
  const sum = { recordsEmitted: 0, bytesEmitted: 0, recordsCommitted: 0, bytesCommitted: 0 };
  for (const state of states) {
    const totals = attemptTotals(state);
    sum.recordsEmitted += totals.recordsEmitted;
    sum.bytesEmitted += totals.bytesEmitted;
    sum.recordsCommitted += totals.recordsCommitted;
    sum.bytesCommitted += totals.bytesCommitted;
  }
  return {
    jobId: job.id,
    configType: job.configType,
    jobCreatedAt: seconds(job.createdAt),
    jobUpdatedAt: seconds(jobUpdatedAtMs(job, states, at)),
    recordsEmitted: sum.recordsEmitted,
    recordsCommitted: sum.recordsCommitted,
    recordsRejected: 0,
    bytesEmitted: sum.bytesEmitted,
    bytesCommitted: sum.bytesCommitted,
  };
}

/** A stream's row (mapStreamStatusToSyncReadResult): COMPLETE succeeded, INCOMPLETE by a cancel cancelled, else failed. */
function streamResult(job: JobRecord, attempt: AttemptState, i: number): S["ConnectionSyncResultRead"] {
  const stream = job.streams[i]!;
  const status: S["JobStatus"] = streamCompleted(attempt, i, job.streams.length)
    ? "succeeded"
    : attempt.status === "failed" && attempt.cancelled
      ? "cancelled"
      : "failed";
  return { status, streamName: stream.name, streamNamespace: stream.namespace ?? "" };
}

export function uptimeHistory(connection: ConnectionRecord, jobs: Iterable<JobRecord>, at: number, numberOfJobs = DEFAULT_JOBS) {
  const result: S["JobSyncResultRead"][] = [];
  for (const job of newestFirst(connection.connectionId, jobs, REPLICATION_TYPES).slice(0, Math.max(0, numberOfJobs))) {
    const last = attemptStates(job, at).at(-1);
    // A job with no attempt has no stream status rows, so the server's query does not return it.
    if (!last) continue;
    result.push({ ...jobStats(job, at), streamStatuses: job.streams.map((_, i) => streamResult(job, last, i)) });
  }
  return result;
}

export function dataHistory(connection: ConnectionRecord, jobs: Iterable<JobRecord>, at: number, numberOfJobs: number) {
  return newestFirst(connection.connectionId, jobs, SYNC_TYPES)
    .filter((job) => ["succeeded", "failed"].includes(jobStatus(job, at)))
    .slice(0, Math.max(0, numberOfJobs))
    .map((job) => ({ ...jobStats(job, at), streamStatuses: [] }))
    .sort((a, b) => a.jobUpdatedAt - b.jobUpdatedAt);
}

const DAY_MS = 24 * 60 * 60 * 1000;

const formats = new Map<string, Intl.DateTimeFormat>();

/** Start of the calendar day of `ms` in `timeZone`, as epoch ms. */
function dayStart(ms: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format)
    formats.set(
      timeZone,
      (format = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hourCycle: "h23",
      })),
    );
  const parts = format.formatToParts(ms);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const localAsUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  const offset = localAsUtc - Math.floor(ms / 1000) * 1000;
  return Date.UTC(get("year"), get("month") - 1, get("day")) - offset;
}

export function streamHistory(connection: ConnectionRecord, jobs: Iterable<JobRecord>, at: number, timeZone: string) {
  const start = at - 30 * DAY_MS;
  const byDay = new Map<number, Map<string, S["ConnectionStreamHistoryReadItem"]>>();
  for (let day = dayStart(start, timeZone); day <= at; day = dayStart(day + DAY_MS + 2 * 60 * 60 * 1000, timeZone))
    byDay.set(day, new Map());
  // A job runs for minutes: one created a day before the window cannot end inside it.
  const recent = newestFirst(connection.connectionId, jobs, new Set(["sync"])).filter((job) => job.createdAt >= start - DAY_MS);
  for (const job of recent) {
    for (const attempt of attemptStates(job, at)) {
      // The API's endedAt is in whole seconds.
      const endedAt = attempt.endedAt === undefined ? undefined : seconds(attempt.endedAt) * 1000;
      if (endedAt === undefined || endedAt < start) continue;
      const day = byDay.get(dayStart(endedAt, timeZone));
      if (!day) continue;
      for (const stream of attemptStreamStats(job, attempt)) {
        const key = `${stream.streamNamespace ?? ""}\u0000${stream.streamName}`;
        const item = day.get(key) ?? {
          timestamp: 0,
          streamName: stream.streamName,
          streamNamespace: stream.streamNamespace ?? "",
          recordsCommitted: 0,
        };
        item.recordsCommitted += stream.stats.recordsCommitted ?? 0;
        day.set(key, item);
      }
    }
  }
  const result: S["ConnectionStreamHistoryReadItem"][] = [];
  for (const [day, streams] of byDay) {
    const sorted = [...streams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, item] of sorted) result.push({ ...item, timestamp: Math.floor(day / 1000) });
  }
  return result;
}
