// The sign-in session with an Airbyte server, as Airbyte itself does it (facts in mocks/lib/auth.ts):
// - the auth mode comes from `GET /api/v1/instance_configuration` (no sign-in needed), unless
//   config.json's `auth` overrides it;
// - `simple`: email and password set HttpOnly cookies; the access cookie lives 180 s, so it is
//   renewed every 60 s while signed in (and on any 401); a reload keeps the session while the
//   server's refresh cookie lives;
// - application: a client id and secret mint a 15-minute bearer token, minted again before it
//   expires (and on any 401). The id and secret live in this module's memory only.
// Calls never get lost: a 401 renews the session and the call is retried; when the server refuses,
// the session is `expired`, the sign-in dialog opens over the page (which stays mounted, so nothing
// typed is lost) and every waiting call carries on once the user has signed in again.
import { ApiError } from '../errors';
import { getRuntimeConfig } from '../runtimeConfig';
import { sendGet, sendPost } from '../transport';
import { login, logout, refreshAccessToken } from './securityEndpoints';

export type ServerAuthMode = 'none' | 'simple' | 'oidc';
export type SignInMethod = 'password' | 'application';

export type SessionState =
  /** Detecting the server's auth mode; calls go out meanwhile (a server without auth answers them). */
  | { status: 'detecting' }
  /** The server asks for no sign-in. */
  | { status: 'open' }
  | { status: 'signed-in'; method: SignInMethod }
  /** Sign-in needed: first visit, after signing out, or after the session ended (`reason` says why). */
  | { status: 'signed-out'; reason?: string };

export interface ServerInfo {
  mode: ServerAuthMode | 'unknown';
  version?: string;
  edition?: string;
  organizationId?: string;
}

const RENEW_PASSWORD_SESSION_MS = 60_000;
const APPLICATION_TOKEN_MS = 15 * 60_000;
const RENEW_BEFORE_EXPIRY_MS = 60_000;

let state: SessionState = { status: 'detecting' };
let server: ServerInfo = { mode: 'unknown' };
let applicationToken: string | null = null;
let applicationCredentials: { clientId: string; clientSecret: string } | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let detection: Promise<void> = Promise.resolve();
let renewal: Promise<boolean> | null = null;
let waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
  if (next.status === 'signed-in' || next.status === 'open') {
    const ready = waiters;
    waiters = [];
    ready.forEach((waiter) => waiter.resolve());
  }
}

export function getSession(): SessionState {
  return state;
}

export function getServerInfo(): ServerInfo {
  return server;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The Authorization header of a call: an application's bearer token, or none (cookies or no auth). */
export function authorizationHeaders(): Record<string, string> | undefined {
  return applicationToken ? { Authorization: `Bearer ${applicationToken}` } : undefined;
}

function stopRenewing(): void {
  clearTimeout(renewTimer);
  renewTimer = undefined;
}

/** Seconds until a JWT's `exp`, when the token is a readable JWT (Airbyte's are). */
function tokenLifetimeMs(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    if (typeof payload.exp === 'number') return Math.max(0, payload.exp * 1000 - Date.now());
  } catch {
    // Not a JWT: the documented lifetime applies.
  }
  return APPLICATION_TOKEN_MS;
}

function scheduleRenewal(method: SignInMethod): void {
  stopRenewing();
  const delay = method === 'password' ? RENEW_PASSWORD_SESSION_MS : Math.max(5_000, tokenLifetimeMs(applicationToken ?? '') - RENEW_BEFORE_EXPIRY_MS);
  renewTimer = setTimeout(() => {
    void renew().then((renewed) => {
      if (renewed) return;
      endSession('Your session ended: the server would not renew it. Sign in again to carry on; your unsaved changes are kept.');
    });
  }, delay);
}

async function mintApplicationToken(clientId: string, clientSecret: string): Promise<void> {
  const { access_token: token } = await sendPost('/v1/applications/token', { client_id: clientId, client_secret: clientSecret });
  if (typeof token !== 'string' || !token) {
    throw new ApiError({ kind: 'malformed', endpoint: '/v1/applications/token', message: 'The server answered the token request without a token.' });
  }
  applicationToken = token;
  applicationCredentials = { clientId, clientSecret };
}

/** Renew the session once (shared by every caller meanwhile); false when the server refuses. */
function renew(): Promise<boolean> {
  renewal ??= (async () => {
    try {
      if (state.status !== 'signed-in') return false;
      if (state.method === 'password') return await refreshAccessToken();
      if (!applicationCredentials) return false;
      await mintApplicationToken(applicationCredentials.clientId, applicationCredentials.clientSecret);
      return true;
    } catch (error) {
      // A network failure or a server error is not a refusal: keep the session, try again later.
      if (error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout' || (error.status ?? 0) >= 500)) return true;
      return false;
    } finally {
      renewal = null;
    }
  })().then((renewed) => {
    if (renewed && state.status === 'signed-in') scheduleRenewal(state.method);
    return renewed;
  });
  return renewal;
}

function endSession(reason?: string): void {
  stopRenewing();
  applicationToken = null;
  applicationCredentials = null;
  setState({ status: 'signed-out', reason });
}

function detectedMode(): ServerAuthMode | 'unknown' {
  const override = getRuntimeConfig().auth;
  return override === 'detect' ? server.mode : override;
}

/** Find out how the server wants to be signed in to, and pick up a session that survived a reload. */
export function startSession(): Promise<void> {
  detection = (async () => {
    try {
      const info = await sendGet('/v1/instance_configuration');
      server = { mode: info.auth?.mode ?? 'unknown', version: info.version, edition: info.edition, organizationId: info.defaultOrganizationId };
    } catch {
      // Older servers have no instance_configuration: calls go out as they are, and a 401 asks for sign-in.
      server = { mode: 'unknown' };
    }
    const mode = detectedMode();
    if (mode === 'none' || mode === 'unknown') return setState({ status: 'open' });
    if (mode === 'simple') {
      // The refresh cookie outlives a reload: renewing it is how a kept session is found.
      const resumed = await refreshAccessToken().catch(() => false);
      if (resumed) {
        setState({ status: 'signed-in', method: 'password' });
        return scheduleRenewal('password');
      }
    }
    setState({ status: 'signed-out' });
  })();
  return detection;
}

export async function signInWithPassword(email: string, password: string): Promise<void> {
  await login(email, password);
  applicationToken = null;
  applicationCredentials = null;
  setState({ status: 'signed-in', method: 'password' });
  scheduleRenewal('password');
}

export async function signInWithApplication(clientId: string, clientSecret: string): Promise<void> {
  try {
    await mintApplicationToken(clientId, clientSecret);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 400 || error.status === 401 || error.status === 403)) {
      throw new ApiError({ kind: 'http', endpoint: error.endpoint, status: error.status, message: 'The server refused this client id and secret. Copy them again from `abctl local credentials` or Settings > Applications in Airbyte.' });
    }
    throw error;
  }
  setState({ status: 'signed-in', method: 'application' });
  scheduleRenewal('application');
}

/** Sign out here and on the server; calls waiting for a sign-in fail instead of hanging. */
export async function signOut(): Promise<void> {
  const wasPassword = state.status === 'signed-in' && state.method === 'password';
  endSession();
  const pending = waiters;
  waiters = [];
  pending.forEach((waiter) => waiter.reject(new ApiError({ kind: 'aborted', endpoint: '', message: 'You signed out before this finished.' })));
  if (wasPassword) await logout().catch(() => undefined);
}

function waitForSignIn(): Promise<void> {
  return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
}

/** Before a call: wait while the user has to sign in (a call then would only be refused). */
export async function whenSignedIn(): Promise<void> {
  if (state.status === 'signed-out') await waitForSignIn();
}

/**
 * After a 401: renew the session, or ask the user to sign in again and wait for it. Resolves when
 * the call is worth retrying; rejects only when the user signed out meanwhile.
 */
export async function recoverFromUnauthorized(): Promise<void> {
  await detection;
  if (state.status === 'signed-in' && (await renew())) return;
  if (state.status !== 'signed-out') {
    endSession(
      state.status === 'signed-in'
        ? 'Your session ended: the server would not renew it. Sign in again to carry on; your unsaved changes are kept.'
        : 'This Airbyte server asks you to sign in.',
    );
  }
  await waitForSignIn();
}

/** Back to the first state, for tests. */
export function resetSessionForTests(): void {
  endSession();
  waiters = [];
  state = { status: 'detecting' };
  server = { mode: 'unknown' };
  detection = Promise.resolve();
}
