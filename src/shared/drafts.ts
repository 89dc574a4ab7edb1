// Drafts: half-finished work (a connector's create form, a new connection's settings and streams)
// kept in localStorage so a reload or a stray click does not lose it. A draft is only a convenience:
// storage errors (quota, private mode, corrupt JSON) are swallowed. Writes are debounced while the
// user types, and a pending write happens at once when the page goes away (reload, tab closed,
// navigation inside the app), so the last edits survive.
import { useCallback, useEffect, useMemo, useRef } from "react";

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored value under `key`, parsed; undefined when there is none or it cannot be read. */
export function readDraft(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Store already serialised JSON (callers that cap a draft's size measure the text first). */
export function writeDraftText(key: string, text: string): void {
  try {
    storage()?.setItem(key, text);
  } catch {
    // Quota exceeded or storage disabled: the page still works, only the draft is lost.
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to do
  }
}

export interface DraftWriter {
  /** Run `write` once the edits pause for the delay (a newer call replaces a pending one). */
  schedule(write: () => void): void;
  /** Forget a pending write (after a save or a discard). */
  cancel(): void;
}

/**
 * Debounced draft writes that are never lost: a pending write runs at once on `pagehide` and
 * `beforeunload` (reload, closing the tab) and when the component unmounts (leaving the page
 * inside the app).
 */
export function useDraftWriter(delayMs: number): DraftWriter {
  const pending = useRef<(() => void) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancel = useCallback(() => {
    pending.current = null;
    clearTimeout(timer.current);
  }, []);

  const flush = useCallback(() => {
    const write = pending.current;
    cancel();
    write?.();
  }, [cancel]);

  const schedule = useCallback(
    (write: () => void) => {
      pending.current = write;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", flush);
      flush();
    };
  }, [flush]);

  return useMemo(() => ({ schedule, cancel }), [schedule, cancel]);
}
