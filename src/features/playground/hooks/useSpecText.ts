// One playground text (the specification, or its second version): kept as a draft in localStorage so
// a reload does not lose it (specifications hold no secrets), and replaced by a file or an example
// only with a way back: the text it replaced can be restored.
import { useCallback, useState } from "react";
import { readDraft, removeDraft, useDraftWriter, writeDraftText } from "@/shared/drafts";
import { LARGE_TEXT_CHARS } from "../lib/textLimits";

export interface Replaced {
  /** What replaced the text: "source-github.yaml", "the shared link", … */
  by: string;
  previous: string;
}

export function useSpecText(draftKey: string) {
  const [text, setTextState] = useState(() => {
    const draft = readDraft(draftKey);
    return typeof draft === "string" ? draft : "";
  });
  const [replaced, setReplaced] = useState<Replaced>();
  const drafts = useDraftWriter(500);

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      drafts.schedule(() => {
        if (next === "" || next.length > LARGE_TEXT_CHARS) removeDraft(draftKey);
        else writeDraftText(draftKey, JSON.stringify(next));
      });
    },
    [draftKey, drafts],
  );

  const type = useCallback(
    (next: string) => {
      setReplaced(undefined);
      setText(next);
    },
    [setText],
  );

  /** Put in text from elsewhere; typed text it replaces can be brought back with `undo`. */
  const replace = useCallback(
    (next: string, by: string) => {
      setReplaced(text.trim() !== "" && text !== next ? { by, previous: text } : undefined);
      setText(next);
    },
    [setText, text],
  );

  const undo = useCallback(() => {
    if (!replaced) return;
    setText(replaced.previous);
    setReplaced(undefined);
  }, [replaced, setText]);

  return { text, type, replace, replaced, undo };
}
