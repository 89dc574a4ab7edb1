// @vitest-environment node
// The built console as this server serves it: security headers on every kind of answer, caching,
// compression, deep links, the generated config.json, and the mock-only files kept away.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ASSET_BODY,
  ASSET_PATH,
  INDEX_HTML,
  type RawAnswer,
  send,
  startSyncdeck,
  startUpstream,
  type Syncdeck,
  testConfig,
  type Upstream,
  writeFakeDist,
} from "./support.ts";

let dist: Awaited<ReturnType<typeof writeFakeDist>>;
let airbyte: Upstream;
let syncdeck: Syncdeck;

beforeAll(async () => {
  dist = await writeFakeDist();
  // An upstream that tries to set its own, weaker security headers on an API answer.
  airbyte = await startUpstream((_request, response) =>
    response
      .writeHead(200, {
        "Content-Type": "application/json",
        "Content-Security-Policy": "default-src *",
        "X-Frame-Options": "ALLOWALL",
        "X-Powered-By": "Micronaut",
      })
      .end('{"available":true}'),
  );
  syncdeck = await startSyncdeck(testConfig({ airbyteUrl: airbyte.url, distDir: dist.dir }));
});

afterAll(async () => {
  await syncdeck.close();
  await airbyte.close();
  await dist.remove();
});

const get = (path: string, headers: Record<string, string> = {}) => send(`${syncdeck.url}${path}`, { headers });

function cspOf(answer: RawAnswer): Map<string, string> {
  const header = String(answer.headers["content-security-policy"] ?? "");
  return new Map(
    header.split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values.join(" ")] as const;
    }),
  );
}

describe("security headers", () => {
  it("go on every answer: the page, a file, config.json, an API answer, a 404, /healthz", async () => {
    const answers = {
      page: await get("/"),
      asset: await get(ASSET_PATH),
      config: await get("/config.json"),
      api: await get("/api/v1/health"),
      missing: await get("/assets/gone-123.js"),
      health: await get("/healthz"),
    };
    for (const [what, answer] of Object.entries(answers)) {
      const csp = cspOf(answer);
      expect(csp.get("default-src"), what).toBe("'self'");
      expect(csp.get("script-src"), what).toBe("'self'");
      expect(csp.get("style-src"), what).toBe("'self' 'unsafe-inline'");
      expect(csp.get("img-src"), what).toBe("'self' data: https:");
      expect(csp.get("connect-src"), what).toBe("'self'");
      expect(csp.get("frame-ancestors"), what).toBe("'none'");
      expect(csp.get("object-src"), what).toBe("'none'");
      expect(csp.get("base-uri"), what).toBe("'self'");
      expect(csp.get("form-action"), what).toBe("'self'");
      expect(csp.has("upgrade-insecure-requests"), what).toBe(false);
      expect(answer.headers["x-content-type-options"], what).toBe("nosniff");
      expect(answer.headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
      expect(answer.headers["x-frame-options"], what).toBe("DENY");
      expect(answer.headers["x-powered-by"], what).toBeUndefined();
    }
    expect(answers.missing.status).toBe(404);
  });
});

describe("the built console", () => {
  it("serves index.html for / and revalidates it on every load", async () => {
    const answer = await get("/");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toMatch(/^text\/html/);
    expect(answer.headers["cache-control"]).toBe("no-cache");
    expect(answer.text()).toBe(INDEX_HTML);
    expect((await get("/index.html")).headers["cache-control"]).toBe("no-cache");
  });

  it("caches hashed files under /assets/ for a year, immutable", async () => {
    const answer = await get(ASSET_PATH);
    expect(answer.status).toBe(200);
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(answer.text()).toBe(ASSET_BODY);
  });

  it("compresses with gzip or brotli when the browser asks, and not otherwise", async () => {
    const gzip = await get(ASSET_PATH, { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(ASSET_BODY);
    const brotli = await get(ASSET_PATH, { "Accept-Encoding": "br, gzip" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(brotli.body).toString()).toBe(ASSET_BODY);
    const plain = await get(ASSET_PATH);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text()).toBe(ASSET_BODY);
  });

  it("answers a deep link with index.html, but a missing file, another method or /api never with it", async () => {
    for (const path of ["/sources", "/connections/c0ffee00-0000-4000-8000-000000000001/status", "/auth_flow?code=x&state=y"]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.text(), path).toBe(INDEX_HTML);
      expect(answer.headers["cache-control"], path).toBe("no-cache");
    }
    expect((await get("/assets/index-Old0Hash.js")).status).toBe(404);
    expect((await get("/robots.txt")).status).toBe(404);
    expect((await send(`${syncdeck.url}/sources`, { method: "POST", body: "{}" })).status).toBe(404);
    const api = await get("/api/v1/health");
    expect(api.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("serves a generated config.json that points the console at Airbyte on this origin", async () => {
    const answer = await get("/config.json");
    expect(answer.status).toBe(200);
    expect(answer.headers["cache-control"]).toBe("no-cache");
    expect(answer.json()).toEqual({ backend: "airbyte", apiUrl: "" });
  });

  it("does not serve the mock backend's service worker or OAuth page, nor the build manifest", async () => {
    for (const path of [
      "/mockServiceWorker.js",
      "/oauth-mock.html",
      "/oauth-mock.html?redirect_uri=https://evil.example",
      "/oauth-mock.js",
      "/.vite/manifest.json",
    ]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.text(), path).not.toContain("msw");
      expect(answer.text(), path).not.toContain("Mock OAuth");
    }
  });
});
