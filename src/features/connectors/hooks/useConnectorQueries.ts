// Query and mutation hooks for the shared connector screens, driven by the kind's adapter.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { connectionKeys } from '@/api/queryKeys';
import type { ConnectorApi } from '../lib/connectorApi';
import type { ConnectorUpdateInput, NewConnectorInput } from '../lib/types';

const DEFINITIONS_STALE_MS = 5 * 60_000;

export function useDefinitions(api: ConnectorApi, workspaceId: string) {
  return useQuery({
    queryKey: [...api.keys.definitions(workspaceId), 'normalised'],
    queryFn: ({ signal }) => api.listDefinitions(workspaceId, signal),
    staleTime: DEFINITIONS_STALE_MS,
  });
}

export function useSpecification(api: ConnectorApi, definitionId: string | undefined, workspaceId: string) {
  return useQuery({
    queryKey: api.keys.specification(definitionId ?? '', workspaceId),
    queryFn: ({ signal }) => api.getSpecification(definitionId!, workspaceId, signal),
    enabled: Boolean(definitionId),
    staleTime: DEFINITIONS_STALE_MS,
  });
}

export function useConnector(api: ConnectorApi, id: string | undefined) {
  return useQuery({
    queryKey: [...api.keys.detail(id ?? ''), 'normalised'],
    queryFn: ({ signal }) => api.get(id!, signal),
    enabled: Boolean(id),
    // The edit form is seeded once from this; a background refetch must not look like a change.
    staleTime: Infinity,
    gcTime: 0,
  });
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
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: api.keys.all }), queryClient.invalidateQueries({ queryKey: connectionKeys.all })]),
  });
}

export function useDeleteConnector(api: ConnectorApi) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.remove(id),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: api.keys.detail(id) });
      // The server deletes the connections that used it as well.
      return Promise.all([queryClient.invalidateQueries({ queryKey: api.keys.all }), queryClient.invalidateQueries({ queryKey: connectionKeys.all })]);
    },
  });
}
