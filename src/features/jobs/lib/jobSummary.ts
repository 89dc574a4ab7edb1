// Figures of a job for the history and status screens, from whichever fields the server filled in:
// aggregated stats on the job, or the attempts' stats (older servers only have the latter).
import type { JobWithAttemptsRead, Schemas } from "@/api/types";
import { toMillis } from "@/shared/format";
import type { AttemptRead } from "./types";

export interface JobFigures {
  startedAt?: number;
  endedAt?: number;
  durationMs?: number;
  records?: number;
  bytes?: number;
  attempts: number;
}

function lastAttempt(attempts: readonly AttemptRead[] | undefined): AttemptRead | undefined {
  return attempts && attempts.length > 0 ? attempts[attempts.length - 1] : undefined;
}

export function attemptRecords(attempt: AttemptRead): number | undefined {
  return attempt.totalStats?.recordsCommitted ?? attempt.recordsSynced ?? attempt.totalStats?.recordsEmitted;
}

export function attemptBytes(attempt: AttemptRead): number | undefined {
  return attempt.totalStats?.bytesCommitted ?? attempt.bytesSynced ?? attempt.totalStats?.bytesEmitted;
}

export function jobFigures(item: JobWithAttemptsRead, now: number = Date.now()): JobFigures {
  const job = item.job;
  const attempts = item.attempts ?? [];
  const startedAt = toMillis(job?.startedAt ?? attempts[0]?.createdAt ?? job?.createdAt);
  const active = job?.status === "running" || job?.status === "pending" || job?.status === "incomplete" || job?.status === "queued";
  const endedAt = active ? undefined : toMillis(lastAttempt(attempts)?.endedAt ?? job?.updatedAt);
  const durationMs = startedAt === undefined ? undefined : Math.max(0, (endedAt ?? now) - startedAt);
  let records: number | undefined = job?.aggregatedStats?.recordsCommitted;
  let bytes: number | undefined = job?.aggregatedStats?.bytesCommitted;
  if (records === undefined || bytes === undefined) {
    // Without job-level stats, the records of every attempt add up (a retry resumes, it does not redo).
    let r: number | undefined;
    let b: number | undefined;
    for (const attempt of attempts) {
      const ar = attemptRecords(attempt);
      const ab = attemptBytes(attempt);
      if (ar !== undefined) r = (r ?? 0) + ar;
      if (ab !== undefined) b = (b ?? 0) + ab;
    }
    records ??= r;
    bytes ??= b;
  }
  return { startedAt, endedAt, durationMs, records, bytes, attempts: attempts.length };
}

export interface StreamProgress {
  name: string;
  namespace?: string;
  records?: number;
  bytes?: number;
}

/**
 * Per-stream progress of a running job from the server's sync_progress: every stream the job covers,
 * also those it has not reached yet (no figures).
 */
export function streamProgressOf(progress: Schemas["ConnectionSyncProgressRead"]): StreamProgress[] {
  return progress.streams.map((stream) => ({
    name: stream.streamName,
    namespace: stream.streamNamespace,
    records: stream.recordsCommitted ?? stream.recordsEmitted,
    bytes: stream.bytesCommitted ?? stream.bytesEmitted,
  }));
}

/** Per-stream progress of a running job: its latest attempt's stream stats (emitted so far). */
export function streamProgress(item: JobWithAttemptsRead | undefined): StreamProgress[] {
  const attempt = lastAttempt(item?.attempts);
  if (!attempt?.streamStats) return [];
  return attempt.streamStats.map((stream) => ({
    name: stream.streamName,
    namespace: stream.streamNamespace,
    records: stream.stats.recordsCommitted ?? stream.stats.recordsEmitted,
    bytes: stream.stats.bytesCommitted ?? stream.stats.bytesEmitted,
  }));
}

/** Records and bytes moved so far by a running job (latest attempt, emitted counts as they grow). */
export function liveTotals(item: JobWithAttemptsRead | undefined): { records?: number; bytes?: number; estimatedRecords?: number } {
  const attempt = lastAttempt(item?.attempts);
  const stats = attempt?.totalStats;
  return {
    records: stats?.recordsEmitted ?? stats?.recordsCommitted ?? attempt?.recordsSynced ?? item?.job?.aggregatedStats?.recordsEmitted,
    bytes: stats?.bytesEmitted ?? stats?.bytesCommitted ?? attempt?.bytesSynced ?? item?.job?.aggregatedStats?.bytesEmitted,
    estimatedRecords: stats?.estimatedRecords,
  };
}

export function streamKey(name: string, namespace?: string): string {
  return namespace ? `${namespace}.${name}` : name;
}

export interface StreamStatusRow {
  name: string;
  namespace?: string;
  lastSyncedAt?: number;
  records?: number;
  /** queued, rate_limited and cancelled come only from a server's stream statuses (./streamRunState.ts). */
  state: "queued" | "running" | "rate_limited" | "synced" | "failed" | "cancelled" | "cleared" | "never";
  /** When a rate-limited stream's quota resets (epoch ms), if the source said. */
  quotaResetAt?: number;
}

function streamsOfJob(item: JobWithAttemptsRead): Map<string, { records?: number }> {
  const result = new Map<string, { records?: number }>();
  for (const stream of item.job?.streamAggregatedStats ?? []) {
    result.set(streamKey(stream.streamName, stream.streamNamespace), { records: stream.recordsCommitted });
  }
  if (result.size === 0) {
    for (const attempt of item.attempts ?? []) {
      for (const stream of attempt.streamStats ?? []) {
        const key = streamKey(stream.streamName, stream.streamNamespace);
        const records = stream.stats.recordsCommitted ?? stream.stats.recordsEmitted;
        const previous = result.get(key)?.records;
        result.set(key, { records: records === undefined ? previous : (previous ?? 0) + records });
      }
    }
  }
  return result;
}

function jobTouches(item: JobWithAttemptsRead, key: string, streamsInJob: Map<string, unknown>): boolean {
  if (streamsInJob.has(key)) return true;
  const job = item.job;
  const named = job?.resetConfig?.streamsToReset ?? job?.refreshConfig?.streamsToRefresh ?? job?.enabledStreams;
  if (named && named.length > 0) return named.some((s) => streamKey(s.name, s.namespace) === key);
  // Stats that list streams are authoritative; a job with neither stats nor named streams covers
  // the whole connection.
  return streamsInJob.size === 0;
}

/**
 * Status of each selected stream from the recent jobs (newest first): the newest job that touched
 * it says whether it is running, synced (with its records and time), failed or was cleared.
 */
export function streamStatuses(
  streams: ReadonlyArray<{ name: string; namespace?: string }>,
  jobs: readonly JobWithAttemptsRead[],
): StreamStatusRow[] {
  const perJob = jobs.map((item) => ({ item, streams: streamsOfJob(item) }));
  return streams.map(({ name, namespace }) => {
    const key = streamKey(name, namespace);
    const row: StreamStatusRow = { name, namespace, state: "never" };
    for (const { item, streams: inJob } of perJob) {
      const status = item.job?.status;
      if (!jobTouches(item, key, inJob)) continue;
      const kind = item.job?.configType;
      if (status === "running" || status === "pending" || status === "incomplete" || status === "queued") {
        if (row.state === "never") row.state = "running";
        continue;
      }
      if (status === "cancelled") continue;
      if (kind === "clear" || kind === "reset_connection") {
        if (row.state === "never") row.state = "cleared";
        if (status === "succeeded") {
          row.lastSyncedAt ??= toMillis(item.job?.updatedAt);
          break;
        }
        continue;
      }
      if (status === "failed" && row.state === "never") row.state = "failed";
      if (status === "succeeded") {
        if (row.state === "never") row.state = "synced";
        row.lastSyncedAt = jobFigures(item).endedAt ?? toMillis(item.job?.updatedAt);
        row.records = inJob.get(key)?.records;
        break;
      }
    }
    return row;
  });
}

/**
 * The number the Config API uses for an attempt (/v1/attempt/get_for_job): Airbyte reports it as the
 * attempt's `id`, counting from 0. Falls back to the attempt's position.
 */
export function attemptNumberOf(attempt: Pick<AttemptRead, "id"> | undefined, index: number): number {
  return attempt && Number.isSafeInteger(attempt.id) && attempt.id >= 0 ? attempt.id : index;
}
