// Airbyte's sign-in endpoints outside the Config API description (Micronaut security, Community
// edition): `POST /api/login`, `POST /api/oauth/access_token`, `POST /api/logout`. Sign-in sets the
// access token (180 s) and a refresh token (30 days) as HttpOnly cookies: the console never sees
// either, it only asks the server to set, renew or clear them.
import { whenBackendReady } from "../backendReady";
import { apiBaseUrl, requestCredentials } from "../baseUrl";
import { ApiError, errorFromResponse, errorFromThrown } from "../errors";
import { getRuntimeConfig } from "../runtimeConfig";

async function postSecurity(path: string, body: Record<string, string>): Promise<Response> {
  await whenBackendReady();
  try {
    return await fetch(`${apiBaseUrl()}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      credentials: requestCredentials(),
      signal: AbortSignal.timeout(getRuntimeConfig().timeoutMs),
    });
  } catch (thrown) {
    throw errorFromThrown(path, thrown);
  }
}

async function bodyOf(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Why a sign-in was refused, in words a person can act on. */
function loginRefusal(status: number, body: unknown): ApiError {
  const endpoint = "/login";
  if (status === 401) {
    return new ApiError({
      kind: "http",
      endpoint,
      status,
      message:
        "Wrong email or password. Use the email given when Airbyte was set up; `abctl local credentials` prints both for an abctl install.",
    });
  }
  if (status === 404) {
    return new ApiError({
      kind: "http",
      endpoint,
      status,
      message: "This server has no email and password sign-in (its auth mode may be single sign-on, or auth is off).",
    });
  }
  if (status === 403 || status === 423) {
    const server = errorFromResponse(endpoint, status, body);
    return new ApiError({
      kind: "http",
      endpoint,
      status,
      message: `This account may not sign in now (locked or not allowed): ${server.message}`,
    });
  }
  if (status === 429)
    return new ApiError({ kind: "http", endpoint, status, message: "Too many sign-in attempts. Wait a minute, then try again." });
  return errorFromResponse(endpoint, status, body);
}

/** Email and password sign-in; on success the server has set the session cookies. */
export async function login(email: string, password: string): Promise<void> {
  const response = await postSecurity("/login", { username: email, password });
  if (!response.ok) throw loginRefusal(response.status, await bodyOf(response));
}

/** Renew the access cookie from the refresh cookie; false when the server refuses (session over). */
export async function refreshAccessToken(): Promise<boolean> {
  const response = await postSecurity("/oauth/access_token", { grant_type: "refresh_token" });
  if (response.ok) return true;
  // 400 (invalid_grant: expired or revoked) and 401/403 mean the session is over; anything else is a
  // server problem worth reporting rather than signing the user out for.
  if (response.status === 400 || response.status === 401 || response.status === 403) return false;
  throw errorFromResponse("/oauth/access_token", response.status, await bodyOf(response));
}

/** Ask the server to clear the session cookies. Signing out locally never waits on this succeeding. */
export async function logout(): Promise<void> {
  await postSecurity("/logout", {});
}
