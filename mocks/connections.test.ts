import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, definitionIdOf, ok } from "./test-utils";
import type { ApiCatalog } from "./lib/types";

const workspaceId = SEED.workspace.id;

interface Discovered {
  catalog: ApiCatalog;
  jobInfo: { succeeded: boolean };
}

beforeEach(async () => {
  await mockControl.reset();
});

async function syntheticSource(config: Record<string, unknown>): Promise<string> {
  const { sourceDefinitions } = await ok<{ sourceDefinitions: { name: string; sourceDefinitionId: string }[] }>(
    "/v1/source_definitions/list_for_workspace",
    { workspaceId },
  );
  const synthetic = sourceDefinitions.find((d) => d.name === SEED.syntheticDefinitionName)!;
  const created = await ok<{ sourceId: string }>("/v1/sources/create", {
    workspaceId,
    name: "Big",
    sourceDefinitionId: synthetic.sourceDefinitionId,
    connectionConfiguration: config,
  });
  return created.sourceId;
}

describe("discover_schema", () => {
  it("returns the real Stripe catalog in camelCase with a suggested configuration", async () => {
    const { catalog, jobInfo } = await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.stripe.id });
    expect(jobInfo.succeeded).toBe(true);
    expect(catalog.streams.length).toBeGreaterThan(0);
    const first = catalog.streams[0]!;
    expect(first.stream.jsonSchema).toHaveProperty("properties");
    expect(first.stream.supportedSyncModes).toContain("full_refresh");
    expect(first.stream).not.toHaveProperty("json_schema");
    expect(first.config.destinationSyncMode).toBeTruthy();
    for (const { stream, config } of catalog.streams) expect(stream.supportedSyncModes).toContain(config.syncMode);
  });

  // Facts from CatalogConverter.kt (generateDefaultConfiguration, configureDefaultSyncModesForNewStream).
  it("selects only the definition's suggested streams, as a real server does", async () => {
    // Stripe's registry entry suggests customers, invoices, charges, subscriptions and refunds; the
    // mock's Stripe catalog has payment_intents, refunds and customers.
    const { catalog } = await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.stripe.id });
    const selected = catalog.streams.filter((s) => s.config.selected).map((s) => s.stream.name);
    expect(selected.sort()).toEqual(["customers", "refunds"]);
    for (const { config } of catalog.streams) expect(config.suggested).toBe(config.selected);
    // Postgres suggests nothing: every stream starts unselected.
    const postgres = (await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.postgres.id })).catalog;
    expect(postgres.streams.length).toBeGreaterThan(1);
    expect(postgres.streams.filter((s) => s.config.selected)).toEqual([]);
  });

  it("gives a new stream the server's sync modes: cursor and key give incremental dedup, else full refresh", async () => {
    const { catalog } = await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.stripe.id });
    // All three Stripe streams declare a source-defined cursor and the primary key [["id"]].
    for (const { stream, config } of catalog.streams) {
      expect(stream.sourceDefinedCursor).toBe(true);
      expect(config).toMatchObject({ syncMode: "incremental", destinationSyncMode: "append_dedup", primaryKey: [["id"]] });
    }
    // Facebook's catalog has streams of each kind: 4 without a source-defined cursor, and 1 with a
    // cursor but no primary key; both start with a full refresh that overwrites.
    const facebook = (await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.facebook.id })).catalog;
    const fullRefresh = facebook.streams.filter(
      (s) => !s.stream.sourceDefinedCursor || (s.stream.sourceDefinedPrimaryKey ?? []).length === 0,
    );
    expect(fullRefresh).toHaveLength(5);
    for (const { config } of fullRefresh) expect(config).toMatchObject({ syncMode: "full_refresh", destinationSyncMode: "overwrite" });
  });

  it("generates the Synthetic catalog at the requested size", async () => {
    const sourceId = await syntheticSource({ stream_count: 1000, columns_per_stream: 20, namespace_count: 4 });
    const { catalog } = await ok<Discovered>("/v1/sources/discover_schema", { sourceId });
    expect(catalog.streams).toHaveLength(1000);
    const properties = Object.keys(catalog.streams[0]!.stream.jsonSchema!.properties as object);
    expect(properties).toHaveLength(22); // 20 columns + id + updated_at
    expect(new Set(catalog.streams.map((s) => s.stream.namespace)).size).toBe(4);
    expect(new Set(catalog.streams.map((s) => `${s.stream.namespace}.${s.stream.name}`)).size).toBe(1000);
  });

  it("shows an evolved schema on the next discover after evolveSchema()", async () => {
    const before = (await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.postgres.id })).catalog;
    await mockControl.evolveSchema(SEED.sources.postgres.id);
    const after = (await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.postgres.id })).catalog;
    const names = (c: ApiCatalog) => new Set(c.streams.map((s) => s.stream.name));
    const added = [...names(after)].filter((n) => !names(before).has(n));
    const removed = [...names(before)].filter((n) => !names(after).has(n));
    expect(added).toHaveLength(1);
    expect(removed).toHaveLength(1);
    const props = (c: ApiCatalog) => c.streams[0]!.stream.jsonSchema!.properties as Record<string, { type: unknown }>;
    const newFields = Object.keys(props(after)).filter((k) => !(k in props(before)));
    expect(newFields).toHaveLength(1);
    const retyped = Object.keys(props(before)).filter(
      (k) => k in props(after) && JSON.stringify(props(before)[k]!.type) !== JSON.stringify(props(after)[k]!.type),
    );
    expect(retyped).toHaveLength(1);
  });

  it("with a connection, reports how the fresh catalog differs from the saved one", async () => {
    const connectionId = SEED.connections.postgresToS3.id;
    const unchanged = await ok<{ catalogDiff: { transforms: unknown[] } }>("/v1/sources/discover_schema", {
      sourceId: SEED.sources.postgres.id,
      connectionId,
    });
    const baseline = unchanged.catalogDiff.transforms.length;
    await mockControl.evolveSchema(SEED.sources.postgres.id);
    const evolved = await ok<{
      catalogDiff: { transforms: { transformType: string; updateStream?: { fieldTransforms: { transformType: string }[] } }[] };
    }>("/v1/sources/discover_schema", { sourceId: SEED.sources.postgres.id, connectionId });
    const kinds = evolved.catalogDiff.transforms.map((t) => t.transformType);
    expect(evolved.catalogDiff.transforms.length).toBeGreaterThan(baseline);
    expect(kinds).toContain("add_stream");
    expect(kinds).toContain("remove_stream");
    const fieldKinds = evolved.catalogDiff.transforms.flatMap((t) => t.updateStream?.fieldTransforms ?? []).map((f) => f.transformType);
    expect(fieldKinds).toEqual(expect.arrayContaining(["add_field", "update_field_schema"]));
  });

  it("a breaking change found by a refresh disables the connection until a catalog is saved", async () => {
    const connectionId = SEED.connections.postgresToS3.id;
    await mockControl.evolveSchema(SEED.sources.postgres.id);
    const nonBreaking = await ok<{ schemaChange: string }>("/v1/web_backend/connections/get", { connectionId, withRefreshedCatalog: true });
    expect(nonBreaking.schemaChange).toBe("non_breaking");
    expect(await ok("/v1/connections/get", { connectionId })).toMatchObject({ status: "active", breakingChange: false });
    await mockControl.breakSchema(SEED.sources.postgres.id);
    const refreshed = await ok<{ schemaChange: string }>("/v1/web_backend/connections/get", { connectionId, withRefreshedCatalog: true });
    expect(refreshed.schemaChange).toBe("breaking");
    const after = await ok<{ status: string; breakingChange: boolean }>("/v1/connections/get", { connectionId });
    expect(after).toMatchObject({ status: "inactive", breakingChange: true });
    const { syncCatalog } = await ok<{ syncCatalog: ApiCatalog }>("/v1/web_backend/connections/get", { connectionId });
    await ok("/v1/web_backend/connections/update", { connectionId, syncCatalog });
    expect(await ok("/v1/connections/get", { connectionId })).toMatchObject({ status: "inactive", breakingChange: false });
  });

  it("fails like a connector would for a source that cannot connect", async () => {
    const sourceId = await syntheticSource({ stream_count: 5, columns_per_stream: 2, host: "api.example.invalid" });
    const answer = await ok<{ catalog?: unknown; jobInfo: { succeeded: boolean; failureReason: { externalMessage: string } } }>(
      "/v1/sources/discover_schema",
      { sourceId },
    );
    expect(answer.catalog).toBeUndefined();
    expect(answer.jobInfo.succeeded).toBe(false);
    expect(answer.jobInfo.failureReason.externalMessage).toContain("api.example.invalid");
  });
});

describe("connections", () => {
  it("lists the seeded connections; the Facebook one is inactive", async () => {
    const { connections } = await ok<{ connections: { connectionId: string; status: string; syncCatalog: ApiCatalog }[] }>(
      "/v1/connections/list",
      { workspaceId },
    );
    expect(connections.map((c) => c.connectionId).sort()).toEqual(
      Object.values(SEED.connections)
        .map((c) => c.id)
        .sort(),
    );
    expect(connections.find((c) => c.connectionId === SEED.connections.facebookToS3.id)!.status).toBe("inactive");
    for (const c of connections) expect(c.syncCatalog.streams.length).toBeGreaterThan(0);
  });

  it("creates from a discovered catalog, updates as a patch, and deletes", async () => {
    const { catalog } = await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.stripe.id });
    const created = await ok<{ connectionId: string; name: string; syncCatalog: ApiCatalog }>("/v1/connections/create", {
      sourceId: SEED.sources.stripe.id,
      destinationId: SEED.destinations.s3.id,
      status: "active",
      syncCatalog: catalog,
      scheduleType: "cron",
      scheduleData: { cron: { cronExpression: "0 0 6 * * ?", cronTimeZone: "UTC" } },
    });
    // Stripe suggests 2 of its 3 streams; a saved connection keeps only the selected ones.
    expect(created.syncCatalog.streams.map((s) => s.stream.name).sort()).toEqual(["customers", "refunds"]);
    const updated = await ok<{ name: string; status: string; scheduleType: string }>("/v1/connections/update", {
      connectionId: created.connectionId,
      status: "inactive",
    });
    expect(updated).toMatchObject({ name: created.name, status: "inactive", scheduleType: "cron" });
    expect((await call("/v1/connections/delete", { connectionId: created.connectionId })).status).toBe(204);
    expect((await call("/v1/connections/get", { connectionId: created.connectionId })).status).toBe(404);
  });

  // StreamRefreshesHandler.createRefreshesForConnection: no refresh (and no job) where the destination's version does not support them.
  it("starts a refresh only where the destination supports refreshes, else answers without a job", async () => {
    const supported = await ok<{ supportsRefreshes: boolean }>("/v1/actor_definition_versions/get_for_destination", {
      destinationId: SEED.destinations.s3.id,
    });
    expect(supported.supportsRefreshes).toBe(true); // destination-s3's registry entry says so
    const refreshed = await ok<{ job?: { configType: string } }>("/v1/connections/refresh", {
      connectionId: SEED.connections.postgresToS3.id,
      refreshMode: "Truncate",
      streams: [],
    });
    expect(refreshed.job?.configType).toBe("refresh");

    const destination = await ok<{ destinationId: string }>("/v1/destinations/create", {
      workspaceId,
      destinationDefinitionId: await definitionIdOf("destination", "airbyte/destination-firestore"),
      name: "Firestore",
      connectionConfiguration: { project_id: "analytics" },
    });
    expect(
      (await ok<{ supportsRefreshes: boolean }>("/v1/actor_definition_versions/get_for_destination", destination)).supportsRefreshes,
    ).toBe(false);
    const { catalog } = await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.stripe.id });
    const connection = await ok<{ connectionId: string }>("/v1/connections/create", {
      sourceId: SEED.sources.stripe.id,
      destinationId: destination.destinationId,
      status: "active",
      syncCatalog: catalog,
    });
    expect(await ok("/v1/connections/refresh", { connectionId: connection.connectionId, refreshMode: "Truncate", streams: [] })).toEqual(
      {},
    );
  });

  it("refuses a catalog over 20,000 selected fields with 400, as MAX_FIELDS_PER_CONNECTION does", async () => {
    const sourceId = await syntheticSource({ stream_count: 1001, columns_per_stream: 20 });
    const { catalog } = await ok<Discovered>("/v1/sources/discover_schema", { sourceId });
    const fields = catalog.streams.reduce(
      (sum, entry) => sum + Object.keys((entry.stream.jsonSchema?.properties as object) ?? {}).length,
      0,
    );
    expect(fields).toBeGreaterThan(20_000);
    const everything = { streams: catalog.streams.map((entry) => ({ ...entry, config: { ...entry.config, selected: true } })) };
    const refused = await call<{ message: string }>("/v1/connections/create", {
      sourceId,
      destinationId: SEED.destinations.s3.id,
      status: "active",
      syncCatalog: everything,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/more than the 20000 allowed/);
  });

  it("rejects a catalog with an impossible sync mode, naming the field", async () => {
    const { catalog } = await ok<Discovered>("/v1/sources/discover_schema", { sourceId: SEED.sources.stripe.id });
    catalog.streams[1]!.config.destinationSyncMode = "append_dedup";
    catalog.streams[1]!.config.primaryKey = [];
    catalog.streams[1]!.stream.sourceDefinedPrimaryKey = [];
    const answer = await call<{ validationErrors: { propertyPath: string }[] }>("/v1/connections/update", {
      connectionId: SEED.connections.stripeToRedshift.id,
      syncCatalog: catalog,
    });
    expect(answer.status).toBe(422);
    expect(answer.body.validationErrors[0]!.propertyPath).toBe("syncCatalog.streams[1].config.primaryKey");
  });

  it("connections/get keeps only the selected streams; web_backend/connections/get shows the rest unselected, and one can be enabled", async () => {
    const connectionId = SEED.connections.postgresToS3.id;
    const saved = await ok<{ syncCatalog: ApiCatalog }>("/v1/connections/get", { connectionId });
    expect(saved.syncCatalog.streams.length).toBeGreaterThan(0);
    expect(saved.syncCatalog.streams.every((entry) => entry.config.selected !== false)).toBe(true);
    const full = await ok<{ syncCatalog: ApiCatalog }>("/v1/web_backend/connections/get", { connectionId });
    const unselected = full.syncCatalog.streams.filter((entry) => entry.config.selected === false);
    expect(unselected.length).toBeGreaterThan(0);
    expect(full.syncCatalog.streams.length).toBe(saved.syncCatalog.streams.length + unselected.length);

    const chosen = unselected[0]!;
    const streams = full.syncCatalog.streams.map((entry) =>
      entry === chosen ? { ...entry, config: { ...entry.config, selected: true } } : entry,
    );
    await ok("/v1/web_backend/connections/update", { connectionId, syncCatalog: { streams } });
    const after = await ok<{ syncCatalog: ApiCatalog }>("/v1/connections/get", { connectionId });
    expect(after.syncCatalog.streams.map((entry) => entry.stream.name)).toContain(chosen.stream.name);
    expect(after.syncCatalog.streams).toHaveLength(saved.syncCatalog.streams.length + 1);
  });

  it("web_backend list flags a schema change after evolveSchema until the catalog is saved again", async () => {
    type Item = { connectionId: string; schemaChange: string };
    const schemaChange = async () =>
      (await ok<{ connections: Item[] }>("/v1/web_backend/connections/list", { workspaceId })).connections.find(
        (c) => c.connectionId === SEED.connections.stripeToRedshift.id,
      )!.schemaChange;
    expect(await schemaChange()).toBe("no_change");
    await mockControl.evolveSchema(SEED.sources.stripe.id);
    expect(await schemaChange()).toBe("non_breaking");
    const { catalog } = await ok<Discovered>("/v1/sources/discover_schema", {
      sourceId: SEED.sources.stripe.id,
      connectionId: SEED.connections.stripeToRedshift.id,
    });
    await ok("/v1/connections/update", { connectionId: SEED.connections.stripeToRedshift.id, syncCatalog: catalog });
    expect(await schemaChange()).toBe("no_change");
  });

  it("web_backend list shows source, destination and the latest sync status", async () => {
    const { connections } = await ok<{ connections: { connectionId: string; latestSyncJobStatus: string; source: { name: string } }[] }>(
      "/v1/web_backend/connections/list",
      { workspaceId },
    );
    const stripe = connections.find((c) => c.connectionId === SEED.connections.stripeToRedshift.id)!;
    expect(stripe.latestSyncJobStatus).toBe("failed");
    expect(stripe.source.name).toBe(SEED.sources.stripe.name);
  });
});
