// @vitest-environment node
// Settings from the environment, and `npm start` itself (node server/index.ts as a child process):
// a mistake stops it with a message saying what to change and exit code 1; a good start serves,
// warns about an unreachable Airbyte, and stops cleanly on SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, configFromEnv, DEFAULT_PORT, parseAirbyteUrl, parsePort } from "../config.ts";
import { deadUrl, send, startUpstream, writeFakeDist } from "./support.ts";

const ENTRY = fileURLToPath(new URL("../index.ts", import.meta.url));

let dist: Awaited<ReturnType<typeof writeFakeDist>>;
beforeAll(async () => {
  dist = await writeFakeDist();
});
afterAll(async () => {
  await dist.remove();
});

describe("AIRBYTE_URL", () => {
  it("is the server's base URL: a trailing / or /api is dropped, a path prefix kept", () => {
    expect(parseAirbyteUrl("http://localhost:8000")).toBe("http://localhost:8000");
    expect(parseAirbyteUrl(" http://localhost:8000/ ")).toBe("http://localhost:8000");
    expect(parseAirbyteUrl("http://localhost:8000/api")).toBe("http://localhost:8000");
    expect(parseAirbyteUrl("https://airbyte.example.com/api/")).toBe("https://airbyte.example.com");
    expect(parseAirbyteUrl("https://example.com/airbyte/api")).toBe("https://example.com/airbyte");
  });

  it("must be set, be an http(s) URL, and carry no credentials, query or fragment", () => {
    expect(() => parseAirbyteUrl(undefined)).toThrow(
      /^AIRBYTE_URL is not set\. .*e\.g\. AIRBYTE_URL=http:\/\/localhost:8000 PORT=8080 npm start$/,
    );
    expect(() => parseAirbyteUrl("localhost:8000")).toThrow('must start with http:// or https:// (got "localhost:")');
    expect(() => parseAirbyteUrl("not a url")).toThrow('AIRBYTE_URL "not a url" is not a URL');
    expect(() => parseAirbyteUrl("ftp://files.example.com")).toThrow("must start with http:// or https://");
    expect(() => parseAirbyteUrl("http://admin:hunter2@localhost:8000")).toThrow("must not contain a user name or password");
    expect(() => parseAirbyteUrl("http://admin:hunter2@localhost:8000")).not.toThrow(/hunter2/);
    expect(() => parseAirbyteUrl("http://localhost:8000/?x=1")).toThrow("must not have a query");
  });
});

describe("PORT", () => {
  it("defaults to 8080 and takes a whole number from 1 to 65535", () => {
    expect(parsePort(undefined)).toBe(DEFAULT_PORT);
    expect(parsePort("")).toBe(8080);
    expect(parsePort("4193")).toBe(4193);
    for (const bad of ["0", "65536", "80.5", "-1", "http", "8080abc"])
      expect(() => parsePort(bad), bad).toThrow(`PORT "${bad}" is not a port: use a whole number from 1 to 65535`);
  });
});

describe("the whole environment", () => {
  it("reads every setting, and refuses an unclear AIRBYTE_INSECURE_COOKIES", () => {
    const config = configFromEnv({
      AIRBYTE_URL: "http://airbyte:8000/api",
      PORT: "9000",
      HOST: "127.0.0.1",
      DIST_DIR: dist.dir,
      AIRBYTE_INSECURE_COOKIES: "1",
    });
    expect(config).toMatchObject({
      airbyteUrl: "http://airbyte:8000",
      port: 9000,
      host: "127.0.0.1",
      distDir: dist.dir,
      insecureCookies: true,
    });
    expect(configFromEnv({ AIRBYTE_URL: "http://airbyte:8000" })).toMatchObject({ port: 8080, host: undefined, insecureCookies: false });
    expect(() => configFromEnv({ AIRBYTE_URL: "http://airbyte:8000", AIRBYTE_INSECURE_COOKIES: "yes please" })).toThrow(
      'AIRBYTE_INSECURE_COOKIES "yes please" is not understood: use 1 (on) or 0 (off)',
    );
  });

  it("needs a built console", () => {
    expect(() => assertBuilt(dist.dir)).not.toThrow();
    expect(() => assertBuilt("/nonexistent/dist")).toThrow(
      "/nonexistent/dist/index.html does not exist: build the console first with `npm run build`",
    );
  });
});

interface Child {
  process: ChildProcess;
  output(): string;
  /** Resolves with the output once it matches, or rejects if the process ends first. */
  waitFor(pattern: RegExp): Promise<string>;
  exited: Promise<number | null>;
}

function startEntry(env: Record<string, string>): Child {
  const child = spawn(process.execPath, [ENTRY], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of waiters) waiter();
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    process: child,
    output: () => output,
    exited,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) resolve(match[0]);
        };
        waiters.push(check);
        check();
        void exited.then(() => {
          check();
          reject(new Error(`the server exited before printing ${pattern}; output:\n${output}`));
        });
      }),
  };
}

describe("npm start (node server/index.ts)", () => {
  it("stops with exit code 1 and a clear message for a missing or bad AIRBYTE_URL, a bad PORT, a missing build", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ DIST_DIR: dist.dir }, "Syncdeck's server cannot start: AIRBYTE_URL is not set."],
      [{ DIST_DIR: dist.dir, AIRBYTE_URL: "localhost:8000" }, "AIRBYTE_URL must start with http:// or https://"],
      [{ DIST_DIR: dist.dir, AIRBYTE_URL: "http://localhost:8000", PORT: "eighty" }, 'PORT "eighty" is not a port'],
      [{ DIST_DIR: "/nonexistent/dist", AIRBYTE_URL: "http://localhost:8000" }, "build the console first with `npm run build`"],
    ];
    for (const [env, message] of cases) {
      const child = startEntry(env);
      expect(await child.exited, message).toBe(1);
      expect(child.output(), message).toContain(message);
    }
  });

  it("serves, warns that Airbyte is unreachable (what was tried, why, what to check), and stops cleanly on SIGTERM", async () => {
    const nowhere = await deadUrl();
    const port = new URL(await deadUrl()).port; // free a moment ago
    const server = startEntry({ DIST_DIR: dist.dir, AIRBYTE_URL: `${nowhere}/api/`, PORT: port, HOST: "127.0.0.1" });
    try {
      await server.waitFor(/Syncdeck on http:\/\/127\.0\.0\.1:\d+\//);
      const warning = await server.waitFor(/Warning: could not reach Airbyte.*\n/);
      expect(warning).toContain(`at ${nowhere} (GET ${nowhere}/api/v1/health: connect ECONNREFUSED`);
      expect(warning).toContain("Check that Airbyte is running");
      const health = await send(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      server.process.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain("SIGTERM: stopping");
    } finally {
      server.process.kill("SIGKILL");
    }
  });

  it("warns when AIRBYTE_URL answers, but not like Airbyte", async () => {
    const website = await startUpstream((_request, response) =>
      response.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><p>Router admin</p>"),
    );
    const port = new URL(await deadUrl()).port;
    const server = startEntry({ DIST_DIR: dist.dir, AIRBYTE_URL: website.url, PORT: port, HOST: "127.0.0.1" });
    try {
      const warning = await server.waitFor(/Warning: .*\n/);
      expect(warning).toContain(
        `Warning: ${website.url} does not look like an Airbyte server (GET ${website.url}/api/v1/health answered text/html, not JSON). Check AIRBYTE_URL`,
      );
    } finally {
      server.process.kill("SIGKILL");
      await server.exited;
      await website.close();
    }
  });
});
