import { useEffect } from "react";

/** The product's name: the last part of every tab title, and the whole title where a page names nothing. */
const APP_TITLE = "Syncdeck";

/**
 * Names the browser tab after the page, most specific part first: `useDocumentTitle(["Production
 * Postgres → S3", "Status"])` gives "Production Postgres → S3 · Status · Syncdeck". Parts not known
 * yet (a name still loading) are left out. `null` leaves the title to a page nested inside this one
 * (React runs a child's effects before its parent's, so a parent would otherwise overwrite it).
 */
export function useDocumentTitle(parts: readonly (string | undefined)[] | null): void {
  const title = parts === null ? null : [...parts.filter((part) => part), APP_TITLE].join(" · ");
  useEffect(() => {
    if (title === null) return;
    document.title = title;
    // A page without a title of its own (an error boundary) must not keep the previous page's.
    return () => {
      document.title = APP_TITLE;
    };
  }, [title]);
}
