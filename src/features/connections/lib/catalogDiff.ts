// What changed between the catalog a connection was saved with and a fresh discover: streams and
// fields added, removed or changed type, grouped by stream. A change is breaking when the saved
// configuration can no longer work: an enabled stream loses (or retypes) its cursor or a primary
// key field, or its source-defined primary key changes while it deduplicates.
import { fieldSchemaAt, flattenFields } from "./schemaFields";
import { effectiveCursor, effectivePrimaryKey } from "./streamRules";
import { fieldKey, streamKey } from "./streamKey";
import { isDedup } from "./syncModes";
import type { CatalogEntry, FieldPath } from "./types";

export interface FieldChange {
  readonly kind: "added" | "removed" | "type-changed";
  readonly path: FieldPath;
  readonly oldType?: string;
  readonly newType?: string;
  readonly breaking: boolean;
  /** Why it is breaking, e.g. "it is the cursor". */
  readonly reason?: string;
}

export interface StreamChange {
  readonly key: string;
  readonly name: string;
  readonly namespace?: string;
  readonly kind: "added" | "removed" | "changed";
  readonly breaking: boolean;
  /** Whether the stream is enabled in the saved connection. */
  readonly wasEnabled: boolean;
  readonly fields: readonly FieldChange[];
  readonly primaryKeyChanged?: { readonly from: readonly FieldPath[]; readonly to: readonly FieldPath[] };
}

function fieldTypes(jsonSchema: unknown): Map<string, { path: FieldPath; type: string }> {
  const map = new Map<string, { path: FieldPath; type: string }>();
  for (const field of flattenFields(jsonSchema)) map.set(field.key, { path: field.path, type: field.type });
  return map;
}

function samePaths(a: readonly FieldPath[] | undefined, b: readonly FieldPath[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function startsWith(path: FieldPath, prefix: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function diffStream(saved: CatalogEntry, fresh: CatalogEntry): StreamChange | undefined {
  const enabled = Boolean(saved.config.selected);
  const fields: FieldChange[] = [];
  const cursor = saved.config.syncMode === "incremental" ? effectiveCursor(saved.stream, saved.config) : undefined;
  const key = isDedup(saved.config.destinationSyncMode) ? effectivePrimaryKey(saved.stream, saved.config) : [];
  const reasonFor = (path: FieldPath): string | undefined => {
    if (!enabled) return undefined;
    if (cursor && startsWith(cursor, path)) return "it is the cursor";
    if (key.some((k) => startsWith(k, path))) return "it is part of the primary key";
    return undefined;
  };
  if (
    saved.stream.jsonSchema !== fresh.stream.jsonSchema &&
    JSON.stringify(saved.stream.jsonSchema) !== JSON.stringify(fresh.stream.jsonSchema)
  ) {
    const before = fieldTypes(saved.stream.jsonSchema);
    const after = fieldTypes(fresh.stream.jsonSchema);
    for (const [k, old] of before) {
      const now = after.get(k);
      if (!now) {
        // A removed parent already says its children went too.
        const parentRemoved = old.path.length > 1 && !fieldSchemaAt(fresh.stream.jsonSchema, old.path.slice(0, -1));
        if (parentRemoved && before.has(fieldKey(old.path.slice(0, -1)))) continue;
        const reason = reasonFor(old.path);
        fields.push({ kind: "removed", path: old.path, oldType: old.type, breaking: Boolean(reason), reason });
      } else if (now.type !== old.type) {
        const reason = reasonFor(old.path);
        fields.push({ kind: "type-changed", path: old.path, oldType: old.type, newType: now.type, breaking: Boolean(reason), reason });
      }
    }
    for (const [k, now] of after) {
      if (before.has(k)) continue;
      if (now.path.length > 1 && !before.has(fieldKey(now.path.slice(0, -1))) && after.has(fieldKey(now.path.slice(0, -1)))) continue;
      fields.push({ kind: "added", path: now.path, newType: now.type, breaking: false });
    }
  }
  let primaryKeyChanged: StreamChange["primaryKeyChanged"];
  if (!samePaths(saved.stream.sourceDefinedPrimaryKey, fresh.stream.sourceDefinedPrimaryKey)) {
    primaryKeyChanged = { from: saved.stream.sourceDefinedPrimaryKey ?? [], to: fresh.stream.sourceDefinedPrimaryKey ?? [] };
  }
  if (fields.length === 0 && !primaryKeyChanged) return undefined;
  fields.sort((a, b) => Number(b.breaking) - Number(a.breaking));
  const breaking = fields.some((f) => f.breaking) || Boolean(primaryKeyChanged && enabled && isDedup(saved.config.destinationSyncMode));
  return {
    key: streamKey(saved.stream.namespace, saved.stream.name),
    name: saved.stream.name,
    namespace: saved.stream.namespace,
    kind: "changed",
    breaking,
    wasEnabled: enabled,
    fields,
    primaryKeyChanged,
  };
}

const KIND_ORDER = { removed: 0, changed: 1, added: 2 } as const;

/** Changes from `saved` to `fresh`, breaking ones first, then removed, changed, added streams. */
export function diffCatalogs(saved: readonly CatalogEntry[], fresh: readonly CatalogEntry[]): StreamChange[] {
  const freshByKey = new Map<string, CatalogEntry>();
  for (const entry of fresh) freshByKey.set(streamKey(entry.stream.namespace, entry.stream.name), entry);
  const changes: StreamChange[] = [];
  const seen = new Set<string>();
  for (const entry of saved) {
    const key = streamKey(entry.stream.namespace, entry.stream.name);
    seen.add(key);
    const now = freshByKey.get(key);
    if (!now) {
      changes.push({
        key,
        name: entry.stream.name,
        namespace: entry.stream.namespace,
        kind: "removed",
        breaking: false,
        wasEnabled: Boolean(entry.config.selected),
        fields: [],
      });
      continue;
    }
    const change = diffStream(entry, now);
    if (change) changes.push(change);
  }
  for (const [key, entry] of freshByKey) {
    if (seen.has(key)) continue;
    changes.push({
      key,
      name: entry.stream.name,
      namespace: entry.stream.namespace,
      kind: "added",
      breaking: false,
      wasEnabled: false,
      fields: [],
    });
  }
  return changes.sort(
    (a, b) =>
      Number(b.breaking) - Number(a.breaking) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.namespace ?? "").localeCompare(b.namespace ?? "") ||
      a.name.localeCompare(b.name),
  );
}
