import { useSyncExternalStore } from "react";
import type { CatalogDraft } from "../lib/catalogDraft";

/** Re-render when the draft changes; the version number is all React needs to compare. */
export function useDraftVersion(draft: CatalogDraft): number {
  return useSyncExternalStore(draft.subscribe, draft.getVersion, draft.getVersion);
}
