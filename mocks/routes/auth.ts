// Sign-in endpoints, answered as a self-hosted Airbyte server answers them (evidence in lib/auth.ts).
// `/api/login`, `/api/oauth/access_token` and `/api/logout` are Micronaut's security endpoints, outside
// the Config API description; `instance_configuration` and `applications/token` are in it.
import { http, HttpResponse } from "msw";
import { SEED } from "../seed/ids";
import {
  APPLICATION_TOKEN_SECONDS,
  clearedCookies,
  DEMO_APPLICATION,
  DEMO_LOGIN,
  issueToken,
  REFRESH_COOKIE,
  sessionCookies,
  tokenIsValid,
} from "../lib/auth";
import { applyFaultOrLatency, get, post } from "../lib/route";
import { knownError } from "../lib/errors";
import { settings } from "../lib/settings";
import { normaliseEndpoint } from "../lib/faults";

/** Micronaut's security endpoints under /api (application-edition-community.yml): outside the Config API description. */
export const SECURITY_ENDPOINTS = ["/login", "/oauth/access_token", "/logout"] as const;

/** The server's version, as `instance_configuration` reports it. */
const MOCK_AIRBYTE_VERSION = "1.8.2";

async function readJsonOrForm(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text) return {};
  // Micronaut's login and token endpoints take JSON or a form (application/x-www-form-urlencoded).
  if ((request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function withCookies(status: number, cookies: string[], body?: Record<string, unknown>): Response {
  const headers = new Headers();
  for (const value of cookies) headers.append("Set-Cookie", value);
  if (body) return HttpResponse.json(body, { status, headers });
  return new HttpResponse(null, { status, headers });
}

/** Micronaut's security endpoints: latency and injected faults like every other endpoint of the mock. */
function securityEndpoint(path: string, resolve: (request: Request, cookies: Record<string, string>) => Promise<Response> | Response) {
  return http.post(`*/api${path}`, async ({ request, cookies }) => {
    const injected = await applyFaultOrLatency(normaliseEndpoint(path));
    if (injected) return injected;
    return resolve(request, cookies);
  });
}

export const authHandlers = [
  // InstanceConfigurationHandler.kt: no defaultWorkspaceId any more (the description still lists it),
  // and licenseStatus only for licensed (Pro/Enterprise) editions.
  get(
    "/v1/instance_configuration",
    () => ({
      edition: "community",
      version: MOCK_AIRBYTE_VERSION,
      airbyteUrl: "http://localhost:8000",
      auth: { mode: settings.authMode },
      initialSetupComplete: true,
      defaultUserId: "00000000-0000-0000-0000-000000000000",
      defaultOrganizationId: SEED.organizationId,
      defaultOrganizationEmail: DEMO_LOGIN.email,
      trackingStrategy: "logging",
    }),
    { public: true },
  ),
  post(
    "/v1/applications/token",
    (body) => {
      if (body.client_id !== DEMO_APPLICATION.clientId || body.client_secret !== DEMO_APPLICATION.clientSecret) {
        // ApplicationServiceMicronautImpl.getToken: a wrong id or secret throws jakarta's BadRequestException.
        throw knownError(400, "Invalid client id or token", "jakarta.ws.rs.BadRequestException");
      }
      return { access_token: issueToken("application", APPLICATION_TOKEN_SECONDS) };
    },
    { public: true },
  ),
  securityEndpoint("/login", async (request) => {
    const body = await readJsonOrForm(request);
    if (settings.authMode !== "simple") return new HttpResponse(null, { status: 404 });
    if (body.username !== DEMO_LOGIN.email || body.password !== DEMO_LOGIN.password) return new HttpResponse(null, { status: 401 });
    return withCookies(200, sessionCookies());
  }),
  securityEndpoint("/oauth/access_token", async (request, cookies) => {
    const body = await readJsonOrForm(request);
    const refreshToken = typeof body.refresh_token === "string" ? body.refresh_token : cookies[REFRESH_COOKIE];
    if (body.grant_type !== "refresh_token" || !refreshToken) {
      return HttpResponse.json(
        { error: "invalid_request", error_description: "grant_type=refresh_token and a refresh token are required" },
        { status: 400 },
      );
    }
    if (!tokenIsValid(refreshToken, "refresh")) {
      return withCookies(400, clearedCookies(), { error: "invalid_grant", error_description: "The refresh token is invalid or revoked." });
    }
    return withCookies(200, sessionCookies());
  }),
  securityEndpoint("/logout", () => withCookies(200, clearedCookies())),
];
