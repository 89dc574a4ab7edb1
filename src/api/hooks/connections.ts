// Connections: get, create, update, delete, and a saved connection's catalog for editing. Lists of
// connections and their enable toggle are in ./connectionList.ts; the source discover that feeds the
// stream table is in ./commands.ts (it can take minutes).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiPost, type ApiRequest } from "../client";
import { connectionKeys, destinationKeys, sourceKeys, timelineKeys } from "../queryKeys";

export type ConnectionCreate = ApiRequest<"/v1/connections/create">;
export type ConnectionUpdate = ApiRequest<"/v1/connections/update">;
export type ConnectionCatalogUpdate = ApiRequest<"/v1/web_backend/connections/update">;

// One hook per resource and key: a connection screen reads sources and destinations through the
// same hooks (and so the same cache entries, with the same shape) as their own pages.
export { useSource, useSources } from "./sources";
export { useDestination, useDestinations } from "./destinations";

export function useConnection(connectionId: string) {
  return useQuery({
    queryKey: connectionKeys.detail(connectionId),
    queryFn: ({ signal }) => apiPost("/v1/connections/get", { connectionId }, { signal }),
  });
}

/**
 * A saved connection's catalog for editing. `connections/get` answers only the selected streams (a
 * real server keeps no others); `web_backend/connections/get` merges back the rest of the catalog the
 * connection was configured from, unselected, so a stream once left out can be enabled again.
 */
export function useConnectionCatalog(connectionId: string) {
  return useQuery({
    queryKey: connectionKeys.catalog(connectionId),
    queryFn: ({ signal }) => apiPost("/v1/web_backend/connections/get", { connectionId, withRefreshedCatalog: false }, { signal }),
    // The editor starts from what it loaded; a background refetch must not replace it under the user.
    staleTime: Infinity,
  });
}

/** Save a connection's streams the way the server's own console does (web_backend/connections/update). */
export function useSaveConnectionCatalog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectionCatalogUpdate) => apiPost("/v1/web_backend/connections/update", body),
    onSuccess: (saved) => {
      queryClient.setQueryData(connectionKeys.catalog(saved.connectionId), saved);
      void queryClient.invalidateQueries({ queryKey: connectionKeys.detail(saved.connectionId) });
      void queryClient.invalidateQueries({ queryKey: [...connectionKeys.all, "list"] });
      // The server writes a timeline event for a changed catalog or setting.
      void queryClient.invalidateQueries({ queryKey: timelineKeys.events(saved.connectionId) });
    },
  });
}

export function useCreateConnection(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectionCreate) => apiPost("/v1/connections/create", body),
    onSuccess: (created) => {
      queryClient.setQueryData(connectionKeys.detail(created.connectionId), created);
      void queryClient.invalidateQueries({ queryKey: connectionKeys.lists(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: sourceKeys.all });
      void queryClient.invalidateQueries({ queryKey: destinationKeys.all });
    },
  });
}

export function useUpdateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectionUpdate) => apiPost("/v1/connections/update", body),
    onSuccess: (updated) => {
      queryClient.setQueryData(connectionKeys.detail(updated.connectionId), updated);
      void queryClient.invalidateQueries({ queryKey: [...connectionKeys.all, "list"] });
      void queryClient.invalidateQueries({ queryKey: timelineKeys.events(updated.connectionId) });
    },
  });
}

export function useDeleteConnection(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (connectionId: string) => apiPost("/v1/connections/delete", { connectionId }),
    onSuccess: (_data, connectionId) => {
      queryClient.removeQueries({ queryKey: connectionKeys.detail(connectionId) });
      void queryClient.invalidateQueries({ queryKey: connectionKeys.lists(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: sourceKeys.all });
      void queryClient.invalidateQueries({ queryKey: destinationKeys.all });
    },
  });
}
