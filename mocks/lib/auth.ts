// Sign-in as a self-hosted Airbyte server does it, for the mock. Facts from airbytehq/airbyte-platform
// (ELv2, read for behaviour only):
// - The auth mode is `none`, `simple` or `oidc` (`AuthConfiguration.mode` in the Config API; served by
//   `GET /api/v1/instance_configuration`, which needs no sign-in: InstanceConfigurationApiController).
//   abctl and Helm v2 install with auth on, i.e. `simple`; the demo stays on `none`.
// - `simple` (airbyte-server application-edition-community.yml, Micronaut security with cookie
//   authentication): `POST /api/login {username: <email>, password}` checks the default organization's
//   email and the instance admin password (CommunityAuthProvider.kt) and sets two cookies: the access
//   token, which lives 180 s, and a refresh token (max age 30 days), both SameSite=Strict, HttpOnly and
//   Secure unless the install allows insecure cookies. `POST /api/oauth/access_token` with
//   `grant_type=refresh_token` mints a new access token from the refresh cookie; `POST /api/logout`
//   clears both. Micronaut's cookie names are `JWT` and `JWT_REFRESH_TOKEN`.
// - Application tokens: `POST /api/v1/applications/token {client_id, client_secret}` answers
//   `{access_token}`, a bearer token valid 15 minutes (AirbyteConfig.kt); the id and secret come from
//   `abctl local credentials` or Settings > Applications. The endpoint itself needs no sign-in.
// - Basic auth is switched off in the Community edition (`basic-auth.enabled: false`): an
//   `Authorization: Basic ...` header authenticates nothing, so a protected call answers 401.
// - With auth on, a protected call without a valid token answers 401 with an empty body (Micronaut's
//   default unauthorized response).
// Tokens here are opaque strings carrying their expiry on the mock clock (`now()`), so a test can move
// the clock past an expiry; `revokeSessions()` invalidates every token issued so far (a server whose
// signing secret changed), which is how a refused refresh is simulated.
import { now, settings } from "./settings";

/** The demo instance's sign-in, shown on the Settings page's mock controls (they are not secrets). */
export const DEMO_LOGIN = { email: "demo@syncdeck.dev", password: "syncdeck-demo" } as const;
export const DEMO_APPLICATION = { clientId: "syncdeck-demo-client", clientSecret: "syncdeck-demo-secret" } as const;

const ACCESS_COOKIE = "JWT";
export const REFRESH_COOKIE = "JWT_REFRESH_TOKEN";
const ACCESS_TOKEN_SECONDS = 180;
const REFRESH_TOKEN_SECONDS = 30 * 24 * 3600;
export const APPLICATION_TOKEN_SECONDS = 15 * 60;

type TokenKind = "access" | "refresh" | "application";

/** Tokens issued before the current epoch are refused (see revokeSessions). */
let epoch = 1;

export function revokeSessions(): void {
  epoch += 1;
}

export function issueToken(kind: TokenKind, lifetimeSeconds: number): string {
  const nonce = Math.random().toString(36).slice(2, 10);
  return `mock.${kind}.${epoch}.${now() + lifetimeSeconds * 1000}.${nonce}`;
}

export function tokenIsValid(token: string | undefined, kind: TokenKind): boolean {
  if (!token) return false;
  const [prefix, tokenKind, tokenEpoch, expiresAt] = token.split(".");
  return prefix === "mock" && tokenKind === kind && Number(tokenEpoch) === epoch && Number(expiresAt) > now();
}

function cookie(name: string, value: string, maxAgeSeconds: number): string {
  // Real Airbyte adds `Secure` unless installed with insecure cookies; the mock is served over plain
  // http (a service worker's jar and browsers refuse Secure cookies there), as with
  // `abctl local install --insecure-cookies`.
  const secure = settings.secureCookies ? "; Secure" : "";
  return `${name}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure}`;
}

/** The Set-Cookie headers of a successful sign-in or refresh. */
export function sessionCookies(): string[] {
  return [
    cookie(ACCESS_COOKIE, issueToken("access", ACCESS_TOKEN_SECONDS), ACCESS_TOKEN_SECONDS),
    cookie(REFRESH_COOKIE, issueToken("refresh", REFRESH_TOKEN_SECONDS), REFRESH_TOKEN_SECONDS),
  ];
}

export function clearedCookies(): string[] {
  return [cookie(ACCESS_COOKIE, "", 0), cookie(REFRESH_COOKIE, "", 0)];
}

/**
 * Whether a Config API call may proceed: always with auth off; with auth on, a valid access cookie or
 * a valid application bearer token. Basic credentials never count (switched off in the Community edition).
 */
export function isAuthenticated(request: Request, cookies: Record<string, string>): boolean {
  if (settings.authMode === "none") return true;
  const header = request.headers.get("authorization") ?? "";
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  if (bearer && tokenIsValid(bearer, "application")) return true;
  return tokenIsValid(cookies[ACCESS_COOKIE], "access");
}
