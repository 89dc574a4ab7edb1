// Half-filled create forms kept as drafts (src/shared/drafts.ts), one per kind and connector
// definition. Secrets are stripped before anything is written (see stripSecrets). A draft expires
// after DRAFT_MAX_AGE_MS: what is left of a configuration (hosts, user names, account ids) should not
// sit in a browser for good, on a shared machine least of all. Expired drafts are removed whenever
// a draft is read, including those of connectors never opened again.
import { readDraft, removeDraft, writeDraftText } from "@/shared/drafts";
import { stripSecrets } from "./stripSecrets";
import type { ConnectorKind } from "./types";

export interface ConnectorDraft {
  name: string;
  configuration: Record<string, unknown>;
  savedAt: number;
}

const VERSION = 1;
const PREFIX = "syncdeck:draft:";
/** Long enough for a reload, a meeting or a weekend away; not for good. */
const DRAFT_MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;

function isExpired(savedAt: unknown, now: number): boolean {
  // A time in the future (a clock set back) cannot be trusted either.
  return typeof savedAt !== "number" || now - savedAt > DRAFT_MAX_AGE_MS || savedAt > now + 60_000;
}

/** Remove every expired connector draft (storage that cannot be listed is left alone). */
function removeExpiredDrafts(now: number): void {
  let keys: string[];
  try {
    keys = Object.keys(window.localStorage).filter((key) => key.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const key of keys) {
    const record = readDraft(key);
    if (typeof record !== "object" || record === null || isExpired((record as { savedAt?: unknown }).savedAt, now)) removeDraft(key);
  }
}

export function draftKey(kind: ConnectorKind, definitionId: string): string {
  return `${PREFIX}${kind}:${definitionId}`;
}

export function saveDraft(
  kind: ConnectorKind,
  definitionId: string,
  connectionSpecification: unknown,
  draft: { name: string; configuration: Record<string, unknown> },
): void {
  const record = {
    version: VERSION,
    savedAt: Date.now(),
    name: draft.name,
    configuration: stripSecrets(connectionSpecification, draft.configuration),
  };
  writeDraftText(draftKey(kind, definitionId), JSON.stringify(record));
}

export function loadDraft(kind: ConnectorKind, definitionId: string): ConnectorDraft | undefined {
  removeExpiredDrafts(Date.now());
  const parsed = readDraft(draftKey(kind, definitionId));
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  if (record.version !== VERSION) return undefined;
  const configuration =
    typeof record.configuration === "object" && record.configuration !== null && !Array.isArray(record.configuration)
      ? record.configuration
      : {};
  return {
    name: typeof record.name === "string" ? record.name : "",
    configuration: configuration as Record<string, unknown>,
    savedAt: typeof record.savedAt === "number" ? record.savedAt : 0,
  };
}

export function discardDraft(kind: ConnectorKind, definitionId: string): void {
  removeDraft(draftKey(kind, definitionId));
}
