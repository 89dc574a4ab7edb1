// Destinations: list (paged), read, create, update, delete and connection checks.
import { queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiPost, type ApiRequest, type CallOptions } from "../client";
import { actorListBody, fetchAllPages, type ActorListQuery } from "../actorList";
import { nextCursor, toPage, type CursorPage } from "../cursorPaging";
import { destinationKeys } from "../queryKeys";
import type { CheckConnectionRead, DestinationRead } from "../types";
import { keepRowsOfSameList, usePagedList } from "./pagedList";

export type DestinationCreateBody = ApiRequest<"/v1/destinations/create">;
export type DestinationUpdateBody = ApiRequest<"/v1/destinations/update">;
export type DestinationCheckBody = ApiRequest<"/v1/scheduler/destinations/check_connection">;

/** One page of the workspace's destinations (search, sort and filters are the server's). */
async function fetchDestinationPage(
  workspaceId: string,
  query: ActorListQuery,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<CursorPage<DestinationRead>> {
  const body = await apiPost("/v1/destinations/list", actorListBody(workspaceId, query, cursor), { signal });
  return toPage(body.destinations, body);
}

/** Every destination of the workspace, page by page (for views that need them all at once). */
export function fetchAllDestinations(workspaceId: string, signal?: AbortSignal): Promise<DestinationRead[]> {
  return fetchAllPages(
    (cursor) => fetchDestinationPage(workspaceId, { pageSize: 100 }, cursor, signal),
    (item) => item.destinationId,
  );
}

function fetchDestination(destinationId: string, signal?: AbortSignal): Promise<DestinationRead> {
  return apiPost("/v1/destinations/get", { destinationId }, { signal });
}

export function createDestination(body: DestinationCreateBody, options?: CallOptions): Promise<DestinationRead> {
  return apiPost("/v1/destinations/create", body, options);
}

export function updateDestination(body: DestinationUpdateBody, options?: CallOptions): Promise<DestinationRead> {
  return apiPost("/v1/destinations/update", body, options);
}

export async function deleteDestination(destinationId: string, options?: CallOptions): Promise<void> {
  await apiPost("/v1/destinations/delete", { destinationId }, options);
}

/** Check a configuration that is not saved yet (creating a destination). */
export function checkDestinationConfiguration(body: DestinationCheckBody, options?: CallOptions): Promise<CheckConnectionRead> {
  return apiPost("/v1/scheduler/destinations/check_connection", body, options);
}

/** Check a proposed change to a saved destination; masked secrets are resolved by the server. */
export function checkDestinationUpdate(body: DestinationUpdateBody, options?: CallOptions): Promise<CheckConnectionRead> {
  return apiPost("/v1/destinations/check_connection_for_update", body, options);
}

/** The workspace's destinations, a page at a time, searched and sorted by the server. */
export function useDestinations(workspaceId: string, query: ActorListQuery = {}, { enabled = true }: { enabled?: boolean } = {}) {
  return usePagedList(
    useInfiniteQuery({
      queryKey: destinationKeys.list(workspaceId, query),
      enabled,
      queryFn: ({ pageParam, signal }) => fetchDestinationPage(workspaceId, query, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      // A new search keeps showing the last rows until its answer comes, rather than a loader.
      placeholderData: keepRowsOfSameList(workspaceId),
      meta: { listScope: workspaceId },
      getNextPageParam: (_last, pages) => nextCursor(pages, (item) => item.destinationId),
    }),
  );
}

/**
 * The one query of a destination: its key and its fetch. The hook below and the shared connector screens
 * (which add a `select` for their own shape) read through it, so the cache holds one entry, in one
 * shape, per destination.
 */
export const destinationQueries = {
  detail: (destinationId: string) =>
    queryOptions({ queryKey: destinationKeys.detail(destinationId), queryFn: ({ signal }) => fetchDestination(destinationId, signal) }),
};

export function useDestination(destinationId: string | undefined) {
  return useQuery({ ...destinationQueries.detail(destinationId ?? ""), enabled: Boolean(destinationId) });
}

/** Move a destination pinned by a breaking change to its definition's default version (as upgradeSourceVersion). */
export async function upgradeDestinationVersion(destinationId: string, options?: CallOptions): Promise<void> {
  await apiPost("/v1/destinations/upgrade_version", { destinationId }, options);
}

/** The connector version a destination runs: whether it supports refreshes, a pin, the breaking changes ahead. */
export function useDestinationVersion(destinationId: string | undefined) {
  return useQuery({
    queryKey: destinationKeys.version(destinationId ?? ""),
    queryFn: ({ signal }) => apiPost("/v1/actor_definition_versions/get_for_destination", { destinationId: destinationId! }, { signal }),
    enabled: Boolean(destinationId),
    // A connector's version changes only when someone upgrades it.
    staleTime: 5 * 60_000,
  });
}
