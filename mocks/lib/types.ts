// Config API types for the mock, taken from the generated schema (type-only: nothing here runs).
import type { components } from "../../src/api/schema.gen";

export type S = components["schemas"];

/** A connector file in mocks/data/connectors: `kind`, the definition record and its ConnectorSpecification. */
export interface ConnectorFile {
  kind: "source" | "destination";
  definition: Record<string, unknown>;
  spec: ConnectorSpec;
}

/** Airbyte protocol ConnectorSpecification (snake_case keys as connectors publish them). */
export interface ConnectorSpec {
  documentationUrl?: string;
  connectionSpecification?: Record<string, unknown>;
  supported_destination_sync_modes?: string[];
  advanced_auth?: Record<string, unknown>;
  authSpecification?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Airbyte protocol ConfiguredAirbyteCatalog as stored in mocks/data/catalogs (snake_case). */
export interface ProtocolCatalog {
  streams: ProtocolConfiguredStream[];
}

export interface ProtocolConfiguredStream {
  stream: {
    name: string;
    namespace?: string | null;
    json_schema?: Record<string, unknown>;
    supported_sync_modes?: string[];
    source_defined_cursor?: boolean;
    default_cursor_field?: string[];
    source_defined_primary_key?: string[][];
  };
  sync_mode?: string;
  destination_sync_mode?: string;
  cursor_field?: string[];
  primary_key?: string[][];
}

export type JsonObject = Record<string, unknown>;

/** The Config API's AirbyteCatalog, with a usable jsonSchema type (the generated one is `Record<string, never>`). */
type ApiStream = Omit<S["AirbyteStream"], "jsonSchema"> & { jsonSchema?: Record<string, unknown> };
export interface ApiStreamAndConfiguration {
  stream: ApiStream;
  config: S["AirbyteStreamConfiguration"];
}
export interface ApiCatalog {
  streams: ApiStreamAndConfiguration[];
}

/** Where the fixture data comes from (mocks/data/source.ts picks one). */
export interface MockDataSource {
  /**
   * Every connector file (mocks/data/connectors/*.json and registry-2026/*.json; where both folders
   * have a file of the same name, the one in connectors/, which the seed is built on), keyed by file
   * name without extension.
   */
  connectors(): Promise<Record<string, ConnectorFile>>;
  /** One connector file by file name without extension, if there is one. */
  connector(name: string): Promise<ConnectorFile | undefined>;
  /**
   * The current registry entry of that name (mocks/data/registry-2026), even where connectors/ has an
   * older file of the same name: a newer version of that connector (mocks/db/versions.ts).
   */
  registryConnector(name: string): Promise<ConnectorFile | undefined>;
  /** A real catalog from mocks/data/catalogs by file name without extension, if there is one. */
  catalog(name: string): Promise<ProtocolCatalog | undefined>;
  /**
   * The real icon a definition names (`icon: "postgresql.svg"`, from mocks/data/icons) as something
   * the Config API's `icon` may hold: a same-origin URL or the SVG text. Undefined without one.
   */
  icon?(fileName: string): string | undefined;
}
