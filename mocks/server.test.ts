// The plain HTTP server (npm run mock:server), over real HTTP. Requests are marked with msw's
// bypass() so the msw/node interception Vitest runs for the UI tests lets them reach the socket.
import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { bypass, http, HttpResponse } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED } from "./seed/ids";
import { MAX_BODY_BYTES, mockControl, startMockServer } from "./server";

let server: Server;
let base: string;

// A test-only answer the mock's own handlers do not give: a sign-in that sets two cookies.
const twoCookies = http.post(
  "*/api/test/two-cookies",
  () =>
    new HttpResponse(JSON.stringify({ ok: true }), {
      headers: [
        ["Content-Type", "application/json"],
        ["Set-Cookie", "access=abc; Path=/; HttpOnly; SameSite=Strict"],
        ["Set-Cookie", "refresh=def; Path=/api/oauth; HttpOnly; SameSite=Strict"],
      ],
    }),
);

beforeAll(async () => {
  server = await startMockServer(0, { allowedOrigins: ["https://console.example.com"], extraHandlers: [twoCookies] });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  mockControl.clearFaults();
  await new Promise((resolve) => server.close(resolve));
});

function request(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(bypass(new Request(`${base}${path}`, init)));
}

const post = (path: string, body: unknown) =>
  request(`/api${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

describe("mock HTTP server", () => {
  it("answers the Config API from the fixture files on disk", async () => {
    const response = await post("/v1/source_definitions/list_latest", {});
    expect(response.status).toBe(200);
    const { sourceDefinitions } = (await response.json()) as { sourceDefinitions: { name: string }[] };
    expect(sourceDefinitions.map((d) => d.name)).toContain("Postgres");
    expect((await request("/api/v1/health")).status).toBe(200);
  });

  it("listens on 127.0.0.1 unless told otherwise", () => {
    expect((server.address() as AddressInfo).address).toBe("127.0.0.1");
  });

  it("allows cross-origin use from the console's local origins and answers preflight requests", async () => {
    const preflight = await request("/api/v1/sources/list", {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    const answer = await request("/api/v1/health", { headers: { Origin: "http://localhost:5173" } });
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const loopback = await request("/api/v1/health", { headers: { Origin: "http://127.0.0.1:4193" } });
    expect(loopback.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:4193");
    const listed = await request("/api/v1/health", { headers: { Origin: "https://console.example.com" } });
    expect(listed.headers.get("access-control-allow-origin")).toBe("https://console.example.com");
  });

  it("never allows another site, even one whose name starts like an allowed origin", async () => {
    for (const origin of ["https://evil.example", "http://localhost.evil.example", "https://console.example.com.evil.example", "null"]) {
      const preflight = await request("/api/v1/sources/list", {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
      });
      expect(preflight.headers.get("access-control-allow-origin"), origin).toBeNull();
      expect(preflight.headers.get("access-control-allow-credentials"), origin).toBeNull();
      const answer = await request("/api/v1/health", { headers: { Origin: origin } });
      expect(answer.headers.get("access-control-allow-origin"), origin).toBeNull();
    }
  });

  it("answers 415 to a POST body that is not JSON, and takes JSON with a charset or an empty POST", async () => {
    const form = await request("/api/v1/sources/list", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: '{"workspaceId":"x"}',
    });
    expect(form.status).toBe(415);
    expect(((await form.json()) as { message: string }).message).toContain("must be JSON");
    const charset = await request("/api/v1/source_definitions/list_latest", {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8" },
      body: "{}",
    });
    expect(charset.status).toBe(200);
    // No body, no content type: nothing to refuse (the path decides: here, no such endpoint).
    expect((await request("/api/v1/nothing/here", { method: "POST" })).status).toBe(404);
  });

  it("answers 413 to a body over 10 MB, whether it announces its length or not", async () => {
    const big = new Uint8Array(MAX_BODY_BYTES + 1).fill(0x20);
    const announced = await request("/api/v1/sources/list", { method: "POST", headers: { "Content-Type": "application/json" }, body: big });
    expect(announced.status).toBe(413);
    // Streamed in chunks without a Content-Length: counted as it arrives.
    const status = await new Promise<number>((resolve, reject) => {
      const sent = httpRequest(
        `${base}/api/v1/sources/list`,
        { method: "POST", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } },
        (answer) => {
          answer.resume();
          resolve(answer.statusCode ?? 0);
        },
      );
      sent.on("error", reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i <= MAX_BODY_BYTES / chunk.length; i += 1) sent.write(chunk);
      sent.end();
    });
    expect(status).toBe(413);
  });

  it("answers 405 with Allow to methods the API does not take", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const answer = await request("/api/v1/sources/list", { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.get("allow"), method).toBe("GET, POST, OPTIONS, HEAD");
    }
  });

  it("answers TRACE with 405, not a server error", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const sent = httpRequest(`${base}/api/v1/sources/list`, { method: "TRACE" }, (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      });
      sent.on("error", reject);
      sent.end();
    });
    expect(status).toBe(405);
  });

  it("answers 422 naming the field to a body whose fields the API does not describe, and changes nothing", async () => {
    const connectionId = SEED.connections.postgresToS3.id;
    const jobsBefore = await post("/v1/jobs/list", { configTypes: ["clear"], configId: connectionId });
    // A string where the API takes a list of streams once cleared every stream of the connection.
    const clear = await post("/v1/connections/clear/stream", { connectionId, streams: "all" });
    expect(clear.status).toBe(422);
    const body = (await clear.json()) as { message: string; validationErrors: { propertyPath: string; message: string }[] };
    expect(body.validationErrors.map((e) => e.propertyPath)).toContain("streams");
    expect(body.message).toMatch(/streams/);
    const jobsAfter = await post("/v1/jobs/list", { configTypes: ["clear"], configId: connectionId });
    expect(await jobsAfter.json()).toEqual(await jobsBefore.json());

    const create = await post("/v1/sources/create", {
      workspaceId: SEED.workspace.id,
      name: { first: "not", last: "a string" },
      sourceDefinitionId: "00000000-0000-4000-8000-000000000000",
      connectionConfiguration: {},
    });
    expect(create.status).toBe(422);
    expect(((await create.json()) as { validationErrors: { propertyPath: string }[] }).validationErrors[0]!.propertyPath).toBe("name");
    // A JSON body that is not an object at all.
    expect((await post("/v1/sources/list", ["workspaceId"])).status).toBe(422);
  });

  it("forwards every Set-Cookie header of an answer", async () => {
    const answer = await request("/api/test/two-cookies", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(answer.status).toBe(200);
    expect(answer.headers.getSetCookie()).toEqual([
      "access=abc; Path=/; HttpOnly; SameSite=Strict",
      "refresh=def; Path=/api/oauth; HttpOnly; SameSite=Strict",
    ]);
  });

  it("answers unknown paths with 404 and drops the connection for an injected network fault", async () => {
    expect((await post("/v1/nothing/here", {})).status).toBe(404);
    mockControl.fault("/v1/health", "network");
    await expect(request("/api/v1/health")).rejects.toThrow();
    mockControl.clearFaults();
  });

  it("serves the simulated OAuth provider page and the icon it links", async () => {
    const page = await request("/oauth-mock.html");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Mock OAuth provider");
    // Its script is a file (no inline script: the page runs under the console's CSP), served too.
    const src = /<script src="([^"]+)"/.exec(html)?.[1];
    expect(src).toBe("/oauth-mock.js");
    const script = await request(src!);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain("redirect_uri");
    const icon = await request("/favicon.svg");
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
  });
});
