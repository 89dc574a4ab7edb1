import { defaultSettings } from "./connectionSettings";
import { clearConnectionDraft, loadConnectionDraft, saveConnectionDraft } from "./connectionDraftStore";

describe("connection drafts in local storage", () => {
  it("keeps settings and stream changes per source and destination", () => {
    const settings = { ...defaultSettings("Orders"), prefix: "raw_" };
    saveConnectionDraft("src-1", "dst-1", settings, [
      ["public.users", { syncMode: "full_refresh", destinationSyncMode: "overwrite", selected: true }],
    ]);
    expect(loadConnectionDraft("src-1", "dst-1")).toMatchObject({ settings, streams: [["public.users", { selected: true }]] });
    expect(loadConnectionDraft("src-1", "dst-2")).toBeNull();
    clearConnectionDraft("src-1", "dst-1");
    expect(loadConnectionDraft("src-1", "dst-1")).toBeNull();
  });

  it("drops the stream changes, not the settings, when they are too large to keep", () => {
    const many = Array.from(
      { length: 20_000 },
      (_, i) =>
        [
          `ns.stream_with_a_long_name_${i}`,
          { syncMode: "incremental", destinationSyncMode: "append", selected: true, cursorField: ["updated_at"] },
        ] as [string, never],
    );
    saveConnectionDraft("src-1", "dst-1", defaultSettings("Big"), many);
    expect(loadConnectionDraft("src-1", "dst-1")).toMatchObject({ streams: [], streamsDropped: true, settings: { name: "Big" } });
  });

  it("ignores an unreadable entry", () => {
    localStorage.setItem("syncdeck.connectionDraft.v1:src-1:dst-1", "{not json");
    expect(loadConnectionDraft("src-1", "dst-1")).toBeNull();
  });
});
