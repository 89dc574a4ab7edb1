// Every mocked endpoint must exist in the vendored Config API description with the same method:
// the mock may not invent API.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { handlers, mockedEndpoints } from "./handlers";
import { SECURITY_ENDPOINTS } from "./routes/auth";

const openapi = parse(readFileSync(resolve(process.cwd(), "src/api/openapi/config.yaml"), "utf8")) as {
  paths: Record<string, Record<string, unknown>>;
};

describe("mocked endpoints", () => {
  it("registers each endpoint once", () => {
    // Micronaut's sign-in endpoints, the only ones outside the Config API description, have a
    // handler each; every other endpoint is answered by the one dispatching handler (lib/route.ts).
    expect(SECURITY_ENDPOINTS.length + 1).toBe(handlers.length);
    expect(new Set(mockedEndpoints.map((e) => `${e.method} ${e.path}`)).size).toBe(mockedEndpoints.length);
  });

  it.each(mockedEndpoints.map((e) => [`${e.method.toUpperCase()} ${e.path}`, e] as const))(
    "%s exists in config.yaml",
    (_label, endpoint) => {
      expect(openapi.paths[endpoint.path], `${endpoint.path} is not in config.yaml`).toBeDefined();
      expect(openapi.paths[endpoint.path]![endpoint.method], `${endpoint.path} has no ${endpoint.method} operation`).toBeDefined();
    },
  );
});
