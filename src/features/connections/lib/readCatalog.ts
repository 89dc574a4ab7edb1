// Turn a catalog from the server into entries the screens can rely on, or explain what is wrong
// with it. Runs once per discover over every stream, so it only checks and never copies a stream
// that is already complete.
import { defaultConfig } from "./streamRules";
import { isValidPair } from "./syncModes";
import type { AirbyteCatalog, CatalogEntry, DestinationSyncMode } from "./types";

export class MalformedCatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MalformedCatalogError";
  }
}

function describeStream(index: number, name: unknown): string {
  return typeof name === "string" ? `stream "${name}" (#${index + 1})` : `stream #${index + 1}`;
}

export interface ReadCatalogOptions {
  destinationModes?: readonly DestinationSyncMode[];
  /**
   * Replace server defaults that the destination cannot do with the best it can: every stream's (a new
   * connection's discovered catalog) or only the unselected streams' (a saved connection: its unselected
   * streams carry discover's suggestion, while a saved stream's choice is the user's and is shown as it is).
   */
  fixUnsupportedModes?: boolean | "unselected";
  /** Whether streams that arrive without configuration start enabled. */
  selectNew?: boolean;
}

export function readCatalog(catalog: AirbyteCatalog | undefined | null, options: ReadCatalogOptions = {}): CatalogEntry[] {
  if (!catalog || typeof catalog !== "object" || !Array.isArray((catalog as { streams?: unknown }).streams)) {
    throw new MalformedCatalogError("The source returned a catalog without a list of streams.");
  }
  const entries: CatalogEntry[] = new Array(catalog.streams.length);
  for (let index = 0; index < catalog.streams.length; index++) {
    const item = catalog.streams[index] as CatalogEntry | undefined;
    const stream = item?.stream;
    if (!stream || typeof stream !== "object")
      throw new MalformedCatalogError(`The catalog's ${describeStream(index, undefined)} has no stream description.`);
    if (typeof stream.name !== "string" || stream.name.length === 0)
      throw new MalformedCatalogError(`The catalog's ${describeStream(index, stream.name)} has no name.`);
    if (stream.namespace != null && typeof stream.namespace !== "string")
      throw new MalformedCatalogError(`The catalog's ${describeStream(index, stream.name)} has a namespace that is not text.`);
    if (stream.jsonSchema != null && (typeof stream.jsonSchema !== "object" || Array.isArray(stream.jsonSchema))) {
      throw new MalformedCatalogError(`The catalog's ${describeStream(index, stream.name)} has a schema that is not a JSON object.`);
    }
    let config = item.config;
    if (!config || typeof config.syncMode !== "string" || typeof config.destinationSyncMode !== "string") {
      config = defaultConfig(stream, options.destinationModes, config?.selected ?? options.selectNew ?? false);
    } else if (
      (options.fixUnsupportedModes === true || (options.fixUnsupportedModes === "unselected" && config.selected === false)) &&
      !isValidPair(config, stream.supportedSyncModes, options.destinationModes)
    ) {
      config = { ...defaultConfig(stream, options.destinationModes, config.selected ?? false), selected: config.selected };
    }
    entries[index] = config === item.config ? item : { stream, config };
  }
  return entries;
}
