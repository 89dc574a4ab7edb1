// Build the catalog a connection should have after a schema refresh: the fresh streams, each
// keeping the configuration it had; new streams enabled only when the policy propagates them;
// removed streams dropped; field selections cleaned of fields that no longer exist.
import { defaultConfig } from "./streamRules";
import { topLevelFieldNames } from "./schemaFields";
import { streamKey } from "./streamKey";
import type { CatalogEntry, DestinationSyncMode, NonBreakingChangesPreference, StreamConfig } from "./types";

function keepExistingFields(
  entry: CatalogEntry,
  config: StreamConfig,
  previousFields: readonly string[],
  policy: NonBreakingChangesPreference | undefined,
): StreamConfig {
  if (!config.fieldSelectionEnabled) return config;
  const names = topLevelFieldNames(entry.stream.jsonSchema);
  const present = new Set(names);
  const before = new Set(previousFields);
  const chosen = new Set(
    (config.selectedFields ?? []).map((f) => f.fieldPath?.[0]).filter((n): n is string => n !== undefined && present.has(n)),
  );
  // New columns follow the policy: propagated policies select them, others leave them out.
  if (policy === "propagate_columns" || policy === "propagate_fully") for (const name of names) if (!before.has(name)) chosen.add(name);
  return { ...config, selectedFields: names.filter((n) => chosen.has(n)).map((n) => ({ fieldPath: [n] })) };
}

export function applySchemaChanges(
  saved: readonly CatalogEntry[],
  fresh: readonly CatalogEntry[],
  policy: NonBreakingChangesPreference | undefined,
  destinationModes?: readonly DestinationSyncMode[],
): CatalogEntry[] {
  const savedByKey = new Map<string, CatalogEntry>();
  for (const entry of saved) savedByKey.set(streamKey(entry.stream.namespace, entry.stream.name), entry);
  return fresh.map((entry) => {
    const previous = savedByKey.get(streamKey(entry.stream.namespace, entry.stream.name));
    if (!previous) {
      const selected = policy === "propagate_fully";
      return { stream: entry.stream, config: { ...defaultConfig(entry.stream, destinationModes, selected), selected } };
    }
    return {
      stream: entry.stream,
      config: keepExistingFields(entry, previous.config, topLevelFieldNames(previous.stream.jsonSchema), policy),
    };
  });
}
