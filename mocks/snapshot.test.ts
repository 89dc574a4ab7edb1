// The browser mock's stored records (db/snapshot.ts): what a reload brings back, never a secret.
import { mockControl } from "./control";
import { ensureDb, resetDb } from "./db/load";
import { isSnapshot, restoreSnapshot, takeSnapshot } from "./db/snapshot";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";

beforeEach(() => mockControl.reset());

interface Connection {
  name: string;
  syncCatalog: { streams: { stream: { name: string }; config: { selected: boolean } }[] };
}

/** What a reload does in the browser: a new seed, the stored JSON put in its place. */
async function reload(stored: string): Promise<void> {
  const parsed: unknown = JSON.parse(stored);
  if (!isSnapshot(parsed)) throw new Error("not a snapshot");
  await resetDb((seeded) => restoreSnapshot(seeded, parsed));
}

test("a reload keeps changes, deletions, edited catalogs and jobs; secrets never reach the stored text", async () => {
  const { id } = SEED.connections.postgresToS3;
  const before = await ok<Connection>("/v1/connections/get", { connectionId: id });
  const streams = before.syncCatalog.streams.map((s, i) => (i === 0 ? { ...s, config: { ...s.config, selected: !s.config.selected } } : s));
  await ok("/v1/connections/update", { connectionId: id, name: "Renamed", syncCatalog: { streams } });
  expect((await call("/v1/sources/delete", { sourceId: SEED.sources.stripe.id })).status).toBe(204);
  const names = (c: Connection) => c.syncCatalog.streams.filter((s) => s.config.selected).map((s) => s.stream.name);
  const edited = names(await ok<Connection>("/v1/connections/get", { connectionId: id }));
  expect(edited).not.toEqual(names(before));
  const { job } = await ok<{ job: { id: number } }>("/v1/connections/sync", { connectionId: id });

  const stored = JSON.stringify(takeSnapshot(await ensureDb()));
  // The seeded Postgres source's password and SSH key (mocks/db/seed.ts), written out by hand.
  expect(stored).not.toContain("pg-s3cret-Passw0rd");
  expect(stored).not.toContain("BEGIN OPENSSH PRIVATE KEY");

  await reload(stored);
  const after = await ok<Connection>("/v1/connections/get", { connectionId: id });
  expect(after.name).toBe("Renamed");
  expect(names(after)).toEqual(edited);
  expect((await call("/v1/sources/get", { sourceId: SEED.sources.stripe.id })).status).toBe(404);
  expect((await ok<{ job: { id: number } }>("/v1/jobs/get", { id: job.id })).job.id).toBe(job.id);
  const postgres = await ok<{ connectionConfiguration: Record<string, unknown> }>("/v1/sources/get", {
    sourceId: SEED.sources.postgres.id,
  });
  expect(postgres.connectionConfiguration.password).toBe("**********");
  expect(postgres.connectionConfiguration.host).toBe("db.prod.internal.example.com");
});

test("a stored state of another version, or not a state at all, is not read", () => {
  expect(isSnapshot({ version: 0, sources: [], destinations: [], connections: [], jobs: [] })).toBe(false);
  expect(isSnapshot(null)).toBe(false);
  expect(isSnapshot("{}")).toBe(false);
});
