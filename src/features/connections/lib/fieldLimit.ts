// Airbyte refuses to save a connection whose enabled streams carry more than MAX_FIELDS_PER_CONNECTION
// fields (20,000 by default, a deployment setting; the save answers 400). The console counts the same
// way before anything is sent: each enabled stream's chosen fields when field selection is on, else
// every top-level field of its schema.
import type { AirbyteStream, StreamConfig } from "./types";

export const MAX_FIELDS_PER_CONNECTION = 20_000;

export function streamFieldCount(stream: AirbyteStream, config: StreamConfig): number {
  if (!config.selected) return 0;
  if (config.fieldSelectionEnabled) return config.selectedFields?.length ?? 0;
  const properties = stream.jsonSchema?.properties;
  return properties && typeof properties === "object" ? Object.keys(properties).length : 0;
}

/** The message for a catalog over the limit, or null. */
export function fieldLimitProblem(count: number, limit = MAX_FIELDS_PER_CONNECTION): string | null {
  if (count <= limit) return null;
  return `The enabled streams have ${count.toLocaleString()} fields; Airbyte saves at most ${limit.toLocaleString()} per connection. Disable streams or choose fewer fields, then save.`;
}
