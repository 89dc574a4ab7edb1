// Sources: list, read, create, update, delete and connection checks.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiPost, type ApiRequest, type CallOptions } from "../client";
import { sourceKeys } from "../queryKeys";
import type { CheckConnectionRead, SourceRead } from "../types";

export type SourceCreateBody = ApiRequest<"/v1/sources/create">;
export type SourceUpdateBody = ApiRequest<"/v1/sources/update">;
export type SourceCheckBody = ApiRequest<"/v1/scheduler/sources/check_connection">;

export async function fetchSources(workspaceId: string, signal?: AbortSignal): Promise<SourceRead[]> {
  const body = await apiPost("/v1/sources/list", { workspaceId }, { signal });
  return body.sources;
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

/** Check a configuration that is not saved yet (creating a source). */
export function checkSourceConfiguration(body: SourceCheckBody, options?: CallOptions): Promise<CheckConnectionRead> {
  return apiPost("/v1/scheduler/sources/check_connection", body, options);
}

/** Check a proposed change to a saved source; masked secrets are resolved by the server. */
export function checkSourceUpdate(body: SourceUpdateBody, options?: CallOptions): Promise<CheckConnectionRead> {
  return apiPost("/v1/sources/check_connection_for_update", body, options);
}

/**
 * The one query of each source resource: its key and its fetch. The hooks below and the shared
 * connector screens (which add a `select` for their own shape) all read through these, so the
 * cache holds one entry, in one shape, per resource.
 */
export const sourceQueries = {
  list: (workspaceId: string) =>
    queryOptions({ queryKey: sourceKeys.list(workspaceId), queryFn: ({ signal }) => fetchSources(workspaceId, signal) }),
  detail: (sourceId: string) =>
    queryOptions({ queryKey: sourceKeys.detail(sourceId), queryFn: ({ signal }) => fetchSource(sourceId, signal) }),
};

export function useSources(workspaceId: string) {
  return useQuery(sourceQueries.list(workspaceId));
}

export function useSource(sourceId: string | undefined) {
  return useQuery({ ...sourceQueries.detail(sourceId ?? ""), enabled: Boolean(sourceId) });
}
