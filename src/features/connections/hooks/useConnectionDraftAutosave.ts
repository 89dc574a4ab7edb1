import { useEffect, useRef, useState } from "react";
import { useDraftWriter } from "@/shared/drafts";
import type { CatalogDraft } from "../lib/catalogDraft";
import { defaultSettings, type ConnectionSettings } from "../lib/connectionSettings";
import { clearConnectionDraft, loadConnectionDraft, saveConnectionDraft } from "../lib/connectionDraftStore";

const SAVE_DELAY_MS = 500;

interface Options {
  sourceId: string;
  destinationId: string;
  defaultName: string;
  draft: CatalogDraft;
}

/**
 * Restores a stored draft of this source + destination pair once, then keeps storing the user's
 * settings and stream changes (debounced; a pending write happens at once when the page goes away)
 * until `stop()` (after the connection is created).
 */
export function useConnectionDraftAutosave({ sourceId, destinationId, defaultName, draft }: Options) {
  const [restored] = useState(() => {
    const stored = loadConnectionDraft(sourceId, destinationId);
    if (!stored) return null;
    // Idempotent, so a second run of this initializer (strict mode) changes nothing.
    draft.importOverrides(stored.streams);
    return stored;
  });
  const [settings, setSettings] = useState<ConnectionSettings>(() =>
    restored ? { ...defaultSettings(defaultName), ...restored.settings } : defaultSettings(defaultName),
  );
  const [notice, setNotice] = useState(restored ? { savedAt: restored.savedAt, streamsDropped: Boolean(restored.streamsDropped) } : null);
  const stopped = useRef(false);
  const touched = useRef(Boolean(restored));
  const writer = useDraftWriter(SAVE_DELAY_MS);
  const { schedule } = writer;

  useEffect(() => {
    const save = () => {
      if (!stopped.current && touched.current) saveConnectionDraft(sourceId, destinationId, settings, draft.exportOverrides());
    };
    const unsubscribe = draft.subscribe(() => {
      touched.current = true;
      schedule(save);
    });
    // Settings changed (or the form just opened): store them once the edits pause.
    schedule(save);
    return unsubscribe;
  }, [draft, settings, sourceId, destinationId, schedule]);

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
      // Forgetting the stream changes notifies the draft's listeners; only then is nothing touched.
      draft.discard();
      touched.current = false;
      writer.cancel();
      setSettings(defaultSettings(defaultName));
      setNotice(null);
    },
    dismissNotice: () => setNotice(null),
    /** The connection exists now: remove the draft and store nothing more. */
    stop: () => {
      stopped.current = true;
      writer.cancel();
      clearConnectionDraft(sourceId, destinationId);
    },
  };
}
