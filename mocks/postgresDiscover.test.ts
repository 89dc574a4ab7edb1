// A Postgres source discovers what source-postgres would with its Update Method (issue 12 item 14):
// CDC adds its three columns and its own cursor, Xmin has its own cursor, a user-defined cursor
// leaves the choice to the user. Which tables have a primary key is read from the fixture file here
// (../shared/fixtures/catalogs/internal-pg.json, vendored in mocks/data/catalogs).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import type { ApiCatalog } from "./lib/types";
import { SEED } from "./seed/ids";
import { definitionIdOf, ok } from "./test-utils";

const fixture = JSON.parse(readFileSync(resolve(process.cwd(), "mocks/data/catalogs/internal-pg.json"), "utf8")) as {
  streams: { stream: { name: string; source_defined_primary_key?: string[][] } }[];
};
const withKey = new Set(fixture.streams.filter((s) => (s.stream.source_defined_primary_key ?? []).length > 0).map((s) => s.stream.name));
const withoutKey = fixture.streams.map((s) => s.stream.name).filter((name) => !withKey.has(name));
const CDC_COLUMNS = ["_ab_cdc_lsn", "_ab_cdc_updated_at", "_ab_cdc_deleted_at"];

beforeEach(async () => {
  await mockControl.reset();
});

async function discoverWith(replicationMethod: Record<string, unknown>): Promise<ApiCatalog> {
  const { sourceId } = await ok<{ sourceId: string }>("/v1/sources/create", {
    workspaceId: SEED.workspace.id,
    name: `Postgres ${String(replicationMethod.method)}`,
    sourceDefinitionId: await definitionIdOf("source", "airbyte/source-postgres"),
    connectionConfiguration: {
      host: "db.example.com",
      port: 5432,
      database: "app",
      schemas: ["public"],
      username: "reader",
      password: "secret",
      ssl_mode: { mode: "disable" },
      tunnel_method: { tunnel_method: "NO_TUNNEL" },
      replication_method: replicationMethod,
    },
  });
  return (await ok<{ catalog: ApiCatalog }>("/v1/sources/discover_schema", { sourceId })).catalog;
}

const columns = (stream: ApiCatalog["streams"][number]["stream"]) => Object.keys((stream.jsonSchema as { properties: object }).properties);

describe("discovering a Postgres source", () => {
  it("expects the fixture to have tables with and without a primary key", () => {
    expect(withKey.size).toBeGreaterThan(1);
    expect(withoutKey.length).toBeGreaterThan(0);
  });

  it("with CDC: the three CDC columns, the source's own cursor on _ab_cdc_lsn, incremental only with a primary key", async () => {
    const catalog = await discoverWith({ method: "CDC", replication_slot: "slot", publication: "pub" });
    expect(catalog.streams.map((s) => s.stream.name).sort()).toEqual(fixture.streams.map((s) => s.stream.name).sort());
    for (const { stream, config } of catalog.streams) {
      expect(columns(stream), stream.name).toEqual(expect.arrayContaining(CDC_COLUMNS));
      expect(stream.defaultCursorField, stream.name).toEqual(["_ab_cdc_lsn"]);
      if (withKey.has(stream.name)) {
        expect(stream.supportedSyncModes, stream.name).toEqual(["full_refresh", "incremental"]);
        expect(stream.sourceDefinedCursor, stream.name).toBe(true);
        expect([config.syncMode, config.destinationSyncMode], stream.name).toEqual(["incremental", "append_dedup"]);
      } else {
        expect(stream.supportedSyncModes, stream.name).toEqual(["full_refresh"]);
        expect(config.syncMode, stream.name).toBe("full_refresh");
      }
    }
  });

  it("with Xmin: the source's own cursor and no CDC columns", async () => {
    const catalog = await discoverWith({ method: "Xmin" });
    for (const { stream } of catalog.streams) {
      expect(
        columns(stream).filter((c) => CDC_COLUMNS.includes(c)),
        stream.name,
      ).toEqual([]);
      expect(stream.sourceDefinedCursor, stream.name).toBe(true);
      expect(stream.supportedSyncModes, stream.name).toEqual(["full_refresh", "incremental"]);
    }
  });

  it("with a user-defined cursor: no cursor of the source's, no CDC columns, full refresh until the user picks one", async () => {
    const catalog = await discoverWith({ method: "Standard" });
    for (const { stream, config } of catalog.streams) {
      expect(
        columns(stream).filter((c) => CDC_COLUMNS.includes(c)),
        stream.name,
      ).toEqual([]);
      expect(stream.sourceDefinedCursor, stream.name).toBe(false);
      expect(stream.defaultCursorField, stream.name).toEqual([]);
      expect([config.syncMode, config.destinationSyncMode], stream.name).toEqual(["full_refresh", "overwrite"]);
    }
  });

  it("the seeded Postgres connection was saved from what its CDC source discovers", async () => {
    const { syncCatalog } = await ok<{ syncCatalog: ApiCatalog }>("/v1/connections/get", {
      connectionId: SEED.connections.postgresToS3.id,
    });
    const selected = syncCatalog.streams.filter((s) => s.config.selected);
    expect(selected.length).toBeGreaterThan(0);
    for (const { stream, config } of selected) {
      expect(columns(stream), stream.name).toEqual(expect.arrayContaining(CDC_COLUMNS));
      if (withKey.has(stream.name)) expect([stream.sourceDefinedCursor, config.cursorField], stream.name).toEqual([true, ["_ab_cdc_lsn"]]);
    }
  });
});
