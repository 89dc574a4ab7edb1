// The demo source "Synthetic": its own spec, and a generated catalog of any size (up to 100,000
// streams) for benchmarks. Generation builds plain objects in tight loops and shares the
// per-column schemas between streams, so 100,000 streams x 20 columns takes well under a second.
import type { ApiCatalog, ApiStreamAndConfiguration } from "./types";

export const SYNTHETIC_DEFINITION_ID = "5e1f0c3a-7d2b-4c9e-8a41-53796e746863";
export const SYNTHETIC_DOCKER_REPOSITORY = "syncdeck/source-synthetic";

export const syntheticSpec = {
  documentationUrl: "https://github.com/syncdeck/syncdeck/blob/main/mocks/README.md#synthetic",
  connectionSpecification: {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Synthetic Source Spec",
    type: "object",
    required: ["stream_count", "columns_per_stream"],
    additionalProperties: true,
    properties: {
      stream_count: {
        title: "Number of streams",
        description: "How many streams discovery reports. Use large numbers to try the stream table at scale.",
        type: "integer",
        minimum: 1,
        maximum: 100000,
        default: 50,
        order: 0,
      },
      columns_per_stream: {
        title: "Columns per stream",
        description: "How many columns each stream has, besides `id` and `updated_at`.",
        type: "integer",
        minimum: 1,
        maximum: 500,
        default: 10,
        order: 1,
      },
      namespace_count: {
        title: "Number of namespaces",
        description: "Streams are spread over this many namespaces (`schema_1`, `schema_2`, ...).",
        type: "integer",
        minimum: 1,
        maximum: 1000,
        default: 1,
        order: 2,
      },
      seed: {
        title: "Seed",
        description: "Changes the generated names and types; the same seed always gives the same catalog.",
        type: "integer",
        default: 1,
        order: 3,
      },
    },
  },
};

// Compact column schemas (mostly plain types, a few nullable or formatted): at 100,000 streams
// every byte per column counts, for the response and for the client's heap.
const COLUMN_TYPES: Record<string, unknown>[] = [
  { type: "string" },
  { type: "integer" },
  { type: "number" },
  { type: "boolean" },
  { type: "string", format: "date-time" },
  { type: ["null", "string"] },
];
const WORDS = [
  "orders",
  "customers",
  "events",
  "invoices",
  "payments",
  "sessions",
  "products",
  "refunds",
  "leads",
  "tickets",
  "users",
  "accounts",
];

export interface SyntheticOptions {
  streamCount: number;
  columnsPerStream: number;
  namespaceCount: number;
  seed: number;
}

export function syntheticOptions(config: Record<string, unknown>): SyntheticOptions {
  const int = (key: string, fallback: number, min: number, max: number) => {
    const value = Number(config[key]);
    return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : fallback;
  };
  return {
    streamCount: int("stream_count", 50, 1, 100000),
    columnsPerStream: int("columns_per_stream", 10, 1, 500),
    namespaceCount: int("namespace_count", 1, 1, 1000),
    seed: int("seed", 1, -1e9, 1e9),
  };
}

/** A generated AirbyteCatalog in the Config API's shape. */
export function syntheticCatalog(options: SyntheticOptions): ApiCatalog {
  const { streamCount, columnsPerStream, namespaceCount, seed } = options;
  // Column schemas are shared between streams: a stream's jsonSchema differs only in which
  // columns it has, and identical objects serialise the same.
  const columnNames: string[] = [];
  for (let c = 0; c < columnsPerStream; c++) columnNames.push(`column_${c + 1}`);
  const variants = 7;
  const schemas: Record<string, unknown>[] = [];
  for (let v = 0; v < variants; v++) {
    const properties: Record<string, unknown> = {
      id: { type: "integer" },
      updated_at: { type: "string", format: "date-time" },
    };
    for (let c = 0; c < columnsPerStream; c++) properties[columnNames[c]!] = COLUMN_TYPES[(c + v + seed) % COLUMN_TYPES.length];
    schemas.push({ type: "object", properties });
  }
  const streams: ApiStreamAndConfiguration[] = new Array(streamCount);
  const width = String(streamCount).length;
  for (let i = 0; i < streamCount; i++) {
    const word = WORDS[(i + seed) % WORDS.length]!;
    const name = `${word}_${String(i + 1).padStart(width, "0")}`;
    const namespace = namespaceCount > 1 ? `schema_${(i % namespaceCount) + 1}` : "public";
    const incremental = i % 3 !== 2;
    streams[i] = {
      stream: {
        name,
        namespace,
        jsonSchema: schemas[i % variants],
        supportedSyncModes: incremental ? ["full_refresh", "incremental"] : ["full_refresh"],
        sourceDefinedCursor: incremental && i % 2 === 0,
        defaultCursorField: incremental ? ["updated_at"] : [],
        sourceDefinedPrimaryKey: i % 5 === 4 ? [] : [["id"]],
      },
      config: {
        syncMode: "full_refresh",
        destinationSyncMode: "overwrite",
        cursorField: incremental ? ["updated_at"] : [],
        primaryKey: i % 5 === 4 ? [] : [["id"]],
        selected: i < 20,
      },
    };
  }
  return { streams };
}
