import { act, renderHook } from "@testing-library/react";
import { CatalogDraft } from "../lib/catalogDraft";
import { loadConnectionDraft } from "../lib/connectionDraftStore";
import { makeEntry, makeStream } from "../lib/testing/builders";
import { useConnectionDraftAutosave } from "./useConnectionDraftAutosave";

// The debounce never fires on its own here: only leaving the page can write the draft.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function renderAutosave() {
  const draft = new CatalogDraft([makeEntry(makeStream({ name: "users" })), makeEntry(makeStream({ name: "orders" }))]);
  const hook = renderHook(() =>
    useConnectionDraftAutosave({ sourceId: "src-1", destinationId: "dst-1", defaultName: "Source → Destination", draft }),
  );
  return { draft, ...hook };
}

test("an edit is stored after a pause, not on every keystroke", () => {
  const { result } = renderAutosave();
  act(() => result.current.setSettings({ ...result.current.settings, name: "Orders sync" }));
  expect(loadConnectionDraft("src-1", "dst-1")).toBeNull();
  act(() => vi.advanceTimersByTime(1_000));
  expect(loadConnectionDraft("src-1", "dst-1")).toMatchObject({ settings: { name: "Orders sync" } });
});

test("an edit made just before a reload is written when the page is hidden", () => {
  const { result, draft } = renderAutosave();
  act(() => draft.setSelected([1], false));
  act(() => result.current.setSettings({ ...result.current.settings, name: "Typed just now" }));
  act(() => void window.dispatchEvent(new Event("pagehide")));
  const stored = loadConnectionDraft("src-1", "dst-1");
  expect(stored).toMatchObject({ settings: { name: "Typed just now" } });
  expect(stored?.streams).toEqual([[draft.keys[1], expect.objectContaining({ selected: false })]]);
});

test("an edit made just before leaving the page inside the app is written on the way out", () => {
  const { result, unmount } = renderAutosave();
  act(() => result.current.setSettings({ ...result.current.settings, name: "Left at once" }));
  unmount();
  expect(loadConnectionDraft("src-1", "dst-1")).toMatchObject({ settings: { name: "Left at once" } });
});

test("nothing is written for an untouched form, after a discard, or once the connection exists", () => {
  const first = renderAutosave();
  first.unmount();
  expect(loadConnectionDraft("src-1", "dst-1")).toBeNull();

  const second = renderAutosave();
  act(() => second.draft.setSelected([0], false));
  act(() => second.result.current.discard());
  second.unmount();
  expect(loadConnectionDraft("src-1", "dst-1")).toBeNull();

  const third = renderAutosave();
  act(() => third.result.current.setSettings({ ...third.result.current.settings, name: "Created" }));
  act(() => third.result.current.stop());
  third.unmount();
  expect(loadConnectionDraft("src-1", "dst-1")).toBeNull();
});
