// web_backend/connections/list, paged as on Airbyte 1.8 and later, and its list item (also used by
// web_backend/connections/get). Evidence in airbytehq/airbyte-platform:
// - WebBackendConnectionsHandler.webBackendListConnectionsForWorkspace: the body is a
//   WebBackendConnectionListRequestBody (workspaceId, sourceId[], destinationId[], cursor,
//   pageSize, sortKey, filters); the answer carries `page_size` and `num_connections`, the number of
//   connections matching the filters across all pages (countWorkspaceStandardSyncs). No "next
//   cursor": a client sends the id of the last row it has.
// - WorkspaceResourceCursorPagination.kt (parseSortKey): default order by connection name,
//   ascending; sort keys connectionName, sourceName, destinationName, lastSync, each _asc or _desc.
// - ConnectionServiceJooqImpl.buildConnectionFilterConditions: deleted (deprecated) connections are
//   left out; `searchTerm` matches the connection's, source's or destination's name (contains,
//   ignoring case); sourceDefinitionIds, destinationDefinitionIds, tagIds, onDemandEnabled as
//   named; `states` by the connection's status (active, inactive); `statuses` by the latest sync
//   job (applyStatusFilters): failed = failed, cancelled or incomplete; running = running or
//   queued; healthy = an active connection whose latest job succeeded or is pending, or that never
//   ran. "paused" is in the API's enum but not in the server's ConnectionJobStatus
//   (valueOf throws), so a real server answers 500.
// - buildCursorPagination / getWorkspaceStandardSyncWithJobInfo: the cursor is looked up by id
//   whatever its status, so a connection deleted meanwhile still places the next page (see
//   Db.deletedConnections); an id that was never a connection answers 404 STANDARD_SYNC.
import { actorById, definitionById } from "../db/actors";
import { actorVersionRead } from "../db/versions";
import { connectionFacts, type ConnectionFacts } from "../db/listFacts";
import { getDb, type ConnectionRecord } from "../db/store";
import { tagsOf } from "../db/tags";
import { latestJob, runningJob, jobStatus } from "../jobs/simulator";
import {
  containsIgnoreCase,
  cursorOf,
  filtersOf,
  pageAfter,
  pageSizeOf,
  parseSortKey,
  searchTermOf,
  type SortValue,
} from "../lib/cursorPage";
import { knownError, notFound } from "../lib/errors";
import { now } from "../lib/settings";
import type { S } from "../lib/types";

const SORT_FIELDS = ["connectionName", "sourceName", "destinationName", "lastSync"] as const;

function idList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 ? value.map(String) : undefined;
}

/** A connection as the connection list shows it: records only, no catalog (the list is core-only). */
export function webBackendListItem(c: ConnectionRecord, facts?: ConnectionFacts): S["WebBackendConnectionListItem"] {
  const source = actorById("source", c.sourceId);
  const destination = actorById("destination", c.destinationId);
  const sourceDefinition = definitionById("source", source.definitionId);
  const destinationDefinition = definitionById("destination", destination.definitionId);
  const latest = facts ? facts.latest : latestJob(c.connectionId, ["sync", "refresh"]);
  return {
    connectionId: c.connectionId,
    name: c.name,
    scheduleType: c.scheduleType,
    ...(c.scheduleData ? { scheduleData: c.scheduleData } : {}),
    status: c.status,
    source: {
      sourceId: source.id,
      name: source.name,
      sourceDefinitionId: sourceDefinition.id,
      sourceName: sourceDefinition.name,
      ...(sourceDefinition.icon ? { icon: sourceDefinition.icon } : {}),
    },
    destination: {
      destinationId: destination.id,
      name: destination.name,
      destinationDefinitionId: destinationDefinition.id,
      destinationName: destinationDefinition.name,
      ...(destinationDefinition.icon ? { icon: destinationDefinition.icon } : {}),
    },
    ...(latest
      ? { latestSyncJobCreatedAt: Math.floor(latest.createdAt / 1000), latestSyncJobStatus: facts?.latestStatus ?? jobStatus(latest) }
      : {}),
    isSyncing: facts ? facts.syncing : runningJob(c.connectionId) !== undefined,
    // A source whose schema evolved since the connection's catalog was saved has a pending change to review.
    schemaChange: c.breakingChange
      ? "breaking"
      : (getDb().schemaEvolution.get(c.sourceId) ?? 0) > (c.schemaLevel ?? 0)
        ? "non_breaking"
        : "no_change",
    sourceActorDefinitionVersion: actorVersionRead(source, now()),
    destinationActorDefinitionVersion: actorVersionRead(destination, now()),
    tags: tagsOf(c),
    onDemandEnabled: false,
  };
}

/** Whether a connection passes the `statuses` filter (applyStatusFilters: any one of them). */
function statusMatches(statuses: string[], c: ConnectionRecord, facts: ConnectionFacts | undefined): boolean {
  const latest = facts?.latestStatus;
  return statuses.some((status) => {
    if (status === "failed") return latest === "failed" || latest === "cancelled" || latest === "incomplete";
    if (status === "running") return latest === "running" || latest === "queued";
    if (status === "healthy") return c.status === "active" && (latest === undefined || latest === "succeeded" || latest === "pending");
    return false;
  });
}

export function listConnectionItems(body: Record<string, unknown>) {
  const db = getDb();
  if (body.workspaceId !== db.workspace.workspaceId) throw notFound("STANDARD_WORKSPACE", String(body.workspaceId ?? ""));
  const pageSize = pageSizeOf(body);
  const { field, ascending } = parseSortKey(body, SORT_FIELDS, "connectionName");
  const filters = filtersOf(body);
  const term = searchTermOf(filters);
  const sourceIds = idList(body.sourceId);
  const destinationIds = idList(body.destinationId);
  const sourceDefinitionIds = idList(filters.sourceDefinitionIds);
  const destinationDefinitionIds = idList(filters.destinationDefinitionIds);
  const statuses = idList(filters.statuses);
  const states = idList(filters.states);
  const tagIds = idList(filters.tagIds);
  if (statuses?.includes("paused"))
    throw knownError(
      500,
      "No enum constant io.airbyte.data.services.shared.ConnectionJobStatus.PAUSED",
      "java.lang.IllegalArgumentException",
    );
  const facts = connectionFacts();

  const matching = [...db.connections.values()].filter((c) => {
    if (c.status === "deprecated") return false;
    if (sourceIds && !sourceIds.includes(c.sourceId)) return false;
    if (destinationIds && !destinationIds.includes(c.destinationId)) return false;
    const source = db.sources.get(c.sourceId);
    const destination = db.destinations.get(c.destinationId);
    if (term && ![c.name, source?.name, destination?.name].some((name) => containsIgnoreCase(name, term))) return false;
    if (sourceDefinitionIds && !sourceDefinitionIds.includes(source?.definitionId ?? "")) return false;
    if (destinationDefinitionIds && !destinationDefinitionIds.includes(destination?.definitionId ?? "")) return false;
    if (statuses && !statusMatches(statuses, c, facts.get(c.connectionId))) return false;
    if (states && !states.includes(c.status)) return false;
    // Any of the tags (ConnectionServiceJooqImpl: CONNECTION_TAG.TAG_ID in tagIds).
    if (tagIds && !c.tagIds?.some((id) => tagIds.includes(id))) return false;
    if (filters.onDemandEnabled === true) return false; // nor on-demand capacity
    return true;
  });

  const sortValue = (name: string, sourceName: string, destinationName: string, lastSync: number | null): SortValue => {
    if (field === "connectionName") return name.toLowerCase();
    if (field === "sourceName") return sourceName.toLowerCase();
    if (field === "destinationName") return destinationName.toLowerCase();
    return lastSync;
  };
  const valueOf = (c: ConnectionRecord) =>
    sortValue(
      c.name,
      db.sources.get(c.sourceId)?.name ?? "",
      db.destinations.get(c.destinationId)?.name ?? "",
      facts.get(c.connectionId)?.lastSync ?? null,
    );

  let cursor: { id: string; value: SortValue } | undefined;
  const cursorId = cursorOf(body);
  if (cursorId) {
    const live = db.connections.get(cursorId);
    const deleted = db.deletedConnections.get(cursorId);
    if (live) cursor = { id: cursorId, value: valueOf(live) };
    else if (deleted) {
      const job = latestJob(cursorId, ["sync", "refresh"]);
      cursor = {
        id: cursorId,
        value: sortValue(deleted.name, deleted.sourceName, deleted.destinationName, job ? Math.floor(job.createdAt / 1000) : null),
      };
    } else throw notFound("STANDARD_SYNC", cursorId);
  }

  const page = pageAfter(
    matching.map((c) => ({ id: c.connectionId, value: valueOf(c), row: c })),
    ascending,
    cursor,
    pageSize,
  );
  return {
    connections: page.map((c) => webBackendListItem(c, facts.get(c.connectionId))),
    page_size: pageSize,
    num_connections: matching.length,
  };
}
