import { DEFAULT_CONFIG, parseRuntimeConfig } from "./runtimeConfig";

describe("parseRuntimeConfig", () => {
  it("reads a real-server config and normalises the URL", () => {
    expect(parseRuntimeConfig({ backend: "airbyte", apiUrl: "http://localhost:8000/api/", auth: "simple" })).toEqual({
      ...DEFAULT_CONFIG,
      backend: "airbyte",
      apiUrl: "http://localhost:8000",
      auth: "simple",
    });
  });

  it("detects the auth mode unless told otherwise, and reads the retired basic and bearer as detect", () => {
    expect(parseRuntimeConfig({ backend: "airbyte" }).auth).toBe("detect");
    expect(parseRuntimeConfig({ backend: "airbyte", auth: "basic" }).auth).toBe("detect");
    expect(parseRuntimeConfig({ backend: "airbyte", auth: "bearer" }).auth).toBe("detect");
    expect(parseRuntimeConfig({ backend: "airbyte", auth: "none" }).auth).toBe("none");
  });

  it("falls back to the embedded mock for anything unknown", () => {
    expect(parseRuntimeConfig({ backend: "postgres", auth: "kerberos", timeoutMs: -1 })).toEqual(DEFAULT_CONFIG);
    expect(parseRuntimeConfig("not an object")).toEqual(DEFAULT_CONFIG);
    expect(parseRuntimeConfig(null)).toEqual(DEFAULT_CONFIG);
  });
});
