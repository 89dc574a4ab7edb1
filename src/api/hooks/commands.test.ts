// Checks and discovers against the mock backend: through the command API (progress, cancel that
// stops the command), the synchronous fallback on servers without it, and a command that vanishes.
import { http, HttpResponse } from "msw";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { definitionIdOf } from "@mocks/test-utils";
import { server } from "@/test/server";
import { ApiError } from "../errors";
import { CONNECTOR_CALL_TIMEOUT_MS } from "../commands";
import { DEFAULT_CONFIG } from "../runtimeConfig";
import { checkConfiguration, checkConfigurationUpdate, discoverSourceSchema, type CommandPhase } from "./commands";

const workspaceId = SEED.workspace.id;
const postgresConfig = {
  host: "db.example.com",
  port: 5432,
  database: "shop",
  schemas: ["public"],
  username: "reader",
  password: "hunter2",
  ssl_mode: { mode: "require" },
};

/** Endpoints called, in order (`/v1/...`). */
function recordCalls(): string[] {
  const calls: string[] = [];
  server.events.on("request:start", ({ request }) => {
    calls.push(new URL(request.url).pathname.replace(/^\/api/, ""));
  });
  return calls;
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error("expected a rejection");
}

beforeEach(() => mockControl.reset());
afterEach(() => {
  server.events.removeAllListeners();
  mockControl.setCommandApi(true);
  mockControl.setOperationTime(0);
});

describe("checkConfiguration", () => {
  it("runs a check command and answers in the shape of the synchronous check", async () => {
    const calls = recordCalls();
    const definitionId = await definitionIdOf("source", "airbyte/source-postgres");
    const stages: CommandPhase[] = [];
    const result = await checkConfiguration(
      "source",
      { workspaceId, definitionId, configuration: postgresConfig },
      { signal: new AbortController().signal, onProgress: (stage) => stages.push(stage) },
    );
    expect(result).toMatchObject({ status: "succeeded", jobInfo: { configType: "check_connection_source", succeeded: true } });
    expect(stages).toEqual(["starting"]);
    expect(calls.filter((c) => c.startsWith("/v1/commands") || c.includes("check_connection"))).toEqual([
      "/v1/commands/run/check",
      "/v1/commands/status",
      "/v1/commands/output/check",
    ]);
  });

  it("reports the connector's refusal", async () => {
    const definitionId = await definitionIdOf("source", "airbyte/source-postgres");
    const result = await checkConfiguration(
      "source",
      { workspaceId, definitionId, configuration: { ...postgresConfig, host: "db.invalid" } },
      { signal: new AbortController().signal },
    );
    expect(result.status).toBe("failed");
    expect(result.message).toMatch(/UnknownHostException: db\.invalid/);
  });

  it("cancelling stops the command on the server", async () => {
    // The mock's clock stands still in Vitest: this check stays running until cancelled.
    mockControl.setOperationTime(60_000);
    const definitionId = await definitionIdOf("source", "airbyte/source-postgres");
    const controller = new AbortController();
    let running!: () => void;
    const isRunning = new Promise<void>((resolve) => (running = resolve));
    const pending = checkConfiguration(
      "source",
      { workspaceId, definitionId, configuration: postgresConfig },
      { signal: controller.signal, onProgress: (stage) => stage === "running" && running() },
    );
    await isRunning;
    controller.abort();
    const error = await rejection(pending);
    expect(error.kind).toBe("aborted");
    expect(error.message).toBe("The connection test was stopped on the server.");
    expect(await mockControl.commands()).toEqual([expect.objectContaining({ type: "check", status: "cancelled" })]);
  });

  it("falls back to the synchronous check, with a time limit of minutes, on a server without the command API", async () => {
    mockControl.setCommandApi(false);
    const definitionId = await definitionIdOf("source", "airbyte/source-postgres");
    const calls = recordCalls();
    const timeouts = vi.spyOn(AbortSignal, "timeout");
    const stages: CommandPhase[] = [];
    const result = await checkConfiguration(
      "source",
      { workspaceId, definitionId, configuration: postgresConfig },
      { signal: new AbortController().signal, onProgress: (stage) => stages.push(stage) },
    );
    expect(result.status).toBe("succeeded");
    expect(stages).toEqual(["starting", "waiting"]);
    expect(calls).toEqual(["/v1/commands/run/check", "/v1/scheduler/sources/check_connection"]);
    // The second call (the synchronous check) may take half an hour; the first, the default 30 s.
    expect(timeouts.mock.calls.map(([ms]) => ms)).toEqual([DEFAULT_CONFIG.timeoutMs, CONNECTOR_CALL_TIMEOUT_MS]);
    timeouts.mockRestore();
  });

  it.each([
    [
      "answers 403, as the server does for an id it does not know",
      () =>
        HttpResponse.json(
          {
            status: 403,
            type: "https://reference.airbyte.com/reference/errors#forbidden",
            title: "forbidden",
            detail: "The request is forbidden.",
          },
          { status: 403 },
        ),
    ],
    ["answers 404", () => HttpResponse.json({ message: "Not Found" }, { status: 404 })],
    [
      "answers without a status",
      async ({ request }: { request: Request }) => HttpResponse.json({ id: ((await request.json()) as { id: string }).id }),
    ],
  ])("explains a command the server forgot (status %s) and how to go on", async (_label, answer) => {
    server.use(http.post("*/api/v1/commands/status", answer));
    const definitionId = await definitionIdOf("source", "airbyte/source-postgres");
    const error = await rejection(
      checkConfiguration("source", { workspaceId, definitionId, configuration: postgresConfig }, { signal: new AbortController().signal }),
    );
    expect(error.message).toBe(
      "The server no longer knows this connection test: it may have restarted or cleaned it up. Nothing you typed is lost: run it again.",
    );
  });
});

describe("checkConfigurationUpdate", () => {
  it("sends a change with a masked secret to check_connection_for_update (only it merges the stored secret in)", async () => {
    const calls = recordCalls();
    const definitionId = await definitionIdOf("source", "airbyte/source-postgres");
    const input = {
      id: SEED.sources.postgres.id,
      name: "Production Postgres",
      workspaceId,
      definitionId,
      configuration: { ...postgresConfig, password: "**********" },
    };
    const stages: CommandPhase[] = [];
    const result = await checkConfigurationUpdate("source", input, {
      signal: new AbortController().signal,
      onProgress: (stage) => stages.push(stage),
    });
    expect(result.status).toBe("succeeded");
    expect(stages).toEqual(["waiting"]);
    expect(calls.filter((c) => c.startsWith("/v1/commands"))).toEqual([]);
    expect(calls).toContain("/v1/sources/check_connection_for_update");
  });

  it("runs a command when every secret was typed again", async () => {
    const calls = recordCalls();
    const input = {
      id: SEED.sources.postgres.id,
      name: "Production Postgres",
      workspaceId,
      definitionId: await definitionIdOf("source", "airbyte/source-postgres"),
      configuration: postgresConfig,
    };
    await checkConfigurationUpdate("source", input, { signal: new AbortController().signal });
    expect(calls).toContain("/v1/commands/run/check");
  });
});

describe("discoverSourceSchema", () => {
  it("discovers through a command", async () => {
    const result = await discoverSourceSchema(SEED.sources.stripe.id, { signal: new AbortController().signal });
    expect(result.jobInfo.succeeded).toBe(true);
    expect(result.catalog?.streams.length).toBeGreaterThan(0);
  });
});
