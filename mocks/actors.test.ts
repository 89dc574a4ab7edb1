import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SECRET_MASK } from "./lib/secrets";
import { SEED } from "./seed/ids";
import { call, definitionIdOf, ok } from "./test-utils";

const workspaceId = SEED.workspace.id;

const postgresConfig = (overrides: Record<string, unknown> = {}) => ({
  host: "db.example.com",
  port: 5432,
  database: "shop",
  username: "reader",
  password: "hunter2",
  ssl_mode: { mode: "verify-ca", ca_certificate: "CA-PEM", client_key_password: "key-pass" },
  tunnel_method: {
    tunnel_method: "SSH_PASSWORD_AUTH",
    tunnel_host: "bastion.example.com",
    tunnel_port: 22,
    tunnel_user: "me",
    tunnel_user_password: "tunnel-pass",
  },
  ...overrides,
});

interface MaskedPostgres {
  password: string;
  host: string;
  ssl_mode: Record<string, string>;
  tunnel_method: Record<string, string | number>;
}

beforeEach(async () => {
  await mockControl.reset();
});

describe("workspace and definitions", () => {
  it("lists the default workspace of the default organization", async () => {
    const { workspaces } = await ok<{ workspaces: { workspaceId: string }[] }>("/v1/workspaces/list_by_organization_id", {
      organizationId: SEED.organizationId,
    });
    expect(workspaces.map((w) => w.workspaceId)).toEqual([workspaceId]);
  });

  it("lists every connector file plus Synthetic, and serves specs", async () => {
    const { sourceDefinitions } = await ok<{ sourceDefinitions: { name: string; sourceDefinitionId: string }[] }>(
      "/v1/source_definitions/list_latest",
    );
    expect(sourceDefinitions.some((d) => d.name === SEED.syntheticDefinitionName)).toBe(true);
    const ids = new Set(sourceDefinitions.map((d) => d.sourceDefinitionId));
    expect(ids.size).toBe(sourceDefinitions.length);
    const spec = await ok<{ connectionSpecification: { properties: Record<string, unknown> } }>(
      "/v1/source_definition_specifications/get",
      { sourceDefinitionId: await definitionIdOf("source", "airbyte/source-postgres"), workspaceId },
    );
    expect(Object.keys(spec.connectionSpecification.properties)).toContain("password");
  });

  it("answers an unknown definition with an Airbyte 404 body", async () => {
    const answer = await call("/v1/source_definitions/get", { sourceDefinitionId: "00000000-0000-4000-8000-00000000dead" });
    expect(answer.status).toBe(404);
    expect(answer.body.message).toMatch(/Could not find/);
  });
});

describe("sources", () => {
  it("masks every secret, at any depth and inside oneOf options, and keeps a masked secret on update", async () => {
    const created = await ok<{ sourceId: string; connectionConfiguration: MaskedPostgres }>("/v1/sources/create", {
      workspaceId,
      name: "Shop DB",
      sourceDefinitionId: await definitionIdOf("source", "airbyte/source-postgres"),
      connectionConfiguration: postgresConfig(),
    });
    const config = created.connectionConfiguration;
    expect(config.password).toBe(SECRET_MASK);
    expect(config.ssl_mode.ca_certificate).toBe(SECRET_MASK);
    expect(config.ssl_mode.client_key_password).toBe(SECRET_MASK);
    expect(config.tunnel_method.tunnel_user_password).toBe(SECRET_MASK);
    expect(config.host).toBe("db.example.com");
    expect(JSON.stringify(created)).not.toMatch(/hunter2|tunnel-pass|CA-PEM/);

    // Send the masked values back with a new name: the stored secrets stay, so a check still passes
    // and a later check with a replaced secret uses the new one.
    await ok("/v1/sources/update", { sourceId: created.sourceId, name: "Shop DB (renamed)", connectionConfiguration: config });
    const check = await ok<{ status: string }>("/v1/sources/check_connection", { sourceId: created.sourceId });
    expect(check.status).toBe("succeeded");
    await ok("/v1/sources/update", {
      sourceId: created.sourceId,
      name: "Shop DB",
      connectionConfiguration: { ...config, password: "wrong" },
    });
    const failing = await ok<{ status: string; message: string }>("/v1/sources/check_connection", { sourceId: created.sourceId });
    expect(failing.status).toBe("failed");
    const fetched = await ok<{ name: string; connectionConfiguration: Record<string, unknown> }>("/v1/sources/get", {
      sourceId: created.sourceId,
    });
    expect(fetched.name).toBe("Shop DB");
    expect(fetched.connectionConfiguration.password).toBe(SECRET_MASK);
  });

  it("rejects a configuration missing a required field, naming it", async () => {
    const { host: _host, ...withoutHost } = postgresConfig();
    const answer = await call<{ validationErrors: { propertyPath: string }[] }>("/v1/sources/create", {
      workspaceId,
      name: "No host",
      sourceDefinitionId: await definitionIdOf("source", "airbyte/source-postgres"),
      connectionConfiguration: withoutHost,
    });
    expect(answer.status).toBe(422);
    expect(answer.body.validationErrors.map((e) => e.propertyPath)).toContain("connectionConfiguration.host");
  });

  it("refuses a name longer than a real server stores (256 characters), on create and update, and keeps 256", async () => {
    const sourceDefinitionId = await definitionIdOf("source", "airbyte/source-postgres");
    const create = (name: string) =>
      call<{ validationErrors: { propertyPath: string; message: string }[] }>("/v1/sources/create", {
        workspaceId,
        name,
        sourceDefinitionId,
        connectionConfiguration: postgresConfig(),
      });
    const tooLong = await create("n".repeat(257));
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.validationErrors[0]).toMatchObject({ propertyPath: "name", message: expect.stringMatching(/at most 256/) });
    const longest = await create("n".repeat(256));
    expect(longest.status).toBe(200);
    const { sourceId } = longest.body as unknown as { sourceId: string };
    const update = await call("/v1/sources/update", { sourceId, name: "x".repeat(10_000), connectionConfiguration: postgresConfig() });
    expect(update.status).toBe(422);
    const kept = await ok<{ name: string }>("/v1/sources/get", { sourceId });
    expect(kept.name).toBe("n".repeat(256));
  });

  it("tells how many connections use a source and how their latest syncs ended", async () => {
    const { sources } = await ok<{
      sources: { sourceId: string; numConnections: number; lastSync?: number; connectionJobStatuses: Record<string, number> }[];
    }>("/v1/sources/list", { workspaceId });
    const stripe = sources.find((s) => s.sourceId === SEED.sources.stripe.id)!;
    expect(stripe.numConnections).toBe(1);
    expect(stripe.connectionJobStatuses).toEqual({ failed: 1 });
    expect(stripe.lastSync! * 1000).toBeLessThan(Date.now());
  });

  it("lists the seeded sources and deletes one with its connections", async () => {
    const { sources } = await ok<{ sources: { sourceId: string }[] }>("/v1/sources/list", { workspaceId });
    expect(sources.map((s) => s.sourceId).sort()).toEqual(
      Object.values(SEED.sources)
        .map((s) => s.id)
        .sort(),
    );
    expect((await call("/v1/sources/delete", { sourceId: SEED.sources.stripe.id })).status).toBe(204);
    expect((await call("/v1/sources/get", { sourceId: SEED.sources.stripe.id })).status).toBe(404);
  });
});

describe("check_connection", () => {
  it("fails for a host ending in .invalid with an Airbyte-style message and logs", async () => {
    const check = await ok<{ status: string; message: string; jobInfo: { succeeded: boolean; logs: { logLines: string[] } } }>(
      "/v1/scheduler/sources/check_connection",
      {
        workspaceId,
        sourceDefinitionId: await definitionIdOf("source", "airbyte/source-postgres"),
        connectionConfiguration: postgresConfig({ host: "db.nowhere.invalid" }),
      },
    );
    expect(check.status).toBe("failed");
    expect(check.message).toContain("db.nowhere.invalid");
    expect(check.jobInfo.logs.logLines.length).toBeGreaterThan(2);
  });

  it('fails when a secret (even a nested one) is "wrong", succeeds otherwise', async () => {
    const definitionId = await definitionIdOf("source", "airbyte/source-postgres");
    const nested = await ok<{ status: string }>("/v1/scheduler/sources/check_connection", {
      workspaceId,
      sourceDefinitionId: definitionId,
      connectionConfiguration: postgresConfig({
        tunnel_method: {
          tunnel_method: "SSH_PASSWORD_AUTH",
          tunnel_host: "b.example.com",
          tunnel_port: 22,
          tunnel_user: "me",
          tunnel_user_password: "wrong",
        },
      }),
    });
    expect(nested.status).toBe("failed");
    const good = await ok<{ status: string }>("/v1/scheduler/sources/check_connection", {
      workspaceId,
      sourceDefinitionId: definitionId,
      connectionConfiguration: postgresConfig(),
    });
    expect(good.status).toBe("succeeded");
  });

  it("check_connection_for_update checks the edited values with stored secrets, without saving", async () => {
    const check = await ok<{ status: string }>("/v1/destinations/check_connection_for_update", {
      destinationId: SEED.destinations.redshift.id,
      name: SEED.destinations.redshift.name,
      connectionConfiguration: {
        host: "warehouse.example.invalid",
        port: 5439,
        username: "airbyte",
        password: SECRET_MASK,
        database: "analytics",
        schema: "public",
      },
    });
    expect(check.status).toBe("failed");
    const stored = await ok<{ connectionConfiguration: { host: string } }>("/v1/destinations/get", {
      destinationId: SEED.destinations.redshift.id,
    });
    expect(stored.connectionConfiguration.host).not.toContain(".invalid");
  });
});
