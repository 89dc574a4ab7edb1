// sources/list and destinations/list, paged as on Airbyte 1.8 and later. Evidence in
// airbytehq/airbyte-platform:
// - SourceHandler.listSourcesForWorkspace / DestinationHandler.listDestinationsForWorkspace: the
//   body is an ActorListCursorPaginatedRequestBody (workspaceId, cursor, pageSize, sortKey,
//   filters); the answer carries `page_size` (the page size used) and `num_connections`, which is,
//   despite its name, the number of sources (destinations) matching the filters across all pages
//   (countWorkspaceSourcesFiltered). There is no "next cursor": a client sends the id of the last
//   row it has.
// - WorkspaceResourceCursorPagination.kt (parseSortKey): the default order is by name, ascending;
//   sort keys actorName, actorDefinitionName and lastSync, each _asc or _desc.
// - ActorServicePaginationHelper.kt (buildActorFilterCondition): `searchTerm` matches the name or
//   the connector's name, case-insensitively, anywhere in it; `states` [active] keeps those with at
//   least one active connection, [inactive] those without, both keep all. Each row's `status` says
//   which it is (listSourcesForWorkspace), with numConnections, lastSync and connectionJobStatuses.
// - getCursorActor: the cursor is looked up among actors that are not deleted (tombstone = false),
//   so the cursor of a deleted source answers 404 ("Could not find configuration for
//   SOURCE_CONNECTION: <id>.", via ApiHelper's ConfigNotFoundException mapping).
import { definitionById, destinationRead, sourceRead } from "../db/actors";
import { actorFacts, connectionFacts } from "../db/listFacts";
import { getDb, type ActorRecord } from "../db/store";
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
import { notFound } from "../lib/errors";

type Kind = "source" | "destination";

const SORT_FIELDS = ["actorName", "actorDefinitionName", "lastSync"] as const;

function statesOf(filters: Record<string, unknown>): { active: boolean; inactive: boolean } {
  const states = Array.isArray(filters.states) ? filters.states : [];
  return { active: states.includes("active"), inactive: states.includes("inactive") };
}

export function listActors(kind: Kind, body: Record<string, unknown>) {
  if (body.workspaceId !== getDb().workspace.workspaceId) throw notFound("STANDARD_WORKSPACE", String(body.workspaceId ?? ""));
  const actors = kind === "source" ? getDb().sources : getDb().destinations;
  const pageSize = pageSizeOf(body);
  const { field, ascending } = parseSortKey(body, SORT_FIELDS, "actorName");
  const filters = filtersOf(body);
  const term = searchTermOf(filters);
  const states = statesOf(filters);
  const usage = actorFacts(kind, connectionFacts());
  const connectorName = (actor: ActorRecord) => definitionById(kind, actor.definitionId).name;
  const active = (actor: ActorRecord) => usage.get(actor.id)?.active ?? false;
  const sortValue = (actor: ActorRecord): SortValue => {
    if (field === "actorName") return actor.name.toLowerCase();
    if (field === "actorDefinitionName") return connectorName(actor).toLowerCase();
    return usage.get(actor.id)?.lastSync ?? null;
  };

  const matching = [...actors.values()].filter((actor) => {
    if (term && !containsIgnoreCase(actor.name, term) && !containsIgnoreCase(connectorName(actor), term)) return false;
    if (states.active !== states.inactive && active(actor) !== states.active) return false;
    return true;
  });

  let cursor: { id: string; value: SortValue } | undefined;
  const cursorId = cursorOf(body);
  if (cursorId) {
    const at = actors.get(cursorId);
    if (!at) throw notFound(kind === "source" ? "SOURCE_CONNECTION" : "DESTINATION_CONNECTION", cursorId);
    cursor = { id: at.id, value: sortValue(at) };
  }

  const page = pageAfter(
    matching.map((actor) => ({ id: actor.id, value: sortValue(actor), row: actor })),
    ascending,
    cursor,
    pageSize,
  );
  const reads = page.map((actor) => ({
    ...(kind === "source" ? sourceRead(actor) : destinationRead(actor)),
    status: active(actor) ? ("active" as const) : ("inactive" as const),
  }));
  return { [kind === "source" ? "sources" : "destinations"]: reads, page_size: pageSize, num_connections: matching.length };
}
