// Rows of the sources / destinations table: each saved connector with its connection count and
// the result of its most recent sync, plus the URL-driven search and sort.
import type { JobStatus } from "@/api/types";
import type { ConnectionSummary } from "../hooks/useConnectionSummaries";
import type { ConnectorKind, SavedConnector } from "./types";

export type SyncState = JobStatus | "never" | "none";

export interface ConnectorRow {
  connector: SavedConnector;
  connectionCount: number;
  lastSync: SyncState;
  lastSyncAt?: number;
}

export type SortKey = "name" | "connector" | "connections" | "lastSync";
export type SortDirection = "asc" | "desc";

const SORT_KEYS: SortKey[] = ["name", "connector", "connections", "lastSync"];

export function parseSort(raw: string | null): { key: SortKey; direction: SortDirection } {
  const [key, direction] = (raw ?? "").split(":");
  return {
    key: SORT_KEYS.includes(key as SortKey) ? (key as SortKey) : "name",
    direction: direction === "desc" ? "desc" : "asc",
  };
}

export function formatSort(key: SortKey, direction: SortDirection): string {
  return `${key}:${direction}`;
}

export function buildRows(kind: ConnectorKind, connectors: SavedConnector[], connections: ConnectionSummary[] | undefined): ConnectorRow[] {
  const byConnector = new Map<string, ConnectionSummary[]>();
  for (const connection of connections ?? []) {
    const id = kind === "source" ? connection.sourceId : connection.destinationId;
    const list = byConnector.get(id);
    if (list) list.push(connection);
    else byConnector.set(id, [connection]);
  }
  return connectors.map((connector) => {
    const used = byConnector.get(connector.id) ?? [];
    let latest: ConnectionSummary | undefined;
    for (const connection of used) {
      if (connection.latestSyncJobStatus && (!latest || (connection.latestSyncJobCreatedAt ?? 0) > (latest.latestSyncJobCreatedAt ?? 0)))
        latest = connection;
    }
    return {
      connector,
      connectionCount: used.length,
      lastSync: latest?.latestSyncJobStatus ?? (used.length > 0 ? "never" : "none"),
      lastSyncAt: latest?.latestSyncJobCreatedAt,
    };
  });
}

// Failures first when sorting by status ascending: they are what a user looks for.
const SYNC_ORDER: SyncState[] = ["failed", "incomplete", "cancelled", "running", "pending", "queued", "succeeded", "never", "none"];

function compare(a: ConnectorRow, b: ConnectorRow, key: SortKey): number {
  switch (key) {
    case "name":
      return a.connector.name.localeCompare(b.connector.name, undefined, { sensitivity: "base", numeric: true });
    case "connector":
      return a.connector.definitionName.localeCompare(b.connector.definitionName, undefined, { sensitivity: "base" });
    case "connections":
      return a.connectionCount - b.connectionCount;
    case "lastSync":
      return SYNC_ORDER.indexOf(a.lastSync) - SYNC_ORDER.indexOf(b.lastSync);
  }
}

export function searchAndSort(rows: ConnectorRow[], query: string, key: SortKey, direction: SortDirection): ConnectorRow[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matching = words.length
    ? rows.filter((row) => {
        const text = `${row.connector.name} ${row.connector.definitionName}`.toLocaleLowerCase();
        return words.every((word) => text.includes(word));
      })
    : rows;
  const sign = direction === "asc" ? 1 : -1;
  // Ties fall back to the name so the order is stable and predictable.
  return [...matching].sort((a, b) => sign * compare(a, b, key) || compare(a, b, "name"));
}

export const SYNC_LABELS: Record<SyncState, string> = {
  succeeded: "Succeeded",
  failed: "Failed",
  incomplete: "Incomplete",
  cancelled: "Cancelled",
  running: "Running",
  pending: "Pending",
  queued: "Queued",
  never: "Never synced",
  none: "No connections",
};
