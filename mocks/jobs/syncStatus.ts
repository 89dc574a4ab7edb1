// What a connection's sync status endpoints answer, computed from the simulated jobs as Airbyte's
// server computes it from its jobs table:
// - connections/status: ConnectionsHandler.getConnectionStatuses (airbyte-commons-server);
// - connections/sync_progress: JobHistoryHandler.getConnectionSyncProgress;
// - stream_statuses/latest_per_run_state: StreamStatusesHandler.listStreamStatusPerRunState and the
//   query behind it (StreamStatusesReadRepository: the newest row per stream, run state, incomplete
//   cause and job type, over the connection's last 100 sync jobs).
import type { ConnectionRecord } from "../db/store";
import { hashString, seededRandomAfter, uuid, UUID_DRAWS } from "../lib/random";
import type { S } from "../lib/types";
import type { JobRecord } from "./model";
import { attemptStates, jobRead, jobStatus, type AttemptState } from "./simulator";

const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * Job.REPLICATION_TYPES (sync, reset_connection, refresh). A clear is stored with the
 * reset_connection type (JobMapper maps CLEAR to reset_connection), so it counts too.
 */
const REPLICATION_TYPES = new Set<JobRecord["configType"]>(["sync", "reset_connection", "clear", "refresh"]);
const NON_TERMINAL = new Set<S["JobStatus"]>(["pending", "running", "incomplete", "queued"]);
/** The server looks at the connection's newest jobs only (its `maxJobLookback`, 100 by default). */
const JOB_LOOKBACK = 100;

/** The connection's replication jobs, newest first (listJobsLight orders by creation, newest first). */
function replicationJobs(connectionId: string, jobs: Iterable<JobRecord>): JobRecord[] {
  const result: JobRecord[] = [];
  for (const job of jobs) if (job.connectionId === connectionId && REPLICATION_TYPES.has(job.configType)) result.push(job);
  result.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  return result.slice(0, JOB_LOOKBACK);
}

const isResetOrClear = (job: JobRecord) => job.configType === "reset_connection" || job.configType === "clear";

export function connectionStatus(connection: ConnectionRecord, jobs: Iterable<JobRecord>, at: number): S["ConnectionStatusRead"] {
  const newestFirst = replicationJobs(connection.connectionId, jobs).map((job) => ({ job, status: jobStatus(job, at) }));
  const first = newestFirst[0];
  // Only the newest job can be the active one (a second cannot start while one runs).
  const active = first && NON_TERMINAL.has(first.status) ? first : undefined;
  const lastEnded = newestFirst.find(({ status }) => status === "succeeded" || status === "failed");
  const lastSuccess = newestFirst.find(({ status }) => status === "succeeded");
  const lastSync = newestFirst.find(({ job }) => job.configType === "sync" || job.configType === "refresh");

  const read: S["ConnectionStatusRead"] = { connectionId: connection.connectionId, connectionSyncStatus: "synced" };
  if (connection.scheduleData) read.scheduleData = connection.scheduleData;
  if (active) read.activeJob = jobRead(active.job, at);
  if (lastSuccess) read.lastSuccessfulSync = jobRead(lastSuccess.job, at).updatedAt;
  if (lastSync) read.lastSyncJobCreatedAt = seconds(lastSync.job.createdAt);
  let hasConfigError = false;
  if (lastEnded) {
    read.lastSyncJobId = lastEnded.job.id;
    const attempts = attemptStates(lastEnded.job, at);
    const lastAttempt = attempts.at(-1);
    if (lastAttempt) read.lastSyncAttemptNumber = lastAttempt.index;
    if (lastEnded.status === "failed") {
      const failure = [...attempts].reverse().find((attempt) => attempt.status === "failed")?.plan.failure;
      if (failure) {
        read.failureReason = {
          failureOrigin: failure.failureOrigin,
          failureType: failure.failureType,
          externalMessage: failure.externalMessage,
          internalMessage: failure.internalMessage,
          stacktrace: failure.stacktrace,
          retryable: failure.retryable,
          timestamp: Math.floor(lastAttempt?.endedAt ?? at),
        };
        hasConfigError = failure.failureType === "config_error";
      }
    }
  }
  // The first condition that holds wins, in the server's order.
  if (active?.status === "running") read.connectionSyncStatus = "running";
  else if (active?.status === "queued") read.connectionSyncStatus = "queued";
  else if (active) read.connectionSyncStatus = "pending";
  else if (connection.breakingChange || hasConfigError) read.connectionSyncStatus = "failed";
  else if (connection.status !== "active") read.connectionSyncStatus = "paused";
  else if (first?.status === "cancelled") read.connectionSyncStatus = "incomplete";
  else if (!lastEnded || (first && isResetOrClear(first.job))) read.connectionSyncStatus = "pending";
  else if (lastEnded.status === "failed") read.connectionSyncStatus = "incomplete";
  return read;
}

/** The running job's progress per stream: every stream it covers, with figures once it has any. */
export function syncProgress(connection: ConnectionRecord, jobs: Iterable<JobRecord>, at: number): S["ConnectionSyncProgressRead"] {
  const running = replicationJobs(connection.connectionId, jobs).find((job) => NON_TERMINAL.has(jobStatus(job, at)));
  // No running job: the server answers the connection id and no streams; configType is absent
  // although the description requires it.
  if (!running) return { connectionId: connection.connectionId, streams: [] } as unknown as S["ConnectionSyncProgressRead"];
  const read = jobRead(running, at);
  const configType = read.configType;
  const stats = new Map((read.streamAggregatedStats ?? []).map((s) => [`${s.streamName}-${s.streamNamespace}`, s]));
  const streams = running.streams.map((stream) => {
    const figures = stats.get(`${stream.name}-${stream.namespace}`);
    return {
      streamName: stream.name,
      ...(stream.namespace ? { streamNamespace: stream.namespace } : {}),
      configType,
      ...(figures
        ? {
            recordsEmitted: figures.recordsEmitted,
            recordsCommitted: figures.recordsCommitted,
            bytesEmitted: figures.bytesEmitted,
            bytesCommitted: figures.bytesCommitted,
            recordsRejected: figures.recordsRejected ?? 0,
          }
        : {}),
    };
  });
  const total = read.aggregatedStats;
  return {
    connectionId: connection.connectionId,
    jobId: running.id,
    syncStartedAt: read.createdAt,
    configType,
    streams,
    ...(total
      ? {
          recordsEmitted: total.recordsEmitted,
          recordsCommitted: total.recordsCommitted,
          bytesEmitted: total.bytesEmitted,
          bytesCommitted: total.bytesCommitted,
          recordsRejected: total.recordsRejected ?? 0,
        }
      : {}),
  };
}

type StreamStatus = S["StreamStatusRead"];

/**
 * Whether stream `i` of `count` completed in the attempt (streams run one after another): all of a
 * successful attempt's; a cancel stops the streams still to finish; a failure ends every stream.
 */
export function streamCompleted(attempt: AttemptState, i: number, count: number): boolean {
  if (attempt.status === "succeeded") return true;
  if (attempt.status === "failed" && !attempt.cancelled) return false;
  return attempt.progress >= (i + 1) / count;
}

/** A stream's row of an attempt, without what every row of the attempt shares. */
interface RunStateRow {
  runState: S["StreamStatusRunState"];
  /** Whole ms, as the row carries it. */
  transitionedAt: number;
  incompleteRunCause?: S["StreamStatusIncompleteRunCause"];
  metadata?: StreamStatus["metadata"];
}

/**
 * The row the orchestrator would have written for stream `i` of one attempt: streams run one after
 * the other (each gets an equal share of the attempt), so during a sync some are complete, one runs
 * and the rest are pending. A failed attempt leaves the unfinished streams incomplete; one that hit
 * a rate limit shows it on the stream that hit it while the attempt still runs.
 */
function runStateRow(job: JobRecord, attempt: AttemptState, i: number): RunStateRow {
  const count = job.streams.length;
  const startShare = i / count;
  const endShare = (i + 1) / count;
  const at = (share: number) => Math.floor(attempt.startedAt + attempt.plan.durationMs * share);
  if (streamCompleted(attempt, i, count)) return { runState: "COMPLETE", transitionedAt: at(endShare) };
  if (attempt.status === "failed")
    return {
      runState: "INCOMPLETE",
      transitionedAt: Math.floor(attempt.endedAt ?? attempt.startedAt + attempt.plan.durationMs),
      incompleteRunCause: attempt.cancelled ? "CANCELED" : "FAILED",
    };
  if (attempt.progress < startShare) return { runState: "PENDING", transitionedAt: Math.floor(attempt.startedAt) };
  const failure = attempt.plan.failure;
  if (
    failure?.failureType === "transient_error" &&
    failure.streamName === job.streams[i]!.name &&
    attempt.progress >= (startShare + endShare) / 2
  )
    return {
      runState: "RATE_LIMITED",
      transitionedAt: at((startShare + endShare) / 2),
      metadata: { quotaReset: Math.floor(at(1) + 60_000) },
    };
  return { runState: "RUNNING", transitionedAt: at(startShare) };
}

/**
 * The full row: its id is the attempt's i-th UUID (an attempt's rows draw their ids one after the
 * other from a generator seeded by job and attempt), taken directly so only kept rows make one.
 */
function statusRow(connection: ConnectionRecord, job: JobRecord, attempt: AttemptState, i: number, row: RunStateRow): StreamStatus {
  const stream = job.streams[i]!;
  return {
    id: uuid(seededRandomAfter(hashString(`${job.id}:${attempt.index}`), i * UUID_DRAWS)),
    connectionId: connection.connectionId,
    workspaceId: connection.workspaceId,
    jobId: job.id,
    attemptNumber: attempt.index,
    jobType: isResetOrClear(job) ? "RESET" : "SYNC",
    streamName: stream.name,
    ...(stream.namespace ? { streamNamespace: stream.namespace } : {}),
    runState: row.runState,
    transitionedAt: row.transitionedAt,
    ...(row.incompleteRunCause ? { incompleteRunCause: row.incompleteRunCause } : {}),
    ...(row.metadata ? { metadata: row.metadata } : {}),
  };
}

/**
 * The newest status row per stream, run state, incomplete cause and job type. Rows are compared
 * before they are built: 30 jobs of 200 streams are 6,000 rows, of which a few hundred are kept.
 */
export function latestStreamStatusesPerRunState(
  connection: ConnectionRecord,
  jobs: Iterable<JobRecord>,
  at: number,
): S["StreamStatusReadList"] {
  const latest = new Map<string, { job: JobRecord; attempt: AttemptState; i: number; row: RunStateRow }>();
  const syncJobs = replicationJobs(connection.connectionId, jobs);
  for (const job of syncJobs) {
    const jobType = isResetOrClear(job) ? "RESET" : "SYNC";
    for (const attempt of attemptStates(job, at)) {
      job.streams.forEach((stream, i) => {
        const row = runStateRow(job, attempt, i);
        const key = `${jobType}\u0000${stream.namespace ?? ""}\u0000${stream.name}\u0000${row.runState}\u0000${row.incompleteRunCause ?? ""}`;
        const kept = latest.get(key);
        if (!kept || row.transitionedAt > kept.row.transitionedAt) latest.set(key, { job, attempt, i, row });
      });
    }
  }
  return { streamStatuses: [...latest.values()].map(({ job, attempt, i, row }) => statusRow(connection, job, attempt, i, row)) };
}
