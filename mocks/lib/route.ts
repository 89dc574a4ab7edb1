// One wrapper for every mocked endpoint: latency, fault injection, JSON parsing, Airbyte-style
// errors. Each endpoint module only says what the endpoint does with a parsed body.
import { delay, http, HttpResponse } from "msw";
import type { paths } from "../../src/api/schema.gen";
import { ensureCoreDb, ensureDb } from "../db/load";
import { isAuthenticated } from "./auth";
import { errorResponse, knownError, MockHttpError } from "./errors";
import { takeFault } from "./faults";
import { resolveRange, settings } from "./settings";

export type ApiPath = keyof paths;
type Body = Record<string, unknown>;

/** Every endpoint the mock implements (method and Config API path), for the contract tests. */
export const mockedEndpoints: { method: "get" | "post"; path: ApiPath }[] = [];

export async function applyFaultOrLatency(path: string): Promise<Response | undefined> {
  const fault = takeFault(path);
  const latency = resolveRange(settings.latencyMs);
  if (latency > 0) await delay(latency);
  if (!fault) return undefined;
  if (fault === "network") return HttpResponse.error();
  if (fault === "malformed")
    return new HttpResponse('{"message": "truncated', { status: 200, headers: { "Content-Type": "application/json" } });
  if (fault === "wrong-shape") return HttpResponse.json({ unexpected: true, items: "not what the API describes" });
  if ("delayMs" in fault) {
    await delay(fault.delayMs);
    return undefined;
  }
  const body = fault.body ?? knownError(fault.status, `Injected fault: ${path} answered ${fault.status}.`).body;
  return HttpResponse.json(body as Record<string, unknown>, { status: fault.status });
}

const utf8 = new TextEncoder();

/**
 * The JSON answer, as HttpResponse.json makes it (the same body, Content-Type and Content-Length),
 * encoded once: HttpResponse.json measures the text with a Blob (a copy of the whole answer) and the
 * Response encodes it again. In the browser this runs on the page's main thread, where a status tab
 * of 200 streams gets answers of megabytes.
 */
function toResponse(result: unknown): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new HttpResponse(null, { status: 204 });
  const body = utf8.encode(JSON.stringify(result));
  return new HttpResponse(body, { headers: { "Content-Type": "application/json", "Content-Length": String(body.byteLength) } });
}

function failure(error: unknown): Response {
  if (error instanceof MockHttpError) return errorResponse(error);
  // A bug in the mock should look like a server error, not hang the request.
  console.error("[mock] handler failed", error);
  return errorResponse(knownError(500, `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`));
}

export interface RouteOptions {
  /**
   * The endpoint answers from the seeded records alone (no catalog, no definition beyond the seeded
   * connectors'; see ensureCoreDb), so it need not wait for the rest of the fixture data: the first
   * screen calls only such endpoints.
   */
  coreOnly?: boolean;
  /** Answers without sign-in even when auth is on (health, instance_configuration, applications/token). */
  public?: boolean;
}

/** The answer to a protected call without a valid token when auth is on: Micronaut's bare 401. */
function unauthorized(): Response {
  return new HttpResponse(null, { status: 401 });
}

type Answer = (request: Request, cookies: Record<string, string>) => Promise<Response>;

/** What post() and get() register: the answer of each endpoint, by "METHOD /v1/path". */
const routeTable = new Map<string, Answer>();

/** An endpoint registered with post() or get(), answered by `apiRoutes`. */
export interface MockRoute {
  method: "GET" | "POST";
  path: ApiPath;
}

/** A POST endpoint: `resolve` gets the parsed JSON body and returns the response body (undefined: 204). */
export function post(path: ApiPath, resolve: (body: Body, request: Request) => unknown, options: RouteOptions = {}): MockRoute {
  mockedEndpoints.push({ method: "post", path });
  routeTable.set(`POST ${path}`, async (request, cookies) => {
    const injected = await applyFaultOrLatency(path);
    if (injected) return injected;
    if (!options.public && !isAuthenticated(request, cookies)) return unauthorized();
    let body: Body;
    try {
      const text = await request.text();
      const parsed: unknown = text ? JSON.parse(text) : {};
      body = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Body) : {};
    } catch {
      return errorResponse(knownError(400, "The request body is not valid JSON.", "com.fasterxml.jackson.core.JsonParseException"));
    }
    try {
      await (options.coreOnly ? ensureCoreDb() : ensureDb());
      return toResponse(await resolve(body, request));
    } catch (error) {
      return failure(error);
    }
  });
  return { method: "POST", path };
}

/** A GET endpoint (health and instance_configuration in the Config API). */
export function get(path: ApiPath, resolve: (request: Request) => unknown, options: RouteOptions = {}): MockRoute {
  mockedEndpoints.push({ method: "get", path });
  routeTable.set(`GET ${path}`, async (request, cookies) => {
    const injected = await applyFaultOrLatency(path);
    if (injected) return injected;
    if (!options.public && !isAuthenticated(request, cookies)) return unauthorized();
    try {
      return toResponse(await resolve(request));
    } catch (error) {
      return failure(error);
    }
  });
  return { method: "GET", path };
}

/**
 * One MSW handler answering every endpoint registered with post() and get(), by a table lookup.
 * MSW parses each request (URL, cookies) once per handler it tries before one matches, so with a
 * handler per endpoint a request cost grew with the number of endpoints listed before its own.
 * As before, any origin and path prefix: the Config API path is what follows the last "/api".
 */
export const apiRoutes = http.all("*/api/*", ({ request, cookies }) => {
  const { pathname } = new URL(request.url);
  const answer = routeTable.get(`${request.method} ${pathname.slice(pathname.lastIndexOf("/api/") + 4)}`);
  return answer?.(request, cookies);
});
