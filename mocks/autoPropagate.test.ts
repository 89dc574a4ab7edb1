// A sync applies the source's schema changes first where the connection's non-breaking preference
// allows it, and writes what it applied to the timeline (db/autoPropagate.ts cites the server code).
import { beforeEach, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { ok } from "./test-utils";
import type { ApiCatalog, S } from "./lib/types";

const connectionId = SEED.connections.stripeToRedshift.id;
const sourceId = SEED.sources.stripe.id;

beforeEach(async () => {
  await mockControl.reset();
});

async function schemaUpdates(): Promise<S["ConnectionEvent"][]> {
  const { events } = await ok<S["ConnectionEventList"]>("/v1/connections/events/list", { connectionId, eventTypes: ["SCHEMA_UPDATE"] });
  return events;
}

async function savedCatalog(): Promise<ApiCatalog> {
  return (await ok<{ syncCatalog: ApiCatalog }>("/v1/connections/get", { connectionId })).syncCatalog;
}

const transformTypes = (event: S["ConnectionEvent"]) =>
  ((event.summary as unknown as { catalogDiff: S["CatalogDiff"] }).catalogDiff.transforms ?? []).map((t) => t.transformType).sort();

it("propagate_columns: the sync takes the new field of an existing stream, not the new or removed streams, and says so", async () => {
  const before = await savedCatalog();
  const { catalogDiff } = await ok<{ catalogDiff: S["CatalogDiff"] }>("/v1/web_backend/connections/get", { connectionId });
  expect(catalogDiff ?? { transforms: [] }).toEqual({ transforms: [] });
  await mockControl.evolveSchema(sourceId);
  // The change the user would review: one field-level update, a stream added and one removed.
  const refreshed = await ok<{ catalogDiff: S["CatalogDiff"] }>("/v1/web_backend/connections/get", {
    connectionId,
    withRefreshedCatalog: true,
  });
  expect(refreshed.catalogDiff.transforms.map((t) => t.transformType).sort()).toEqual(["add_stream", "remove_stream", "update_stream"]);
  expect(await schemaUpdates()).toEqual([]);

  await ok("/v1/connections/sync", { connectionId });

  const [event, ...others] = await schemaUpdates();
  expect(others).toEqual([]);
  expect(transformTypes(event!)).toEqual(["update_stream"]);
  const updated = refreshed.catalogDiff.transforms.find((t) => t.transformType === "update_stream")!;
  const after = await savedCatalog();
  const stream = after.streams.find((s) => s.stream.name === updated.streamDescriptor.name)!;
  expect(Object.keys(stream.stream.jsonSchema?.properties ?? {})).toContain("added_field_1");
  // Streams are neither added nor removed with this preference.
  expect(after.streams.map((s) => s.stream.name).sort()).toEqual(before.streams.map((s) => s.stream.name).sort());
});

it("propagate_fully: the new stream arrives enabled and the removed one goes; ignore: nothing is applied", async () => {
  await ok("/v1/connections/update", { connectionId, nonBreakingChangesPreference: "propagate_fully" });
  await mockControl.evolveSchema(sourceId);
  await ok("/v1/connections/sync", { connectionId });
  const [event] = await schemaUpdates();
  expect(transformTypes(event!)).toEqual(["add_stream", "remove_stream", "update_stream"]);
  const added = (await savedCatalog()).streams.find((s) => s.stream.name === "added_stream_1");
  expect(added?.config.selected).toBe(true);

  await mockControl.reset();
  await ok("/v1/connections/update", { connectionId, nonBreakingChangesPreference: "ignore" });
  const before = await savedCatalog();
  await mockControl.evolveSchema(sourceId);
  await ok("/v1/connections/sync", { connectionId });
  expect(await schemaUpdates()).toEqual([]);
  expect(await savedCatalog()).toEqual(before);
});
