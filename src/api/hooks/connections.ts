// Connections: list, get, create, update (with an optimistic enable toggle), delete, and the
// source discover that feeds the stream table.
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPost, expectShape, type ApiRequest } from '../client';
import { connectionExtraKeys, connectionKeys, destinationKeys, sourceKeys } from '../queryKeys';
import type { ConnectionRead, DestinationRead, JobWithAttemptsRead, SourceDiscoverSchemaRead, SourceRead } from '../types';

export type ConnectionCreate = ApiRequest<'/v1/connections/create'>;
export type ConnectionUpdate = ApiRequest<'/v1/connections/update'>;

export function useConnectionList(workspaceId: string) {
  return useQuery({
    queryKey: connectionKeys.list(workspaceId),
    queryFn: async ({ signal }) => {
      const body = await apiPost('/v1/connections/list', { workspaceId }, { signal });
      return expectShape('/v1/connections/list', body, (b) => Array.isArray(b?.connections), 'no list of connections').connections;
    },
  });
}

/** Sources of the workspace (the same cache entry the sources pages use). */
export function useWorkspaceSources(workspaceId: string) {
  return useQuery({
    queryKey: sourceKeys.list(workspaceId),
    queryFn: async ({ signal }): Promise<{ sources: SourceRead[] }> => apiPost('/v1/sources/list', { workspaceId }, { signal }),
  });
}

export function useWorkspaceDestinations(workspaceId: string) {
  return useQuery({
    queryKey: destinationKeys.list(workspaceId),
    queryFn: async ({ signal }): Promise<{ destinations: DestinationRead[] }> => apiPost('/v1/destinations/list', { workspaceId }, { signal }),
  });
}

export function useSource(sourceId: string | undefined) {
  return useQuery({
    queryKey: sourceKeys.detail(sourceId ?? ''),
    queryFn: ({ signal }) => apiPost('/v1/sources/get', { sourceId: sourceId! }, { signal }),
    enabled: Boolean(sourceId),
  });
}

export function useDestination(destinationId: string | undefined) {
  return useQuery({
    queryKey: destinationKeys.detail(destinationId ?? ''),
    queryFn: ({ signal }) => apiPost('/v1/destinations/get', { destinationId: destinationId! }, { signal }),
    enabled: Boolean(destinationId),
  });
}

/** Latest sync-type job of each connection (one small request per connection). */
export function useLatestJobs(connectionIds: readonly string[]) {
  return useQueries({
    queries: connectionIds.map((connectionId) => ({
      queryKey: connectionExtraKeys.latestJob(connectionId),
      queryFn: async ({ signal }: { signal: AbortSignal }): Promise<JobWithAttemptsRead | null> => {
        const body = await apiPost(
          '/v1/jobs/list',
          { configId: connectionId, configTypes: ['sync', 'reset_connection', 'refresh', 'clear'], pagination: { pageSize: 1, rowOffset: 0 } },
          { signal },
        );
        return body.jobs[0] ?? null;
      },
      staleTime: 15_000,
      // Keep the running state fresh without hammering the server.
      refetchInterval: (query: { state: { data?: JobWithAttemptsRead | null } }) => {
        const status = query.state.data?.job?.status;
        return status === 'running' || status === 'pending' || status === 'incomplete' ? 5_000 : false;
      },
    })),
  });
}

export function useConnection(connectionId: string) {
  return useQuery({
    queryKey: connectionKeys.detail(connectionId),
    queryFn: ({ signal }) => apiPost('/v1/connections/get', { connectionId }, { signal }),
  });
}

/** Discover a source's schema. Not cached: each call asks the source again. */
export function discoverSchema(sourceId: string, signal: AbortSignal, connectionId?: string): Promise<SourceDiscoverSchemaRead> {
  return apiPost('/v1/sources/discover_schema', { sourceId, disable_cache: true, ...(connectionId ? { connectionId } : {}) }, { signal });
}

export function useCreateConnection(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectionCreate) => apiPost('/v1/connections/create', body),
    onSuccess: (created) => {
      queryClient.setQueryData(connectionKeys.detail(created.connectionId), created);
      void queryClient.invalidateQueries({ queryKey: connectionKeys.list(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: sourceKeys.all });
      void queryClient.invalidateQueries({ queryKey: destinationKeys.all });
    },
  });
}

export function useUpdateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectionUpdate) => apiPost('/v1/connections/update', body),
    onSuccess: (updated) => {
      queryClient.setQueryData(connectionKeys.detail(updated.connectionId), updated);
      void queryClient.invalidateQueries({ queryKey: [...connectionKeys.all, 'list'] });
    },
  });
}

/** Enable or disable a connection from the list: shown at once, rolled back if the server refuses. */
export function useToggleConnectionStatus(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The generated type marks namespaceFormat required (it has a null default); resend the current one.
    mutationFn: ({ connection, enabled }: { connection: ConnectionRead; enabled: boolean }) =>
      apiPost('/v1/connections/update', { connectionId: connection.connectionId, namespaceFormat: connection.namespaceFormat as string, status: enabled ? 'active' : 'inactive' }),
    onMutate: async ({ connection: { connectionId }, enabled }) => {
      const key = connectionKeys.list(workspaceId);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ConnectionRead[]>(key);
      queryClient.setQueryData<ConnectionRead[]>(key, (list) => list?.map((c) => (c.connectionId === connectionId ? { ...c, status: enabled ? 'active' : 'inactive' } : c)));
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(connectionKeys.list(workspaceId), context.previous);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(connectionKeys.detail(updated.connectionId), updated);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: connectionKeys.list(workspaceId) }),
  });
}

export function useDeleteConnection(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (connectionId: string) => apiPost('/v1/connections/delete', { connectionId }),
    onSuccess: (_data, connectionId) => {
      queryClient.removeQueries({ queryKey: connectionKeys.detail(connectionId) });
      void queryClient.invalidateQueries({ queryKey: connectionKeys.list(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: sourceKeys.all });
      void queryClient.invalidateQueries({ queryKey: destinationKeys.all });
    },
  });
}
