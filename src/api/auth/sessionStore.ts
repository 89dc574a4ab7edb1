// The session's state, shared by ./session.ts (what every screen needs) and ./signIn.ts (loaded only
// when a server asks for sign-in): who is signed in and how, the application's bearer token (memory
// only), the calls waiting for a sign-in, and who to tell when it changes.
import { ApiError } from "../errors";

export type ServerAuthMode = "none" | "simple" | "oidc";
export type SignInMethod = "password" | "application";

export type SessionState =
  /** Detecting the server's auth mode; calls go out meanwhile (a server without auth answers them). */
  | { status: "detecting" }
  /** The server asks for no sign-in. */
  | { status: "open" }
  | { status: "signed-in"; method: SignInMethod }
  /** Sign-in needed: first visit, after signing out, or after the session ended (`reason` says why). */
  | { status: "signed-out"; reason?: string };

export const SESSION_ENDED = "Your session ended: the server would not renew it. Sign in again to carry on; your unsaved changes are kept.";

let state: SessionState = { status: "detecting" };
let bearerToken: string | null = null;
let waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
const listeners = new Set<() => void>();

export function setSession(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
  if (next.status === "signed-in" || next.status === "open") {
    const ready = waiters;
    waiters = [];
    ready.forEach((waiter) => waiter.resolve());
  }
}

export function getSession(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The application's bearer token, kept in memory only (null: cookies, or no auth). */
export function setBearerToken(token: string | null): void {
  bearerToken = token;
}

/** The Authorization header of a call: an application's bearer token, or none (cookies or no auth). */
export function authorizationHeaders(): Record<string, string> | undefined {
  return bearerToken ? { Authorization: `Bearer ${bearerToken}` } : undefined;
}

/** Calls waiting for a sign-in fail instead of hanging (the user signed out). */
export function failWaitingCalls(): void {
  const pending = waiters;
  waiters = [];
  pending.forEach((waiter) =>
    waiter.reject(new ApiError({ kind: "aborted", endpoint: "", message: "You signed out before this finished." })),
  );
}

export function waitForSignIn(): Promise<void> {
  return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
}

/** Back to the first state, for tests. */
export function resetSessionStateForTests(): void {
  waiters = [];
  bearerToken = null;
  state = { status: "detecting" };
}
