import { http, HttpResponse } from "msw";
import { server } from "@/test/server";
import { apiPost } from "./client";
import { ApiError } from "./errors";
import { DEFAULT_CONFIG, setRuntimeConfig } from "./runtimeConfig";

const ENDPOINT = "*/api/v1/workspaces/list_by_organization_id";
const body = { organizationId: "00000000-0000-0000-0000-000000000000" };

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error("expected the call to fail");
}

afterEach(() => {
  setRuntimeConfig(DEFAULT_CONFIG);
});

describe("apiPost", () => {
  it("posts JSON to /api/v1/... on the configured server and returns the body", async () => {
    let seen: { url: string; body: unknown } | undefined;
    setRuntimeConfig({ ...DEFAULT_CONFIG, apiUrl: "http://airbyte.example:8000" });
    server.use(
      http.post(ENDPOINT, async ({ request }) => {
        seen = { url: request.url, body: await request.json() };
        return HttpResponse.json({ workspaces: [] });
      }),
    );
    await expect(apiPost("/v1/workspaces/list_by_organization_id", body)).resolves.toEqual({ workspaces: [] });
    expect(seen).toEqual({ url: "http://airbyte.example:8000/api/v1/workspaces/list_by_organization_id", body });
  });

  it("turns an Airbyte error body into the error's message", async () => {
    server.use(
      http.post(ENDPOINT, () =>
        HttpResponse.json({ message: "Organization not found", exceptionClassName: "ConfigNotFoundException" }, { status: 404 }),
      ),
    );
    const error = await failure(apiPost("/v1/workspaces/list_by_organization_id", body));
    expect(error).toMatchObject({
      kind: "http",
      status: 404,
      message: "Organization not found",
      endpoint: "/v1/workspaces/list_by_organization_id",
    });
  });

  it("reports a network failure as such", async () => {
    server.use(http.post(ENDPOINT, () => HttpResponse.error()));
    const error = await failure(apiPost("/v1/workspaces/list_by_organization_id", body));
    expect(error.kind).toBe("network");
    expect(error.retryable).toBe(true);
  });

  it("reports a body that is not JSON as malformed", async () => {
    server.use(http.post(ENDPOINT, () => new HttpResponse('{"workspaces": [', { headers: { "Content-Type": "application/json" } })));
    const error = await failure(apiPost("/v1/workspaces/list_by_organization_id", body));
    expect(error.kind).toBe("malformed");
  });

  it("gives up after the configured timeout", async () => {
    setRuntimeConfig({ ...DEFAULT_CONFIG, timeoutMs: 50 });
    server.use(http.post(ENDPOINT, () => new Promise<Response>(() => {})));
    const error = await failure(apiPost("/v1/workspaces/list_by_organization_id", body));
    expect(error.kind).toBe("timeout");
  });

  it("lets one call wait longer than the configured timeout (connector checks take minutes)", async () => {
    setRuntimeConfig({ ...DEFAULT_CONFIG, timeoutMs: 20 });
    server.use(
      http.post(ENDPOINT, async () => {
        await new Promise((resolve) => setTimeout(resolve, 120));
        return HttpResponse.json({ workspaces: [] });
      }),
    );
    await expect(apiPost("/v1/workspaces/list_by_organization_id", body, { timeoutMs: 5_000 })).resolves.toEqual({ workspaces: [] });
    const error = await failure(apiPost("/v1/workspaces/list_by_organization_id", body, { timeoutMs: 30 }));
    expect(error.kind).toBe("timeout");
  });

  it("reports a cancellation by the caller as aborted, not as a timeout", async () => {
    server.use(http.post(ENDPOINT, () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const pending = apiPost("/v1/workspaces/list_by_organization_id", body, { signal: controller.signal });
    controller.abort();
    const error = await failure(pending);
    expect(error.kind).toBe("aborted");
  });
});
