// Which connections use each source and destination, and how their last sync went. A real server
// answers this in one call (web_backend/connections/list); a backend without it gets the plain
// connections list plus the latest sync job of each connection.
import { useQuery } from '@tanstack/react-query';
import { apiPost } from '@/api/client';
import { ApiError } from '@/api/errors';
import { connectionKeys } from '@/api/queryKeys';
import type { JobStatus } from '@/api/types';

export interface ConnectionSummary {
  connectionId: string;
  name: string;
  sourceId: string;
  destinationId: string;
  status: string;
  latestSyncJobStatus?: JobStatus;
  latestSyncJobCreatedAt?: number;
}

// Past this many connections the per-connection job look-up would flood the server; the status
// column then shows "unknown" for the rest.
const MAX_JOB_LOOKUPS = 50;

async function fromPlainEndpoints(workspaceId: string, signal: AbortSignal): Promise<ConnectionSummary[]> {
  const { connections } = await apiPost('/v1/connections/list', { workspaceId }, { signal });
  return Promise.all(
    connections.map(async (connection, index): Promise<ConnectionSummary> => {
      const summary: ConnectionSummary = {
        connectionId: connection.connectionId,
        name: connection.name,
        sourceId: connection.sourceId,
        destinationId: connection.destinationId,
        status: connection.status,
      };
      if (index >= MAX_JOB_LOOKUPS) return summary;
      try {
        const { jobs } = await apiPost(
          '/v1/jobs/list',
          { configTypes: ['sync'], configId: connection.connectionId, pagination: { pageSize: 1, rowOffset: 0 } },
          { signal },
        );
        const latest = jobs[0]?.job;
        return latest ? { ...summary, latestSyncJobStatus: latest.status, latestSyncJobCreatedAt: latest.createdAt } : summary;
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'aborted') throw error;
        return summary; // a missing status is not worth failing the whole list for
      }
    }),
  );
}

export async function fetchConnectionSummaries(workspaceId: string, signal: AbortSignal): Promise<ConnectionSummary[]> {
  try {
    const { connections } = await apiPost('/v1/web_backend/connections/list', { workspaceId }, { signal });
    return connections.map((c) => ({
      connectionId: c.connectionId,
      name: c.name,
      sourceId: c.source.sourceId,
      destinationId: c.destination.destinationId,
      status: c.status,
      latestSyncJobStatus: c.latestSyncJobStatus,
      latestSyncJobCreatedAt: c.latestSyncJobCreatedAt,
    }));
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405 || error.kind === 'malformed')) return fromPlainEndpoints(workspaceId, signal);
    throw error;
  }
}

export function useConnectionSummaries(workspaceId: string) {
  return useQuery({
    queryKey: [...connectionKeys.list(workspaceId), 'summaries'],
    queryFn: ({ signal }) => fetchConnectionSummaries(workspaceId, signal),
  });
}
