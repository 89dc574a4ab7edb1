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

// A real server scopes definitions to the workspace (custom connectors, grants) and specs to the
// actor's version; servers or mocks without such a variant answer 404 for it, and then the plainer
// endpoint's answer is the right one.
async function variantOr<T>(variant: () => Promise<T>, plain: () => Promise<T>): Promise<T> {
  try {
    return await variant();
  } catch (error) {
    if (!isMissingOrMalformed(error)) throw error;
    return plain();
  }
}

function fetchSourceDefinitions(workspaceId: string, signal?: AbortSignal): Promise<SourceDefinitionRead[]> {
  return variantOr(
    async () =>
      (await apiPost("/v1/source_definitions/list_for_workspace", { workspaceId, filterByUsed: false }, { signal })).sourceDefinitions,
    async () => (await apiPost("/v1/source_definitions/list", undefined, { signal })).sourceDefinitions,
  );
}

function fetchDestinationDefinitions(workspaceId: string, signal?: AbortSignal): Promise<DestinationDefinitionRead[]> {
  return variantOr(
    async () =>
      (await apiPost("/v1/destination_definitions/list_for_workspace", { workspaceId, filterByUsed: false }, { signal }))
        .destinationDefinitions,
    async () => (await apiPost("/v1/destination_definitions/list", undefined, { signal })).destinationDefinitions,
  );
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

// What an actor's edit form is built from: the spec of the version the actor runs, which the server
// also validates its updates against (SourceHandler.updateSource). A pinned actor's version is older
// than the definition's default. Servers without the actor variant answer 404: the definition's spec
// is then the best there is.
function fetchSourceSpecification(
  sourceId: string,
  sourceDefinitionId: string,
  workspaceId: string,
  signal?: AbortSignal,
): Promise<SourceDefinitionSpecificationRead> {
  return variantOr(
    () => apiPost("/v1/source_definition_specifications/get_for_source", { sourceId }, { signal }),
    () => fetchSourceDefinitionSpecification(sourceDefinitionId, workspaceId, signal),
  );
}

function fetchDestinationSpecification(
  destinationId: string,
  destinationDefinitionId: string,
  workspaceId: string,
  signal?: AbortSignal,
): Promise<DestinationDefinitionSpecificationRead> {
  return variantOr(
    () => apiPost("/v1/destination_definition_specifications/get_for_destination", { destinationId }, { signal }),
    () => fetchDestinationDefinitionSpecification(destinationDefinitionId, workspaceId, signal),
  );
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
  /**
   * The spec of the version a source runs. Keyed by the source alone: its definition and workspace
   * never change, they only serve the fallback. An upgrade invalidates it (useUpgradeConnectorVersion).
   */
  sourceSpecification: (sourceId: string, sourceDefinitionId: string, workspaceId: string) =>
    queryOptions({
      queryKey: sourceDefinitionKeys.sourceSpecification(sourceId),
      queryFn: ({ signal }) => fetchSourceSpecification(sourceId, sourceDefinitionId, workspaceId, signal),
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
  /** The spec of the version a destination runs; see sourceDefinitionQueries.sourceSpecification. */
  destinationSpecification: (destinationId: string, destinationDefinitionId: string, workspaceId: string) =>
    queryOptions({
      queryKey: destinationDefinitionKeys.destinationSpecification(destinationId),
      queryFn: ({ signal }) => fetchDestinationSpecification(destinationId, destinationDefinitionId, workspaceId, signal),
      staleTime: DEFINITIONS_STALE_MS,
    }),
};

export function useDestinationDefinitionSpecification(destinationDefinitionId: string | undefined, workspaceId: string) {
  return useQuery({
    ...destinationDefinitionQueries.specification(destinationDefinitionId ?? "", workspaceId),
    enabled: Boolean(destinationDefinitionId),
  });
}
