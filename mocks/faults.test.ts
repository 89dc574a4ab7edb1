import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { parseFaultParameter } from "./lib/faults";
import { SEED } from "./seed/ids";
import { call } from "./test-utils";

const listSources = () => call("/v1/sources/list", { workspaceId: SEED.workspace.id });

beforeEach(async () => {
  await mockControl.reset();
});
afterEach(() => {
  mockControl.clearFaults();
});

describe("fault injection", () => {
  it("answers with the chosen status and an Airbyte KnownExceptionInfo body", async () => {
    mockControl.fault("/v1/sources/list", { status: 503 });
    const answer = await listSources();
    expect(answer.status).toBe(503);
    expect(typeof answer.body.message).toBe("string");
    expect(answer.body.exceptionClassName).toBeTruthy();
  });

  it("uses a custom body when given, and a limited number of times", async () => {
    mockControl.fault("sources/list", { status: 422, body: { message: "Nope", validationErrors: [{ propertyPath: "name" }] }, times: 1 });
    expect(await listSources()).toEqual({ status: 422, body: { message: "Nope", validationErrors: [{ propertyPath: "name" }] } });
    expect((await listSources()).status).toBe(200);
  });

  it("simulates a network failure", async () => {
    mockControl.fault("/v1/sources/list", "network");
    await expect(listSources()).rejects.toThrow();
  });

  it("answers 200 with a body that is not JSON (malformed) or not the right shape", async () => {
    mockControl.fault("/v1/sources/list", "malformed");
    const response = await fetch("http://localhost/api/v1/sources/list", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ workspaceId: SEED.workspace.id }),
    });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
    mockControl.fault("/v1/sources/list", "wrong-shape");
    const wrong = await listSources();
    expect(wrong.status).toBe(200);
    expect(wrong.body).not.toHaveProperty("sources");
  });

  it("delays an endpoint and then answers normally", async () => {
    mockControl.fault("/v1/sources/list", { delayMs: 20 });
    expect((await listSources()).status).toBe(200);
  });

  it("clearFaults() and reset() remove faults", async () => {
    mockControl.fault("*", { status: 500 });
    expect((await call("/v1/health")).status).toBe(500);
    mockControl.clearFaults();
    expect((await call("/v1/health")).status).toBe(200);
  });
});

describe("mockFault URL parameter", () => {
  it("parses statuses, network, malformed and delays; ignores junk", () => {
    expect(
      parseFaultParameter("/v1/sources/list:500,/v1/jobs/get:network,connections/list:malformed,/v1/health:delay=250,nonsense"),
    ).toEqual([
      { endpoint: "/v1/sources/list", spec: { status: 500 } },
      { endpoint: "/v1/jobs/get", spec: "network" },
      { endpoint: "connections/list", spec: "malformed" },
      { endpoint: "/v1/health", spec: { delayMs: 250 } },
    ]);
  });
});
