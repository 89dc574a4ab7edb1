import { CatalogDraft } from "./catalogDraft";
import { MAX_FIELDS_PER_CONNECTION } from "./fieldLimit";
import { readCatalog } from "./readCatalog";
import { streamsNotReady } from "./saveReadiness";
import type { AirbyteCatalog } from "./types";

const draft = (enabled: number, issues: number[]) => ({
  enabledCount: () => enabled,
  indexesWithIssues: () => issues,
  selectedFieldCount: () => 0,
});

/** `streams` full-refresh streams of `fields` top-level fields each, none selected. */
function catalogOf(streams: number, fields: number): AirbyteCatalog {
  const properties = Object.fromEntries(Array.from({ length: fields }, (_, i) => [`field_${i}`, { type: "string" }]));
  return {
    streams: Array.from({ length: streams }, (_, i) => ({
      stream: { name: `stream_${i}`, jsonSchema: { type: "object", properties }, supportedSyncModes: ["full_refresh"] },
      config: { syncMode: "full_refresh", destinationSyncMode: "overwrite", selected: false },
    })),
  } as unknown as AirbyteCatalog;
}

describe("streamsNotReady", () => {
  it("refuses a catalog with no enabled stream", () => {
    expect(streamsNotReady(draft(0, []))).toEqual({ message: "Enable at least one stream to sync.", hasStreamErrors: false });
  });

  it("counts the enabled streams that still need a fix", () => {
    expect(streamsNotReady(draft(5, [1]))?.message).toBe("1 enabled stream needs a cursor, a primary key or another fix before saving.");
    expect(streamsNotReady(draft(5, [1, 3, 4]))).toMatchObject({
      hasStreamErrors: true,
      message: expect.stringMatching(/^3 enabled streams need/),
    });
  });

  it("lets a catalog with enabled, valid streams through", () => {
    expect(streamsNotReady(draft(2, []))).toBeNull();
  });

  it("refuses the 20,001st field, as the server's MAX_FIELDS_PER_CONNECTION would, counting chosen fields where field selection is on", () => {
    const catalog = catalogOf(1_001, 20);
    const editor = new CatalogDraft(readCatalog(catalog, { destinationModes: ["overwrite"] }), ["overwrite"]);
    editor.setSelected(
      Array.from({ length: 1_000 }, (_, i) => i),
      true,
    );
    expect(editor.selectedFieldCount()).toBe(20_000);
    expect(streamsNotReady(editor)).toBeNull();

    // The last stream with only one of its 20 fields chosen: one field over.
    editor.update(1_000, (config) => ({
      ...config,
      selected: true,
      fieldSelectionEnabled: true,
      selectedFields: [{ fieldPath: ["field_0"] }],
    }));
    expect(editor.selectedFieldCount()).toBe(20_001);
    expect(streamsNotReady(editor)).toEqual({
      hasStreamErrors: false,
      message:
        "The enabled streams have 20,001 fields; Airbyte saves at most 20,000 per connection. Disable streams or choose fewer fields, then save.",
    });
    expect(MAX_FIELDS_PER_CONNECTION).toBe(20_000);
  });
});
