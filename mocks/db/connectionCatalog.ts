// A saved connection's catalog as `web_backend/connections/get` answers it (WebBackendConnectionsHandler.kt):
// the saved streams (only the selected ones are kept) merged with the rest of the catalog the connection
// was configured from, unselected, so a stream once left out can be chosen again. With
// `withRefreshedCatalog: true` the source is discovered anew, and the answer carries the server's
// `catalogDiff` and `schemaChange`; a breaking change disables the connection (ConnectionsHandler.kt).
import { actorById } from "./actors";
import { discoverCatalog, selectedOnly } from "./connections";
import { getDb, type ConnectionRecord } from "./store";
import { cloneJson, diffCatalogs, streamKey } from "../lib/catalog";
import type { ApiCatalog, S } from "../lib/types";

/** `saved`'s streams with their configuration, then every other stream of `discovered`, unselected. */
function mergeUnselected(saved: ApiCatalog, discovered: ApiCatalog): ApiCatalog {
  const kept = selectedOnly(saved);
  const chosen = new Map(kept.streams.map((entry) => [streamKey(entry.stream), entry]));
  const streams = discovered.streams.map((entry) => {
    const mine = chosen.get(streamKey(entry.stream));
    // A kept stream takes the discovered schema (it may have changed) and keeps its configuration.
    return mine
      ? { stream: entry.stream, config: mine.config }
      : { stream: entry.stream, config: { ...cloneJson(entry.config), selected: false } };
  });
  const discoveredKeys = new Set(discovered.streams.map((entry) => streamKey(entry.stream)));
  // A saved stream the source no longer has stays listed until the user saves without it.
  for (const entry of kept.streams) if (!discoveredKeys.has(streamKey(entry.stream))) streams.push(entry);
  return { streams };
}

/** The catalog the connection was configured from: the source at the schema level of the last saved catalog. */
function originalCatalog(c: ConnectionRecord): Promise<ApiCatalog> {
  return discoverCatalog(actorById("source", c.sourceId), c.schemaLevel ?? 0);
}

/** The connection's catalog with its unselected streams, as the user saved it. */
export async function catalogForEditing(c: ConnectionRecord): Promise<ApiCatalog> {
  return mergeUnselected(c.syncCatalog, await originalCatalog(c));
}

export interface RefreshedCatalog {
  catalog: ApiCatalog;
  catalogDiff: S["CatalogDiff"];
  breakingChange: boolean;
  schemaChange: S["SchemaChange"];
}

/**
 * Discover the source again for a connection: the fresh catalog merged with the saved choices, the
 * difference from what the connection was configured with, and the consequence of a breaking change:
 * the connection is disabled until the change is reviewed and saved.
 */
export async function refreshCatalog(c: ConnectionRecord): Promise<RefreshedCatalog> {
  const before = await catalogForEditing(c);
  const fresh = await discoverCatalog(actorById("source", c.sourceId));
  const { catalogDiff, breakingChange } = diffCatalogs(before, fresh);
  if (breakingChange) getDb().connections.set(c.connectionId, { ...c, breakingChange: true, status: "inactive" });
  const schemaChange = breakingChange ? "breaking" : catalogDiff.transforms.length > 0 ? "non_breaking" : "no_change";
  return { catalog: mergeUnselected(c.syncCatalog, fresh), catalogDiff, breakingChange, schemaChange };
}
