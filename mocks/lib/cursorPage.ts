// Keyset ("cursor") paging as Airbyte (1.8 and later) pages sources/list, destinations/list and
// web_backend/connections/list. Evidence, in airbytehq/airbyte-platform:
// - WorkspaceResourceCursorPagination.kt: DEFAULT_PAGE_SIZE = 20, used when a request has no pageSize.
// - ActorServicePaginationHelper.kt and ConnectionServiceJooqImpl.kt (buildOrderByClause,
//   buildCursorCondition): rows are ordered by one sort value (names compared lower-cased; the last
//   sync NULLS FIRST when ascending, NULLS LAST when descending), then by id in the same direction;
//   the cursor is the id of the last row a client has, and the next page is every row strictly after
//   that row's (sort value, id) in this order.
// - getCursorActor / buildCursorPagination: the cursor row's sort value is read from the database by
//   its id, without the request's filters; a cursor that names no row answers 404 (the caller says
//   which rows still count as existing).
import { invalidInput } from "./errors";

const DEFAULT_PAGE_SIZE = 20;

/** A sort value: a lower-cased name, an epoch time, or null (e.g. never synced). */
export type SortValue = string | number | null;

export interface KeyedRow<T> {
  id: string;
  value: SortValue;
  row: T;
}

/** The order of buildOrderByClause: null first (ascending) or last (descending), then the id. */
function compare(a: { id: string; value: SortValue }, b: { id: string; value: SortValue }, ascending: boolean): number {
  const sign = ascending ? 1 : -1;
  if (a.value !== b.value) {
    if (a.value === null) return ascending ? -1 : 1;
    if (b.value === null) return ascending ? 1 : -1;
    return sign * (a.value < b.value ? -1 : 1);
  }
  // Postgres compares UUIDs byte by byte: the same order as their lower-case hex text.
  return a.id === b.id ? 0 : sign * (a.id < b.id ? -1 : 1);
}

/** The request's pageSize, or the server's default. The server passes it to SQL's LIMIT, which refuses a negative one. */
export function pageSizeOf(body: Record<string, unknown>): number {
  const size = body.pageSize;
  if (size === undefined || size === null) return DEFAULT_PAGE_SIZE;
  if (typeof size !== "number" || !Number.isInteger(size) || size < 0)
    throw invalidInput([{ propertyPath: "pageSize", message: "must be a non-negative integer", invalidValue: size }]);
  return size;
}

/** The request's cursor (an id), if any. */
export function cursorOf(body: Record<string, unknown>): string | undefined {
  return typeof body.cursor === "string" && body.cursor.length > 0 ? body.cursor : undefined;
}

/**
 * One page of `rows` (already filtered): sorted, then the rows after `cursor` (the cursor row's own
 * id and sort value), at most `pageSize` of them.
 */
export function pageAfter<T>(
  rows: KeyedRow<T>[],
  ascending: boolean,
  cursor: { id: string; value: SortValue } | undefined,
  pageSize: number,
): T[] {
  const sorted = rows.sort((a, b) => compare(a, b, ascending));
  const start = cursor ? sorted.findIndex((row) => compare(row, cursor, ascending) > 0) : 0;
  if (start < 0) return [];
  return sorted.slice(start, start + pageSize).map((keyed) => keyed.row);
}

/** `sortKey` like "connectionName_desc" split into its field and direction; absent: `fallback`, ascending. */
export function parseSortKey<F extends string>(
  body: Record<string, unknown>,
  fields: readonly F[],
  fallback: F,
): { field: F; ascending: boolean } {
  const raw = body.sortKey;
  if (raw === undefined || raw === null) return { field: fallback, ascending: true };
  const [field, direction] = typeof raw === "string" ? raw.split("_") : [];
  if (!fields.includes(field as F) || (direction !== "asc" && direction !== "desc")) {
    throw invalidInput([
      {
        propertyPath: "sortKey",
        message: `must be one of ${fields.flatMap((f) => [`${f}_asc`, `${f}_desc`]).join(", ")}`,
        invalidValue: raw,
      },
    ]);
  }
  return { field: field as F, ascending: direction === "asc" };
}

/** Case-insensitive "contains", as SQL's ILIKE '%term%' (the server's searchTerm). */
export function containsIgnoreCase(text: string | undefined, term: string): boolean {
  return (text ?? "").toLowerCase().includes(term);
}

/** The request's `filters` object (absent: none). */
export function filtersOf(body: Record<string, unknown>): Record<string, unknown> {
  return typeof body.filters === "object" && body.filters !== null && !Array.isArray(body.filters)
    ? (body.filters as Record<string, unknown>)
    : {};
}

/** The search term of `filters`, lower-cased; blank counts as none (the server checks isNullOrBlank, and does not trim). */
export function searchTermOf(filters: Record<string, unknown>): string {
  const term = filters.searchTerm;
  return typeof term === "string" && term.trim() !== "" ? term.toLowerCase() : "";
}
