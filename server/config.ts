// Reads the server's settings from the environment and checks them, so a mistake stops the server at
// once with a message that says what to change (index.ts prints it and exits with code 1).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface ServerConfig {
  /** Airbyte's base URL: http(s), without a trailing `/` or `/api` (e.g. `http://localhost:8000`). */
  airbyteUrl: string;
  /** Port to listen on; 0 picks a free one (tests only: the environment must name a real port). */
  port: number;
  /** Interface to listen on; undefined: every interface (what a container needs). */
  host: string | undefined;
  /** The built console (`npm run build`). */
  distDir: string;
  /** Drop the `Secure` attribute from Airbyte's cookies (AIRBYTE_INSECURE_COOKIES=1; see README). */
  insecureCookies: boolean;
  /** How long a proxied call may wait for Airbyte's answer. Connector checks can take over 10 minutes. */
  proxyTimeoutMs: number;
  /** How long the health probe (/healthz and the start-up check) waits for Airbyte. */
  healthTimeoutMs: number;
}

class ConfigError extends Error {
  override name = "ConfigError";
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_PROXY_TIMEOUT_MS = 30 * 60_000;
export const DEFAULT_HEALTH_TIMEOUT_MS = 3_000;
/** dist/ beside server/, wherever the command is started from. */
const DEFAULT_DIST_DIR = fileURLToPath(new URL("../dist", import.meta.url));

const EXAMPLE = "AIRBYTE_URL=http://localhost:8000 PORT=8080 npm start";

/** `AIRBYTE_URL` as the proxy target: checked, then without a trailing `/` or `/api`. */
export function parseAirbyteUrl(raw: string | undefined): string {
  const value = raw?.trim() ?? "";
  if (value === "")
    throw new ConfigError(
      `AIRBYTE_URL is not set. Set it to the address of your Airbyte server (the one you open Airbyte's own UI at), e.g. ${EXAMPLE}`,
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `AIRBYTE_URL "${value}" is not a URL. Use the full address of your Airbyte server, with http:// or https://, e.g. http://localhost:8000`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`AIRBYTE_URL must start with http:// or https:// (got "${url.protocol}"), e.g. http://localhost:8000`);
  }
  // Not echoed: the value holds a secret, and the URL is shown in logs and on /healthz.
  if (url.username || url.password)
    throw new ConfigError("AIRBYTE_URL must not contain a user name or password: users sign in in the console.");
  if (url.search || url.hash)
    throw new ConfigError(`AIRBYTE_URL must not have a query (?) or fragment (#): use the server's base address, e.g. ${url.origin}`);
  const path = url.pathname.replace(/\/+$/, "").replace(/\/api$/, "");
  return `${url.origin}${path}`;
}

/** `PORT`: a whole number from 1 to 65535; `fallback` when unset. */
export function parsePort(raw: string | undefined, fallback = DEFAULT_PORT): number {
  const value = raw?.trim() ?? "";
  if (value === "") return fallback;
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 1 && port <= 65535))
    throw new ConfigError(`PORT "${value}" is not a port: use a whole number from 1 to 65535, e.g. PORT=8080`);
  return port;
}

function parseSwitch(name: string, raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() ?? "";
  if (value === "" || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new ConfigError(`${name} "${raw}" is not understood: use 1 (on) or 0 (off)`);
}

/** Every setting from the environment (see README, "Running Syncdeck against your Airbyte"). */
export function configFromEnv(env: Record<string, string | undefined>): ServerConfig {
  return {
    airbyteUrl: parseAirbyteUrl(env.AIRBYTE_URL),
    port: parsePort(env.PORT),
    host: env.HOST?.trim() || undefined,
    distDir: env.DIST_DIR?.trim() ? resolve(env.DIST_DIR.trim()) : DEFAULT_DIST_DIR,
    insecureCookies: parseSwitch("AIRBYTE_INSECURE_COOKIES", env.AIRBYTE_INSECURE_COOKIES),
    proxyTimeoutMs: DEFAULT_PROXY_TIMEOUT_MS,
    healthTimeoutMs: DEFAULT_HEALTH_TIMEOUT_MS,
  };
}

/** The server serves the built console: without `dist/index.html` there is nothing to serve. */
export function assertBuilt(distDir: string): void {
  if (!existsSync(join(distDir, "index.html"))) {
    throw new ConfigError(
      `${join(distDir, "index.html")} does not exist: build the console first with \`npm run build\` (it writes dist/), then run \`npm start\` again.`,
    );
  }
}
