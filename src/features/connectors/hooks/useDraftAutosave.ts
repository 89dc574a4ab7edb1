// Keeps a half-filled create form as a draft (secrets stripped) while the user types.
import { useEffect, type RefObject } from "react";
import { useDraftWriter } from "@/shared/drafts";
import { saveDraft } from "../lib/drafts";
import type { ConnectorKind } from "../lib/types";

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
export function useDraftAutosave(
  kind: ConnectorKind,
  definitionId: string,
  connectionSpecification: unknown,
  values: DraftValues,
  userEdited: RefObject<boolean>,
) {
  const writer = useDraftWriter(DEBOUNCE_MS);
  const { schedule } = writer;

  useEffect(() => {
    if (!userEdited.current) return;
    schedule(() => saveDraft(kind, definitionId, connectionSpecification, values));
  }, [kind, definitionId, connectionSpecification, values, userEdited, schedule]);

  /** Forget anything not yet written (after a successful save or a discard). */
  return { cancelPending: writer.cancel };
}
