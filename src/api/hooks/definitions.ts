// Connector definitions (the catalog of available sources and destinations) and their specifications.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiPost } from "../client";
import { isMissingOrMalformed } from "../errors";
import { destinationDefinitionKeys, sourceDefinitionKeys } from "../queryKeys";
import type {
  DestinationDefinitionRead,
  DestinationDefinitionSpecificationRead,
  SourceDefinitionRead,
  SourceDefinitionSpecificationRead,
} from "../types";

// A real server scopes definitions to the workspace (custom connectors, grants); servers or mocks
// without the workspace variant answer 404 for it, and then the deployment-wide list is the right one.
function workspaceVariantMissing(error: unknown): boolean {
  return isMissingOrMalformed(error);
}

async function fetchSourceDefinitions(workspaceId: string, signal?: AbortSignal): Promise<SourceDefinitionRead[]> {
  try {
    const body = await apiPost("/v1/source_definitions/list_for_workspace", { workspaceId, filterByUsed: false }, { signal });
    return body.sourceDefinitions;
  } catch (error) {
    if (!workspaceVariantMissing(error)) throw error;
    const body = await apiPost("/v1/source_definitions/list", undefined, { signal });
    return body.sourceDefinitions;
  }
}

async function fetchDestinationDefinitions(workspaceId: string, signal?: AbortSignal): Promise<DestinationDefinitionRead[]> {
  try {
    const body = await apiPost("/v1/destination_definitions/list_for_workspace", { workspaceId, filterByUsed: false }, { signal });
    return body.destinationDefinitions;
  } catch (error) {
    if (!workspaceVariantMissing(error)) throw error;
    const body = await apiPost("/v1/destination_definitions/list", undefined, { signal });
    return body.destinationDefinitions;
  }
}

function fetchSourceDefinitionSpecification(
  sourceDefinitionId: string,
  workspaceId: string,
  signal?: AbortSignal,
): Promise<SourceDefinitionSpecificationRead> {
  return apiPost("/v1/source_definition_specifications/get", { sourceDefinitionId, workspaceId }, { signal });
}

function fetchDestinationDefinitionSpecification(
  destinationDefinitionId: string,
  workspaceId: string,
  signal?: AbortSignal,
): Promise<DestinationDefinitionSpecificationRead> {
  return apiPost("/v1/destination_definition_specifications/get", { destinationDefinitionId, workspaceId }, { signal });
}

// Definitions change only when an admin adds or upgrades a connector: cache them for a while.
const DEFINITIONS_STALE_MS = 5 * 60_000;

/** The one query of each definition resource (key, fetch, freshness); see sourceQueries. */
export const sourceDefinitionQueries = {
  list: (workspaceId: string) =>
    queryOptions({
      queryKey: sourceDefinitionKeys.list(workspaceId),
      queryFn: ({ signal }) => fetchSourceDefinitions(workspaceId, signal),
      staleTime: DEFINITIONS_STALE_MS,
    }),
  specification: (sourceDefinitionId: string, workspaceId: string) =>
    queryOptions({
      queryKey: sourceDefinitionKeys.specification(sourceDefinitionId, workspaceId),
      queryFn: ({ signal }) => fetchSourceDefinitionSpecification(sourceDefinitionId, workspaceId, signal),
      staleTime: DEFINITIONS_STALE_MS,
    }),
};

export const destinationDefinitionQueries = {
  list: (workspaceId: string) =>
    queryOptions({
      queryKey: destinationDefinitionKeys.list(workspaceId),
      queryFn: ({ signal }) => fetchDestinationDefinitions(workspaceId, signal),
      staleTime: DEFINITIONS_STALE_MS,
    }),
  specification: (destinationDefinitionId: string, workspaceId: string) =>
    queryOptions({
      queryKey: destinationDefinitionKeys.specification(destinationDefinitionId, workspaceId),
      queryFn: ({ signal }) => fetchDestinationDefinitionSpecification(destinationDefinitionId, workspaceId, signal),
      staleTime: DEFINITIONS_STALE_MS,
    }),
};

export function useDestinationDefinitionSpecification(destinationDefinitionId: string | undefined, workspaceId: string) {
  return useQuery({
    ...destinationDefinitionQueries.specification(destinationDefinitionId ?? "", workspaceId),
    enabled: Boolean(destinationDefinitionId),
  });
}
