// The sync modes a stream can use: a read mode (how the source reads) paired with a write mode
// (how the destination writes). Only pairs that both sides support are offered.
import type { DestinationSyncMode, SyncMode } from './types';

export interface SyncModePair {
  readonly syncMode: SyncMode;
  readonly destinationSyncMode: DestinationSyncMode;
}

export const SYNC_MODE_PAIRS: readonly SyncModePair[] = [
  { syncMode: 'incremental', destinationSyncMode: 'append_dedup' },
  { syncMode: 'incremental', destinationSyncMode: 'append' },
  { syncMode: 'full_refresh', destinationSyncMode: 'overwrite' },
  { syncMode: 'full_refresh', destinationSyncMode: 'overwrite_dedup' },
  { syncMode: 'full_refresh', destinationSyncMode: 'append' },
];

const READ_LABEL: Record<SyncMode, string> = { full_refresh: 'Full refresh', incremental: 'Incremental' };
const WRITE_LABEL: Partial<Record<DestinationSyncMode, string>> = {
  overwrite: 'Overwrite',
  append: 'Append',
  append_dedup: 'Append + Deduped',
  overwrite_dedup: 'Overwrite + Deduped',
  update: 'Update',
  soft_delete: 'Soft delete',
};

export function pairId(pair: SyncModePair): string {
  return `${pair.syncMode}:${pair.destinationSyncMode}`;
}

export function parsePairId(id: string): SyncModePair | undefined {
  return SYNC_MODE_PAIRS.find((pair) => pairId(pair) === id);
}

export function pairLabel(pair: SyncModePair): string {
  return `${READ_LABEL[pair.syncMode] ?? pair.syncMode} | ${WRITE_LABEL[pair.destinationSyncMode] ?? pair.destinationSyncMode}`;
}

export function isDedup(mode: DestinationSyncMode): boolean {
  return mode === 'append_dedup' || mode === 'overwrite_dedup';
}

/** A destination that does not say what it supports can at least overwrite and append. */
const FALLBACK_DESTINATION_MODES: readonly DestinationSyncMode[] = ['overwrite', 'append'];
/** Streams that do not list their modes (older connectors) can be read in full. */
const FALLBACK_SOURCE_MODES: readonly SyncMode[] = ['full_refresh'];

export function supportedSourceModes(modes: readonly SyncMode[] | undefined): readonly SyncMode[] {
  return modes && modes.length > 0 ? modes : FALLBACK_SOURCE_MODES;
}

export function supportedDestinationModes(modes: readonly DestinationSyncMode[] | undefined): readonly DestinationSyncMode[] {
  return modes && modes.length > 0 ? modes : FALLBACK_DESTINATION_MODES;
}

// Most streams share a handful of mode combinations; caching keeps 100,000 rows from allocating.
const pairCache = new Map<string, readonly SyncModePair[]>();

export function validPairs(sourceModes: readonly SyncMode[] | undefined, destinationModes: readonly DestinationSyncMode[] | undefined): readonly SyncModePair[] {
  const source = supportedSourceModes(sourceModes);
  const destination = supportedDestinationModes(destinationModes);
  const cacheKey = `${source.join(',')}|${destination.join(',')}`;
  let pairs = pairCache.get(cacheKey);
  if (!pairs) {
    pairs = SYNC_MODE_PAIRS.filter((pair) => source.includes(pair.syncMode) && destination.includes(pair.destinationSyncMode));
    pairCache.set(cacheKey, pairs);
  }
  return pairs;
}

export function isValidPair(pair: SyncModePair, sourceModes: readonly SyncMode[] | undefined, destinationModes: readonly DestinationSyncMode[] | undefined): boolean {
  return validPairs(sourceModes, destinationModes).some((p) => p.syncMode === pair.syncMode && p.destinationSyncMode === pair.destinationSyncMode);
}
