// Catalog logic on every real catalog in mocks/data/catalogs (loaded generically). Hand-made edge
// cases (same names in two namespaces, no properties, deep nesting, hostile names, reading, schema
// changes) are in catalogEdgeCases.test.ts.
import { CatalogDraft } from "./catalogDraft";
import { diffCatalogs } from "./catalogDiff";
import { readCatalog } from "./readCatalog";
import { fieldSchemaAt, flattenFields, topLevelFieldNames } from "./schemaFields";
import { isFieldSelected, pickableFields, requiredTopLevelFields, streamIssues, toggleField, withPair } from "./streamRules";
import { pairId, validPairs } from "./syncModes";
import { fixtureCatalogs } from "./testing/fixtureCatalogs";
import { schema } from "./testing/builders";
import type { AirbyteCatalog, DestinationSyncMode, SyncMode } from "./types";

const DESTINATION_MODE_SETS: DestinationSyncMode[][] = [
  ["overwrite", "append", "append_dedup"],
  ["overwrite", "append"],
  ["append"],
  ["overwrite", "append", "append_dedup", "overwrite_dedup"],
];

// The sync-mode pairs a stream must offer, written out by hand (not derived from the code's own
// list): by the source modes the stream lists (none listed reads as full refresh), then by the
// destination's modes. Incremental reads write by appending (plain or deduped); full refreshes
// overwrite (plain or deduped) or append.
const EXPECTED_PAIRS: Record<string, Record<string, string[]>> = {
  full_refresh: {
    "overwrite,append,append_dedup": ["full_refresh:append", "full_refresh:overwrite"],
    "overwrite,append": ["full_refresh:append", "full_refresh:overwrite"],
    append: ["full_refresh:append"],
    "overwrite,append,append_dedup,overwrite_dedup": ["full_refresh:append", "full_refresh:overwrite", "full_refresh:overwrite_dedup"],
  },
  "full_refresh,incremental": {
    "overwrite,append,append_dedup": ["full_refresh:append", "full_refresh:overwrite", "incremental:append", "incremental:append_dedup"],
    "overwrite,append": ["full_refresh:append", "full_refresh:overwrite", "incremental:append"],
    append: ["full_refresh:append", "incremental:append"],
    "overwrite,append,append_dedup,overwrite_dedup": [
      "full_refresh:append",
      "full_refresh:overwrite",
      "full_refresh:overwrite_dedup",
      "incremental:append",
      "incremental:append_dedup",
    ],
  },
  incremental: {
    "overwrite,append,append_dedup": ["incremental:append", "incremental:append_dedup"],
    "overwrite,append": ["incremental:append"],
    append: ["incremental:append"],
    "overwrite,append,append_dedup,overwrite_dedup": ["incremental:append", "incremental:append_dedup"],
  },
};

function sourceModesKey(modes: readonly SyncMode[] | undefined): string {
  return modes && modes.length > 0 ? [...modes].sort().join(",") : "full_refresh";
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

test("the fixture catalogs are all loaded", () => {
  expect(fixtureCatalogs.length).toBeGreaterThanOrEqual(1);
  for (const { catalog } of fixtureCatalogs) expect(catalog.streams.length).toBeGreaterThan(0);
});

describe.each(fixtureCatalogs)("catalog $name", ({ catalog }) => {
  const entries = readCatalog(catalog);

  test("reads every stream", () => {
    expect(entries).toHaveLength(catalog.streams.length);
  });

  test("offers exactly the sync-mode pairs both sides support", () => {
    for (const { stream } of entries) {
      const bySource = EXPECTED_PAIRS[sourceModesKey(stream.supportedSyncModes)];
      expect(bySource, `${stream.name} lists source modes the table above does not cover`).toBeDefined();
      for (const destinationModes of DESTINATION_MODE_SETS) {
        const offered = validPairs(stream.supportedSyncModes, destinationModes).map(pairId).sort();
        expect(offered, `${stream.name} on ${destinationModes.join(",")}`).toEqual(bySource?.[destinationModes.join(",")]);
      }
    }
  });

  test("lists every property as a field, nested ones with their full path", () => {
    for (const { stream } of entries) {
      const fields = flattenFields(stream.jsonSchema);
      const topLevel = fields.filter((f) => f.depth === 0).map((f) => f.path[0]);
      expect(topLevel).toEqual(topLevelFieldNames(stream.jsonSchema));
      for (const field of fields) {
        expect(fieldSchemaAt(stream.jsonSchema, field.path)).toBeDefined();
        expect(field.path).toHaveLength(field.depth + 1);
      }
    }
  });

  test("source-defined cursors and keys need no choice; others are flagged until chosen", () => {
    for (const { stream, config } of entries) {
      if (!stream.supportedSyncModes?.includes("incremental")) {
        // Read in full only: never asked for a cursor or a primary key.
        const fullRefresh = withPair(stream, { ...config, selected: true }, { syncMode: "full_refresh", destinationSyncMode: "overwrite" });
        expect(streamIssues(stream, fullRefresh, ["overwrite", "append"]), stream.name).toEqual([]);
        continue;
      }
      const incremental = withPair(stream, { ...config, selected: true }, { syncMode: "incremental", destinationSyncMode: "append_dedup" });
      const codes = streamIssues(stream, incremental, ["append", "append_dedup"]).map((i) => i.code);
      if (stream.sourceDefinedCursor) expect(codes).not.toContain("cursor-missing");
      if (stream.sourceDefinedPrimaryKey?.length) expect(codes).not.toContain("key-missing");

      const userDefined = { ...stream, sourceDefinedCursor: false, defaultCursorField: [], sourceDefinedPrimaryKey: [] };
      const bare = { ...incremental, cursorField: [], primaryKey: [] };
      const bareCodes = streamIssues(userDefined, bare, ["append", "append_dedup"]).map((i) => i.code);
      expect(bareCodes).toEqual(expect.arrayContaining(["cursor-missing", "key-missing"]));

      const candidates = pickableFields(userDefined);
      if (candidates.length === 0) {
        // Nothing to choose from: the stream stays flagged.
        expect(bareCodes, stream.name).toContain("cursor-missing");
        continue;
      }
      const chosen = candidates[candidates.length - 1]!.path; // possibly nested
      const fixed = { ...bare, cursorField: [...chosen], primaryKey: [[...chosen]] };
      expect(streamIssues(userDefined, fixed, ["append", "append_dedup"])).toEqual([]);
      const unknown = { ...bare, cursorField: ["__not_a_field__"], primaryKey: [["__not_a_field__"]] };
      expect(streamIssues(userDefined, unknown, ["append", "append_dedup"]).map((i) => i.code)).toEqual(["cursor-unknown", "key-unknown"]);
      // A disabled stream is never flagged.
      expect(streamIssues(userDefined, { ...bare, selected: false }, ["append", "append_dedup"])).toEqual([]);
    }
  });

  test("fields the cursor or key need cannot be deselected; others can", () => {
    for (const { stream, config } of entries) {
      const names = topLevelFieldNames(stream.jsonSchema);
      const required = requiredTopLevelFields(stream, config);
      // What the cursor or key needs is always one of the stream's own fields.
      expect(
        [...required].filter((name) => !names.includes(name)),
        stream.name,
      ).toEqual([]);
      for (const name of names) {
        const next = toggleField(stream, config, name, false);
        expect(isFieldSelected(next, name)).toBe(required.has(name));
      }
    }
  });

  test("an unedited draft sends back the catalog it was given; an edit changes one stream only", () => {
    const draft = new CatalogDraft(entries);
    expect(draft.toSyncCatalog()).toEqual({ streams: entries.map((e) => ({ stream: e.stream, config: e.config })) });
    expect(draft.isDirty).toBe(false);
    draft.setSelected([0], !entries[0]!.config.selected);
    const sent = draft.toSyncCatalog();
    expect(sent.streams[0]!.config!.selected).toBe(!entries[0]!.config.selected);
    sent.streams.slice(1).forEach((item, i) => expect(item.config).toBe(entries[i + 1]!.config));
    expect(draft.isDirty).toBe(true);
    draft.setSelected([0], Boolean(entries[0]!.config.selected));
    expect(draft.isDirty).toBe(false);
  });

  test("diff of a catalog with itself is empty; removals, additions and type changes are found", () => {
    expect(diffCatalogs(entries, entries)).toEqual([]);
    const fresh: AirbyteCatalog = clone(catalog);
    const removed = fresh.streams.shift()!;
    const changedStream = fresh.streams[0]!.stream!;
    const props = (changedStream.jsonSchema as unknown as { properties: Record<string, unknown> }).properties;
    const firstField = Object.keys(props)[0]!;
    props[firstField] = { type: "boolean" === (props[firstField] as { type?: unknown }).type ? "integer" : "boolean" };
    props.__brand_new_field = { type: "string" };
    fresh.streams.push({ stream: { name: "brand_new_stream", jsonSchema: schema({ id: { type: "integer" } }) } });

    const changes = diffCatalogs(entries, readCatalog(fresh));
    const byName = new Map(changes.map((c) => [c.name, c]));
    expect(byName.get(removed.stream!.name)?.kind).toBe("removed");
    expect(byName.get("brand_new_stream")?.kind).toBe("added");
    const changed = byName.get(changedStream.name)!;
    expect(changed.fields.map((f) => [f.kind, f.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["type-changed", firstField],
        ["added", "__brand_new_field"],
      ]),
    );
    // Breaking changes come first.
    const firstNonBreaking = changes.findIndex((c) => !c.breaking);
    if (firstNonBreaking >= 0) expect(changes.slice(firstNonBreaking).every((c) => !c.breaking)).toBe(true);
  });
});
