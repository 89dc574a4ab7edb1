// What a save will change, in words: "3 streams enabled, 1 sync mode changed", and which enabled
// streams need their data refreshed because the way they are read or written changed.
import { streamKey, streamLabel } from "./streamKey";
import type { AirbyteCatalog, StreamConfig } from "./types";

export interface ChangeSummary {
  enabled: number;
  disabled: number;
  added: number;
  removed: number;
  syncModeChanged: number;
  cursorChanged: number;
  primaryKeyChanged: number;
  fieldsChanged: number;
  /** Streams, enabled before and after, whose existing data no longer matches their configuration. */
  needsRefresh: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

function selectedFieldsOf(config: StreamConfig) {
  return config.fieldSelectionEnabled ? (config.selectedFields ?? []) : null;
}

export function summariseChanges(before: AirbyteCatalog, after: AirbyteCatalog): ChangeSummary {
  const summary: ChangeSummary = {
    enabled: 0,
    disabled: 0,
    added: 0,
    removed: 0,
    syncModeChanged: 0,
    cursorChanged: 0,
    primaryKeyChanged: 0,
    fieldsChanged: 0,
    needsRefresh: [],
  };
  const previous = new Map<string, StreamConfig | undefined>();
  for (const item of before.streams) if (item.stream) previous.set(streamKey(item.stream.namespace, item.stream.name), item.config);
  const seen = new Set<string>();
  for (const item of after.streams) {
    if (!item.stream || !item.config) continue;
    const key = streamKey(item.stream.namespace, item.stream.name);
    seen.add(key);
    const now = item.config;
    if (!previous.has(key)) {
      summary.added++;
      if (now.selected) summary.enabled++;
      continue;
    }
    const old = previous.get(key);
    if (!old) continue;
    const wasOn = Boolean(old.selected);
    const isOn = Boolean(now.selected);
    if (!wasOn && isOn) summary.enabled++;
    if (wasOn && !isOn) summary.disabled++;
    if (!isOn) continue;
    let refresh = false;
    if (old.syncMode !== now.syncMode || old.destinationSyncMode !== now.destinationSyncMode) {
      summary.syncModeChanged++;
      refresh = wasOn;
    }
    if (now.syncMode === "incremental" && !same(old.cursorField, now.cursorField)) {
      summary.cursorChanged++;
      refresh ||= wasOn;
    }
    if (
      !same(old.primaryKey, now.primaryKey) &&
      (now.destinationSyncMode === "append_dedup" || now.destinationSyncMode === "overwrite_dedup")
    ) {
      summary.primaryKeyChanged++;
      refresh ||= wasOn;
    }
    if (!same(selectedFieldsOf(old), selectedFieldsOf(now))) summary.fieldsChanged++;
    if (refresh) summary.needsRefresh.push(streamLabel(item.stream.namespace, item.stream.name));
  }
  for (const key of previous.keys()) if (!seen.has(key)) summary.removed++;
  return summary;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function describeChanges(summary: ChangeSummary): string {
  const parts: string[] = [];
  if (summary.enabled) parts.push(`${plural(summary.enabled, "stream", "streams")} enabled`);
  if (summary.disabled) parts.push(`${plural(summary.disabled, "stream", "streams")} disabled`);
  if (summary.added) parts.push(`${plural(summary.added, "stream", "streams")} added`);
  if (summary.removed) parts.push(`${plural(summary.removed, "stream", "streams")} removed`);
  if (summary.syncModeChanged) parts.push(`${plural(summary.syncModeChanged, "sync mode", "sync modes")} changed`);
  if (summary.cursorChanged) parts.push(`${plural(summary.cursorChanged, "cursor", "cursors")} changed`);
  if (summary.primaryKeyChanged) parts.push(`${plural(summary.primaryKeyChanged, "primary key", "primary keys")} changed`);
  if (summary.fieldsChanged) parts.push(`${plural(summary.fieldsChanged, "field selection", "field selections")} changed`);
  return parts.length ? parts.join(", ") : "No changes to streams";
}
