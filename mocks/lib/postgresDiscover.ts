// What source-postgres discovers depends on its Update Method, and the mock follows it. Evidence:
// airbytehq/airbyte, source-postgres, PostgresSource.discover and PostgresCatalogHelper:
// - every method starts from the JDBC discover: full refresh and incremental, the table's primary
//   key, no source-defined cursor (the user picks one: "Scan Changes with User Defined Cursor");
// - CDC (isCdc): incremental only for tables with a primary key (removeIncrementalWithoutPk), the
//   cursor is the source's own (setIncrementalToSourceDefined) with `_ab_cdc_lsn` as default cursor
//   field (setDefaultCursorFieldForCdc), and three columns are added: `_ab_cdc_lsn` (number),
//   `_ab_cdc_updated_at` and `_ab_cdc_deleted_at` (string) (addCdcMetadataColumns);
// - Xmin (isXmin): the cursor is the source's own (the xmin column), not one the user picks.
// (Tables missing from the publication are full refresh only under CDC; the mock's publication has them all.)
import { cloneJson } from "./catalog";
import type { ProtocolCatalog, ProtocolConfiguredStream } from "./types";

const CDC_COLUMNS: Record<string, { type: string }> = {
  _ab_cdc_lsn: { type: "number" },
  _ab_cdc_updated_at: { type: "string" },
  _ab_cdc_deleted_at: { type: "string" },
};

export function isPostgresSource(dockerRepository: string): boolean {
  return /(^|\/)source-postgres$/.test(dockerRepository);
}

/** The Update Method a configuration chooses ("CDC", "Xmin", "Standard"); Standard when it names none, as the connector reads it. */
function updateMethodOf(configuration: unknown): string {
  const method = (configuration as { replication_method?: { method?: unknown } } | undefined)?.replication_method?.method;
  return typeof method === "string" ? method : "Standard";
}

function shapeStream(configured: ProtocolConfiguredStream, method: string): ProtocolConfiguredStream {
  const stream = { ...configured.stream };
  const hasKey = (stream.source_defined_primary_key ?? []).length > 0;
  stream.supported_sync_modes = ["full_refresh", "incremental"];
  stream.source_defined_cursor = false;
  stream.default_cursor_field = [];
  if (method === "CDC") {
    if (!hasKey) stream.supported_sync_modes = ["full_refresh"];
    stream.source_defined_cursor = hasKey;
    stream.default_cursor_field = ["_ab_cdc_lsn"];
    const schema = (stream.json_schema ?? { type: "object", properties: {} }) as { properties?: Record<string, unknown> };
    stream.json_schema = { ...schema, properties: { ...schema.properties, ...cloneJson(CDC_COLUMNS) } };
  } else if (method === "Xmin") {
    stream.source_defined_cursor = true;
  }
  // A source-defined cursor leaves nothing to choose; a user-defined one is chosen later.
  const cursor = stream.source_defined_cursor ? stream.default_cursor_field : (configured.cursor_field ?? []);
  return { ...configured, stream, cursor_field: cursor };
}

/** The catalog source-postgres discovers with this configuration's Update Method. */
export function shapeForUpdateMethod(catalog: ProtocolCatalog, configuration: unknown): ProtocolCatalog {
  const method = updateMethodOf(configuration);
  return { streams: catalog.streams.map((stream) => shapeStream(stream, method)) };
}
