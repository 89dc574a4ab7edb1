// Job state at a point in time, computed from the job's plan (see ./model.ts), and the plans of
// new jobs. Times in the API: job and attempt timestamps are epoch seconds, failure timestamps
// epoch milliseconds, as in Airbyte.
// Longer than 300 lines on purpose: it is one state machine (plan -> attempts -> stats -> status at
// a time), and its parts only make sense read together; the plan types are apart, in ./model.ts.
import { getDb, type ConnectionRecord } from "../db/store";
import { streamKey } from "../lib/catalog";
import { hashString, randomBetween, seededRandom } from "../lib/random";
import { now, settings } from "../lib/settings";
import type { S } from "../lib/types";
import { attemptLogLines } from "./logs";
import { readsFromDatabase } from "./sourceKind";
import { TERMINAL, type AttemptPlan, type JobRecord, type JobType, type PlannedFailure } from "./model";

const seconds = (ms: number) => Math.floor(ms / 1000);

export function enabledStreams(connection: ConnectionRecord): S["StreamDescriptor"][] {
  return connection.syncCatalog.streams
    .filter((s) => s.config.selected !== false)
    .map((s) => (s.stream.namespace ? { name: s.stream.name, namespace: s.stream.namespace } : { name: s.stream.name }));
}

/** A database source's transient failure: the connection pool ran dry (HikariCP, which Airbyte's Java CDK uses); retried. */
function databaseFailure(sourceName: string, streamName?: string): PlannedFailure {
  const message = "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.";
  return {
    failureOrigin: "source",
    failureType: "transient_error",
    externalMessage: `${sourceName} did not give the sync a database connection in time (the server may be restarting or at its connection limit). The sync will retry.`,
    internalMessage: message,
    stacktrace: [
      message,
      "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
      "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
      "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
      "\tat io.airbyte.cdk.db.jdbc.DefaultJdbcDatabase.unsafeQuery(DefaultJdbcDatabase.java:124)",
    ].join("\n"),
    retryable: true,
    ...(streamName ? { streamName } : {}),
  };
}

/** A transient failure that fits the source: a database's connection error, or an API's rate limit. */
export function transientFailure(sourceName: string, streamName: string | undefined, database: boolean): PlannedFailure {
  if (database) return databaseFailure(sourceName, streamName);
  const host = `api.${sourceName.toLowerCase().replace(/[^a-z0-9]+/g, "")}.example.com`;
  return {
    failureOrigin: "source",
    failureType: "transient_error",
    externalMessage: `The ${sourceName} API refused requests: 429 Too Many Requests (rate limit exceeded). The sync will retry.`,
    internalMessage: `requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://${host}/v1/${streamName ?? "records"}?limit=100`,
    stacktrace: [
      "Traceback (most recent call last):",
      '  File "/airbyte/integration_code/main.py", line 13, in <module>',
      "    launch(source, sys.argv[1:])",
      '  File "/usr/local/lib/python3.10/site-packages/airbyte_cdk/entrypoint.py", line 235, in launch',
      "    for message in source_entrypoint.run(parsed_args):",
      '  File "/usr/local/lib/python3.10/site-packages/airbyte_cdk/sources/streams/http/http.py", line 339, in _send',
      "    response.raise_for_status()",
      `requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://${host}/v1/${streamName ?? "records"}?limit=100`,
    ].join("\n"),
    retryable: true,
    ...(streamName ? { streamName } : {}),
  };
}

export function configFailure(destinationName: string): PlannedFailure {
  return {
    failureOrigin: "destination",
    failureType: "config_error",
    externalMessage: `${destinationName} rejected the credentials: permission denied for schema "stripe". Grant the user CREATE and USAGE on the schema, then sync again.`,
    internalMessage: "com.amazon.redshift.util.RedshiftException: ERROR: permission denied for schema stripe",
    stacktrace: [
      "com.amazon.redshift.util.RedshiftException: ERROR: permission denied for schema stripe",
      "\tat com.amazon.redshift.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2613)",
      "\tat com.amazon.redshift.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2275)",
      "\tat io.airbyte.cdk.db.jdbc.DefaultJdbcDatabase.execute(DefaultJdbcDatabase.java:47)",
      "\tat io.airbyte.integrations.destination.redshift.operations.RedshiftSqlOperations.createSchemaIfNotExists(RedshiftSqlOperations.java:88)",
      "\tat io.airbyte.integrations.base.destination.typing_deduping.DefaultTyperDeduper.prepareSchemasAndRunMigrations(DefaultTyperDeduper.kt:121)",
    ].join("\n"),
    retryable: false,
  };
}

/** The plan of a job started now. */
export function planLiveJob(connection: ConnectionRecord, configType: JobType, streams: S["StreamDescriptor"][]): Omit<JobRecord, "id"> {
  const db = getDb();
  const createdAt = now();
  const seed = hashString(`${connection.connectionId}:${createdAt}:${db.nextJobId}`);
  const random = seededRandom(seed);
  const speed = settings.jobSpeed;
  const attempts: AttemptPlan[] = [];
  let offset = 1000 / speed;
  if (configType === "sync" || configType === "refresh") {
    const failures = db.failingAttempts.get(connection.connectionId) ?? 0;
    db.failingAttempts.delete(connection.connectionId);
    const sourceName = db.sources.get(connection.sourceId)?.name ?? "source";
    const totalRecords = Math.max(1, streams.length) * Math.floor(randomBetween(800, 6000, random));
    for (let i = 0; i < failures; i++) {
      const durationMs = randomBetween(3000, 4000, random) / speed;
      attempts.push({
        startOffsetMs: offset,
        durationMs,
        outcome: "failed",
        records: Math.floor(totalRecords * 0.4),
        bytes: Math.floor(totalRecords * 0.4 * 420),
        failure: transientFailure(sourceName, streams[0]?.name, readsFromDatabase(db, connection.connectionId)),
      });
      offset += durationMs + 1500 / speed;
    }
    const remaining = resumedShare(totalRecords, attempts);
    attempts.push({
      startOffsetMs: offset,
      durationMs: randomBetween(5000, 7000, random) / speed,
      outcome: "succeeded",
      records: remaining,
      bytes: remaining * 420,
    });
  } else {
    attempts.push({ startOffsetMs: offset * 0.5, durationMs: 2500 / speed, outcome: "succeeded", records: 0, bytes: 0 });
  }
  return { configType, connectionId: connection.connectionId, createdAt, attempts, streams, seed };
}

/** Part of what a failed attempt emitted that it committed (checkpointed) before failing. */
const FAILED_COMMIT_SHARE = 0.5;

/**
 * What the attempt after `failed` ones still has to move: a retry resumes from the last committed
 * state, it does not start over, so records count once across attempts. Evidence: each attempt's
 * input state is the connection's latest persisted state (ReplicationInputHydrator.kt asks
 * stateApi.getState for it), which the failed attempt's committed checkpoints advanced.
 */
export function resumedShare(total: number, failed: readonly AttemptPlan[]): number {
  const committed = failed.reduce((sum, plan) => sum + Math.floor(plan.records * FAILED_COMMIT_SHARE), 0);
  return Math.max(0, total - committed);
}

export function addJob(plan: Omit<JobRecord, "id">): JobRecord {
  const db = getDb();
  const job: JobRecord = { ...plan, id: db.nextJobId++ };
  db.jobs.set(job.id, job);
  return job;
}

// --- state at time t ---

export interface AttemptState {
  index: number;
  plan: AttemptPlan;
  status: S["AttemptStatus"];
  progress: number;
  startedAt: number;
  endedAt?: number;
  cancelled: boolean;
}

export function attemptStates(job: JobRecord, at: number): AttemptState[] {
  const until = job.cancelledAt !== undefined ? Math.min(at, job.cancelledAt) : at;
  const elapsed = until - job.createdAt;
  const states: AttemptState[] = [];
  job.attempts.forEach((plan, index) => {
    if (plan.startOffsetMs > elapsed) return;
    const startedAt = job.createdAt + plan.startOffsetMs;
    const done = elapsed >= plan.startOffsetMs + plan.durationMs;
    if (done) {
      states.push({ index, plan, status: plan.outcome, progress: 1, startedAt, endedAt: startedAt + plan.durationMs, cancelled: false });
    } else if (job.cancelledAt !== undefined && job.cancelledAt <= at) {
      states.push({
        index,
        plan,
        status: "failed",
        progress: (elapsed - plan.startOffsetMs) / plan.durationMs,
        startedAt,
        endedAt: job.cancelledAt,
        cancelled: true,
      });
    } else {
      states.push({
        index,
        plan,
        status: "running",
        progress: Math.max(0, (elapsed - plan.startOffsetMs) / plan.durationMs),
        startedAt,
        cancelled: false,
      });
    }
  });
  return states;
}

export function jobStatus(job: JobRecord, at: number = now()): S["JobStatus"] {
  if (job.cancelledAt !== undefined && job.cancelledAt <= at) return "cancelled";
  const states = attemptStates(job, at);
  const last = states[states.length - 1];
  if (!last) return "pending";
  if (last.status === "running") return "running";
  if (last.index < job.attempts.length - 1) return "incomplete";
  return last.status === "succeeded" ? "succeeded" : "failed";
}

export function isRunning(job: JobRecord, at: number = now()): boolean {
  return !TERMINAL.has(jobStatus(job, at));
}

/** Relative weight of each stream in the job's record counts (deterministic). */
function streamWeights(job: JobRecord): number[] {
  const random = seededRandom(job.seed ^ 0x5bd1e995);
  return job.streams.map(() => 1 + Math.floor(random() * 9));
}

function stats(
  records: number,
  bytes: number,
  progress: number,
  finished: boolean,
  succeeded: boolean,
): Required<
  Pick<
    S["AttemptStats"],
    "recordsEmitted" | "bytesEmitted" | "recordsCommitted" | "bytesCommitted" | "recordsRejected" | "stateMessagesEmitted"
  >
> {
  const p = Math.min(1, Math.max(0, progress));
  const recordsEmitted = Math.floor(records * p);
  const bytesEmitted = Math.floor(bytes * p);
  const commitShare = finished ? (succeeded ? 1 : FAILED_COMMIT_SHARE) : 0.85;
  return {
    recordsEmitted,
    bytesEmitted,
    recordsCommitted: Math.floor(recordsEmitted * commitShare),
    bytesCommitted: Math.floor(bytesEmitted * commitShare),
    recordsRejected: 0,
    stateMessagesEmitted: Math.floor(recordsEmitted / 1000),
  };
}

const MAX_STREAM_STATS = 200;

/** What an attempt has moved by its state's time, without the per-stream split (cheap). */
export function attemptTotals(state: AttemptState) {
  return stats(state.plan.records, state.plan.bytes, state.progress, state.status !== "running", state.status === "succeeded");
}

/** The job's updatedAt (ms): its cancellation, or the latest moment any attempt ran to. */
export function jobUpdatedAtMs(job: JobRecord, states: readonly AttemptState[], at: number): number {
  if (job.cancelledAt !== undefined && job.cancelledAt <= at) return job.cancelledAt;
  return states.length > 0 ? Math.max(...states.map((s) => s.endedAt ?? Math.min(at, s.startedAt + s.plan.durationMs))) : job.createdAt;
}

/** The attempt's figures per stream (the first MAX_STREAM_STATS streams), as its streamStats. */
export function attemptStreamStats(job: JobRecord, state: AttemptState) {
  const { plan } = state;
  const finished = state.status !== "running";
  const weights = streamWeights(job);
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  return job.streams.slice(0, MAX_STREAM_STATS).map((stream, i) => {
    const share = weights[i]! / weightSum;
    const figures = stats(
      Math.floor(plan.records * share),
      Math.floor(plan.bytes * share),
      state.progress,
      finished,
      state.status === "succeeded",
    );
    // One literal shape, not a conditional spread per row, which was slower (jobs/list of 25 jobs of
    // 200 streams builds ~7,500 of these in the page's main thread). Without a namespace the key holds
    // undefined, which JSON leaves out, as the spread did.
    return { streamName: stream.name, streamNamespace: stream.namespace || undefined, stats: figures };
  });
}

function attemptRead(job: JobRecord, state: AttemptState, at: number): S["AttemptRead"] {
  const { plan } = state;
  const total = attemptTotals(state);
  const streamStats = attemptStreamStats(job, state);
  let failureSummary: S["AttemptFailureSummary"] | undefined;
  if (state.cancelled) {
    failureSummary = {
      failures: [
        {
          failureOrigin: "airbyte_platform",
          failureType: "manual_cancellation",
          externalMessage: "The sync was cancelled by the user.",
          internalMessage: "io.airbyte.workers.exception.WorkerException: Job was cancelled.",
          retryable: false,
          timestamp: Math.floor(state.endedAt!),
        },
      ],
      partialSuccess: total.recordsCommitted > 0,
    };
  } else if (state.status === "failed" && plan.failure) {
    const f = plan.failure;
    failureSummary = {
      failures: [
        {
          failureOrigin: f.failureOrigin,
          failureType: f.failureType,
          externalMessage: f.externalMessage,
          internalMessage: f.internalMessage,
          stacktrace: f.stacktrace,
          retryable: f.retryable,
          timestamp: Math.floor(state.endedAt!),
          fromTraceMessage: true,
          ...(f.streamName ? { streamDescriptor: { name: f.streamName } } : {}),
        },
      ],
      partialSuccess: total.recordsCommitted > 0,
    };
  }
  return {
    id: state.index,
    status: state.status,
    createdAt: seconds(state.startedAt),
    updatedAt: seconds(state.endedAt ?? Math.min(at, state.startedAt + plan.durationMs)),
    ...(state.endedAt !== undefined ? { endedAt: seconds(state.endedAt) } : {}),
    bytesSynced: total.bytesCommitted,
    recordsSynced: total.recordsCommitted,
    totalStats: total,
    streamStats,
    ...(failureSummary ? { failureSummary } : {}),
  };
}

/** jobRead's status, createdAt and updatedAt alone (what jobs/list filters and sorts by). */
export function jobListFacts(job: JobRecord, at: number): Pick<S["JobRead"], "status" | "createdAt" | "updatedAt"> {
  return {
    status: jobStatus(job, at),
    createdAt: seconds(job.createdAt),
    updatedAt: seconds(jobUpdatedAtMs(job, attemptStates(job, at), at)),
  };
}

export function jobRead(job: JobRecord, at: number = now()): S["JobRead"] {
  const states = attemptStates(job, at);
  return jobReadOf(
    job,
    states,
    states.map((s) => attemptRead(job, s, at)),
    at,
  );
}

/** The job's read from its attempts' (built once when the caller sends them too). */
function jobReadOf(job: JobRecord, states: AttemptState[], attempts: S["AttemptRead"][], at: number): S["JobRead"] {
  const status = jobStatus(job, at);
  const aggregated = { recordsEmitted: 0, bytesEmitted: 0, recordsCommitted: 0, bytesCommitted: 0, recordsRejected: 0 };
  for (const a of attempts) {
    aggregated.recordsEmitted += a.totalStats?.recordsEmitted ?? 0;
    aggregated.bytesEmitted += a.totalStats?.bytesEmitted ?? 0;
    aggregated.recordsCommitted += a.totalStats?.recordsCommitted ?? 0;
    aggregated.bytesCommitted += a.totalStats?.bytesCommitted ?? 0;
  }
  type Totals = S["StreamStats"] & { recordsEmitted: number; bytesEmitted: number; recordsCommitted: number; bytesCommitted: number };
  const perStream = new Map<string, Totals>();
  for (const a of attempts) {
    for (const s of a.streamStats ?? []) {
      const key = streamKey({ name: s.streamName, namespace: s.streamNamespace });
      let entry = perStream.get(key);
      if (!entry) {
        // One literal shape (see attemptStreamStats): no namespace leaves the key undefined, out of the JSON.
        entry = {
          streamName: s.streamName,
          streamNamespace: s.streamNamespace || undefined,
          recordsEmitted: 0,
          bytesEmitted: 0,
          recordsCommitted: 0,
          bytesCommitted: 0,
          recordsRejected: 0,
          wasBackfilled: false,
          wasResumed: a.id > 0,
        };
        perStream.set(key, entry);
      }
      entry.recordsEmitted += s.stats.recordsEmitted ?? 0;
      entry.bytesEmitted += s.stats.bytesEmitted ?? 0;
      entry.recordsCommitted += s.stats.recordsCommitted ?? 0;
      entry.bytesCommitted += s.stats.bytesCommitted ?? 0;
    }
  }
  const isReset = job.configType === "reset_connection" || job.configType === "clear";
  return {
    id: job.id,
    configType: job.configType,
    configId: job.connectionId,
    ...(isReset ? { resetConfig: { streamsToReset: job.streams } } : { enabledStreams: job.streams }),
    createdAt: seconds(job.createdAt),
    updatedAt: seconds(jobUpdatedAtMs(job, states, at)),
    ...(states[0] ? { startedAt: seconds(states[0].startedAt) } : {}),
    status,
    aggregatedStats: aggregated,
    streamAggregatedStats: [...perStream.values()],
  };
}

export function jobWithAttempts(job: JobRecord, at: number = now()): S["JobWithAttemptsRead"] {
  const states = attemptStates(job, at);
  const attempts = states.map((s) => attemptRead(job, s, at));
  return { job: jobReadOf(job, states, attempts, at), attempts };
}

export function attemptInfo(job: JobRecord, index: number, at: number = now()): S["AttemptInfoRead"] | undefined {
  const state = attemptStates(job, at).find((s) => s.index === index);
  if (!state) return undefined;
  return { attempt: attemptRead(job, state, at), logType: "formatted", logs: { logLines: attemptLogLines(job, index, at, true) } };
}

/** JobInfoRead: the job with every attempt and its logs (withLogs false: empty logs, as get_without_logs). */
export function jobInfo(job: JobRecord, withLogs = true, at: number = now()): S["JobInfoRead"] {
  const states = attemptStates(job, at);
  const attempts = states.map((s) => attemptRead(job, s, at));
  return {
    job: jobReadOf(job, states, attempts, at),
    attempts: states.map((s, i) => ({
      attempt: attempts[i]!,
      logType: "formatted",
      logs: { logLines: withLogs ? attemptLogLines(job, s.index, at) : [] },
    })),
  };
}

export function cancelJob(job: JobRecord, at: number = now()): void {
  if (isRunning(job, at)) job.cancelledAt = at;
}

/** The connection's job that has not finished yet, if any. */
export function runningJob(connectionId: string, at: number = now()): JobRecord | undefined {
  for (const job of getDb().jobs.values()) if (job.connectionId === connectionId && isRunning(job, at)) return job;
  return undefined;
}

export function latestJob(connectionId: string, types?: JobType[]): JobRecord | undefined {
  let latest: JobRecord | undefined;
  for (const job of getDb().jobs.values()) {
    if (job.connectionId !== connectionId || (types && !types.includes(job.configType))) continue;
    if (!latest || job.createdAt > latest.createdAt || (job.createdAt === latest.createdAt && job.id > latest.id)) latest = job;
  }
  return latest;
}
