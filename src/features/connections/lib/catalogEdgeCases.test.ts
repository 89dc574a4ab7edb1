// Catalog logic on hand-made edge cases: same names in two namespaces, no properties, deep nesting,
// hostile names, malformed catalogs from the server, schema changes and the save summary.
import { applySchemaChanges } from "./applySchemaChanges";
import { CatalogDraft } from "./catalogDraft";
import { diffCatalogs } from "./catalogDiff";
import { describeChanges, summariseChanges } from "./changeSummary";
import { matchStatus, matchText } from "./filterStreams";
import { MalformedCatalogError, readCatalog } from "./readCatalog";
import { flattenFields, MAX_FIELD_DEPTH } from "./schemaFields";
import { effectiveCursor, pickableFields, streamIssues, withPair } from "./streamRules";
import { makeEntry, makeStream, schema } from "./testing/builders";
import type { AirbyteCatalog, CatalogEntry } from "./types";

describe("streams with the same name in two namespaces", () => {
  const entries = [
    makeEntry(makeStream({ name: "users", namespace: "public" })),
    makeEntry(makeStream({ name: "users", namespace: "archive" })),
    makeEntry(makeStream({ name: "users" })),
  ];

  test("are separate streams", () => {
    const draft = new CatalogDraft(entries);
    expect(new Set(draft.keys).size).toBe(3);
    draft.setSelected([1], false);
    expect(draft.toSyncCatalog().streams.map((s) => s.config!.selected)).toEqual([true, false, true]);
    expect(draft.indexOf("archive", "users")).toBe(1);
    expect(draft.indexOf(undefined, "users")).toBe(2);
  });

  test("are diffed separately", () => {
    const changes = diffCatalogs(entries, [entries[0]!, entries[2]!]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ name: "users", namespace: "archive", kind: "removed" });
  });
});

test("a stream without properties has no fields and cannot use a user-chosen cursor", () => {
  const stream = makeStream({ name: "empty", jsonSchema: schema({}), sourceDefinedCursor: false });
  expect(flattenFields(stream.jsonSchema)).toEqual([]);
  expect(pickableFields(stream)).toEqual([]);
  const config = withPair(
    stream,
    { syncMode: "full_refresh", destinationSyncMode: "overwrite", selected: true },
    { syncMode: "incremental", destinationSyncMode: "append" },
  );
  expect(streamIssues(stream, config, ["append"]).map((i) => i.code)).toEqual(["cursor-missing"]);
  expect(flattenFields(undefined)).toEqual([]);
});

test("very deep nesting is cut off instead of recursing without end", () => {
  let deep: Record<string, unknown> = { type: "string" };
  for (let i = 0; i < 200; i++) deep = { type: "object", properties: { [`level${i}`]: deep } };
  const fields = flattenFields(deep);
  expect(fields.length).toBe(MAX_FIELD_DEPTH + 1);
  expect(Math.max(...fields.map((f) => f.depth))).toBe(MAX_FIELD_DEPTH);
});

test("names with markup and emoji are kept as they are, and found by search", () => {
  const hostile = "<img src=x onerror=alert(1)>";
  const draft = new CatalogDraft([
    makeEntry(makeStream({ name: hostile })),
    makeEntry(makeStream({ name: "orders 🚀", namespace: "shop" })),
  ]);
  expect(matchText(draft, "🚀", null)).toEqual([1]);
  expect(matchText(draft, "<img", null)).toEqual([0]);
  expect(draft.toSyncCatalog().streams[0]!.stream!.name).toBe(hostile);
});

test("filters combine text, namespace and status", () => {
  const draft = new CatalogDraft([
    makeEntry(makeStream({ name: "users", namespace: "public" })),
    makeEntry(makeStream({ name: "orders", namespace: "public" }), { selected: false }),
    makeEntry(makeStream({ name: "users", namespace: "archive", sourceDefinedCursor: false }), {
      syncMode: "incremental",
      destinationSyncMode: "append",
      cursorField: [],
    }),
  ]);
  expect(matchText(draft, "", null)).toBeNull();
  expect(matchText(draft, "USERS", null)).toEqual([0, 2]);
  expect(matchText(draft, "", "public")).toEqual([0, 1]);
  expect(matchStatus(draft, null, "disabled")).toEqual([1]);
  expect(matchStatus(draft, matchText(draft, "users", null), "enabled")).toEqual([0, 2]);
  expect(matchStatus(draft, null, "errors")).toEqual([2]);
  expect(draft.enabledCount()).toBe(2);
});

describe("reading catalogs from the server", () => {
  test("explains what is wrong with a malformed catalog", () => {
    expect(() => readCatalog(undefined)).toThrow(MalformedCatalogError);
    expect(() => readCatalog({ streams: "nope" } as unknown as AirbyteCatalog)).toThrow(/without a list of streams/);
    expect(() => readCatalog({ streams: [{ stream: { jsonSchema: {} } }] } as unknown as AirbyteCatalog)).toThrow(/#1 has no name/);
    expect(() => readCatalog({ streams: [{ config: {} }] } as unknown as AirbyteCatalog)).toThrow(/no stream description/);
  });

  test("gives streams without configuration a default one the destination supports", () => {
    const stream = makeStream({
      name: "events",
      supportedSyncModes: ["full_refresh", "incremental"],
      sourceDefinedCursor: true,
      defaultCursorField: ["updated_at"],
      sourceDefinedPrimaryKey: [["id"]],
    });
    const [withDedup] = readCatalog({ streams: [{ stream }] }, { destinationModes: ["overwrite", "append", "append_dedup"] });
    expect(withDedup!.config).toMatchObject({
      syncMode: "incremental",
      destinationSyncMode: "append_dedup",
      cursorField: ["updated_at"],
      primaryKey: [["id"]],
      selected: false,
    });
    const [appendOnly] = readCatalog({ streams: [{ stream }] }, { destinationModes: ["append"] });
    expect(appendOnly!.config).toMatchObject({ syncMode: "incremental", destinationSyncMode: "append" });
  });

  test("replaces modes the destination cannot do when asked", () => {
    const entry = makeEntry(makeStream({ name: "a" }), { syncMode: "full_refresh", destinationSyncMode: "overwrite" });
    const [fixed] = readCatalog({ streams: [entry] }, { destinationModes: ["append"], fixUnsupportedModes: true });
    expect(fixed!.config.destinationSyncMode).toBe("append");
    const [kept] = readCatalog({ streams: [entry] }, { destinationModes: ["overwrite"], fixUnsupportedModes: true });
    expect(kept).toBe(entry);
  });
});

describe("schema changes", () => {
  const cursorStream = makeStream({
    name: "orders",
    sourceDefinedCursor: false,
    jsonSchema: schema({ id: { type: "integer" }, updated_at: { type: "string" }, note: { type: "string" } }),
  });
  const saved: CatalogEntry[] = [
    makeEntry(cursorStream, { syncMode: "incremental", destinationSyncMode: "append", cursorField: ["updated_at"] }),
    makeEntry(makeStream({ name: "users" })),
  ];

  test("removing the cursor of an enabled stream is breaking and listed first", () => {
    const fresh = [
      makeEntry({ ...cursorStream, jsonSchema: schema({ id: { type: "integer" }, note: { type: "string" } }) }),
      makeEntry(
        makeStream({
          name: "users",
          jsonSchema: schema({ id: { type: "integer" }, updated_at: { type: "string", format: "date-time" }, extra: { type: "string" } }),
        }),
      ),
      makeEntry(makeStream({ name: "refunds" })),
    ];
    const changes = diffCatalogs(saved, fresh);
    expect(changes.map((c) => [c.name, c.kind, c.breaking])).toEqual([
      ["orders", "changed", true],
      ["users", "changed", false],
      ["refunds", "added", false],
    ]);
    expect(changes[0]!.fields[0]).toMatchObject({ kind: "removed", path: ["updated_at"], breaking: true, reason: "it is the cursor" });
  });

  test("new streams arrive disabled unless the policy propagates them", () => {
    const fresh = [...saved, makeEntry(makeStream({ name: "refunds" }))];
    expect(applySchemaChanges(saved, fresh, "ignore").find((e) => e.stream.name === "refunds")!.config.selected).toBe(false);
    expect(applySchemaChanges(saved, fresh, "propagate_columns").find((e) => e.stream.name === "refunds")!.config.selected).toBe(false);
    expect(applySchemaChanges(saved, fresh, "propagate_fully").find((e) => e.stream.name === "refunds")!.config.selected).toBe(true);
    // Existing streams keep their configuration.
    expect(applySchemaChanges(saved, fresh, "ignore")[0]!.config).toEqual(saved[0]!.config);
  });

  test("field selections drop removed fields and take new ones only when the policy says so", () => {
    const selectedSome = [
      makeEntry(cursorStream, { fieldSelectionEnabled: true, selectedFields: [{ fieldPath: ["id"] }, { fieldPath: ["note"] }] }),
    ];
    const fresh = [
      makeEntry({
        ...cursorStream,
        jsonSchema: schema({ id: { type: "integer" }, updated_at: { type: "string" }, added: { type: "string" } }),
      }),
    ];
    expect(applySchemaChanges(selectedSome, fresh, "ignore")[0]!.config.selectedFields).toEqual([{ fieldPath: ["id"] }]);
    expect(applySchemaChanges(selectedSome, fresh, "propagate_columns")[0]!.config.selectedFields).toEqual([
      { fieldPath: ["id"] },
      { fieldPath: ["added"] },
    ]);
  });
});

test("the change summary counts what a save changes and which streams need a refresh", () => {
  const a = makeStream({ name: "a" });
  const b = makeStream({ name: "b" });
  const c = makeStream({ name: "c" });
  const before: AirbyteCatalog = { streams: [makeEntry(a), makeEntry(b, { selected: false }), makeEntry(c, { selected: false })] };
  const after: AirbyteCatalog = {
    streams: [
      makeEntry(a, { syncMode: "incremental", destinationSyncMode: "append", cursorField: ["updated_at"] }),
      makeEntry(b),
      makeEntry(c),
    ],
  };
  const summary = summariseChanges(before, after);
  expect(summary).toMatchObject({ enabled: 2, disabled: 0, syncModeChanged: 1, needsRefresh: ["a"] });
  expect(describeChanges(summary)).toMatch(/^2 streams enabled, 1 sync mode changed/);
  expect(describeChanges(summariseChanges(before, before))).toBe("No changes to streams");
});

test("effective cursor prefers the source, then the user, then the suggestion", () => {
  const sourceDefined = makeStream({ name: "s", sourceDefinedCursor: true, defaultCursorField: ["updated_at"] });
  expect(effectiveCursor(sourceDefined, { syncMode: "incremental", destinationSyncMode: "append", cursorField: ["id"] })).toEqual([
    "updated_at",
  ]);
  const userDefined = makeStream({ name: "u", defaultCursorField: ["updated_at"] });
  expect(effectiveCursor(userDefined, { syncMode: "incremental", destinationSyncMode: "append", cursorField: ["id"] })).toEqual(["id"]);
  expect(effectiveCursor(userDefined, { syncMode: "incremental", destinationSyncMode: "append" })).toEqual(["updated_at"]);
});
