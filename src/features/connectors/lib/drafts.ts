// Half-filled create forms kept in localStorage, one per kind and connector definition. Secrets
// are stripped before anything is written (see stripSecrets); a draft is only a convenience, so
// storage errors (quota, private mode, corrupt JSON) are swallowed.
import { stripSecrets } from './stripSecrets';
import type { ConnectorKind } from './types';

export interface ConnectorDraft {
  name: string;
  configuration: Record<string, unknown>;
  savedAt: number;
}

const VERSION = 1;

export function draftKey(kind: ConnectorKind, definitionId: string): string {
  return `syncdeck:draft:${kind}:${definitionId}`;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function saveDraft(
  kind: ConnectorKind,
  definitionId: string,
  connectionSpecification: unknown,
  draft: { name: string; configuration: Record<string, unknown> },
): void {
  const store = storage();
  if (!store) return;
  const record = { version: VERSION, savedAt: Date.now(), name: draft.name, configuration: stripSecrets(connectionSpecification, draft.configuration) };
  try {
    store.setItem(draftKey(kind, definitionId), JSON.stringify(record));
  } catch {
    // Quota exceeded or storage disabled: the form still works, only the draft is lost.
  }
}

export function loadDraft(kind: ConnectorKind, definitionId: string): ConnectorDraft | undefined {
  const store = storage();
  if (!store) return undefined;
  try {
    const raw = store.getItem(draftKey(kind, definitionId));
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const record = parsed as Record<string, unknown>;
    if (record.version !== VERSION) return undefined;
    const configuration = typeof record.configuration === 'object' && record.configuration !== null && !Array.isArray(record.configuration) ? record.configuration : {};
    return {
      name: typeof record.name === 'string' ? record.name : '',
      configuration: configuration as Record<string, unknown>,
      savedAt: typeof record.savedAt === 'number' ? record.savedAt : 0,
    };
  } catch {
    return undefined;
  }
}

export function discardDraft(kind: ConnectorKind, definitionId: string): void {
  try {
    storage()?.removeItem(draftKey(kind, definitionId));
  } catch {
    // nothing to do
  }
}
