// Helpers for the server's tests: a fake dist/, the server on a free port, a throwaway upstream that
// records what reaches it, and raw HTTP requests (exact headers both ways, no automatic decoding).
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningServer, startServer } from "../app.ts";
import { DEFAULT_HEALTH_TIMEOUT_MS, DEFAULT_PROXY_TIMEOUT_MS, type ServerConfig } from "../config.ts";

export const ASSET_PATH = "/assets/index-Bx7Qa1cD.js";
/** Large enough to be compressed (over compression's 1 KB threshold). */
export const ASSET_BODY = `console.log(${JSON.stringify("syncdeck ".repeat(400))});\n`;
export const INDEX_HTML =
  '<!doctype html><html lang="en"><head><title>Syncdeck</title><script type="module" src="/assets/index-Bx7Qa1cD.js"></script></head><body><div id="root"></div></body></html>\n';

/** A dist/ like `npm run build` writes, with the files a real-server build must not serve. */
export async function writeFakeDist(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "syncdeck-dist-"));
  await mkdir(join(dir, "assets"));
  await mkdir(join(dir, ".vite"));
  await writeFile(join(dir, "index.html"), INDEX_HTML);
  await writeFile(join(dir, ASSET_PATH), ASSET_BODY);
  await writeFile(join(dir, "favicon.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, "config.json"), '{"backend":"mock","apiUrl":"","auth":"none"}');
  await writeFile(join(dir, "mockServiceWorker.js"), "/* msw */");
  await writeFile(join(dir, "oauth-mock.html"), "<p>Mock OAuth provider</p>");
  await writeFile(join(dir, "oauth-mock.js"), "// Mock OAuth provider");
  await writeFile(join(dir, ".vite", "manifest.json"), "{}");
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export function testConfig(overrides: Partial<ServerConfig> & Pick<ServerConfig, "airbyteUrl" | "distDir">): ServerConfig {
  return {
    port: 0,
    host: "127.0.0.1",
    insecureCookies: false,
    proxyTimeoutMs: DEFAULT_PROXY_TIMEOUT_MS,
    healthTimeoutMs: DEFAULT_HEALTH_TIMEOUT_MS,
    ...overrides,
  };
}

export interface Syncdeck extends RunningServer {
  logs: string[];
}

export async function startSyncdeck(config: ServerConfig): Promise<Syncdeck> {
  const logs: string[] = [];
  const running = await startServer(config, (line) => logs.push(line));
  return { ...running, logs };
}

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Upstream {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/** A stand-in for Airbyte that records each request (with its whole body) before `answer` runs. */
export async function startUpstream(answer: (request: Recorded, response: ServerResponse) => void): Promise<Upstream> {
  const requests: Recorded[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const recorded = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) };
      requests.push(recorded);
      answer(recorded, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A URL where nothing listens (a port that was free a moment ago). */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text(): string;
  json(): unknown;
}

/** One HTTP request with exactly these headers; the body comes back as sent (not decompressed). */
export function send(
  url: string,
  options: { method?: string; headers?: OutgoingHttpHeaders; body?: string | Buffer } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: options.method ?? "GET", headers: options.headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body,
          text: () => body.toString("utf8"),
          json: () => JSON.parse(body.toString("utf8")) as unknown,
        });
      });
    });
    request.on("error", reject);
    request.end(options.body);
  });
}
