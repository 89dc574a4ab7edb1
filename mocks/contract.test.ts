// Contract test of the mock backend: every mocked endpoint is called through msw/node with a
// realistic, valid request body; each request body and each answer (success and error) is
// validated against the vendored OpenAPI description. A mismatch fails naming endpoint and field.
import { beforeAll, describe, expect, it } from "vitest";
import { loadContractValidator, type ContractValidator } from "./contract";
import { mockControl } from "./control";
import { mockedEndpoints } from "./handlers";
import { SEED } from "./seed/ids";
import { call, GET_ENDPOINTS } from "./test-utils";
import type { S } from "./lib/types";

const workspaceId = SEED.workspace.id;
const exercised = new Set<string>();
let contract: ContractValidator;

beforeAll(async () => {
  // The validator tolerates the description's one known defect (AirbyteStream requires json_schema
  // but declares only jsonSchema); a real server and the mock send jsonSchema.
  contract = loadContractValidator();
  await mockControl.reset();
});

/** Call an endpoint; fail with the contract problems of the request or the answer. */
async function exercise<T = Record<string, unknown>>(path: string, body?: Record<string, unknown>, expectedStatus = 200): Promise<T> {
  const method = GET_ENDPOINTS.has(path) ? "GET" : "POST";
  const requestProblems = method === "POST" ? contract.validateRequest(path, method, body ?? {}) : [];
  const answer = await call<T>(path, body);
  exercised.add(`${method} ${path}`);
  const responseProblems = contract.validateResponse(path, method, answer.status, answer.body);
  expect([...requestProblems, ...responseProblems], `contract problems of ${method} ${path}`).toEqual([]);
  expect(answer.status, `${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)?.slice(0, 300)}`).toBe(expectedStatus);
  return answer.body;
}

const postgresConfig = {
  host: "db.example.com",
  port: 5432,
  database: "shop",
  schemas: ["public"],
  username: "reader",
  password: "hunter2",
  ssl_mode: { mode: "require" },
  replication_method: { method: "Standard" },
  tunnel_method: { tunnel_method: "NO_TUNNEL" },
};

describe("mock backend contract", () => {
  let sourceDefinitions: S["SourceDefinitionRead"][];
  let destinationDefinitions: S["DestinationDefinitionRead"][];

  it("health, instance configuration, application tokens, workspaces", async () => {
    await exercise("/v1/health");
    await exercise("/v1/instance_configuration");
    const demo = mockControl.demoCredentials();
    await exercise("/v1/applications/token", { client_id: demo.clientId, client_secret: demo.clientSecret });
    await exercise("/v1/applications/token", { client_id: demo.clientId, client_secret: "wrong" }, 400);
    await exercise("/v1/workspaces/list_by_organization_id", { organizationId: SEED.organizationId });
    await exercise("/v1/workspaces/get", { workspaceId });
    await exercise("/v1/workspaces/get", { workspaceId: "6f1c0000-0000-4000-8000-000000000000" }, 404);
  });

  it("definitions and specifications of every connector", async () => {
    sourceDefinitions = (await exercise<S["SourceDefinitionReadList"]>("/v1/source_definitions/list")).sourceDefinitions;
    await exercise("/v1/source_definitions/list_latest");
    await exercise("/v1/source_definitions/list_for_workspace", { workspaceId });
    destinationDefinitions = (await exercise<S["DestinationDefinitionReadList"]>("/v1/destination_definitions/list"))
      .destinationDefinitions;
    await exercise("/v1/destination_definitions/list_latest");
    await exercise("/v1/destination_definitions/list_for_workspace", { workspaceId, filterByUsed: true });
    for (const d of sourceDefinitions) {
      await exercise("/v1/source_definitions/get", { sourceDefinitionId: d.sourceDefinitionId });
      await exercise("/v1/source_definitions/get_for_workspace", { sourceDefinitionId: d.sourceDefinitionId, workspaceId });
      await exercise("/v1/source_definition_specifications/get", { sourceDefinitionId: d.sourceDefinitionId, workspaceId });
    }
    for (const d of destinationDefinitions) {
      await exercise("/v1/destination_definitions/get", { destinationDefinitionId: d.destinationDefinitionId });
      await exercise("/v1/destination_definitions/get_for_workspace", { destinationDefinitionId: d.destinationDefinitionId, workspaceId });
      await exercise("/v1/destination_definition_specifications/get", { destinationDefinitionId: d.destinationDefinitionId, workspaceId });
    }
    await exercise("/v1/source_definition_specifications/get_for_source", { sourceId: SEED.sources.postgres.id });
    await exercise("/v1/destination_definition_specifications/get_for_destination", { destinationId: SEED.destinations.s3.id });
    await exercise("/v1/actor_definition_versions/get_for_destination", { destinationId: SEED.destinations.s3.id });
    await exercise("/v1/source_definitions/get", { sourceDefinitionId: "6f1c0000-0000-4000-8000-000000000000" }, 404);
  });

  it("connector versions: a pinned source's version and its upgrade", async () => {
    // The seeded Stripe source is held back by breaking changes (mocks/db/versions.ts).
    await exercise("/v1/actor_definition_versions/get_for_source", { sourceId: SEED.sources.stripe.id });
    await exercise("/v1/sources/get", { sourceId: SEED.sources.stripe.id });
    await exercise("/v1/sources/upgrade_version", { sourceId: SEED.sources.stripe.id }, 204);
    await exercise("/v1/connections/events/list", { connectionId: SEED.connections.stripeToRedshift.id, eventTypes: ["CONNECTOR_UPDATE"] });
    // Pinned by hand: the server's uncaught 500.
    await mockControl.pinVersion("destination", SEED.destinations.redshift.id, "user");
    await exercise("/v1/destinations/upgrade_version", { destinationId: SEED.destinations.redshift.id }, 500);
  });

  it("sources and destinations", async () => {
    const postgres = sourceDefinitions.find((d) => d.dockerRepository === "airbyte/source-postgres")!;
    await exercise("/v1/scheduler/sources/check_connection", {
      workspaceId,
      sourceDefinitionId: postgres.sourceDefinitionId,
      connectionConfiguration: postgresConfig,
    });
    await exercise("/v1/scheduler/sources/check_connection", {
      workspaceId,
      sourceDefinitionId: postgres.sourceDefinitionId,
      connectionConfiguration: { ...postgresConfig, host: "x.invalid" },
    });
    const created = await exercise<S["SourceRead"]>("/v1/sources/create", {
      workspaceId,
      name: "Shop",
      sourceDefinitionId: postgres.sourceDefinitionId,
      connectionConfiguration: postgresConfig,
    });
    await exercise(
      "/v1/sources/create",
      { workspaceId, name: "Broken", sourceDefinitionId: postgres.sourceDefinitionId, connectionConfiguration: { port: 5432 } },
      422,
    );
    await exercise("/v1/sources/get", { sourceId: created.sourceId });
    await exercise("/v1/sources/list", { workspaceId });
    // Paged as on Airbyte 1.8+ (mocks/paging.test.ts): page size, sort, filters, a cursor.
    const page = await exercise<S["SourceReadList"]>("/v1/sources/list", {
      workspaceId,
      pageSize: 2,
      sortKey: "actorName_desc",
      filters: { searchTerm: "o", states: ["active", "inactive"] },
    });
    await exercise("/v1/sources/list", {
      workspaceId,
      pageSize: 2,
      sortKey: "actorName_desc",
      filters: { searchTerm: "o" },
      cursor: page.sources.at(-1)!.sourceId,
    });
    await exercise("/v1/sources/update", {
      sourceId: created.sourceId,
      name: "Shop DB",
      connectionConfiguration: created.connectionConfiguration,
    });
    await exercise("/v1/sources/check_connection", { sourceId: created.sourceId });
    await exercise("/v1/sources/check_connection_for_update", {
      sourceId: created.sourceId,
      name: "Shop DB",
      connectionConfiguration: { ...created.connectionConfiguration, password: "wrong" },
    });
    await exercise("/v1/sources/discover_schema", { sourceId: created.sourceId, disable_cache: true });
    await exercise("/v1/sources/delete", { sourceId: created.sourceId }, 204);
    await exercise("/v1/sources/get", { sourceId: created.sourceId }, 404);
    // The cursor of a deleted source: 404, as on the server.
    await exercise("/v1/sources/list", { workspaceId, cursor: created.sourceId }, 404);

    const s3 = destinationDefinitions.find((d) => d.dockerRepository === "airbyte/destination-s3")!;
    const s3Config = {
      access_key_id: "AKIA",
      secret_access_key: "secret",
      s3_bucket_name: "b",
      s3_bucket_path: "p",
      s3_bucket_region: "eu-west-1",
      format: { format_type: "JSONL" },
    };
    await exercise("/v1/scheduler/destinations/check_connection", {
      workspaceId,
      destinationDefinitionId: s3.destinationDefinitionId,
      connectionConfiguration: s3Config,
    });
    const dest = await exercise<S["DestinationRead"]>("/v1/destinations/create", {
      workspaceId,
      name: "Lake",
      destinationDefinitionId: s3.destinationDefinitionId,
      connectionConfiguration: s3Config,
    });
    await exercise("/v1/destinations/get", { destinationId: dest.destinationId });
    await exercise("/v1/destinations/list", { workspaceId });
    await exercise("/v1/destinations/list", { workspaceId, pageSize: 1, sortKey: "lastSync_desc", cursor: dest.destinationId });
    await exercise("/v1/destinations/update", {
      destinationId: dest.destinationId,
      name: "Lake 2",
      connectionConfiguration: dest.connectionConfiguration,
    });
    await exercise("/v1/destinations/check_connection", { destinationId: dest.destinationId });
    await exercise("/v1/destinations/check_connection_for_update", {
      destinationId: dest.destinationId,
      name: "Lake 2",
      connectionConfiguration: dest.connectionConfiguration,
    });
    await exercise("/v1/destinations/delete", { destinationId: dest.destinationId }, 204);
  });

  it("discover (a real catalog and Synthetic), connections and web_backend", async () => {
    const { catalog } = await exercise<S["SourceDiscoverSchemaRead"]>("/v1/sources/discover_schema", { sourceId: SEED.sources.stripe.id });
    const synthetic = sourceDefinitions.find((d) => d.name === SEED.syntheticDefinitionName)!;
    const big = await exercise<S["SourceRead"]>("/v1/sources/create", {
      workspaceId,
      name: "Synthetic",
      sourceDefinitionId: synthetic.sourceDefinitionId,
      connectionConfiguration: { stream_count: 200, columns_per_stream: 5 },
    });
    await exercise("/v1/sources/discover_schema", { sourceId: big.sourceId });
    await mockControl.evolveSchema(SEED.sources.postgres.id);
    await exercise("/v1/sources/discover_schema", { sourceId: SEED.sources.postgres.id, connectionId: SEED.connections.postgresToS3.id });
    const created = await exercise<S["ConnectionRead"]>("/v1/connections/create", {
      name: "Stripe to lake",
      sourceId: SEED.sources.stripe.id,
      destinationId: SEED.destinations.s3.id,
      status: "active",
      syncCatalog: catalog,
      namespaceDefinition: "customformat",
      namespaceFormat: "stripe_${SOURCE_NAMESPACE}",
      prefix: "raw_",
      scheduleType: "basic",
      scheduleData: { basicSchedule: { timeUnit: "hours", units: 6 } },
      nonBreakingChangesPreference: "propagate_columns",
    });
    await exercise("/v1/connections/get", { connectionId: created.connectionId });
    await exercise("/v1/connections/list", { workspaceId });
    await exercise("/v1/connections/update", { connectionId: created.connectionId, status: "inactive", scheduleType: "manual" });
    // Schedule errors are RFC 9457 problems on a real server (mocks/lib/cronRules.ts).
    await exercise(
      "/v1/connections/update",
      {
        connectionId: created.connectionId,
        scheduleType: "cron",
        scheduleData: { cron: { cronExpression: "0 0 12 * * ?", cronTimeZone: "Etc/UTC" } },
      },
      400,
    );
    await exercise("/v1/web_backend/connections/list", { workspaceId });
    await exercise("/v1/web_backend/connections/list", {
      workspaceId,
      pageSize: 2,
      sortKey: "lastSync_desc",
      sourceId: [SEED.sources.stripe.id],
      filters: { searchTerm: "stripe", states: ["active", "inactive"], statuses: ["healthy", "failed", "running"] },
      cursor: created.connectionId,
    });
    const full = await exercise<S["WebBackendConnectionRead"]>("/v1/web_backend/connections/get", { connectionId: created.connectionId });
    await exercise("/v1/web_backend/connections/get", { connectionId: created.connectionId, withRefreshedCatalog: true });
    await exercise("/v1/web_backend/connections/update", { connectionId: created.connectionId, syncCatalog: full.syncCatalog });
    await exercise("/v1/connections/delete", { connectionId: created.connectionId }, 204);
    await exercise("/v1/connections/get", { connectionId: created.connectionId }, 404);
    await exercise("/v1/web_backend/connections/list", { workspaceId, cursor: "6f1c0000-0000-4000-8000-000000000000" }, 404);
  });

  it("jobs: sync, cancel, reset, clear, refresh, list, get, logs", async () => {
    const connectionId = SEED.connections.postgresToS3.id;
    const { syncCatalog } = await exercise<S["ConnectionRead"]>("/v1/connections/get", { connectionId });
    const stream = syncCatalog.streams[0]!.stream!;
    const streams = [{ streamName: stream.name, ...(stream.namespace ? { streamNamespace: stream.namespace } : {}) }];
    const sync = await exercise<S["JobInfoRead"]>("/v1/connections/sync", { connectionId });
    await exercise("/v1/connections/sync", { connectionId }, 422);
    mockControl.advanceClock(3000);
    await exercise("/v1/connections/status", { connectionIds: [connectionId, SEED.connections.stripeToRedshift.id] });
    await exercise("/v1/connections/sync_progress", { connectionId });
    await exercise("/v1/stream_statuses/latest_per_run_state", { connectionId });
    await exercise("/v1/jobs/get", { id: sync.job.id });
    await exercise("/v1/jobs/get_without_logs", { id: sync.job.id });
    await exercise("/v1/jobs/get_light", { id: sync.job.id });
    await exercise("/v1/attempt/get_for_job", { jobId: sync.job.id, attemptNumber: 0 });
    await exercise("/v1/jobs/get_debug_info", { id: sync.job.id });
    await exercise("/v1/jobs/get_last_replication_job", { connectionId });
    await exercise("/v1/jobs/cancel", { id: sync.job.id });
    for (const [path, body] of [
      ["/v1/connections/reset", { connectionId }],
      ["/v1/connections/reset/stream", { connectionId, streams }],
      ["/v1/connections/clear", { connectionId }],
      ["/v1/connections/clear/stream", { connectionId, streams }],
      ["/v1/connections/refresh", { connectionId, refreshMode: "Truncate", streams }],
    ] as const) {
      await exercise(path, body);
      mockControl.advanceClock(60_000);
    }
    // A failed sync with its failure summary, and the seeded history.
    const stripe = await exercise<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: SEED.connections.stripeToRedshift.id });
    mockControl.advanceClock(60_000);
    await exercise("/v1/jobs/get", { id: stripe.job.id });
    await exercise("/v1/jobs/list", {
      configTypes: ["sync", "clear", "reset_connection", "refresh"],
      configId: connectionId,
      pagination: { pageSize: 25, rowOffset: 0 },
    });
    await exercise("/v1/jobs/list", {
      configTypes: ["sync"],
      configId: SEED.connections.stripeToRedshift.id,
      statuses: ["failed"],
      createdAtStart: new Date(Date.now() - 7 * 86400_000).toISOString(),
    });
    await exercise("/v1/jobs/get", { id: 987654 }, 404);
    // Nothing runs any more: progress without streams (and without configType, as the server).
    mockControl.advanceClock(600_000);
    await exercise("/v1/connections/sync_progress", { connectionId });
    await exercise("/v1/connections/status", { connectionIds: ["00000000-0000-4000-8000-000000000000"] }, 404);
  });

  it("OAuth consent and completion, with the user's own OAuth app (open source) or without one", async () => {
    for (const kind of ["source", "destination"] as const) {
      const definitions = kind === "source" ? sourceDefinitions : destinationDefinitions;
      const withOAuth: { id: string; appKeys: string[] }[] = [];
      for (const d of definitions) {
        const id = "sourceDefinitionId" in d ? d.sourceDefinitionId : d.destinationDefinitionId;
        const spec = await call<S["SourceDefinitionSpecificationRead"]>(`/v1/${kind}_definition_specifications/get`, {
          [`${kind}DefinitionId`]: id,
          workspaceId,
        });
        const appSpec = spec.body.advancedAuth?.oauthConfigSpecification?.completeOAuthServerInputSpecification as
          { properties?: object } | undefined;
        if (spec.body.advancedAuth) withOAuth.push({ id, appKeys: Object.keys(appSpec?.properties ?? {}) });
      }
      expect(withOAuth.length, `${kind}s with OAuth`).toBeGreaterThan(0);
      for (const { id, appKeys } of withOAuth) {
        const common = { [`${kind}DefinitionId`]: id, workspaceId, redirectUrl: "http://localhost:5173/auth_flow" };
        const oAuthInputConfiguration = Object.fromEntries(appKeys.map((key) => [key, `my-${key}`]));
        const { consentUrl } = await exercise<S["OAuthConsentRead"]>(`/v1/${kind}_oauths/get_consent_url`, {
          ...common,
          oAuthInputConfiguration,
        });
        const state = new URL(consentUrl).searchParams.get("state")!;
        const done = await exercise<S["CompleteOAuthResponse"]>(`/v1/${kind}_oauths/complete_oauth`, {
          ...common,
          oAuthInputConfiguration,
          queryParams: { code: "mock-code", state },
        });
        expect(done.request_succeeded).toBe(true);
        expect(Object.keys(done.auth_payload).length).toBeGreaterThan(0);
      }
      // Without an app of its own, the server cannot start the flow for a user who gave none.
      await exercise(
        `/v1/${kind}_oauths/get_consent_url`,
        { [`${kind}DefinitionId`]: withOAuth[0]!.id, workspaceId, redirectUrl: "http://localhost:5173/auth_flow" },
        500,
      );
    }
  });

  it("command API: check and discover, status, output, cancel; unknown ids; a server without it", async () => {
    const postgres = sourceDefinitions.find((d) => d.dockerRepository === "airbyte/source-postgres")!;
    const check = {
      id: "cd000000-0000-4000-8000-000000000001",
      workspace_id: workspaceId,
      actor_definition_id: postgres.sourceDefinitionId,
      config: postgresConfig,
    };
    await exercise("/v1/commands/run/check", check);
    await exercise("/v1/commands/run/check", check); // the id is an idempotency key
    expect(await exercise("/v1/commands/status", { id: check.id })).toEqual({ id: check.id, status: "completed" });
    expect(await exercise("/v1/commands/output/check", { id: check.id })).toMatchObject({ status: "succeeded" });
    await exercise("/v1/commands/run/check", { id: "cd000000-0000-4000-8000-000000000002", actor_id: SEED.destinations.s3.id });
    const discover = { id: "cd000000-0000-4000-8000-000000000003", actor_id: SEED.sources.stripe.id };
    await exercise("/v1/commands/run/discover", discover);
    const output = await exercise<{ catalog?: S["AirbyteCatalog"] }>("/v1/commands/output/discover", { id: discover.id });
    expect(output.catalog?.streams.length).toBeGreaterThan(0);
    // A connector used for the first time waits for its image: cancelled while pending.
    mockControl.setFirstCheckTime(90_000);
    const github = sourceDefinitions.find((d) => d.dockerRepository === "airbyte/source-github")!;
    const slow = {
      id: "cd000000-0000-4000-8000-000000000004",
      workspace_id: workspaceId,
      actor_definition_id: github.sourceDefinitionId,
      config: { repositories: ["a/b"] },
    };
    await exercise("/v1/commands/run/check", slow);
    expect(await exercise("/v1/commands/status", { id: slow.id })).toEqual({ id: slow.id, status: "pending" });
    await exercise("/v1/commands/cancel", { id: slow.id });
    expect(await exercise("/v1/commands/status", { id: slow.id })).toEqual({ id: slow.id, status: "cancelled" });
    expect(await exercise("/v1/commands/output/check", { id: slow.id })).toMatchObject({
      status: "failed",
      message: "Workload cancelled by api",
    });
    mockControl.setFirstCheckTime(0);
    // An id the server does not know: refused (a 403 problem: no workspace to check the caller's role in).
    const unknown = { id: "cd000000-0000-4000-8000-0000000000ff" };
    for (const path of ["/v1/commands/status", "/v1/commands/output/check", "/v1/commands/output/discover", "/v1/commands/cancel"])
      await exercise(path, unknown, 403);
    await exercise(
      "/v1/commands/run/discover",
      { id: "cd000000-0000-4000-8000-000000000005", actor_id: "6f1c0000-0000-4000-8000-000000000000" },
      404,
    );
    mockControl.setCommandApi(false);
    try {
      await exercise("/v1/commands/run/check", { ...check, id: "cd000000-0000-4000-8000-000000000006" }, 404);
    } finally {
      mockControl.setCommandApi(true);
    }
  });

  it("timeline and history: events list, get, for a job; uptime, data and stream history", async () => {
    const connectionId = SEED.connections.postgresToS3.id;
    await exercise("/v1/connections/update", { connectionId, name: "Renamed for the timeline", status: "inactive" });
    const sync = await exercise<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: SEED.connections.stripeToRedshift.id });
    mockControl.advanceClock(600_000);
    const list = await exercise<S["ConnectionEventList"]>("/v1/connections/events/list", { connectionId, pagination: { pageSize: 50 } });
    await exercise("/v1/connections/events/list", {
      connectionId,
      eventTypes: ["SYNC_SUCCEEDED", "CONNECTION_SETTINGS_UPDATE"],
      createdAtStart: new Date(Date.now() - 7 * 86400_000).toISOString(),
    });
    await exercise("/v1/connections/events/get", { connectionId, connectionEventId: list.events[0]!.id });
    await exercise("/v1/connections/events/list_for_job", { id: sync.job.id });
    await exercise("/v1/connections/history/uptime", { connectionId, numberOfJobs: 30 });
    await exercise("/v1/connections/history/data", { connectionId, numberOfJobs: 30 });
    await exercise("/v1/connections/stream_history", { connectionId, timezone: "Europe/Paris" });
  });

  it("tags and mappers: create, update, list, delete, assign; validate and save mappers, and their refusals", async () => {
    const tag = await exercise<S["Tag"]>("/v1/tags/create", { workspaceId, name: "contract", color: "A0B1C2" });
    await exercise("/v1/tags/create", { workspaceId, name: "contract", color: "A0B1C2" }, 409);
    await exercise("/v1/tags/create", { workspaceId, name: "x".repeat(31), color: "A0B1C2" }, 400);
    await exercise("/v1/tags/update", { tagId: tag.tagId, workspaceId, name: "contract 2", color: "000000" });
    await exercise("/v1/tags/list", { workspaceId });
    const connectionId = SEED.connections.postgresToS3.id;
    await exercise("/v1/connections/update", { connectionId, tags: [tag] });
    await exercise("/v1/web_backend/connections/list", { workspaceId, filters: { tagIds: [tag.tagId] } });
    await exercise("/v1/tags/delete", { tagId: tag.tagId, workspaceId });
    await exercise("/v1/tags/delete", { tagId: tag.tagId, workspaceId }, 404);
    const streamDescriptor = { name: "organization", namespace: "public" };
    const hashing = { type: "hashing", mapperConfiguration: { targetField: "email", method: "SHA-256", fieldNameSuffix: "_hashed" } };
    const missing = { type: "field-filtering", mapperConfiguration: { targetField: "nope" } };
    await exercise("/v1/web_backend/mappers/validate", { connectionId, streamDescriptor, mappers: [hashing, missing] });
    await exercise("/v1/web_backend/mappers/validate", { connectionId, streamDescriptor: { name: "nope" }, mappers: [] }, 500);
    const { syncCatalog } = await exercise<{ syncCatalog: { streams: { stream: { name: string }; config: object }[] } }>(
      "/v1/connections/get",
      {
        connectionId,
      },
    );
    const withMappers = (mappers: object[]) => ({
      streams: syncCatalog.streams.map((s) => (s.stream.name === "organization" ? { ...s, config: { ...s.config, mappers } } : s)),
    });
    await exercise("/v1/connections/update", { connectionId, syncCatalog: withMappers([hashing]) });
    await exercise("/v1/connections/update", { connectionId, syncCatalog: withMappers([missing]) }, 400);
  });

  it("exercised every mocked endpoint", () => {
    const missing = mockedEndpoints.map((e) => `${e.method.toUpperCase()} ${e.path}`).filter((e) => !exercised.has(e));
    expect(missing).toEqual([]);
  });
});
