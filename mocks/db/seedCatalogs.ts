// The seeded connections' catalogs, read from mocks/data/catalogs when an endpoint first needs
// them rather than when the mock starts: the first screen (the connection list) shows none of them.
import { dataSource } from "../data/source";
import { cloneJson, streamKey, toApiCatalog } from "../lib/catalog";
import { shapeForUpdateMethod } from "../lib/postgresDiscover";
import type { ApiCatalog } from "../lib/types";
import { SEEDED_CATALOGS, type SeededCatalog } from "../seed/streams";
import type { Db } from "./store";

async function seededCatalog(seeded: SeededCatalog, sourceConfiguration: unknown): Promise<ApiCatalog> {
  const file = await dataSource().catalog(seeded.file);
  if (!file) throw new Error(`The seed needs the catalog ${seeded.file} in mocks/data/catalogs.`);
  const protocol = seeded.postgres ? shapeForUpdateMethod(file, sourceConfiguration) : file;
  const api = toApiCatalog(protocol, "configured");
  const selected = new Set(seeded.selected.map(streamKey));
  const found = new Set(api.streams.map((s) => streamKey(s.stream)));
  const missing = seeded.selected.filter((stream) => !found.has(streamKey(stream)));
  if (missing.length > 0)
    throw new Error(`The seed selects streams that ${seeded.file}.json lacks: ${missing.map((s) => s.name).join(", ")}.`);
  for (const stream of api.streams) {
    stream.config.selected = selected.has(streamKey(stream.stream));
    // The real configured catalogs were made for other destinations: fall back from deduplication.
    if (!seeded.destinationModes.includes(stream.config.destinationSyncMode)) {
      stream.config.destinationSyncMode = stream.config.destinationSyncMode === "overwrite_dedup" ? "overwrite" : "append";
    }
  }
  // A copy: the converted catalog shares its JSON schemas with the cached fixture module.
  return cloneJson(api);
}

/** Give each seeded connection of `db` its catalog (mocks/seed/streams.ts says which and what is selected). */
export async function attachSeededCatalogs(db: Db): Promise<void> {
  await Promise.all(
    Object.entries(SEEDED_CATALOGS).map(async ([connectionId, seeded]) => {
      const connection = db.connections.get(connectionId);
      const catalog = await seededCatalog(seeded, connection && db.sources.get(connection.sourceId)?.configuration);
      // Only a catalog still to load (loadedLater): a connection restored from a snapshot has its own.
      if (connection && Object.getOwnPropertyDescriptor(connection, "syncCatalog")?.get) connection.syncCatalog = catalog;
    }),
  );
}
