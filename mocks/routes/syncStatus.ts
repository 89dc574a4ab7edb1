// A connection's sync status as the status page of a real server reads it: the connection's state,
// the running job's progress per stream, and the latest status of each stream (see
// ../jobs/syncStatus.ts for how each is computed and where the server does the same).
import { connectionById } from "../db/connections";
import { getDb } from "../db/store";
import { invalidInput } from "../lib/errors";
import { post } from "../lib/route";
import { now } from "../lib/settings";
import { connectionStatus, latestStreamStatusesPerRunState, syncProgress } from "../jobs/syncStatus";

export const syncStatusRoutes = [
  post("/v1/connections/status", (body) => {
    if (!Array.isArray(body.connectionIds)) throw invalidInput([{ propertyPath: "connectionIds", message: "is required" }]);
    const at = now();
    const { jobs } = getDb();
    // An unknown id fails the whole call with 404, as the server's buildConnectionRead does.
    return body.connectionIds.map((id) => connectionStatus(connectionById(id), jobs.values(), at));
  }),
  post("/v1/connections/sync_progress", (body) => {
    // The server looks only for a running job of that id: an unknown connection is not an error,
    // it simply has no progress.
    const connection = getDb().connections.get(String(body.connectionId ?? ""));
    if (!connection) return { connectionId: String(body.connectionId ?? ""), streams: [] };
    return syncProgress(connection, getDb().jobs.values(), now());
  }),
  post("/v1/stream_statuses/latest_per_run_state", (body) => {
    // A plain query by connection id: an unknown connection has no rows.
    const connection = getDb().connections.get(String(body.connectionId ?? ""));
    if (!connection) return { streamStatuses: [] };
    return latestStreamStatusesPerRunState(connection, getDb().jobs.values(), now());
  }),
];
