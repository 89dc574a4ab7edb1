// Destinations: list, read, create, update, delete and connection checks.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiPost, type ApiRequest, type CallOptions } from "../client";
import { destinationKeys } from "../queryKeys";
import type { CheckConnectionRead, DestinationRead } from "../types";

export type DestinationCreateBody = ApiRequest<"/v1/destinations/create">;
export type DestinationUpdateBody = ApiRequest<"/v1/destinations/update">;
export type DestinationCheckBody = ApiRequest<"/v1/scheduler/destinations/check_connection">;

export async function fetchDestinations(workspaceId: string, signal?: AbortSignal): Promise<DestinationRead[]> {
  const body = await apiPost("/v1/destinations/list", { workspaceId }, { signal });
  return body.destinations;
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

/**
 * The one query of each destination resource: its key and its fetch. The hooks below and the shared
 * connector screens (which add a `select` for their own shape) all read through these, so the
 * cache holds one entry, in one shape, per resource.
 */
export const destinationQueries = {
  list: (workspaceId: string) =>
    queryOptions({ queryKey: destinationKeys.list(workspaceId), queryFn: ({ signal }) => fetchDestinations(workspaceId, signal) }),
  detail: (destinationId: string) =>
    queryOptions({ queryKey: destinationKeys.detail(destinationId), queryFn: ({ signal }) => fetchDestination(destinationId, signal) }),
};

export function useDestinations(workspaceId: string) {
  return useQuery(destinationQueries.list(workspaceId));
}

export function useDestination(destinationId: string | undefined) {
  return useQuery({ ...destinationQueries.detail(destinationId ?? ""), enabled: Boolean(destinationId) });
}
