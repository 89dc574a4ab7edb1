// Catalog types the connection screens work with, named after what they are in the Config API.
import type { Schemas } from "@/api/types";

export type AirbyteCatalog = Schemas["AirbyteCatalog"];
export type AirbyteStream = Schemas["AirbyteStream"];
export type StreamConfig = Schemas["AirbyteStreamConfiguration"];
export type SyncMode = Schemas["SyncMode"];
export type DestinationSyncMode = Schemas["DestinationSyncMode"];
export type NonBreakingChangesPreference = Schemas["NonBreakingChangesPreference"];

/** One stream of a catalog with its configuration always present (the API allows it to be absent). */
export interface CatalogEntry {
  readonly stream: AirbyteStream;
  readonly config: StreamConfig;
}

/** A field path, e.g. ["address", "city"]. */
export type FieldPath = readonly string[];
