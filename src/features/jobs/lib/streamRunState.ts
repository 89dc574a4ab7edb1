// Each stream's state from the server's stream statuses (stream_statuses/latest_per_run_state): the
// server keeps the newest row per stream, run state, incomplete cause and job type, and turns the
// rows of jobs that ended into complete or incomplete ones; the newest row of a stream is its state.
import type { StreamStatusRead } from "@/api/hooks/syncStatus";
import { streamKey, type StreamStatusRow } from "./jobSummary";

function stateOf(row: StreamStatusRead): StreamStatusRow["state"] {
  switch (row.runState) {
    case "PENDING":
      return "queued";
    case "RUNNING":
      return "running";
    case "RATE_LIMITED":
      return "rate_limited";
    case "COMPLETE":
      return row.jobType === "RESET" ? "cleared" : "synced";
    case "INCOMPLETE":
      return row.incompleteRunCause === "CANCELED" ? "cancelled" : "failed";
    default:
      return "never";
  }
}

/**
 * The state of each selected stream from the server's stream statuses. Records come from the rows
 * derived from jobs (`fromJobs`: the last successful sync's figures), which statuses do not carry.
 */
export function streamRowsFromStatuses(
  streams: ReadonlyArray<{ name: string; namespace?: string }>,
  statuses: readonly StreamStatusRead[],
  fromJobs: readonly StreamStatusRow[],
): StreamStatusRow[] {
  const newest = new Map<string, StreamStatusRead>();
  const lastSynced = new Map<string, number>();
  for (const row of statuses) {
    const key = streamKey(row.streamName, row.streamNamespace ?? undefined);
    const kept = newest.get(key);
    if (!kept || row.transitionedAt > kept.transitionedAt) newest.set(key, row);
    if (row.runState === "COMPLETE" && row.jobType === "SYNC" && row.transitionedAt > (lastSynced.get(key) ?? -Infinity))
      lastSynced.set(key, row.transitionedAt);
  }
  const records = new Map(fromJobs.map((row) => [streamKey(row.name, row.namespace), row.records]));
  return streams.map(({ name, namespace }) => {
    const key = streamKey(name, namespace);
    const row = newest.get(key);
    const quotaReset = row?.runState === "RATE_LIMITED" ? row.metadata?.quotaReset : undefined;
    return {
      name,
      namespace,
      state: row ? stateOf(row) : "never",
      lastSyncedAt: lastSynced.get(key),
      records: records.get(key),
      ...(quotaReset !== undefined ? { quotaResetAt: quotaReset } : {}),
    };
  });
}
