// Asks before leaving a page with unsaved changes: in-app navigation through react-router's
// blocker (the page shows its own confirm dialog), reload / tab close through beforeunload.
import { useEffect, useRef } from "react";
import { useBlocker } from "react-router";

export function useUnsavedChangesGuard(dirty: boolean) {
  // Set just before a navigation the page itself starts after saving or deleting.
  const allowNext = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (allowNext.current) return false;
    return dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search);
  });

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  return {
    blocker,
    /** Let the next navigation through (after a successful save or delete). */
    allowNavigation: () => {
      allowNext.current = true;
    },
  };
}
