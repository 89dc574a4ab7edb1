import { useEffect, type RefObject } from "react";

/**
 * After a client-side navigation, move focus to the page's heading so keyboard and screen-reader
 * users start at the new content (not on the link they used, which may no longer exist).
 */
export function useFocusHeadingOnMount(ref: RefObject<HTMLElement | null>, ready = true) {
  useEffect(() => {
    if (!ready) return;
    ref.current?.focus({ preventScroll: false });
  }, [ref, ready]);
}
