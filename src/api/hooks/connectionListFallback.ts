// For a backend without web_backend/connections/list: every connection at once from
// connections/list (which is not paged), named from the sources and destinations (paged through),
// with the latest sync job of the first connections; the list query's search, filters and sort are
// applied here, as the server would. Loaded only when that endpoint is missing.
import { apiPost } from "../client";
import type { CursorPage } from "../cursorPaging";
import { ApiError } from "../errors";
import type { JobStatus } from "../types";
import type { ConnectionListItem, ConnectionListQuery } from "./connectionList";
import { fetchAllDestinations } from "./destinations";
import { fetchAllSources } from "./sources";

// Each connection's latest job is one request; past this many connections the rest show no sync
// status rather than flood the server.
const MAX_JOB_LOOKUPS = 50;
const SYNCING: readonly JobStatus[] = ["running", "pending", "incomplete"];

/** A failed side look-up (names, a job) is not worth failing the whole list for; an abort is. */
async function optional<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ApiError && error.kind === "aborted") throw error;
    return undefined;
  }
}

function matches(item: ConnectionListItem, query: ConnectionListQuery): boolean {
  const term = query.search?.toLowerCase();
  if (term && ![item.name, item.source.name, item.destination.name].some((name) => name?.toLowerCase().includes(term))) return false;
  if (query.states?.length && !query.states.includes(item.status as "active" | "inactive")) return false;
  if (query.sourceIds?.length && !query.sourceIds.includes(item.source.sourceId)) return false;
  if (query.destinationIds?.length && !query.destinationIds.includes(item.destination.destinationId)) return false;
  if (query.tagIds?.length && !item.tags?.some((tag) => query.tagIds!.includes(tag.tagId))) return false;
  const latest = item.latestSyncJobStatus;
  if (query.statuses?.length) {
    const failed = latest === "failed" || latest === "cancelled" || latest === "incomplete";
    const running = latest === "running";
    const healthy = item.status === "active" && (latest === undefined || latest === "succeeded" || latest === "pending");
    if (!query.statuses.some((s) => (s === "failed" ? failed : s === "running" ? running : healthy))) return false;
  }
  return true;
}

function sortValue(item: ConnectionListItem, field: string): string | number {
  if (field === "sourceName") return (item.source.name ?? "").toLowerCase();
  if (field === "destinationName") return (item.destination.name ?? "").toLowerCase();
  if (field === "lastSync") return item.latestSyncJobCreatedAt ?? -Infinity;
  return item.name.toLowerCase();
}

export async function fromPlainEndpoints(
  workspaceId: string,
  query: ConnectionListQuery,
  signal: AbortSignal,
): Promise<CursorPage<ConnectionListItem>> {
  const [{ connections }, sources, destinations] = await Promise.all([
    apiPost("/v1/connections/list", { workspaceId }, { signal }),
    optional(fetchAllSources(workspaceId, signal)),
    optional(fetchAllDestinations(workspaceId, signal)),
  ]);
  const sourceById = new Map((sources ?? []).map((s) => [s.sourceId, s]));
  const destinationById = new Map((destinations ?? []).map((d) => [d.destinationId, d]));
  const items = await Promise.all(
    connections.map(async (connection, index): Promise<ConnectionListItem> => {
      const source = sourceById.get(connection.sourceId);
      const destination = destinationById.get(connection.destinationId);
      const latest =
        index < MAX_JOB_LOOKUPS
          ? (
              await optional(
                apiPost(
                  "/v1/jobs/list",
                  { configTypes: ["sync"], configId: connection.connectionId, pagination: { pageSize: 1, rowOffset: 0 } },
                  { signal },
                ),
              )
            )?.jobs[0]?.job
          : undefined;
      return {
        connectionId: connection.connectionId,
        name: connection.name,
        status: connection.status,
        scheduleType: connection.scheduleType,
        scheduleData: connection.scheduleData,
        source: { sourceId: connection.sourceId, name: source?.name, sourceName: source?.sourceName, icon: source?.icon },
        destination: {
          destinationId: connection.destinationId,
          name: destination?.name,
          destinationName: destination?.destinationName,
          icon: destination?.icon,
        },
        latestSyncJobStatus: latest?.status,
        latestSyncJobCreatedAt: latest?.createdAt,
        isSyncing: latest ? SYNCING.includes(latest.status) : false,
        ...(connection.tags ? { tags: connection.tags } : {}),
      };
    }),
  );
  const [field = "connectionName", direction] = (query.sort ?? "").split("_");
  const sign = direction === "desc" ? -1 : 1;
  const shown = items
    .filter((item) => item.status !== "deprecated" && matches(item, query))
    .sort((a, b) => {
      const x = sortValue(a, field);
      const y = sortValue(b, field);
      return sign * (x < y ? -1 : x > y ? 1 : a.connectionId < b.connectionId ? -1 : 1);
    });
  // Everything in one page: no page size, so no next page is asked for.
  return { items: shown, total: shown.length };
}
