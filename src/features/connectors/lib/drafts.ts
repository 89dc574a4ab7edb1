// Half-filled create forms kept as drafts (src/shared/drafts.ts), one per kind and connector
// definition. Secrets are stripped before anything is written (see stripSecrets).
import { readDraft, removeDraft, writeDraftText } from "@/shared/drafts";
import { stripSecrets } from "./stripSecrets";
import type { ConnectorKind } from "./types";

export interface ConnectorDraft {
  name: string;
  configuration: Record<string, unknown>;
  savedAt: number;
}

const VERSION = 1;

export function draftKey(kind: ConnectorKind, definitionId: string): string {
  return `syncdeck:draft:${kind}:${definitionId}`;
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
