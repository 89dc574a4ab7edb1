// The sources / destinations table: the sorts the server offers (kept in the URL as "name:desc"),
// and each row's sync state from what the list answers about the connector's connections.
import type { ActorListQuery } from "@/api/actorList";
import type { JobStatus } from "@/api/types";
import type { SavedConnector } from "./types";

export type SyncState = JobStatus | "never" | "none";

// sources/list and destinations/list sort by name, connector name or last sync (ActorListSortKey);
// the list is paged, so any other order of the rows loaded so far would be wrong.
export type SortKey = "name" | "connector" | "lastSync";
export type SortDirection = "asc" | "desc";

const SERVER_SORT: Record<SortKey, "actorName" | "actorDefinitionName" | "lastSync"> = {
  name: "actorName",
  connector: "actorDefinitionName",
  lastSync: "lastSync",
};

export function parseSort(raw: string | null): { key: SortKey; direction: SortDirection } {
  const [key, direction] = (raw ?? "").split(":");
  return {
    key: key && key in SERVER_SORT ? (key as SortKey) : "name",
    direction: direction === "desc" ? "desc" : "asc",
  };
}

export function formatSort(key: SortKey, direction: SortDirection): string {
  return `${key}:${direction}`;
}

export function serverSort(key: SortKey, direction: SortDirection): NonNullable<ActorListQuery["sort"]> {
  return `${SERVER_SORT[key]}_${direction}`;
}

// The most pressing first: a failure is what a user looks for.
const SYNC_ORDER: SyncState[] = ["failed", "incomplete", "cancelled", "running", "pending", "queued", "succeeded"];

/**
 * What the "Last sync" cell says: no connections, never synced, or the most pressing of its
 * connections' latest sync results (the list's connectionJobStatuses counts them by status).
 */
export function syncStateOf(connector: SavedConnector): SyncState {
  if (!connector.numConnections) return "none";
  const statuses = connector.jobStatuses ?? {};
  return SYNC_ORDER.find((status) => (statuses[status] ?? 0) > 0) ?? "never";
}

export const SYNC_LABELS: Record<SyncState, string> = {
  succeeded: "Succeeded",
  failed: "Failed",
  incomplete: "Incomplete",
  cancelled: "Cancelled",
  running: "Running",
  pending: "Pending",
  queued: "Queued",
  never: "Never synced",
  none: "No connections",
};
