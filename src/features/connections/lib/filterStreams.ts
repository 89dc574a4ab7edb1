// Which rows the stream table shows. Text and namespace narrow the catalog once per query; the
// status filter (which depends on edits) runs over that result.
import type { CatalogDraft } from "./catalogDraft";

export type StatusFilter = "all" | "enabled" | "disabled" | "errors";

/** Indexes matching the text and namespace (independent of edits, so memoisable per query). */
export function matchText(draft: CatalogDraft, query: string, namespace: string | null): readonly number[] | null {
  const needle = query.trim().toLowerCase();
  if (!needle && namespace === null) return null; // everything
  const result: number[] = [];
  for (let i = 0; i < draft.size; i++) {
    if (namespace !== null && (draft.stream(i).namespace ?? "") !== namespace) continue;
    if (needle && !draft.searchText(i).includes(needle)) continue;
    result.push(i);
  }
  return result;
}

/** Apply the status filter over the text matches (null = all streams). */
export function matchStatus(draft: CatalogDraft, candidates: readonly number[] | null, status: StatusFilter): readonly number[] | null {
  if (status === "all") return candidates;
  if (status === "errors") {
    const withIssues = draft.indexesWithIssues();
    if (candidates === null) return withIssues;
    const allowed = new Set(candidates);
    return withIssues.filter((i) => allowed.has(i));
  }
  const wanted = status === "enabled";
  const result: number[] = [];
  if (candidates === null) {
    for (let i = 0; i < draft.size; i++) if (Boolean(draft.config(i).selected) === wanted) result.push(i);
  } else {
    for (const i of candidates) if (Boolean(draft.config(i).selected) === wanted) result.push(i);
  }
  return result;
}
