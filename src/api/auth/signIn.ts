// Signing in, keeping the session alive and signing out (see ./session.ts for the model). Loaded only
// when a server asks for sign-in: a console on a server without auth never downloads it.
import { ApiError } from "../errors";
import { sendPost } from "../transport";
import { login, logout, refreshAccessToken } from "./securityEndpoints";
import { failWaitingCalls, getSession, SESSION_ENDED, setBearerToken, setSession, type SignInMethod } from "./sessionStore";

const RENEW_PASSWORD_SESSION_MS = 60_000;
const APPLICATION_TOKEN_MS = 15 * 60_000;
const RENEW_BEFORE_EXPIRY_MS = 60_000;

let application: { clientId: string; clientSecret: string; lifetimeMs: number } | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let renewal: Promise<boolean> | null = null;

/** How long a token lives: a readable JWT's `exp` (Airbyte's tokens are JWTs), else the documented 15 minutes. */
function tokenLifetimeMs(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: unknown };
    if (typeof payload.exp === "number") return Math.max(0, payload.exp * 1000 - Date.now());
  } catch {
    // Not a JWT: the documented lifetime applies.
  }
  return APPLICATION_TOKEN_MS;
}

function scheduleRenewal(method: SignInMethod): void {
  clearTimeout(renewTimer);
  const delay =
    method === "password"
      ? RENEW_PASSWORD_SESSION_MS
      : Math.max(5_000, (application?.lifetimeMs ?? APPLICATION_TOKEN_MS) - RENEW_BEFORE_EXPIRY_MS);
  renewTimer = setTimeout(() => {
    void renewSession().then((renewed) => {
      if (!renewed && getSession().status === "signed-in") endSession(SESSION_ENDED);
    });
  }, delay);
}

async function mintApplicationToken(clientId: string, clientSecret: string): Promise<void> {
  const { access_token: token } = await sendPost("/v1/applications/token", { client_id: clientId, client_secret: clientSecret });
  if (typeof token !== "string" || !token) {
    throw new ApiError({
      kind: "malformed",
      endpoint: "/v1/applications/token",
      message: "The server answered the token request without a token.",
    });
  }
  setBearerToken(token);
  application = { clientId, clientSecret, lifetimeMs: tokenLifetimeMs(token) };
}

/** Renew the session once (shared by every caller meanwhile); false when the server refuses. */
export function renewSession(): Promise<boolean> {
  renewal ??= (async () => {
    const session = getSession();
    try {
      if (session.status !== "signed-in") return false;
      if (session.method === "password") return await refreshAccessToken();
      if (!application) return false;
      await mintApplicationToken(application.clientId, application.clientSecret);
      return true;
    } catch (error) {
      // A network failure or a server error is not a refusal: keep the session, try again later.
      return error instanceof ApiError && (error.kind === "network" || error.kind === "timeout" || (error.status ?? 0) >= 500);
    } finally {
      renewal = null;
    }
  })().then((renewed) => {
    const session = getSession();
    if (renewed && session.status === "signed-in") scheduleRenewal(session.method);
    return renewed;
  });
  return renewal;
}

export function endSession(reason?: string): void {
  clearTimeout(renewTimer);
  setBearerToken(null);
  application = null;
  setSession({ status: "signed-out", reason });
}

/** A session kept by the server's refresh cookie (after a reload): true when it was renewed. */
export async function resumePasswordSession(): Promise<boolean> {
  if (!(await refreshAccessToken().catch(() => false))) return false;
  setSession({ status: "signed-in", method: "password" });
  scheduleRenewal("password");
  return true;
}

export async function signInWithPassword(email: string, password: string): Promise<void> {
  await login(email, password);
  setBearerToken(null);
  application = null;
  setSession({ status: "signed-in", method: "password" });
  scheduleRenewal("password");
}

export async function signInWithApplication(clientId: string, clientSecret: string): Promise<void> {
  try {
    await mintApplicationToken(clientId, clientSecret);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 400 || error.status === 401 || error.status === 403)) {
      throw new ApiError({
        kind: "http",
        endpoint: error.endpoint,
        status: error.status,
        message:
          "The server refused this client id and secret. Copy them again from `abctl local credentials` or Settings > Applications in Airbyte.",
      });
    }
    throw error;
  }
  setSession({ status: "signed-in", method: "application" });
  scheduleRenewal("application");
}

/** Sign out here and on the server; calls waiting for a sign-in fail instead of hanging. */
export async function signOut(): Promise<void> {
  const session = getSession();
  const wasPassword = session.status === "signed-in" && session.method === "password";
  endSession();
  failWaitingCalls();
  if (wasPassword) await logout().catch(() => undefined);
}

/** Forget timers and credentials, for tests. */
export function resetSignInForTests(): void {
  clearTimeout(renewTimer);
  application = null;
  renewal = null;
}
