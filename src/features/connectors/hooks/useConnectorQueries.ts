// Query and mutation hooks for the shared connector screens. Reads go through src/api's one query
// per resource (the same cache entries the connection screens use), with a `select` that maps the
// API's shape to the screens' own; each hook asks for its kind's query only.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { ActorListQuery } from "@/api/actorList";
import { destinationDefinitionQueries, sourceDefinitionQueries } from "@/api/hooks/definitions";
import { destinationQueries, useDestinations } from "@/api/hooks/destinations";
import type { PagedList } from "@/api/hooks/pagedList";
import { sourceQueries, useSources } from "@/api/hooks/sources";
import { connectionKeys } from "@/api/queryKeys";
import type { DestinationDefinitionRead, SourceDefinitionRead } from "@/api/types";
import { fromDestination, fromDestinationDefinition, fromSource, fromSourceDefinition, type ConnectorApi } from "../lib/connectorApi";
import type { ConnectorUpdateInput, NewConnectorInput, SavedConnector } from "../lib/types";

const sourceDefinitions = (list: SourceDefinitionRead[]) => list.map(fromSourceDefinition);
const destinationDefinitions = (list: DestinationDefinitionRead[]) => list.map(fromDestinationDefinition);

export function useDefinitions(api: ConnectorApi, workspaceId: string) {
  const source = useQuery({ ...sourceDefinitionQueries.list(workspaceId), select: sourceDefinitions, enabled: api.kind === "source" });
  const destination = useQuery({
    ...destinationDefinitionQueries.list(workspaceId),
    select: destinationDefinitions,
    enabled: api.kind === "destination",
  });
  return api.kind === "source" ? source : destination;
}

export function useSpecification(api: ConnectorApi, definitionId: string | undefined, workspaceId: string) {
  const id = definitionId ?? "";
  const source = useQuery({
    ...sourceDefinitionQueries.specification(id, workspaceId),
    enabled: api.kind === "source" && Boolean(definitionId),
  });
  const destination = useQuery({
    ...destinationDefinitionQueries.specification(id, workspaceId),
    enabled: api.kind === "destination" && Boolean(definitionId),
  });
  return api.kind === "source" ? source : destination;
}

/**
 * The spec a saved connector's edit form is built from: that of the version it runs (a pinned
 * connector's is older than the definition's), the one the server validates its updates against.
 */
export function useConnectorSpecification(api: ConnectorApi, connector: SavedConnector | undefined, workspaceId: string) {
  const id = connector?.id ?? "";
  const definitionId = connector?.definitionId ?? "";
  const source = useQuery({
    ...sourceDefinitionQueries.sourceSpecification(id, definitionId, workspaceId),
    enabled: api.kind === "source" && Boolean(connector),
  });
  const destination = useQuery({
    ...destinationDefinitionQueries.destinationSpecification(id, definitionId, workspaceId),
    enabled: api.kind === "destination" && Boolean(connector),
  });
  return api.kind === "source" ? source : destination;
}

/** A paged list with its rows in the screens' shape (the cache keeps the API's shape). */
function useConverted<T>(list: PagedList<T>, convert: (item: T) => SavedConnector): PagedList<SavedConnector> {
  const items = useMemo(() => list.items.map(convert), [list.items, convert]);
  return { ...list, items };
}

/** The kind's saved connectors, a page at a time, searched and sorted by the server. */
export function useConnectorList(api: ConnectorApi, workspaceId: string, query: ActorListQuery): PagedList<SavedConnector> {
  const source = useConverted(useSources(workspaceId, query, { enabled: api.kind === "source" }), fromSource);
  const destination = useConverted(useDestinations(workspaceId, query, { enabled: api.kind === "destination" }), fromDestination);
  return api.kind === "source" ? source : destination;
}

/**
 * The connector an edit page is seeded from. Always fetched again when the page opens (never
 * seeded from an older cache entry); a background refetch after that must not look like a change,
 * so the page reads it once (see isFetchedAfterMount in ConnectorEditPage).
 */
export function useConnector(api: ConnectorApi, id: string | undefined) {
  const options = { enabled: Boolean(id), refetchOnMount: "always", staleTime: Infinity, gcTime: 0 } as const;
  const source = useQuery({
    ...sourceQueries.detail(id ?? ""),
    select: fromSource,
    ...options,
    enabled: options.enabled && api.kind === "source",
  });
  const destination = useQuery({
    ...destinationQueries.detail(id ?? ""),
    select: fromDestination,
    ...options,
    enabled: options.enabled && api.kind === "destination",
  });
  return api.kind === "source" ? source : destination;
}

export function useCreateConnector(api: ConnectorApi) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewConnectorInput) => api.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: api.keys.all }),
  });
}

export function useUpdateConnector(api: ConnectorApi) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConnectorUpdateInput) => api.update(input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: api.keys.all }),
        queryClient.invalidateQueries({ queryKey: connectionKeys.all }),
      ]),
  });
}

export function useDeleteConnector(api: ConnectorApi) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.remove(id),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: api.keys.detail(id) });
      // The server deletes the connections that used it as well.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: api.keys.all }),
        queryClient.invalidateQueries({ queryKey: connectionKeys.all }),
      ]);
    },
  });
}
