// Small builders for hand-made streams in tests.
import type { AirbyteStream, CatalogEntry, StreamConfig } from "../types";

export function makeStream(overrides: Partial<AirbyteStream> & { name: string }): AirbyteStream {
  return {
    jsonSchema: {
      type: "object",
      properties: { id: { type: "integer" }, updated_at: { type: "string", format: "date-time" } },
    } as unknown as Record<string, never>,
    supportedSyncModes: ["full_refresh", "incremental"],
    ...overrides,
  };
}

export function makeEntry(stream: AirbyteStream, config: Partial<StreamConfig> = {}): CatalogEntry {
  return { stream, config: { syncMode: "full_refresh", destinationSyncMode: "overwrite", selected: true, ...config } };
}

export function schema(properties: Record<string, unknown>): Record<string, never> {
  return { type: "object", properties } as unknown as Record<string, never>;
}
