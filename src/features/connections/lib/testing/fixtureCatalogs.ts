// Test helper: every real catalog in mocks/data/catalogs, converted from the Airbyte protocol's
// snake_case ConfiguredAirbyteCatalog to the Config API's camelCase AirbyteCatalog.
import type { AirbyteCatalog, DestinationSyncMode, SyncMode } from "../types";

interface ProtocolStream {
  name: string;
  namespace?: string;
  json_schema?: Record<string, unknown>;
  supported_sync_modes?: SyncMode[];
  source_defined_cursor?: boolean;
  default_cursor_field?: string[];
  source_defined_primary_key?: string[][];
  is_resumable?: boolean;
}

interface ProtocolConfiguredStream {
  stream: ProtocolStream;
  sync_mode: SyncMode;
  destination_sync_mode: DestinationSyncMode;
  cursor_field?: string[];
  primary_key?: string[][];
}

function fromProtocolCatalog(raw: { streams: ProtocolConfiguredStream[] }): AirbyteCatalog {
  return {
    streams: raw.streams.map((item) => ({
      stream: {
        name: item.stream.name,
        namespace: item.stream.namespace,
        jsonSchema: item.stream.json_schema as Record<string, never> | undefined,
        supportedSyncModes: item.stream.supported_sync_modes,
        sourceDefinedCursor: item.stream.source_defined_cursor,
        defaultCursorField: item.stream.default_cursor_field,
        sourceDefinedPrimaryKey: item.stream.source_defined_primary_key,
        isResumable: item.stream.is_resumable,
      },
      config: {
        syncMode: item.sync_mode,
        destinationSyncMode: item.destination_sync_mode,
        cursorField: item.cursor_field ?? [],
        primaryKey: item.primary_key ?? [],
        selected: true,
      },
    })),
  };
}

const files = import.meta.glob<{ default: { streams: ProtocolConfiguredStream[] } }>("/mocks/data/catalogs/*.json", { eager: true });

export const fixtureCatalogs: { name: string; catalog: AirbyteCatalog }[] = Object.entries(files).map(([path, module]) => ({
  name: path
    .split("/")
    .pop()!
    .replace(/\.json$/, ""),
  catalog: fromProtocolCatalog(module.default),
}));
