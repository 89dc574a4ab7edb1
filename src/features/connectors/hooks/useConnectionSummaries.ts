// Which connections use each source and destination, and how their last sync went: a view of the
// shared connection list (one web_backend/connections/list call, with a fallback in the hook).
import { useConnectionListItems, type ConnectionListItem } from "@/api/hooks/connections";
import type { JobStatus } from "@/api/types";

export interface ConnectionSummary {
  connectionId: string;
  name: string;
  sourceId: string;
  destinationId: string;
  status: string;
  latestSyncJobStatus?: JobStatus;
  latestSyncJobCreatedAt?: number;
}

function toSummaries(items: ConnectionListItem[]): ConnectionSummary[] {
  return items.map((c) => ({
    connectionId: c.connectionId,
    name: c.name,
    sourceId: c.source.sourceId,
    destinationId: c.destination.destinationId,
    status: c.status,
    latestSyncJobStatus: c.latestSyncJobStatus,
    latestSyncJobCreatedAt: c.latestSyncJobCreatedAt,
  }));
}

export function useConnectionSummaries(workspaceId: string) {
  return useConnectionListItems(workspaceId, { select: toSummaries });
}
