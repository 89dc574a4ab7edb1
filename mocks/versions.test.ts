// Version pins and upgrades (db/versions.ts) as Airbyte's ActorDefinitionVersionUpdater and
// ActorDefinitionVersionHandler behave. The facts expected here are read from the fixture files by
// hand: connectors/source-stripe.json is 0.1.37, registry-2026/source-stripe.json is 5.15.22 with
// breaking changes 4.0.0 (deadline 2023-09-14), 5.0.0 (2023-12-11) and 5.4.0 (2024-07-14).
import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { ensureDb, resetDb } from "./db/load";
import { restoreSnapshot, takeSnapshot } from "./db/snapshot";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";
import type { S } from "./lib/types";

const stripe = SEED.sources.stripe.id;
const s3 = SEED.destinations.s3.id;

beforeEach(async () => {
  await mockControl.reset();
});

const sourceVersion = (sourceId: string) =>
  ok<S["ActorDefinitionVersionRead"]>("/v1/actor_definition_versions/get_for_source", { sourceId });

async function connectorUpdates(connectionId: string) {
  const { events } = await ok<S["ConnectionEventList"]>("/v1/connections/events/list", { connectionId, eventTypes: ["CONNECTOR_UPDATE"] });
  return events.map((event) => event.summary);
}

describe("a source pinned by a breaking change", () => {
  it("get_for_source reports the older version, the pin, and the breaking changes between it and the default", async () => {
    const version = await sourceVersion(stripe);
    expect(version.dockerRepository).toBe("airbyte/source-stripe");
    expect(version.dockerImageTag).toBe("0.1.37");
    expect(version.isVersionOverrideApplied).toBe(true);
    // Every deadline has passed (2023-2024): SupportStateUpdater calls such a version unsupported.
    expect(version.supportState).toBe("unsupported");
    expect(version.breakingChanges?.upcomingBreakingChanges.map((change) => change.version)).toEqual(["4.0.0", "5.0.0", "5.4.0"]);
    expect(version.breakingChanges?.minUpgradeDeadline).toBe("2023-09-14");
    expect(version.breakingChanges?.deadlineAction).toBe("disable");
    expect(version.breakingChanges?.upcomingBreakingChanges[0]?.migrationDocumentationUrl).toBe(
      "https://docs.airbyte.com/integrations/sources/stripe-migrations#4.0.0",
    );
    // The definition answers its default version.
    const definition = await ok<S["SourceDefinitionRead"]>("/v1/source_definitions/get", {
      sourceDefinitionId: (await ok<S["SourceRead"]>("/v1/sources/get", { sourceId: stripe })).sourceDefinitionId,
    });
    expect(definition.dockerImageTag).toBe("5.15.22");
  });

  it("sources/get carries the same version facts", async () => {
    const source = await ok<S["SourceRead"]>("/v1/sources/get", { sourceId: stripe });
    expect(source.isVersionOverrideApplied).toBe(true);
    expect(source.supportState).toBe("unsupported");
    expect(source.breakingChanges?.upcomingBreakingChanges).toHaveLength(3);
  });

  it("an unpinned source runs its default version with no breaking changes ahead", async () => {
    const version = await sourceVersion(SEED.sources.postgres.id);
    expect(version.isVersionOverrideApplied).toBe(false);
    expect(version.supportState).toBe("supported");
    expect(version.breakingChanges).toBeUndefined();
  });

  it("upgrade_version removes the pin and writes CONNECTOR_UPDATE to the source's connection", async () => {
    const answer = await call("/v1/sources/upgrade_version", { sourceId: stripe });
    expect(answer.status).toBe(204);
    const version = await sourceVersion(stripe);
    expect(version.dockerImageTag).toBe("5.15.22");
    expect(version.isVersionOverrideApplied).toBe(false);
    expect(version.breakingChanges).toBeUndefined();
    expect(await connectorUpdates(SEED.connections.stripeToRedshift.id)).toEqual([
      {
        fromVersion: "0.1.37",
        toVersion: "5.15.22",
        connectorType: "SOURCE",
        connectorName: "Stripe payments",
        triggeredBy: "BREAKING_CHANGE_MANUAL",
      },
    ]);
    // Connections of other actors are untouched.
    expect(await connectorUpdates(SEED.connections.postgresToS3.id)).toEqual([]);
  });

  it("a second upgrade finds no pin: 204 and no further event", async () => {
    expect((await call("/v1/sources/upgrade_version", { sourceId: stripe })).status).toBe(204);
    expect((await call("/v1/sources/upgrade_version", { sourceId: stripe })).status).toBe(204);
    expect(await connectorUpdates(SEED.connections.stripeToRedshift.id)).toHaveLength(1);
  });
});

describe("a reload of the browser mock (db/snapshot.ts)", () => {
  /** The database as a reload restores it from what the browser stored. */
  async function reload() {
    const stored = JSON.parse(JSON.stringify(takeSnapshot(await ensureDb()))) as ReturnType<typeof takeSnapshot>;
    await resetDb((seeded) => restoreSnapshot(seeded, stored));
  }

  it("keeps the pin until an upgrade, and the upgrade after it", async () => {
    await reload();
    expect((await sourceVersion(stripe)).isVersionOverrideApplied).toBe(true);
    expect((await call("/v1/sources/upgrade_version", { sourceId: stripe })).status).toBe(204);
    await reload();
    expect((await sourceVersion(stripe)).dockerImageTag).toBe("5.15.22");
    expect(await connectorUpdates(SEED.connections.stripeToRedshift.id)).toHaveLength(1);
  });
});

describe("upgrade_version", () => {
  it("a source pinned by hand is refused as the server refuses it: 500 with only an errorId, pin kept, no event", async () => {
    await mockControl.pinVersion("source", SEED.sources.postgres.id, "user");
    const answer = await call<Record<string, unknown>>("/v1/sources/upgrade_version", { sourceId: SEED.sources.postgres.id });
    expect(answer.status).toBe(500);
    expect(Object.keys(answer.body)).toEqual(["errorId"]);
    expect((await sourceVersion(SEED.sources.postgres.id)).isVersionOverrideApplied).toBe(true);
    expect(await connectorUpdates(SEED.connections.postgresToS3.id)).toEqual([]);
  });

  it("a destination: an event on every one of its connections, with the server's connectorType SOURCE", async () => {
    await mockControl.pinVersion("destination", s3, "breaking_change");
    expect(
      (await ok<S["ActorDefinitionVersionRead"]>("/v1/actor_definition_versions/get_for_destination", { destinationId: s3 }))
        .isVersionOverrideApplied,
    ).toBe(true);
    expect((await call("/v1/destinations/upgrade_version", { destinationId: s3 })).status).toBe(204);
    for (const connectionId of [SEED.connections.postgresToS3.id, SEED.connections.facebookToS3.id]) {
      const [update] = await connectorUpdates(connectionId);
      expect(update).toMatchObject({ connectorType: "SOURCE", connectorName: "Data lake S3", triggeredBy: "BREAKING_CHANGE_MANUAL" });
    }
    expect(await connectorUpdates(SEED.connections.stripeToRedshift.id)).toEqual([]);
  });

  it("a deleted source takes its pin with it: a reload's stored records do not name it", async () => {
    expect((await call("/v1/sources/delete", { sourceId: stripe })).status).toBe(204);
    expect(JSON.stringify(takeSnapshot(await ensureDb()))).not.toContain(stripe);
  });

  it("an unknown actor: 404", async () => {
    const answer = await call("/v1/sources/upgrade_version", { sourceId: "00000000-0000-4000-8000-00000000dead" });
    expect(answer.status).toBe(404);
  });
});
