// A half-configured new connection survives a reload or a stray click: its settings and the
// per-stream changes (never the whole catalog) are kept as a draft (src/shared/drafts.ts) per
// source + destination. Connection settings hold no secrets. A draft too large for storage keeps
// its settings only.
import { readDraft, removeDraft, writeDraftText } from "@/shared/drafts";
import type { ConnectionSettings } from "./connectionSettings";
import type { StreamConfig } from "./types";

const PREFIX = "syncdeck.connectionDraft.v1:";
/** Well under the usual 5 MB origin quota, which other drafts share. */
const MAX_CHARS = 1_500_000;

export interface StoredConnectionDraft {
  savedAt: number;
  settings: ConnectionSettings;
  streams: [string, StreamConfig][];
  /** True when the stream changes were too large to keep. */
  streamsDropped?: boolean;
}

function keyFor(sourceId: string, destinationId: string): string {
  return `${PREFIX}${sourceId}:${destinationId}`;
}

export function loadConnectionDraft(sourceId: string, destinationId: string): StoredConnectionDraft | null {
  const parsed = readDraft(keyFor(sourceId, destinationId)) as Partial<StoredConnectionDraft> | null | undefined;
  if (typeof parsed !== "object" || parsed === null) return null; // none, unreadable or storage blocked: start fresh
  if (
    typeof parsed.savedAt !== "number" ||
    typeof parsed.settings !== "object" ||
    parsed.settings === null ||
    !Array.isArray(parsed.streams)
  )
    return null;
  return parsed as StoredConnectionDraft;
}

export function saveConnectionDraft(
  sourceId: string,
  destinationId: string,
  settings: ConnectionSettings,
  streams: [string, StreamConfig][],
): void {
  const draft: StoredConnectionDraft = { savedAt: Date.now(), settings, streams };
  let text = JSON.stringify(draft);
  if (text.length > MAX_CHARS) text = JSON.stringify({ ...draft, streams: [], streamsDropped: true });
  writeDraftText(keyFor(sourceId, destinationId), text);
}

export function clearConnectionDraft(sourceId: string, destinationId: string): void {
  removeDraft(keyFor(sourceId, destinationId));
}
