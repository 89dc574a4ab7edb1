// The seed in two steps (mocks/db/seed.ts): the first screen's endpoints answer from the seeded
// records alone; everything else waits for every definition and the connections' real catalogs.
import { afterEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { dataSource, installDataSource } from "./data/source";
import type { MockDataSource } from "./lib/types";
import { ensureDb, resetDb } from "./db/load";
import { getDb } from "./db/store";
import type { S } from "./lib/types";
import { SEED } from "./seed/ids";
import { SEEDED_CATALOGS } from "./seed/streams";
import { ok } from "./test-utils";

const workspaceId = SEED.workspace.id;
const original = dataSource();

afterEach(() => installDataSource(original));

/** The current data source, counting what is read through it. */
function countingDataSource() {
  const reads = { connectors: 0, connector: [] as string[], catalog: [] as string[] };
  const source: MockDataSource = {
    connectors: () => {
      reads.connectors++;
      return original.connectors();
    },
    connector: (name) => {
      reads.connector.push(name);
      return original.connector(name);
    },
    registryConnector: (name) => original.registryConnector(name),
    catalog: (name) => {
      reads.catalog.push(name);
      return original.catalog(name);
    },
  };
  installDataSource(source);
  return reads;
}

const selectedStreams = (catalog: S["AirbyteCatalog"]) =>
  catalog.streams
    .filter((s) => s.config?.selected)
    .map(({ stream }) => (stream?.namespace ? { name: stream.name, namespace: stream.namespace } : { name: stream!.name }));

describe("seed", () => {
  it("answers the first screen from the seeded connectors alone, without reading any catalog", async () => {
    const reads = countingDataSource();
    await mockControl.reset();
    await ok("/v1/workspaces/list_by_organization_id", { organizationId: SEED.organizationId });
    const { connections } = await ok<S["WebBackendConnectionReadList"]>("/v1/web_backend/connections/list", { workspaceId });
    expect(connections.map((c) => c.source.sourceName).sort()).toEqual(["Facebook Marketing", "Postgres", "Stripe"]);
    expect(connections.find((c) => c.connectionId === SEED.connections.stripeToRedshift.id)?.latestSyncJobStatus).toBe("failed");
    expect(reads.catalog).toEqual([]);
    expect(reads.connectors).toBe(0);
    expect(reads.connector.sort()).toEqual([
      "destination-redshift",
      "destination-s3",
      "source-facebook-marketing",
      "source-postgres",
      "source-stripe",
    ]);

    // Any other endpoint waits for the rest.
    await ok("/v1/connections/get", { connectionId: SEED.connections.postgresToS3.id });
    expect(reads.catalog.sort()).toEqual(["facebook", "internal-pg", "stripe"]);
  });

  it("selects in each seeded catalog the streams the job history was built from", async () => {
    for (const [connectionId, seeded] of Object.entries(SEEDED_CATALOGS)) {
      const { syncCatalog } = await ok<S["ConnectionRead"]>("/v1/connections/get", { connectionId });
      expect(selectedStreams(syncCatalog), seeded.file).toEqual(seeded.selected);
      const { jobs } = await ok<S["JobReadList"]>("/v1/jobs/list", { configTypes: ["sync"], configId: connectionId });
      expect(jobs.length).toBeGreaterThan(0);
      for (const { job } of jobs) expect(job?.enabledStreams).toEqual(seeded.selected);
    }
  });

  it("refuses to read a seeded catalog before it is loaded, rather than answer with no streams", async () => {
    await resetDb();
    const connection = getDb().connections.get(SEED.connections.stripeToRedshift.id)!;
    expect(() => connection.syncCatalog).toThrow(/read syncCatalog before it was loaded/);
    await ensureDb();
    expect(connection.syncCatalog.streams.length).toBeGreaterThan(0);
  });

  it("completes the database a reset replaced while the previous one was loading", async () => {
    await resetDb();
    const loading = ensureDb();
    await resetDb();
    const db = await loading;
    expect(db).toBe(getDb());
    expect(db.definitions.length).toBeGreaterThan(5);
    expect(db.connections.get(SEED.connections.facebookToS3.id)!.syncCatalog.streams.length).toBeGreaterThan(0);
  });
});
