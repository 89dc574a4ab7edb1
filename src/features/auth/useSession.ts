import { useSyncExternalStore } from "react";
import { getSession, subscribeSession, type SessionState } from "@/api/auth/session";

/** The sign-in session, re-rendering when it changes (signed in, signed out, expired). */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
