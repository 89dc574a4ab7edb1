// @vitest-environment node
// The /api proxy, over real sockets: to the mock backend (the Airbyte stand-in) for real API calls,
// and to a throwaway upstream where the test must see exactly what arrives.
import { createHash } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "../../mocks/server.ts";
import { SEED } from "../../mocks/seed/ids.ts";
import { DEFAULT_PROXY_TIMEOUT_MS, type ServerConfig } from "../config.ts";
import { deadUrl, send, startSyncdeck, startUpstream, type Syncdeck, testConfig, type Upstream, writeFakeDist } from "./support.ts";

const FIFTEEN_MINUTES = 15 * 60_000;
const json = { "Content-Type": "application/json" };

let dist: Awaited<ReturnType<typeof writeFakeDist>>;
let mock: Server;
let mockUrl: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  dist = await writeFakeDist();
  mock = await startMockServer(0, { host: "127.0.0.1" });
  mockUrl = `http://127.0.0.1:${(mock.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

afterAll(async () => {
  await new Promise((resolve) => mock.close(resolve));
  await dist.remove();
});

async function syncdeckFor(airbyteUrl: string, overrides: Partial<ServerConfig> = {}): Promise<Syncdeck> {
  const server = await startSyncdeck(testConfig({ airbyteUrl, distDir: dist.dir, ...overrides }));
  cleanups.push(() => server.close());
  return server;
}

async function upstream(answer: Parameters<typeof startUpstream>[0]): Promise<Upstream> {
  const server = await startUpstream(answer);
  cleanups.push(() => server.close());
  return server;
}

describe("the /api proxy", () => {
  it("forwards a POST with its JSON body to the Config API and streams the answer back", async () => {
    const syncdeck = await syncdeckFor(mockUrl);
    const answer = await send(`${syncdeck.url}/api/v1/sources/list`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ workspaceId: SEED.workspace.id }),
    });
    expect(answer.status).toBe(200);
    const { sources } = answer.json() as { sources: { name: string }[] };
    expect(sources.map((source) => source.name).sort()).toEqual(
      [SEED.sources.facebook.name, SEED.sources.postgres.name, SEED.sources.stripe.name].sort(),
    );
  });

  it("passes Airbyte's own errors through unchanged (status and body)", async () => {
    const syncdeck = await syncdeckFor(mockUrl);
    const answer = await send(`${syncdeck.url}/api/v1/sources/get`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ sourceId: "11111111-1111-4111-8111-111111111111" }),
    });
    expect(answer.status).toBe(404);
    expect(answer.json()).toHaveProperty("message");
  });

  it("makes a call from its own page look same-origin to Airbyte: Origin rewritten, Referer dropped, Host Airbyte's, cookies and path kept", async () => {
    const airbyte = await upstream((_request, response) => response.writeHead(200, json).end("{}"));
    const syncdeck = await syncdeckFor(airbyte.url);
    const answer = await send(`${syncdeck.url}/api/v1/connections/list?trace=1`, {
      method: "POST",
      headers: { ...json, Origin: syncdeck.url, Referer: `${syncdeck.url}/connections/123?tab=status`, Cookie: "access=abc; other=1" },
      body: '{"workspaceId":"w"}',
    });
    expect(answer.status).toBe(200);
    const [seen] = airbyte.requests;
    expect(seen?.url).toBe("/api/v1/connections/list?trace=1");
    expect(seen?.headers.origin).toBe(airbyte.url);
    expect(seen?.headers.referer).toBeUndefined();
    expect(seen?.headers.host).toBe(new URL(airbyte.url).host);
    expect(seen?.headers.cookie).toBe("access=abc; other=1");
    expect(seen?.body.toString()).toBe('{"workspaceId":"w"}');
  });

  it("treats the host a reverse proxy names in X-Forwarded-Host as its own", async () => {
    const airbyte = await upstream((_request, response) => response.writeHead(200, json).end("{}"));
    const syncdeck = await syncdeckFor(airbyte.url);
    const answer = await send(`${syncdeck.url}/api/v1/health`, {
      headers: { Origin: "https://syncdeck.example.com", "X-Forwarded-Host": "syncdeck.example.com" },
    });
    expect(answer.status).toBe(200);
    expect(airbyte.requests[0]?.headers.origin).toBe(airbyte.url);
  });

  it("refuses a call from another site's page (403, never forwarded), rather than passing it off as its own", async () => {
    const airbyte = await upstream((_request, response) => response.writeHead(200, json).end("{}"));
    const syncdeck = await syncdeckFor(airbyte.url);
    for (const origin of ["https://evil.example", "null"]) {
      const answer = await send(`${syncdeck.url}/api/v1/sources/delete`, {
        method: "POST",
        headers: { ...json, Origin: origin },
        body: "{}",
      });
      expect(answer.status, origin).toBe(403);
      expect((answer.json() as { message: string }).message).toContain(`came from a page at ${origin}`);
    }
    expect(airbyte.requests).toEqual([]);
  });

  it("keeps every Set-Cookie of a sign-in answer, bound to this origin (Domain removed), Secure kept by default", async () => {
    const cookies = [
      "access_token=a1; Path=/; HttpOnly; Secure; SameSite=Strict; Domain=localhost",
      "refresh_token=r1; Path=/api/oauth; HttpOnly; Secure; SameSite=Strict",
    ];
    const airbyte = await upstream((_request, response) => response.writeHead(200, { ...json, "Set-Cookie": cookies }).end("{}"));
    const syncdeck = await syncdeckFor(airbyte.url);
    const answer = await send(`${syncdeck.url}/api/login`, {
      method: "POST",
      headers: { ...json, Origin: syncdeck.url },
      body: '{"username":"u@example.com","password":"p"}',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers["set-cookie"]).toEqual([
      "access_token=a1; Path=/; HttpOnly; Secure; SameSite=Strict",
      "refresh_token=r1; Path=/api/oauth; HttpOnly; Secure; SameSite=Strict",
    ]);
  });

  it("drops Secure from Airbyte's cookies only when told to (AIRBYTE_INSECURE_COOKIES)", async () => {
    const airbyte = await upstream((_request, response) =>
      response.writeHead(200, { ...json, "Set-Cookie": ["a=1; Secure; HttpOnly", "b=2; HttpOnly; secure"] }).end("{}"),
    );
    const syncdeck = await syncdeckFor(airbyte.url, { insecureCookies: true });
    const answer = await send(`${syncdeck.url}/api/oauth/access_token`, { method: "POST", headers: json, body: "{}" });
    expect(answer.headers["set-cookie"]).toEqual(["a=1; HttpOnly", "b=2; HttpOnly"]);
  });

  it("streams a 10 MB body to Airbyte and a 10 MB answer back, byte for byte", async () => {
    const size = 10 * 1024 * 1024;
    const sent = Buffer.alloc(size, "x");
    const airbyte = await upstream((request, response) =>
      response.writeHead(200, { "Content-Type": "application/octet-stream" }).end(request.body),
    );
    const syncdeck = await syncdeckFor(airbyte.url);
    const answer = await send(`${syncdeck.url}/api/v1/sources/create`, { method: "POST", headers: json, body: sent });
    expect(answer.status).toBe(200);
    const hash = (data: Buffer) => createHash("sha256").update(data).digest("hex");
    expect(airbyte.requests[0]?.body.length).toBe(size);
    expect(hash(airbyte.requests[0]!.body)).toBe(hash(sent));
    expect(answer.body.length).toBe(size);
    expect(hash(answer.body)).toBe(hash(sent));
  });

  it("keeps a call open for as long as Airbyte takes: no clock of its own under 15 minutes", async () => {
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    let answerNow: () => void = () => undefined;
    const airbyte = await upstream((_request, response) => {
      answerNow = () => response.writeHead(200, json).end('{"status":"succeeded"}');
      release();
    });
    const syncdeck = await syncdeckFor(airbyte.url);
    const pending = send(`${syncdeck.url}/api/v1/scheduler/sources/check_connection`, { method: "POST", headers: json, body: "{}" });
    await arrived;
    // The answer comes whenever Airbyte sends it...
    answerNow();
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ status: "succeeded" });
    // ...and nothing on the way gives up first: the proxy's limit, the server's request clock, the
    // socket idle timeout (0: none). The real configuration is used: only the port differs.
    expect(DEFAULT_PROXY_TIMEOUT_MS).toBeGreaterThanOrEqual(FIFTEEN_MINUTES);
    expect(syncdeck.server.requestTimeout).toBeGreaterThanOrEqual(FIFTEEN_MINUTES);
    expect(syncdeck.server.timeout).toBe(0);
  });

  it("answers 504 with a JSON message when Airbyte says nothing for the whole proxy timeout", async () => {
    const airbyte = await upstream(() => undefined); // never answers
    const syncdeck = await syncdeckFor(airbyte.url, { proxyTimeoutMs: 300 });
    const answer = await send(`${syncdeck.url}/api/v1/sources/discover_schema`, { method: "POST", headers: json, body: "{}" });
    expect(answer.status).toBe(504);
    expect(answer.json()).toEqual({ message: `Syncdeck's server gave up waiting for Airbyte at ${airbyte.url}: no answer within 300 ms.` });
  });

  it("answers 502 with a JSON message naming Airbyte's URL and the reason when Airbyte is unreachable", async () => {
    const nowhere = await deadUrl();
    const syncdeck = await syncdeckFor(nowhere);
    const answer = await send(`${syncdeck.url}/api/v1/sources/list`, { method: "POST", headers: json, body: "{}" });
    expect(answer.status).toBe(502);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    const { port } = new URL(nowhere);
    expect(answer.json()).toEqual({
      message: `Syncdeck's server could not reach Airbyte at ${nowhere}: connect ECONNREFUSED 127.0.0.1:${port}`,
    });
  });

  it("appends the path to an AIRBYTE_URL with a path prefix", async () => {
    const airbyte = await upstream((_request, response) => response.writeHead(200, json).end("{}"));
    const syncdeck = await syncdeckFor(`${airbyte.url}/airbyte`);
    await send(`${syncdeck.url}/api/public/v1/workspaces?limit=5`);
    expect(airbyte.requests[0]?.url).toBe("/airbyte/api/public/v1/workspaces?limit=5");
  });

  it("logs method, path, status and time of each call, never the query string or cookies", async () => {
    const airbyte = await upstream((_request, response) => response.writeHead(200, json).end("{}"));
    const syncdeck = await syncdeckFor(airbyte.url);
    await send(`${syncdeck.url}/api/v1/jobs/list?token=query-secret`, {
      method: "POST",
      headers: { ...json, Cookie: "access_token=cookie-secret" },
      body: '{"password":"body-secret"}',
    });
    await send(`${syncdeck.url}/auth_flow?code=oauth-secret&state=s`);
    // The line is written when the answer is finished, which the client may see first.
    await expect.poll(() => syncdeck.logs.length).toBe(2);
    expect(syncdeck.logs[0]).toMatch(/^\S+Z POST \/api\/v1\/jobs\/list 200 \d+ms$/);
    expect(syncdeck.logs[1]).toMatch(/^\S+Z GET \/auth_flow 200 \d+ms$/);
    expect(syncdeck.logs.join("\n")).not.toMatch(/secret/);
  });
});
