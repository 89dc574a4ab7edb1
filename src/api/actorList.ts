// sources/list and destinations/list (ActorListCursorPaginatedRequestBody), and paging through
// a whole list. Apart from ./cursorPaging.ts, which the first screen downloads, because only the
// source and destination screens need these.
import { nextCursor, type CursorPage } from "./cursorPaging";
import type { Schemas } from "./types";

/** What the console can ask of sources/list and destinations/list. */
export interface ActorListQuery {
  /** Part of the name or the connector's name (server-side, any case). */
  search?: string;
  sort?: Schemas["ActorListSortKey"];
  /** Active: used by at least one enabled connection. */
  states?: Schemas["ActorStatus"][];
  pageSize?: number;
}

/** The body of an ActorListCursorPaginatedRequestBody for `query` (only what is set). */
export function actorListBody(
  workspaceId: string,
  query: ActorListQuery,
  cursor: string | undefined,
): Schemas["ActorListCursorPaginatedRequestBody"] {
  const filters: Schemas["ActorListFilters"] = {
    ...(query.search ? { searchTerm: query.search } : {}),
    ...(query.states?.length ? { states: query.states } : {}),
  };
  return {
    workspaceId,
    ...(query.pageSize ? { pageSize: query.pageSize } : {}),
    ...(cursor ? { cursor } : {}),
    ...(query.sort ? { sortKey: query.sort } : {}),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
}

/** Every page of a list, for the rare view that needs all of it (nextCursor stops a server that ignores cursors). */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>,
  idOf: (item: T) => string,
): Promise<T[]> {
  const pages: CursorPage<T>[] = [];
  let cursor: string | undefined;
  do {
    pages.push(await fetchPage(cursor));
    cursor = nextCursor(pages, idOf);
  } while (cursor !== undefined);
  return pages.flatMap((page) => page.items);
}
