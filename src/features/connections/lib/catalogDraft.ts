// The editable state of a catalog, built for 100,000 streams: the catalog read from the server
// stays untouched and every change is an override in a Map keyed by namespace + name. React
// subscribes to a version number, and rows receive their own config object, so a toggle
// re-renders one row; counts and filters are recomputed once per version, lazily.
import { streamFieldCount } from "./fieldLimit";
import { streamIssues, type StreamIssue } from "./streamRules";
import { streamKey } from "./streamKey";
import type { AirbyteCatalog, AirbyteStream, CatalogEntry, DestinationSyncMode, StreamConfig } from "./types";

const NO_ISSUES: readonly StreamIssue[] = [];

// Reference equality first: bulk edits spread the base config, so its arrays are shared.
const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

function sameConfig(a: StreamConfig, b: StreamConfig): boolean {
  if (a === b) return true;
  return (
    Boolean(a.selected) === Boolean(b.selected) &&
    a.syncMode === b.syncMode &&
    a.destinationSyncMode === b.destinationSyncMode &&
    sameJson(a.cursorField, b.cursorField) &&
    sameJson(a.primaryKey, b.primaryKey) &&
    Boolean(a.fieldSelectionEnabled) === Boolean(b.fieldSelectionEnabled) &&
    (!a.fieldSelectionEnabled || sameJson(a.selectedFields, b.selectedFields)) &&
    sameJson(a.mappers, b.mappers)
  );
}

export class CatalogDraft {
  readonly entries: readonly CatalogEntry[];
  readonly keys: readonly string[];
  readonly destinationModes: readonly DestinationSyncMode[] | undefined;
  private indexByKey: Map<string, number> | undefined;
  private overrides = new Map<string, StreamConfig>();
  private version = 0;
  private listeners = new Set<() => void>();
  private searchTexts: string[] | undefined;
  private namespaceList: string[] | undefined;
  private cache: { version: number; enabled?: number; fields?: number; issues?: number[] } = { version: -1 };
  /** Marks a draft that differs from what was saved even without overrides (e.g. schema changes applied). */
  readonly changedFromSaved: boolean;

  constructor(entries: readonly CatalogEntry[], destinationModes?: readonly DestinationSyncMode[], changedFromSaved = false) {
    this.entries = entries;
    this.destinationModes = destinationModes;
    this.changedFromSaved = changedFromSaved;
    const keys = new Array<string>(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const stream = entries[i]!.stream;
      keys[i] = streamKey(stream.namespace, stream.name);
    }
    this.keys = keys;
  }

  get size(): number {
    return this.entries.length;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  stream(index: number): AirbyteStream {
    return this.entries[index]!.stream;
  }

  config(index: number): StreamConfig {
    return this.overrides.get(this.keys[index]!) ?? this.entries[index]!.config;
  }

  indexOf(namespace: string | null | undefined, name: string): number | undefined {
    return this.indexByStreamKey(streamKey(namespace, name));
  }

  get isDirty(): boolean {
    return this.changedFromSaved || this.overrides.size > 0;
  }

  private setConfig(index: number, next: StreamConfig) {
    const key = this.keys[index]!;
    if (sameConfig(next, this.entries[index]!.config)) this.overrides.delete(key);
    else this.overrides.set(key, next);
  }

  /** Change one stream. */
  update(index: number, change: (config: StreamConfig, stream: AirbyteStream) => StreamConfig) {
    const current = this.config(index);
    const next = change(current, this.stream(index));
    if (next === current) return;
    this.setConfig(index, next);
    this.changed();
  }

  /** Change many streams at once (bulk actions); one notification. Returns how many changed. */
  updateMany(indexes: Iterable<number>, change: (config: StreamConfig, stream: AirbyteStream) => StreamConfig): number {
    let count = 0;
    for (const index of indexes) {
      const current = this.config(index);
      const next = change(current, this.stream(index));
      if (next === current) continue;
      this.setConfig(index, next);
      count++;
    }
    if (count > 0) this.changed();
    return count;
  }

  setSelected(indexes: Iterable<number>, selected: boolean): number {
    return this.updateMany(indexes, (config) => (Boolean(config.selected) === selected ? config : { ...config, selected }));
  }

  /** The user's changes, keyed by namespace + name: what a locally stored draft keeps. */
  exportOverrides(): [string, StreamConfig][] {
    return [...this.overrides];
  }

  /** Re-apply stored changes to streams that still exist; returns how many were applied. */
  importOverrides(stored: Iterable<readonly [string, StreamConfig]>): number {
    let count = 0;
    for (const [key, config] of stored) {
      const index = this.indexByStreamKey(key);
      if (index === undefined) continue;
      this.setConfig(index, config);
      count++;
    }
    if (count > 0) this.changed();
    return count;
  }

  private indexByStreamKey(key: string): number | undefined {
    if (!this.indexByKey) {
      this.indexByKey = new Map();
      for (let i = 0; i < this.keys.length; i++) this.indexByKey.set(this.keys[i]!, i);
    }
    return this.indexByKey.get(key);
  }

  /** Forget every change. */
  discard() {
    if (this.overrides.size === 0) return;
    this.overrides = new Map();
    this.changed();
  }

  private counts() {
    if (this.cache.version !== this.version) this.cache = { version: this.version };
    return this.cache;
  }

  enabledCount(): number {
    const cache = this.counts();
    if (cache.enabled === undefined) {
      let enabled = 0;
      for (let i = 0; i < this.entries.length; i++) if (this.config(i).selected) enabled++;
      cache.enabled = enabled;
    }
    return cache.enabled;
  }

  /** Fields the enabled streams carry, as the server counts them against its per-connection limit. */
  selectedFieldCount(): number {
    const cache = this.counts();
    if (cache.fields === undefined) {
      let fields = 0;
      for (let i = 0; i < this.entries.length; i++) fields += streamFieldCount(this.entries[i]!.stream, this.config(i));
      cache.fields = fields;
    }
    return cache.fields;
  }

  issues(index: number): readonly StreamIssue[] {
    const config = this.config(index);
    if (!config.selected) return NO_ISSUES;
    const issues = streamIssues(this.stream(index), config, this.destinationModes);
    return issues.length === 0 ? NO_ISSUES : issues;
  }

  /** Indexes of enabled streams that cannot be saved as they are. */
  indexesWithIssues(): readonly number[] {
    const cache = this.counts();
    if (!cache.issues) {
      const found: number[] = [];
      for (let i = 0; i < this.entries.length; i++) if (this.issues(i).length > 0) found.push(i);
      cache.issues = found;
    }
    return cache.issues;
  }

  /** Build the search index now (called when the browser is idle, so the first keystroke is fast). */
  prepareSearch() {
    this.searchText(0);
  }

  /** Lower-case "namespace name" per stream, built on the first search. */
  searchText(index: number): string {
    if (!this.searchTexts) {
      const texts = new Array<string>(this.entries.length);
      for (let i = 0; i < this.entries.length; i++) {
        const stream = this.entries[i]!.stream;
        texts[i] = (stream.namespace ? `${stream.namespace}.${stream.name}` : stream.name).toLowerCase();
      }
      this.searchTexts = texts;
    }
    return this.searchTexts[index]!;
  }

  namespaces(): readonly string[] {
    if (!this.namespaceList) {
      const set = new Set<string>();
      for (const entry of this.entries) if (entry.stream.namespace) set.add(entry.stream.namespace);
      this.namespaceList = [...set].sort((a, b) => a.localeCompare(b));
    }
    return this.namespaceList;
  }

  /** The catalog to send to the server: every stream, with its configuration. */
  toSyncCatalog(): AirbyteCatalog {
    const streams = new Array<{ stream: AirbyteStream; config: StreamConfig }>(this.entries.length);
    for (let i = 0; i < this.entries.length; i++) streams[i] = { stream: this.entries[i]!.stream, config: this.config(i) };
    return { streams };
  }
}
