import { useEffect, useRef, useState } from 'react';
import type { CatalogDraft } from '../lib/catalogDraft';
import { defaultSettings, type ConnectionSettings } from '../lib/connectionSettings';
import { clearConnectionDraft, loadConnectionDraft, saveConnectionDraft } from '../lib/connectionDraftStore';

const SAVE_DELAY_MS = 500;

interface Options {
  sourceId: string;
  destinationId: string;
  defaultName: string;
  draft: CatalogDraft;
}

/**
 * Restores a stored draft of this source + destination pair once, then keeps storing the user's
 * settings and stream changes (debounced) until `stop()` (after the connection is created).
 */
export function useConnectionDraftAutosave({ sourceId, destinationId, defaultName, draft }: Options) {
  const [restored] = useState(() => {
    const stored = loadConnectionDraft(sourceId, destinationId);
    if (!stored) return null;
    // Idempotent, so a second run of this initializer (strict mode) changes nothing.
    draft.importOverrides(stored.streams);
    return stored;
  });
  const [settings, setSettings] = useState<ConnectionSettings>(() => (restored ? { ...defaultSettings(defaultName), ...restored.settings } : defaultSettings(defaultName)));
  const [notice, setNotice] = useState(restored ? { savedAt: restored.savedAt, streamsDropped: Boolean(restored.streamsDropped) } : null);
  const stopped = useRef(false);
  const touched = useRef(Boolean(restored));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!stopped.current && touched.current) saveConnectionDraft(sourceId, destinationId, settings, draft.exportOverrides());
      }, SAVE_DELAY_MS);
    };
    const unsubscribe = draft.subscribe(() => {
      touched.current = true;
      schedule();
    });
    schedule();
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [draft, settings, sourceId, destinationId]);

  return {
    settings,
    setSettings: (next: ConnectionSettings) => {
      touched.current = true;
      setSettings(next);
    },
    /** Shown once after a restore: when the draft was saved, and whether stream choices were too large to keep. */
    notice,
    discard: () => {
      clearConnectionDraft(sourceId, destinationId);
      touched.current = false;
      draft.discard();
      setSettings(defaultSettings(defaultName));
      setNotice(null);
    },
    dismissNotice: () => setNotice(null),
    /** The connection exists now: remove the draft and store nothing more. */
    stop: () => {
      stopped.current = true;
      clearConnectionDraft(sourceId, destinationId);
    },
  };
}
