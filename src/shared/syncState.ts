// A connection's sync state, in the server's terms (ConnectionSyncStatus of connections/status), and
// the words and colours every screen uses for it. The connection list derives it from its row's facts
// in the same order of precedence as the server (ConnectionsHandler.getConnectionStatuses in
// airbytehq/airbyte-platform), so a connection reads the same in the list and on its status page.
import type { JobStatus, Schemas } from "@/api/types";

export type SyncState = Schemas["ConnectionSyncStatus"];

export const SYNC_STATE_LABEL: Record<SyncState, string> = {
  running: "Syncing",
  queued: "Queued",
  failed: "Failed",
  paused: "Disabled",
  pending: "Pending",
  incomplete: "Incomplete",
  synced: "Synced",
};

export const SYNC_STATE_COLOR: Record<SyncState, string> = {
  running: "blue",
  queued: "blue",
  failed: "red",
  paused: "gray",
  pending: "gray",
  incomplete: "orange",
  synced: "green",
};

/** What each state means for the user, and what to do about it. */
export const SYNC_STATE_HINT: Record<SyncState, string> = {
  running: "A job is moving data now.",
  queued: "A job is waiting to start.",
  failed: "Needs your action: a breaking schema change or a configuration error stops the syncs.",
  paused: "The connection is disabled: it does not sync on its schedule.",
  pending: "No data synced yet, or the data was cleared: the next sync starts afresh.",
  incomplete: "The last sync did not finish (it failed or was cancelled); the next one picks up where it stopped.",
  synced: "The last sync finished and the data is up to date with it.",
};

/** What a connection list row knows about a connection. */
export interface SyncStateFacts {
  status?: Schemas["ConnectionStatus"];
  isSyncing?: boolean;
  latestSyncJobStatus?: JobStatus;
  schemaChange?: Schemas["SchemaChange"];
}

const ACTIVE_JOB: ReadonlySet<JobStatus> = new Set<JobStatus>(["pending", "running", "incomplete", "queued"]);

/**
 * The state from a list row, in the server's order. A row does not say whether a failure was a
 * configuration error (the server's "failed"), so a failed last sync reads as incomplete unless a
 * breaking schema change makes it "failed"; the status page has the server's exact answer.
 */
export function syncStateOf(facts: SyncStateFacts): SyncState {
  const latest = facts.latestSyncJobStatus;
  if (facts.isSyncing || latest === "running") return "running";
  if (latest === "queued") return "queued";
  if (latest !== undefined && ACTIVE_JOB.has(latest)) return "pending";
  if (facts.schemaChange === "breaking") return "failed";
  if (facts.status !== undefined && facts.status !== "active") return "paused";
  if (latest === "cancelled" || latest === "failed") return "incomplete";
  if (latest === undefined) return "pending";
  return "synced";
}

/**
 * A list row's state: the server's answer where it has one, except where the row knows better. The
 * row is what the list itself changes and polls: enabling or disabling shows at once, and so does
 * a sync the list saw start.
 */
export function listSyncState(row: SyncStateFacts, server: SyncState | undefined): SyncState {
  const fromRow = syncStateOf(row);
  if (server === undefined || fromRow === "running") return fromRow;
  if (fromRow === "paused" && server !== "failed") return fromRow;
  if (server === "paused" && row.status === "active") return fromRow;
  return server;
}
