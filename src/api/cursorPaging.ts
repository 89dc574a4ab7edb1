// Airbyte's cursor-paged lists: since 1.8, sources/list, destinations/list and
// web_backend/connections/list answer one page at a time (20 rows unless the request says
// `pageSize`), with `num_connections` (the number of rows matching the filters, whatever the list
// holds) and `page_size`. There is no "next cursor" in the answer: the next page is asked for with
// the id of the last row as `cursor`. A cursor whose row has gone (a deleted source) answers 404.
// Older servers ignore paging and answer everything at once, without `page_size`.
import { isNotFound } from "./errors";

/** One page of a list as the console keeps it. */
export interface CursorPage<T> {
  items: T[];
  /** Rows matching the request across all pages (the answer's num_connections), when the server says. */
  total?: number;
  /** The page size the server used (page_size); undefined: it does not page, this is everything. */
  pageSize?: number;
}

/** Rows per page the console asks for in its tables (the server's default, 20, fills half a screen). */
export const TABLE_PAGE_SIZE = 25;

export function toPage<T>(items: T[], body: { page_size?: number; num_connections?: number }): CursorPage<T> {
  return { items, total: body.num_connections, pageSize: body.page_size };
}

/** The cursor of the page after `pages` (the last row's id), or undefined when there is none. */
export function nextCursor<T>(pages: readonly CursorPage<T>[], idOf: (item: T) => string): string | undefined {
  const last = pages.at(-1);
  const lastItem = last?.items.at(-1);
  if (!last || !lastItem || last.pageSize === undefined || last.items.length < last.pageSize) return undefined;
  const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
  if (last.total !== undefined && loaded >= last.total) return undefined;
  const cursor = idOf(lastItem);
  // A server that ignores the cursor would answer the same page forever.
  const before = pages.at(-2)?.items.at(-1);
  return before && idOf(before) === cursor ? undefined : cursor;
}

/** The next page could not be had because its cursor row is gone: start again from the first page. */
export function isStaleCursorError(error: unknown): boolean {
  return isNotFound(error);
}
