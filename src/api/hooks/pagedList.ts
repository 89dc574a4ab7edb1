// What a screen needs of a cursor-paged list, from the useInfiniteQuery of its resource hook: the
// rows loaded so far, the server's total, and "load more", which starts over from the first page
// when the cursor's row has gone meanwhile (the server answers 404 for it).
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { isStaleCursorError, type CursorPage } from "../cursorPaging";

export interface PagedList<T> {
  /** Rows loaded so far, in the server's order. */
  items: T[];
  /** Rows matching the query on the server (undefined until the first page, or if it does not say). */
  total: number | undefined;
  isPending: boolean;
  /** The first page failed (nothing to show). */
  error: unknown;
  /** A later page failed (the rows loaded stay). */
  loadMoreError: unknown;
  hasMore: boolean;
  isLoadingMore: boolean;
  /** A refetch (new search, refresh) is under way. */
  isFetching: boolean;
  /** The rows shown are the previous query's, while the new one (another search) loads. */
  isPlaceholder: boolean;
  loadMore(): void;
  retry(): void;
}

export function usePagedList<T>(query: UseInfiniteQueryResult<InfiniteData<CursorPage<T>, unknown>>): PagedList<T> {
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, refetch, isFetchNextPageError, error } = query;
  const items = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  const loadMore = useCallback(() => {
    if (!hasNextPage || isFetchingNextPage) return;
    void fetchNextPage().then((result) => {
      // The cursor's row was deleted: the pages are fetched again from the first one.
      if (result.isFetchNextPageError && isStaleCursorError(result.error)) void refetch();
    });
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, refetch]);
  const retry = useCallback(
    () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
    [isFetchNextPageError, fetchNextPage, refetch],
  );
  return {
    items,
    total: data?.pages.at(-1)?.total ?? (data && !hasNextPage ? items.length : undefined),
    isPending: query.isPending,
    error: data ? null : error,
    loadMoreError: isFetchNextPageError && !isStaleCursorError(error) ? error : null,
    hasMore: hasNextPage,
    isLoadingMore: isFetchingNextPage,
    isFetching: query.isFetching,
    isPlaceholder: query.isPlaceholderData,
    loadMore,
    retry,
  };
}

/**
 * placeholderData of a paged list: the previous query's rows while a new search, sort or filter
 * loads, but only within the same list (`scope`: workspace, source, destination), never another's.
 * Each list's query carries its scope in `meta.listScope`.
 */
export function keepRowsOfSameList(scope: string) {
  return <T>(previous: T | undefined, previousQuery?: { meta?: Record<string, unknown> }) =>
    previousQuery?.meta?.listScope === scope ? previous : undefined;
}
