// @vitest-environment node
// GET /healthz: 200 while this server runs, with whether Airbyte answers its health check.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "../../mocks/server.ts";
import { probeAirbyte } from "../health.ts";
import { deadUrl, send, startSyncdeck, startUpstream, testConfig, writeFakeDist } from "./support.ts";

let dist: Awaited<ReturnType<typeof writeFakeDist>>;
let mock: Server;
let mockUrl: string;

beforeAll(async () => {
  dist = await writeFakeDist();
  mock = await startMockServer(0, { host: "127.0.0.1" });
  mockUrl = `http://127.0.0.1:${(mock.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => mock.close(resolve));
  await dist.remove();
});

async function healthz(airbyteUrl: string, healthTimeoutMs?: number): Promise<{ status: number; cacheControl: unknown; body: unknown }> {
  const syncdeck = await startSyncdeck(testConfig({ airbyteUrl, distDir: dist.dir, ...(healthTimeoutMs ? { healthTimeoutMs } : {}) }));
  try {
    const answer = await send(`${syncdeck.url}/healthz`);
    return { status: answer.status, cacheControl: answer.headers["cache-control"], body: answer.json() };
  } finally {
    await syncdeck.close();
  }
}

describe("/healthz", () => {
  it("says ok and reachable when Airbyte answers GET /api/v1/health with available: true", async () => {
    const answer = await healthz(mockUrl);
    expect(answer.status).toBe(200);
    expect(answer.cacheControl).toBe("no-store");
    expect(answer.body).toEqual({ status: "ok", airbyte: { url: mockUrl, reachable: true } });
  });

  it("still answers 200, with the reason, when Airbyte is unreachable", async () => {
    const nowhere = await deadUrl();
    const answer = await healthz(nowhere);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: "ok",
      airbyte: { url: nowhere, reachable: false, reason: `connect ECONNREFUSED ${new URL(nowhere).host}` },
    });
  });

  it("gives up on an Airbyte that does not answer, after its short timeout", async () => {
    const silent = await startUpstream(() => undefined);
    try {
      const answer = await healthz(silent.url, 200);
      expect(answer.body).toEqual({ status: "ok", airbyte: { url: silent.url, reachable: false, reason: "no answer within 0.2 s" } });
    } finally {
      await silent.close();
    }
  });

  it("says when the URL answers, but not like Airbyte", async () => {
    const website = await startUpstream((_request, response) =>
      response.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><p>Welcome</p>"),
    );
    try {
      const answer = await healthz(website.url);
      expect(answer.body).toEqual({
        status: "ok",
        airbyte: {
          url: website.url,
          reachable: false,
          reason: `does not look like Airbyte: GET ${website.url}/api/v1/health answered text/html, not JSON`,
        },
      });
    } finally {
      await website.close();
    }
  });
});

describe("the Airbyte probe", () => {
  it("tells a server that is starting (5xx) from one that is not Airbyte (4xx, JSON without available)", async () => {
    const answers: [number, string][] = [
      [503, "<html>Service Unavailable</html>"],
      [404, '{"message":"Not Found"}'],
      [200, '{"status":"UP"}'],
    ];
    const server = await startUpstream((_request, response) => {
      const [status, body] = answers.shift()!;
      response.writeHead(status, { "Content-Type": body.startsWith("{") ? "application/json" : "text/html" }).end(body);
    });
    try {
      expect(await probeAirbyte(server.url, 2_000)).toEqual({
        kind: "unreachable",
        reason: "answered HTTP 503 (Airbyte may still be starting)",
      });
      expect(await probeAirbyte(server.url, 2_000)).toEqual({ kind: "not-airbyte", reason: "answered HTTP 404 instead of 200" });
      expect(await probeAirbyte(server.url, 2_000)).toEqual({ kind: "not-airbyte", reason: 'answered JSON without "available": true' });
      expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(Array(3).fill("GET /api/v1/health"));
    } finally {
      await server.close();
    }
  });
});
