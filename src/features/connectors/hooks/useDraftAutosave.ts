// Keeps a half-filled create form in localStorage (secrets stripped) while the user types.
import { useEffect, useRef, type RefObject } from 'react';
import { saveDraft } from '../lib/drafts';
import type { ConnectorKind } from '../lib/types';

const DEBOUNCE_MS = 400;

interface DraftValues {
  name: string;
  configuration: Record<string, unknown>;
}

/**
 * Saves `values` after a short pause once `userEdited` is set (so an untouched form, or one the
 * form only filled with defaults, leaves no draft). It is a ref, not state: it is set in the
 * capture phase of the very input event that changes a value, and a re-render at that moment
 * would reset the controlled input before its own change handler runs. A pending save is written
 * at once when the page goes away (reload, navigation), so the last keystrokes survive.
 */
export function useDraftAutosave(kind: ConnectorKind, definitionId: string, connectionSpecification: unknown, values: DraftValues, userEdited: RefObject<boolean>) {
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!userEdited.current) return;
    const write = () => {
      if (pending.current !== write) return; // cancelled, or superseded by a newer edit
      pending.current = null;
      saveDraft(kind, definitionId, connectionSpecification, values);
    };
    pending.current = write;
    const timer = window.setTimeout(write, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [kind, definitionId, connectionSpecification, values, userEdited]);

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
