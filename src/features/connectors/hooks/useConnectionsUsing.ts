// The connections that use one source or destination: the server filters the connection list by
// it (web_backend/connections/list with sourceId / destinationId), a page at a time, with the total.
import { useConnectionList } from "@/api/hooks/connectionList";
import type { ConnectorKind } from "../lib/types";

export function useConnectionsUsing(kind: ConnectorKind, workspaceId: string, id: string | undefined) {
  return useConnectionList(workspaceId, kind === "source" ? { sourceIds: id ? [id] : [] } : { destinationIds: id ? [id] : [] });
}
