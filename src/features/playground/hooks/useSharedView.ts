// Opens a shared link: the view in the URL fragment (see lib/share/shareLink.ts) is decoded when the
// page opens and whenever the fragment changes (a link pasted into the same tab), and handed to
// `open`. While it decodes, and when it cannot be read, the page says so.
import { useEffect, useEffectEvent, useState } from "react";
import { useLocation } from "react-router";
import { decodeShare, hasSharedView, type SharedView } from "../lib/share/shareLink";

export type SharedState = { kind: "idle" } | { kind: "opening" } | { kind: "error"; message: string };

export function useSharedView(open: (view: SharedView) => void): SharedState {
  const location = useLocation();
  // Other fragments (the "Skip to content" link's #main) are not shared views.
  const hash = hasSharedView(location.hash) ? location.hash : "";
  // The outcome for the fragment it was decoded from: a newer fragment is "opening" until it has its own.
  const [done, setDone] = useState<{ hash: string; error?: string }>();
  const onOpen = useEffectEvent(open);

  useEffect(() => {
    if (!hash) return;
    let cancelled = false;
    void decodeShare(hash).then((result) => {
      if (cancelled) return;
      if (result.kind === "ok") onOpen(result.view);
      setDone({ hash, error: result.kind === "error" ? result.message : undefined });
    });
    return () => {
      cancelled = true;
    };
  }, [hash]);

  if (!hash) return { kind: "idle" };
  if (done?.hash !== hash) return { kind: "opening" };
  return done.error ? { kind: "error", message: done.error } : { kind: "idle" };
}
