// The mock backend as a plain HTTP server, for any HTTP client, and the Airbyte stand-in the
// production server (server/) is tested against:
//   npm run mock:server            (127.0.0.1:8001 by default: HOST, PORT; MOCK_LATENCY=0 by default;
//                                   MOCK_AUTH=simple to ask for sign-in like a real install)
//   curl -s -XPOST localhost:8001/api/v1/sources/list -H 'content-type: application/json' \
//        -d '{"workspaceId":"5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6"}'
// The same MSW handlers as the browser and Vitest answer each request (msw's getResponse turns a
// Fetch Request into the mocked Response). Like a real server, it checks what it is sent: methods,
// content type, body size, fields (against the API description). CORS allows the console's own origins only (localhost and 127.0.0.1 on
// any port, plus MOCK_ALLOWED_ORIGINS). The control API is exported as `mockControl` (see mocks/README.md).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getResponse, type RequestHandler } from "msw";
import { mockControl, signalMockReady } from "./control";
import { fsDataSource } from "./data/fs-source";
import { installDataSource } from "./data/source";
import { loadContractValidator } from "./contract";
import { handlers } from "./handlers";
import { invalidInput, type MockHttpError } from "./lib/errors";
import { settings, type Range } from "./lib/settings";

export { mockControl };

installDataSource(fsDataSource());

function parseRange(value: string | undefined): Range | undefined {
  if (!value) return undefined;
  const parts = value.split(/[-,]/).map(Number);
  if (parts.some((n) => !Number.isFinite(n) || n < 0)) return undefined;
  return parts.length === 2 ? [parts[0]!, parts[1]!] : parts[0];
}

/** Airbyte's limit on a request body (its server answers 413 above it). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
const ALLOWED_METHODS = "GET, POST, OPTIONS, HEAD";
/** The console on this machine, on any port (dev server, preview, the production server). */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export interface MockServerOptions {
  /** Interface to listen on; default HOST, else 127.0.0.1 (this machine only). */
  host?: string;
  /** Origins allowed besides local ones; default MOCK_ALLOWED_ORIGINS (comma-separated). */
  allowedOrigins?: string[];
  /** Handlers tried before the mock's own (tests: an answer the mock does not give). */
  extraHandlers?: RequestHandler[];
}

function parseOrigins(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter((origin) => origin.length > 0);
}

/**
 * CORS headers for an allowed origin only. Credentials are allowed, so an origin is never reflected
 * blindly: any site could otherwise read the mock's answers through a visitor's browser.
 */
function corsHeaders(request: IncomingMessage, allowedOrigins: readonly string[]): Record<string, string> {
  const origin = request.headers.origin;
  if (!origin || !(LOCAL_ORIGIN.test(origin) || allowedOrigins.includes(origin))) return { Vary: "Origin" };
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": ALLOWED_METHODS,
    "Access-Control-Allow-Headers": "Content-Type, Authorization",
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
}

/** JSON, or the form encoding OAuth 2 token requests use (RFC 6749 section 4.1.3) on the token endpoint. */
function acceptsContentType(path: string, contentType: string | undefined): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type)) return true;
  return path === "/api/oauth/access_token" && type === "application/x-www-form-urlencoded";
}

function hasBody(request: IncomingMessage): boolean {
  return request.headers["transfer-encoding"] !== undefined || Number(request.headers["content-length"] ?? 0) > 0;
}

class BodyTooLarge extends Error {}

/** The body, up to MAX_BODY_BYTES (a longer one throws BodyTooLarge without reading the rest). */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  if (Number(request.headers["content-length"] ?? 0) > MAX_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, headers: Record<string, string>, message: string): number {
  response.writeHead(status, { ...headers, "Content-Type": "application/json" }).end(JSON.stringify({ message }));
  return status;
}

/**
 * 422 naming each field of a JSON body the Config API description does not allow (a string where it
 * takes a list, a body that is not an object), as a real server refuses what it cannot bind; the
 * handlers then only see bodies of the described shape. Unparsable JSON is left to the handlers (400).
 */
function fieldProblems(path: string, method: string, body: Buffer): MockHttpError | undefined {
  const contract = loadContractValidator();
  if (contract.resolvePath(path) === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
  const problems = contract.validateRequest(path, method, parsed);
  if (problems.length === 0) return undefined;
  // Each line reads "POST /v1/x request: /field/path what is wrong".
  return invalidInput(
    problems.map((line) => {
      const detail = line.slice(line.indexOf(": ") + 2);
      const space = detail.indexOf(" ");
      const pointer = space < 0 ? detail : detail.slice(0, space);
      return { propertyPath: pointer.replace(/^\//, "").replaceAll("/", "."), message: space < 0 ? "is invalid" : detail.slice(space + 1) };
    }),
  );
}

const publicDir = join(dirname(fileURLToPath(import.meta.url)), "..", "public");
/** Pages and files of the simulated OAuth provider (the page links the console's icon). */
const providerFiles: Record<string, { file: string; type: string }> = {
  "/oauth-mock.html": { file: join(publicDir, "oauth-mock.html"), type: "text/html; charset=utf-8" },
  "/oauth-mock.js": { file: join(publicDir, "oauth-mock.js"), type: "text/javascript; charset=utf-8" },
  "/favicon.svg": { file: join(publicDir, "favicon.svg"), type: "image/svg+xml" },
};

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  port: number,
  options: Required<Omit<MockServerOptions, "host">>,
): Promise<number> {
  const cors = corsHeaders(request, options.allowedOrigins);
  const method = request.method ?? "GET";
  if (method === "OPTIONS") {
    response.writeHead(204, cors).end();
    return 204;
  }
  if (!["GET", "HEAD", "POST"].includes(method)) {
    response.setHeader("Connection", "close");
    return sendJson(response, 405, { ...cors, Allow: ALLOWED_METHODS }, `${method} is not allowed: the API takes ${ALLOWED_METHODS}.`);
  }
  // The address the client used (through the production server's proxy: the mock's own), so links
  // the mock hands out (the OAuth consent URL) point back at it.
  const host =
    request.headers.host && /^[\w.:[\]-]+$/.test(request.headers.host)
      ? request.headers.host
      : `localhost:${request.socket.localPort ?? port}`;
  const url = new URL(request.url ?? "/", `http://${host}`);
  const providerFile = method === "GET" ? providerFiles[url.pathname] : undefined;
  if (providerFile) {
    // The simulated OAuth provider page the consent URL points at, and its icon.
    response.writeHead(200, { ...cors, "Content-Type": providerFile.type }).end(await readFile(providerFile.file));
    return 200;
  }
  if (method === "POST" && hasBody(request) && !acceptsContentType(url.pathname, request.headers["content-type"])) {
    // The unread body stays on the socket: close it after the answer.
    response.setHeader("Connection", "close");
    return sendJson(
      response,
      415,
      cors,
      `The request body must be JSON (Content-Type: application/json), not ${request.headers["content-type"] ?? "untyped"}.`,
    );
  }
  let body: Buffer | undefined;
  try {
    body = method === "POST" ? await readBody(request) : undefined;
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    response.setHeader("Connection", "close");
    return sendJson(response, 413, cors, `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
  }
  const malformed = body && body.length > 0 ? fieldProblems(url.pathname, method, body) : undefined;
  if (malformed) {
    response.writeHead(malformed.status, { ...cors, "Content-Type": "application/json" }).end(JSON.stringify(malformed.body));
    return malformed.status;
  }
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(key, value);
  const fetchRequest = new Request(url, { method, headers, body: body && body.length > 0 ? new Uint8Array(body) : undefined });
  const mocked = await getResponse([...options.extraHandlers, ...handlers], fetchRequest);
  if (!mocked) {
    return sendJson(response, 404, cors, `No such endpoint: ${method} ${url.pathname}. The mock serves the Config API under /api/v1/.`);
  }
  if (mocked.type === "error") {
    // An injected network failure: drop the connection without an answer.
    response.socket?.destroy();
    return 0;
  }
  // Every Set-Cookie of the answer (a sign-in sets several): a Headers object joins other repeated
  // headers into one value, but never cookies, which must each keep their own header line.
  const out: Record<string, string | string[]> = { ...cors };
  mocked.headers.forEach((value, key) => {
    if (key !== "set-cookie") out[key] = value;
  });
  const cookies = mocked.headers.getSetCookie();
  if (cookies.length > 0) out["set-cookie"] = cookies;
  response.writeHead(mocked.status, out).end(Buffer.from(await mocked.arrayBuffer()));
  return mocked.status;
}

/** Start the mock server; resolves once it listens. */
export function startMockServer(port = Number(process.env.PORT ?? 8001), options: MockServerOptions = {}): Promise<Server> {
  settings.latencyMs = parseRange(process.env.MOCK_LATENCY) ?? 0;
  settings.operationMs = parseRange(process.env.MOCK_OPERATION_MS) ?? 0;
  settings.firstCheckMs = parseRange(process.env.MOCK_FIRST_CHECK_MS) ?? 0;
  // MOCK_AUTH=simple serves sign-in like an abctl or Helm install (auth on); `none` by default, like the demo.
  const auth = process.env.MOCK_AUTH?.trim();
  if (auth === "none" || auth === "simple" || auth === "oidc") settings.authMode = auth;
  const host = options.host ?? (process.env.HOST?.trim() || "127.0.0.1");
  const handling = {
    allowedOrigins: options.allowedOrigins ?? parseOrigins(process.env.MOCK_ALLOWED_ORIGINS),
    extraHandlers: options.extraHandlers ?? [],
  };
  const server = createServer((request, response) => {
    const started = performance.now();
    // Logged without the query string: it may carry OAuth codes.
    const path = (request.url ?? "/").split("?")[0];
    handle(request, response, port, handling)
      .then((status) => {
        console.log(
          `${new Date().toISOString()} ${request.method} ${path} ${status === 0 ? "network-error" : status} ${Math.round(performance.now() - started)}ms`,
        );
      })
      .catch((error: unknown) => {
        console.error(`${request.method} ${path} failed`, error);
        if (!response.headersSent)
          response.writeHead(500, { "Content-Type": "application/json" }).end(JSON.stringify({ message: "The mock server failed." }));
      });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      const shown = host.includes(":") ? `[${host}]` : host;
      console.log(`Syncdeck mock backend: http://${shown}:${actual}/api/v1/ (latency ${JSON.stringify(settings.latencyMs)} ms)`);
      signalMockReady();
      resolve(server);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  startMockServer().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
