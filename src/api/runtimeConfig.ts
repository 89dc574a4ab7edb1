// Which backend the console talks to is decided at start-up, not at build time: the production build
// reads `/config.json` (served beside index.html) so one build works against the mock or any server.

/**
 * `detect` (default): ask the server (`instance_configuration`). The others override what it says:
 * Airbyte's own modes, `none`, `simple` (email and password, or an application's client id and
 * secret) and `oidc` (single sign-on, not supported yet). The old `basic` and `bearer` values mean
 * `detect`: Airbyte switched basic auth off, and application sign-in replaces pasted tokens.
 */
type AuthMode = "detect" | "none" | "simple" | "oidc";

export interface RuntimeConfig {
  /** "mock": the embedded MSW backend in this tab. "airbyte": a real Config API server. */
  backend: "mock" | "airbyte";
  /** Base URL of the server, without /api. Empty means this origin (dev proxy or reverse proxy). */
  apiUrl: string;
  /** How the server wants to be signed in to; credentials themselves are asked for at runtime. */
  auth: AuthMode;
  /** Request timeout in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_CONFIG: RuntimeConfig = { backend: "mock", apiUrl: "", auth: "detect", timeoutMs: 30_000 };

/** Validate a parsed config.json; unknown or wrong fields fall back to defaults with a warning. */
export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const config = { ...DEFAULT_CONFIG };
  if (typeof raw !== "object" || raw === null) return config;
  const value = raw as Record<string, unknown>;
  if (value.backend === "mock" || value.backend === "airbyte") config.backend = value.backend;
  if (typeof value.apiUrl === "string") config.apiUrl = value.apiUrl.replace(/\/+$/, "").replace(/\/api$/, "");
  if (value.auth === "none" || value.auth === "simple" || value.auth === "oidc") config.auth = value.auth;
  if (typeof value.timeoutMs === "number" && value.timeoutMs > 0) config.timeoutMs = value.timeoutMs;
  return config;
}

let current: RuntimeConfig = DEFAULT_CONFIG;

export function getRuntimeConfig(): RuntimeConfig {
  return current;
}

export function setRuntimeConfig(config: RuntimeConfig): void {
  current = config;
}

/**
 * Load the runtime config. Precedence: the dev server's AIRBYTE_API_URL proxy, then `?backend=` for
 * demos (mock only: a URL must never point the console at another server), then /config.json.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  let config = DEFAULT_CONFIG;
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: "no-store" });
    if (response.ok) config = parseRuntimeConfig(await response.json());
  } catch {
    // No config.json: the defaults (embedded mock backend) apply.
  }
  if (import.meta.env.SYNCDECK_DEV_BACKEND === "airbyte") config = { ...config, backend: "airbyte", apiUrl: "" };
  setRuntimeConfig(config);
  return config;
}
