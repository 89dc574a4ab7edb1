// The sync modes a stream can use: a read mode (how the source reads) paired with a write mode
// (how the destination writes). Only pairs that both sides support are offered.
import type { DestinationSyncMode, SyncMode } from "./types";

export interface SyncModePair {
  readonly syncMode: SyncMode;
  readonly destinationSyncMode: DestinationSyncMode;
}

const SYNC_MODE_PAIRS: readonly SyncModePair[] = [
  { syncMode: "incremental", destinationSyncMode: "append_dedup" },
  { syncMode: "incremental", destinationSyncMode: "append" },
  { syncMode: "full_refresh", destinationSyncMode: "overwrite" },
  { syncMode: "full_refresh", destinationSyncMode: "overwrite_dedup" },
  { syncMode: "full_refresh", destinationSyncMode: "append" },
];

const READ_LABEL: Record<SyncMode, string> = { full_refresh: "Full refresh", incremental: "Incremental" };
const WRITE_LABEL: Partial<Record<DestinationSyncMode, string>> = {
  overwrite: "Overwrite",
  append: "Append",
  append_dedup: "Append + Deduped",
  overwrite_dedup: "Overwrite + Deduped",
  update: "Update",
  soft_delete: "Soft delete",
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
  return mode === "append_dedup" || mode === "overwrite_dedup";
}

/** A destination that does not say what it supports can at least overwrite and append. */
const FALLBACK_DESTINATION_MODES: readonly DestinationSyncMode[] = ["overwrite", "append"];
/** Streams that do not list their modes (older connectors) can be read in full. */
const FALLBACK_SOURCE_MODES: readonly SyncMode[] = ["full_refresh"];

function supportedSourceModes(modes: readonly SyncMode[] | undefined): readonly SyncMode[] {
  return modes && modes.length > 0 ? modes : FALLBACK_SOURCE_MODES;
}

function supportedDestinationModes(modes: readonly DestinationSyncMode[] | undefined): readonly DestinationSyncMode[] {
  return modes && modes.length > 0 ? modes : FALLBACK_DESTINATION_MODES;
}

// Most streams share a handful of mode combinations: cache per destination list (by identity) and
// per source-mode mask, so checking 100,000 rows allocates nothing.
const pairCache = new WeakMap<readonly DestinationSyncMode[], Map<number, readonly SyncModePair[]>>();
const NO_DESTINATION_MODES: readonly DestinationSyncMode[] = [];

function sourceMask(modes: readonly SyncMode[] | undefined): number {
  if (!modes || modes.length === 0) return 1;
  let mask = 0;
  for (const mode of modes) mask |= mode === "full_refresh" ? 1 : mode === "incremental" ? 2 : 0;
  return mask;
}

export function validPairs(
  sourceModes: readonly SyncMode[] | undefined,
  destinationModes: readonly DestinationSyncMode[] | undefined,
): readonly SyncModePair[] {
  const destinationKey = destinationModes ?? NO_DESTINATION_MODES;
  let byMask = pairCache.get(destinationKey);
  if (!byMask) {
    byMask = new Map();
    pairCache.set(destinationKey, byMask);
  }
  const mask = sourceMask(sourceModes);
  let pairs = byMask.get(mask);
  if (!pairs) {
    const source = supportedSourceModes(sourceModes);
    const destination = supportedDestinationModes(destinationModes);
    pairs = SYNC_MODE_PAIRS.filter((pair) => source.includes(pair.syncMode) && destination.includes(pair.destinationSyncMode));
    byMask.set(mask, pairs);
  }
  return pairs;
}

export function isValidPair(
  pair: SyncModePair,
  sourceModes: readonly SyncMode[] | undefined,
  destinationModes: readonly DestinationSyncMode[] | undefined,
): boolean {
  const pairs = validPairs(sourceModes, destinationModes);
  for (const p of pairs) if (p.syncMode === pair.syncMode && p.destinationSyncMode === pair.destinationSyncMode) return true;
  return false;
}

/**
 * The pairs a bulk change can offer: those the destination supports and at least one of the
 * streams can use (a pair no stream can take would only report "set on 0 streams").
 */
export function pairsForAny(
  streamsModes: Iterable<readonly SyncMode[] | undefined>,
  destinationModes: readonly DestinationSyncMode[] | undefined,
): readonly SyncModePair[] {
  const offered = new Set<SyncModePair>();
  const seenMasks = new Set<number>();
  for (const modes of streamsModes) {
    const mask = sourceMask(modes);
    if (seenMasks.has(mask)) continue;
    seenMasks.add(mask);
    for (const pair of validPairs(modes, destinationModes)) offered.add(pair);
    if (seenMasks.size === 3) break; // full refresh, incremental, both: nothing more to learn
  }
  return SYNC_MODE_PAIRS.filter((pair) => offered.has(pair));
}
