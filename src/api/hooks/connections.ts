// Connections: list, get, create, update (with an optimistic enable toggle), delete. The source
// discover that feeds the stream table is in ./commands.ts (it can take minutes).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPost, type ApiRequest } from '../client';
import { ApiError } from '../errors';
import { connectionKeys, destinationKeys, sourceKeys } from '../queryKeys';
import type { JobStatus, Schemas } from '../types';
import { fetchDestinations } from './destinations';
import { fetchSources } from './sources';

export type ConnectionCreate = ApiRequest<'/v1/connections/create'>;
export type ConnectionUpdate = ApiRequest<'/v1/connections/update'>;

type WebBackendItem = Schemas['WebBackendConnectionListItem'];

/**
 * One row of the workspace's connection list: what web_backend/connections/list answers, minus the
 * parts a backend without that endpoint cannot supply cheaply (connector names, icons, schema change).
 */
export type ConnectionListItem = Pick<WebBackendItem, 'connectionId' | 'name' | 'status' | 'scheduleType' | 'scheduleData' | 'latestSyncJobStatus' | 'latestSyncJobCreatedAt' | 'isSyncing'> & {
  source: Pick<Schemas['SourceSnippetRead'], 'sourceId'> & Partial<Pick<Schemas['SourceSnippetRead'], 'name' | 'sourceName' | 'icon'>>;
  destination: Pick<Schemas['DestinationSnippetRead'], 'destinationId'> & Partial<Pick<Schemas['DestinationSnippetRead'], 'name' | 'destinationName' | 'icon'>>;
  schemaChange?: Schemas['SchemaChange'];
};

/** Cache entry of the connection list; under connectionKeys.list so every list invalidation refreshes it. */
export const connectionListItemsKey = (workspaceId: string) => [...connectionKeys.list(workspaceId), 'items'] as const;

// Without web_backend/connections/list each connection's latest job is one request; past this many
// connections the rest show no sync status rather than flood the server.
const MAX_JOB_LOOKUPS = 50;
const SYNCING: readonly JobStatus[] = ['running', 'pending', 'incomplete'];

/** A failed side look-up (names, a job) is not worth failing the whole list for; an abort is. */
async function optional<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'aborted') throw error;
    return undefined;
  }
}

async function fromPlainEndpoints(workspaceId: string, signal: AbortSignal): Promise<ConnectionListItem[]> {
  const [{ connections }, sources, destinations] = await Promise.all([
    apiPost('/v1/connections/list', { workspaceId }, { signal }),
    optional(fetchSources(workspaceId, signal)),
    optional(fetchDestinations(workspaceId, signal)),
  ]);
  const sourceById = new Map((sources ?? []).map((s) => [s.sourceId, s]));
  const destinationById = new Map((destinations ?? []).map((d) => [d.destinationId, d]));
  return Promise.all(
    connections.map(async (connection, index): Promise<ConnectionListItem> => {
      const source = sourceById.get(connection.sourceId);
      const destination = destinationById.get(connection.destinationId);
      const latest =
        index < MAX_JOB_LOOKUPS
          ? (await optional(apiPost('/v1/jobs/list', { configTypes: ['sync'], configId: connection.connectionId, pagination: { pageSize: 1, rowOffset: 0 } }, { signal })))?.jobs[0]?.job
          : undefined;
      return {
        connectionId: connection.connectionId,
        name: connection.name,
        status: connection.status,
        scheduleType: connection.scheduleType,
        scheduleData: connection.scheduleData,
        source: { sourceId: connection.sourceId, name: source?.name, sourceName: source?.sourceName, icon: source?.icon },
        destination: { destinationId: connection.destinationId, name: destination?.name, destinationName: destination?.destinationName, icon: destination?.icon },
        latestSyncJobStatus: latest?.status,
        latestSyncJobCreatedAt: latest?.createdAt,
        isSyncing: latest ? SYNCING.includes(latest.status) : false,
      };
    }),
  );
}

/**
 * The workspace's connections with their source, destination and last sync, in one call
 * (web_backend/connections/list). A backend without that endpoint gets the plain connections list
 * plus the latest sync job of each connection.
 */
export async function fetchConnectionListItems(workspaceId: string, signal: AbortSignal): Promise<ConnectionListItem[]> {
  try {
    const body = await apiPost('/v1/web_backend/connections/list', { workspaceId }, { signal });
    if (!Array.isArray(body?.connections)) throw new ApiError({ kind: 'malformed', endpoint: '/v1/web_backend/connections/list', message: 'no list of connections' });
    return body.connections;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405 || error.kind === 'malformed')) return fromPlainEndpoints(workspaceId, signal);
    throw error;
  }
}

/** The connection list, shared by the connections page and the connector pages (one cache entry). */
export function useConnectionListItems<T = ConnectionListItem[]>(
  workspaceId: string,
  options: { select?: (items: ConnectionListItem[]) => T; refetchInterval?: (items: ConnectionListItem[] | undefined) => number | false } = {},
) {
  const { select, refetchInterval } = options;
  return useQuery({
    queryKey: connectionListItemsKey(workspaceId),
    queryFn: ({ signal }) => fetchConnectionListItems(workspaceId, signal),
    select,
    refetchInterval: refetchInterval ? (query) => refetchInterval(query.state.data) : undefined,
  });
}

/** Sources of the workspace (the same cache entry the sources pages use). */
// One hook per resource and key: a connection screen reads sources and destinations through the
// same hooks (and so the same cache entries, with the same shape) as their own pages.
export { useSource, useSources } from './sources';
export { useDestination, useDestinations } from './destinations';

export function useConnection(connectionId: string) {
  return useQuery({
    queryKey: connectionKeys.detail(connectionId),
    queryFn: ({ signal }) => apiPost('/v1/connections/get', { connectionId }, { signal }),
  });
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
  const key = connectionListItemsKey(workspaceId);
  return useMutation({
    // connections/update is a patch: absent properties stay as they are. The API description requires
    // only connectionId; the generated type also demands namespaceFormat because it has a default.
    mutationFn: ({ connectionId, enabled }: { connectionId: string; enabled: boolean }) =>
      apiPost('/v1/connections/update', { connectionId, status: enabled ? 'active' : 'inactive' } as ConnectionUpdate),
    onMutate: async ({ connectionId, enabled }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ConnectionListItem[]>(key);
      queryClient.setQueryData<ConnectionListItem[]>(key, (list) => list?.map((c) => (c.connectionId === connectionId ? { ...c, status: enabled ? 'active' : 'inactive' } : c)));
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
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
