// The cursor-paged lists (sources/list, destinations/list, web_backend/connections/list) behave as
// on Airbyte 1.8+: 20 per page by default, the last row's id as the cursor, search/sort/filters on
// the server, the matching total in num_connections, and a stale cursor answered as the server does.
import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";

const workspaceId = SEED.workspace.id;

interface SourcePage {
  sources: { sourceId: string; name: string; sourceName: string; status: string }[];
  page_size: number;
  num_connections: number;
}

interface ConnectionPage {
  connections: {
    connectionId: string;
    name: string;
    status: string;
    latestSyncJobCreatedAt?: number;
    latestSyncJobStatus?: string;
    source: { sourceId: string };
  }[];
  page_size: number;
  num_connections: number;
}

const byLowerName = (a: { name: string }, b: { name: string }) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1);

/** Every row, following the cursor (the last row's id) until a short page. */
async function followCursors<T extends { name: string }>(
  path: string,
  listKey: string,
  idKey: string,
  body: Record<string, unknown>,
): Promise<{ rows: T[]; pages: number }> {
  const rows: T[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages < 100; pages++) {
    const page = await ok<Record<string, unknown>>(path, { ...body, ...(cursor ? { cursor } : {}) });
    const items = page[listKey] as T[];
    rows.push(...items);
    if (items.length < ((body.pageSize as number | undefined) ?? 20)) return { rows, pages };
    cursor = (items.at(-1) as Record<string, unknown>)[idKey] as string;
  }
  throw new Error("the cursor never reached the end");
}

beforeEach(async () => {
  await mockControl.reset();
});

describe("sources/list and destinations/list", () => {
  it("answers the first 20 by name with the total, and follows cursors to the end", async () => {
    await mockControl.seedMany({ sources: 45 });
    const first = await ok<SourcePage>("/v1/sources/list", { workspaceId });
    expect(first.sources).toHaveLength(20);
    expect(first.page_size).toBe(20);
    expect(first.num_connections).toBe(48);
    expect(first.sources.map((s) => s.name)).toEqual([...first.sources].sort(byLowerName).map((s) => s.name));

    const { rows, pages } = await followCursors<SourcePage["sources"][number]>("/v1/sources/list", "sources", "sourceId", { workspaceId });
    expect(pages).toBe(3);
    expect(new Set(rows.map((s) => s.sourceId)).size).toBe(48);
    expect(rows.map((s) => s.name)).toEqual([...rows].sort(byLowerName).map((s) => s.name));
    // Past the last row: an empty page.
    const after = await ok<SourcePage>("/v1/sources/list", { workspaceId, cursor: rows.at(-1)!.sourceId });
    expect(after.sources).toEqual([]);
  });

  it("searches name and connector name on the server, counting what matches", async () => {
    await mockControl.seedMany({ sources: 45 });
    const one = await ok<SourcePage>("/v1/sources/list", { workspaceId, filters: { searchTerm: "SOURCE 045" } });
    expect(one.sources.map((s) => s.name)).toEqual(["Source 045"]);
    expect(one.num_connections).toBe(1);
    const byConnector = await ok<SourcePage>("/v1/sources/list", { workspaceId, pageSize: 100, filters: { searchTerm: "stripe" } });
    expect(byConnector.sources.length).toBeGreaterThan(1);
    expect(byConnector.num_connections).toBe(byConnector.sources.length);
    for (const s of byConnector.sources) expect(`${s.name} ${s.sourceName}`.toLowerCase()).toContain("stripe");
  });

  it("sorts by name descending and by connector name, pages with any page size, and filters by state", async () => {
    await mockControl.seedMany({ sources: 10 });
    const desc = await ok<SourcePage>("/v1/sources/list", { workspaceId, sortKey: "actorName_desc", pageSize: 5 });
    expect(desc.sources).toHaveLength(5);
    expect(desc.page_size).toBe(5);
    expect(desc.sources[0]!.name).toBe(SEED.sources.stripe.name);
    const byConnector = await ok<SourcePage>("/v1/sources/list", { workspaceId, sortKey: "actorDefinitionName_asc", pageSize: 100 });
    const connectors = byConnector.sources.map((s) => s.sourceName.toLowerCase());
    expect(connectors).toEqual([...connectors].sort());
    // Only the seeded Postgres and Stripe sources have an active connection (Facebook's is disabled).
    const active = await ok<SourcePage>("/v1/sources/list", { workspaceId, filters: { states: ["active"] } });
    expect(active.sources.map((s) => s.sourceId).sort()).toEqual([SEED.sources.postgres.id, SEED.sources.stripe.id].sort());
    expect(active.sources.every((s) => s.status === "active")).toBe(true);
    const inactive = await ok<SourcePage>("/v1/sources/list", { workspaceId, filters: { states: ["inactive"] } });
    expect(inactive.num_connections).toBe(11);
  });

  it("answers a cursor whose source was deleted with 404, as the server does", async () => {
    await mockControl.seedMany({ sources: 30 });
    const first = await ok<SourcePage>("/v1/sources/list", { workspaceId });
    const last = first.sources.at(-1)!;
    expect((await call("/v1/sources/delete", { sourceId: last.sourceId })).status).toBe(204);
    const stale = await call<{ message: string }>("/v1/sources/list", { workspaceId, cursor: last.sourceId });
    expect(stale.status).toBe(404);
    expect(stale.body.message).toBe(`Could not find configuration for SOURCE_CONNECTION: ${last.sourceId}.`);
  });

  it("pages destinations the same way", async () => {
    await mockControl.seedMany({ destinations: 25 });
    const first = await ok<{ destinations: { destinationId: string }[]; num_connections: number }>("/v1/destinations/list", {
      workspaceId,
    });
    expect(first.destinations).toHaveLength(20);
    expect(first.num_connections).toBe(27);
    const rest = await ok<{ destinations: unknown[] }>("/v1/destinations/list", {
      workspaceId,
      cursor: first.destinations.at(-1)!.destinationId,
    });
    expect(rest.destinations).toHaveLength(7);
  });

  it("refuses an unknown sort key and a negative page size", async () => {
    expect((await call("/v1/sources/list", { workspaceId, sortKey: "connections_asc" })).status).toBe(422);
    expect((await call("/v1/sources/list", { workspaceId, pageSize: -1 })).status).toBe(422);
  });
});

describe("web_backend/connections/list", () => {
  it("answers the first 20 by name with the total, and follows cursors to the end", async () => {
    await mockControl.seedMany({ connections: 55 });
    const first = await ok<ConnectionPage>("/v1/web_backend/connections/list", { workspaceId });
    expect(first.connections).toHaveLength(20);
    expect(first.page_size).toBe(20);
    expect(first.num_connections).toBe(58);
    const { rows, pages } = await followCursors<ConnectionPage["connections"][number]>(
      "/v1/web_backend/connections/list",
      "connections",
      "connectionId",
      { workspaceId },
    );
    expect(pages).toBe(3);
    expect(new Set(rows.map((c) => c.connectionId)).size).toBe(58);
    expect(rows.map((c) => c.name)).toEqual([...rows].sort(byLowerName).map((c) => c.name));
    expect(rows.at(-1)!.name).toBe(SEED.connections.stripeToRedshift.name);
  });

  it("searches connection, source and destination names on the server", async () => {
    await mockControl.seedMany({ connections: 55 });
    const one = await ok<ConnectionPage>("/v1/web_backend/connections/list", { workspaceId, filters: { searchTerm: "connection 055" } });
    expect(one.connections.map((c) => c.name)).toEqual(["Connection 055"]);
    expect(one.num_connections).toBe(1);
    // Each of the bulk connections runs from one of the three seeded sources, in turn.
    const bySource = await ok<ConnectionPage>("/v1/web_backend/connections/list", {
      workspaceId,
      pageSize: 100,
      filters: { searchTerm: "stripe payments" },
    });
    expect(bySource.num_connections).toBe(bySource.connections.length);
    expect(bySource.connections.every((c) => c.source.sourceId === SEED.sources.stripe.id)).toBe(true);
    const forSource = await ok<ConnectionPage>("/v1/web_backend/connections/list", {
      workspaceId,
      pageSize: 100,
      sourceId: [SEED.sources.stripe.id],
    });
    expect(forSource.num_connections).toBe(bySource.num_connections);
  });

  it("filters by state and by the latest sync, and sorts by last sync with never-synced last when descending", async () => {
    await mockControl.seedMany({ connections: 20 });
    const disabled = await ok<ConnectionPage>("/v1/web_backend/connections/list", { workspaceId, filters: { states: ["inactive"] } });
    expect(disabled.num_connections).toBe(3); // the seeded Facebook one and every tenth bulk one
    const failed = await ok<ConnectionPage>("/v1/web_backend/connections/list", { workspaceId, filters: { statuses: ["failed"] } });
    expect(failed.connections.map((c) => c.connectionId)).toEqual([SEED.connections.stripeToRedshift.id]);
    const recent = await ok<ConnectionPage>("/v1/web_backend/connections/list", { workspaceId, sortKey: "lastSync_desc", pageSize: 100 });
    const times = recent.connections.map((c) => c.latestSyncJobCreatedAt ?? null);
    const synced = times.filter((t): t is number => t !== null);
    expect(times.slice(0, synced.length)).toEqual([...synced].sort((a, b) => b - a));
    expect(times.slice(synced.length).every((t) => t === null)).toBe(true);
  });

  it("follows the cursor of a connection deleted meanwhile (the server keeps it, deprecated)", async () => {
    await mockControl.seedMany({ connections: 37 });
    const first = await ok<ConnectionPage>("/v1/web_backend/connections/list", { workspaceId });
    const last = first.connections.at(-1)!;
    const expected = await ok<ConnectionPage>("/v1/web_backend/connections/list", { workspaceId, cursor: last.connectionId });
    expect((await call("/v1/connections/delete", { connectionId: last.connectionId })).status).toBe(204);
    const next = await ok<ConnectionPage>("/v1/web_backend/connections/list", { workspaceId, cursor: last.connectionId });
    expect(next.connections.map((c) => c.connectionId)).toEqual(expected.connections.map((c) => c.connectionId));
    expect(next.num_connections).toBe(39);
  });

  it("answers a cursor that never was a connection with 404", async () => {
    const id = "6f1c0000-0000-4000-8000-000000000000";
    const answer = await call<{ message: string }>("/v1/web_backend/connections/list", { workspaceId, cursor: id });
    expect(answer.status).toBe(404);
    expect(answer.body.message).toBe(`Could not find configuration for STANDARD_SYNC: ${id}.`);
  });
});
