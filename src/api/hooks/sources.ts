// Sources: list (paged), read, create, update, delete and connection checks.
import { queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiPost, type ApiRequest, type CallOptions } from "../client";
import { actorListBody, fetchAllPages, type ActorListQuery } from "../actorList";
import { nextCursor, toPage, type CursorPage } from "../cursorPaging";
import { sourceKeys } from "../queryKeys";
import type { CheckConnectionRead, SourceRead } from "../types";
import { keepRowsOfSameList, usePagedList } from "./pagedList";

export type SourceCreateBody = ApiRequest<"/v1/sources/create">;
export type SourceUpdateBody = ApiRequest<"/v1/sources/update">;
export type SourceCheckBody = ApiRequest<"/v1/scheduler/sources/check_connection">;

/** One page of the workspace's sources (search, sort and filters are the server's). */
async function fetchSourcePage(
  workspaceId: string,
  query: ActorListQuery,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<CursorPage<SourceRead>> {
  const body = await apiPost("/v1/sources/list", actorListBody(workspaceId, query, cursor), { signal });
  return toPage(body.sources, body);
}

/** Every source of the workspace, page by page (for views that need them all at once). */
export function fetchAllSources(workspaceId: string, signal?: AbortSignal): Promise<SourceRead[]> {
  return fetchAllPages(
    (cursor) => fetchSourcePage(workspaceId, { pageSize: 100 }, cursor, signal),
    (item) => item.sourceId,
  );
}

function fetchSource(sourceId: string, signal?: AbortSignal): Promise<SourceRead> {
  return apiPost("/v1/sources/get", { sourceId }, { signal });
}

export function createSource(body: SourceCreateBody, options?: CallOptions): Promise<SourceRead> {
  return apiPost("/v1/sources/create", body, options);
}

export function updateSource(body: SourceUpdateBody, options?: CallOptions): Promise<SourceRead> {
  return apiPost("/v1/sources/update", body, options);
}

export async function deleteSource(sourceId: string, options?: CallOptions): Promise<void> {
  await apiPost("/v1/sources/delete", { sourceId }, options);
}

/**
 * Move a source pinned by a breaking change to its definition's default version (204). The server
 * refuses (500) a source pinned by hand, and does nothing for one without a pin.
 */
export async function upgradeSourceVersion(sourceId: string, options?: CallOptions): Promise<void> {
  await apiPost("/v1/sources/upgrade_version", { sourceId }, options);
}

/** The connector version a source runs: a pin, its support state, the breaking changes ahead. */
export function useSourceVersion(sourceId: string | undefined) {
  return useQuery({
    queryKey: sourceKeys.version(sourceId ?? ""),
    queryFn: ({ signal }) => apiPost("/v1/actor_definition_versions/get_for_source", { sourceId: sourceId! }, { signal }),
    enabled: Boolean(sourceId),
    // A connector's version changes only when someone upgrades it.
    staleTime: 5 * 60_000,
  });
}

/** Check a configuration that is not saved yet (creating a source). */
export function checkSourceConfiguration(body: SourceCheckBody, options?: CallOptions): Promise<CheckConnectionRead> {
  return apiPost("/v1/scheduler/sources/check_connection", body, options);
}

/** Check a proposed change to a saved source; masked secrets are resolved by the server. */
export function checkSourceUpdate(body: SourceUpdateBody, options?: CallOptions): Promise<CheckConnectionRead> {
  return apiPost("/v1/sources/check_connection_for_update", body, options);
}

/** The workspace's sources, a page at a time, searched and sorted by the server. */
export function useSources(workspaceId: string, query: ActorListQuery = {}, { enabled = true }: { enabled?: boolean } = {}) {
  return usePagedList(
    useInfiniteQuery({
      queryKey: sourceKeys.list(workspaceId, query),
      enabled,
      queryFn: ({ pageParam, signal }) => fetchSourcePage(workspaceId, query, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      // A new search keeps showing the last rows until its answer comes, rather than a loader.
      placeholderData: keepRowsOfSameList(workspaceId),
      meta: { listScope: workspaceId },
      getNextPageParam: (_last, pages) => nextCursor(pages, (item) => item.sourceId),
    }),
  );
}

/**
 * The one query of a source: its key and its fetch. The hook below and the shared connector screens
 * (which add a `select` for their own shape) read through it, so the cache holds one entry, in one
 * shape, per source.
 */
export const sourceQueries = {
  detail: (sourceId: string) =>
    queryOptions({ queryKey: sourceKeys.detail(sourceId), queryFn: ({ signal }) => fetchSource(sourceId, signal) }),
};

export function useSource(sourceId: string | undefined) {
  return useQuery({ ...sourceQueries.detail(sourceId ?? ""), enabled: Boolean(sourceId) });
}
