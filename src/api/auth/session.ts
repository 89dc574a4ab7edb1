// The sign-in session with an Airbyte server, as Airbyte itself does it (facts in mocks/lib/auth.ts):
// - the auth mode comes from `GET /api/v1/instance_configuration` (no sign-in needed), unless
//   config.json's `auth` overrides it;
// - `simple`: email and password set HttpOnly cookies; the access cookie lives 180 s, so it is
//   renewed every 60 s while signed in (and on any 401); a reload keeps the session while the
//   server's refresh cookie lives;
// - application: a client id and secret mint a 15-minute bearer token, minted again before it
//   expires (and on any 401). The id and secret live in memory only.
// Calls never get lost: a 401 renews the session and the call is retried; when the server refuses,
// the session ends, the sign-in dialog opens over the page (which stays mounted, so nothing typed is
// lost) and every waiting call carries on once the user has signed in again.
// This module is the part every screen needs (state, waiting, headers); signing in, renewing and
// signing out live in ./signIn.ts, loaded only when a server asks for sign-in.
import { getRuntimeConfig } from "../runtimeConfig";
import { sendGet } from "../transport";
import { getSession, resetSessionStateForTests, SESSION_ENDED, setSession, waitForSignIn, type ServerAuthMode } from "./sessionStore";

export { authorizationHeaders, getSession, subscribeSession, type SessionState, type SignInMethod } from "./sessionStore";

export interface ServerInfo {
  mode: ServerAuthMode | "unknown";
  version?: string;
  edition?: string;
}

let server: ServerInfo = { mode: "unknown" };
let detection: Promise<void> = Promise.resolve();

export function getServerInfo(): ServerInfo {
  return server;
}

/** Find out how the server wants to be signed in to, and pick up a session that survived a reload. */
export function startSession(): Promise<void> {
  detection = (async () => {
    try {
      const info = await sendGet("/v1/instance_configuration");
      server = { mode: info.auth?.mode ?? "unknown", version: info.version, edition: info.edition };
    } catch {
      // Older servers have no instance_configuration: calls go out as they are, and a 401 asks for sign-in.
      server = { mode: "unknown" };
    }
    const override = getRuntimeConfig().auth;
    const mode = override === "detect" ? server.mode : override;
    if (mode === "none" || mode === "unknown") return setSession({ status: "open" });
    // The refresh cookie outlives a reload: renewing it is how a kept session is found.
    const resumed = mode === "simple" && (await (await import("./signIn")).resumePasswordSession());
    if (!resumed) setSession({ status: "signed-out" });
  })();
  return detection;
}

/** Before a call: wait while the user has to sign in (a call then would only be refused). */
export async function whenSignedIn(): Promise<void> {
  if (getSession().status === "signed-out") await waitForSignIn();
}

/**
 * After a 401: renew the session, or ask the user to sign in again and wait for it. Resolves when
 * the call is worth retrying; rejects only when the user signed out meanwhile.
 */
export async function recoverFromUnauthorized(): Promise<void> {
  await detection;
  const state = getSession();
  if (state.status === "signed-in") {
    const { renewSession, endSession } = await import("./signIn");
    if (await renewSession()) return;
    if (getSession().status === "signed-in") endSession(SESSION_ENDED);
  } else if (state.status !== "signed-out") {
    setSession({ status: "signed-out", reason: "This Airbyte server asks you to sign in." });
  }
  await waitForSignIn();
}

/** Back to the first state, for tests. */
export function resetSessionForTests(): void {
  resetSessionStateForTests();
  server = { mode: "unknown" };
  detection = Promise.resolve();
}
