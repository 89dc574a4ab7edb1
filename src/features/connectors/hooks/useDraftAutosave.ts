// Keeps a half-filled create form in localStorage (secrets stripped) while the user types.
import { useEffect, useRef } from 'react';
import { saveDraft } from '../lib/drafts';
import type { ConnectorKind } from '../lib/types';

const DEBOUNCE_MS = 400;

interface DraftValues {
  name: string;
  configuration: Record<string, unknown>;
}

/**
 * Saves `values` after a short pause; `enabled` is false until the user has edited something (so
 * an untouched form, or one the form only filled with defaults, leaves no draft). A pending save
 * is written at once when the page goes away (reload, navigation), so the last keystrokes survive.
 */
export function useDraftAutosave(kind: ConnectorKind, definitionId: string, connectionSpecification: unknown, values: DraftValues, enabled: boolean) {
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const write = () => {
      if (pending.current !== write) return; // cancelled, or superseded by a newer edit
      pending.current = null;
      saveDraft(kind, definitionId, connectionSpecification, values);
    };
    pending.current = write;
    const timer = window.setTimeout(write, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [kind, definitionId, connectionSpecification, values, enabled]);

  useEffect(() => {
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      flush(); // leaving the page inside the app
    };
  }, []);

  /** Forget anything not yet written (after a successful save or a discard). */
  return {
    cancelPending: () => {
      pending.current = null;
    },
  };
}
