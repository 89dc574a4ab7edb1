import type { ConnectionRead, WebBackendConnectionRead } from "@/api/types";

export interface ConnectionStreamRef {
  name: string;
  namespace?: string;
}

/** The streams a connection syncs (selected in its catalog). */
export function selectedStreams(connection: Pick<ConnectionRead | WebBackendConnectionRead, "syncCatalog">): ConnectionStreamRef[] {
  const streams = connection.syncCatalog?.streams ?? [];
  const result: ConnectionStreamRef[] = [];
  for (const entry of streams) {
    const name = entry.stream?.name;
    if (!name || entry.config?.selected === false) continue;
    result.push({ name, namespace: entry.stream?.namespace ?? undefined });
  }
  return result;
}
