import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { CatalogDraft } from "../lib/catalogDraft";
import { readCatalog } from "../lib/readCatalog";
import { makeEntry, makeStream, schema } from "../lib/testing/builders";
import { fixtureCatalogs } from "../lib/testing/fixtureCatalogs";
import destinationPubsub from "@mocks/data/connectors/destination-pubsub.json";
import destinationS3 from "@mocks/data/connectors/destination-s3.json";
import type { DestinationSyncMode } from "../lib/types";
import { StreamTable } from "./StreamTable";

// jsdom has no layout: give elements a viewport-sized box so the virtualiser renders rows.
beforeAll(() => {
  vi.spyOn(Element.prototype, "clientHeight", "get").mockReturnValue(600);
  vi.spyOn(Element.prototype, "clientWidth", "get").mockReturnValue(1040);
});
afterAll(() => vi.restoreAllMocks());

function counts() {
  return screen.getByTestId("stream-counts").textContent ?? "";
}

function smallDraft() {
  return new CatalogDraft(
    [
      makeEntry(makeStream({ name: "users", namespace: "public" })),
      makeEntry(makeStream({ name: "users", namespace: "archive" }), { selected: false }),
      makeEntry(makeStream({ name: "orders <b>🚀</b>", namespace: "public", sourceDefinedCursor: false, defaultCursorField: [] }), {
        syncMode: "incremental",
        destinationSyncMode: "append",
        cursorField: [],
      }),
      makeEntry(makeStream({ name: "empty", namespace: "public", jsonSchema: schema({}) })),
    ],
    ["overwrite", "append", "append_dedup"],
  );
}

test("toggling a stream switch changes only that stream and the count", async () => {
  const user = userEvent.setup();
  const draft = smallDraft();
  renderWithProviders(<StreamTable draft={draft} />);
  expect(counts()).toMatch(/^3 of 4 streams enabled/);
  await user.click(screen.getByRole("switch", { name: "Sync stream archive.users" }));
  expect(screen.getByRole("switch", { name: "Sync stream archive.users" })).toBeChecked();
  expect(screen.getByRole("switch", { name: "Sync stream public.users" })).toBeChecked();
  expect(counts()).toMatch(/^4 of 4 streams enabled/);
  expect(draft.config(1).selected).toBe(true);
  expect(draft.config(0).selected).toBe(true);
});

test("hostile names render as text, and missing cursors are flagged and fixable", async () => {
  const user = userEvent.setup();
  const draft = smallDraft();
  const { container } = renderWithProviders(<StreamTable draft={draft} />);
  expect(screen.getByText("orders <b>🚀</b>")).toBeInTheDocument();
  expect(container.querySelector("b")).toBeNull();
  expect(counts()).toMatch(/1 with errors/);
  expect(screen.getByText(/needs a cursor field/)).toBeInTheDocument();
  await user.selectOptions(screen.getByRole("combobox", { name: "Cursor field for public.orders <b>🚀</b>" }), "updated_at");
  expect(screen.queryByText(/needs a cursor field/)).not.toBeInTheDocument();
  expect(draft.config(2).cursorField).toEqual(["updated_at"]);
});

test("search and status filter narrow the rows; bulk actions apply to what is shown", async () => {
  const user = userEvent.setup();
  const draft = smallDraft();
  renderWithProviders(<StreamTable draft={draft} />);
  await user.type(screen.getByRole("textbox", { name: "Search streams" }), "users");
  expect(screen.getAllByRole("switch")).toHaveLength(2);
  await user.click(screen.getByRole("button", { name: "Disable shown" }));
  // Only the two "users" streams were shown: the other two stay enabled.
  expect(counts()).toMatch(/^2 of 4 streams enabled/);
  await user.clear(screen.getByRole("textbox", { name: "Search streams" }));
  await user.click(screen.getByRole("radio", { name: "Disabled" }));
  expect(screen.getAllByRole("switch").map((s) => s.getAttribute("aria-label"))).toEqual([
    "Sync stream public.users",
    "Sync stream archive.users",
  ]);
  await user.click(screen.getByRole("button", { name: "Enable shown" }));
  expect(counts()).toMatch(/^4 of 4 streams enabled/);
});

test("bulk sync mode skips streams that cannot use it", async () => {
  const user = userEvent.setup();
  const draft = new CatalogDraft(
    [
      makeEntry(makeStream({ name: "a", sourceDefinedCursor: true, defaultCursorField: ["updated_at"] })),
      makeEntry(makeStream({ name: "b", supportedSyncModes: ["full_refresh"] })),
    ],
    ["overwrite", "append"],
  );
  renderWithProviders(<StreamTable draft={draft} />);
  await user.selectOptions(screen.getByRole("combobox", { name: "Set sync mode for all streams" }), "incremental:append");
  expect(screen.getByText(/set on 1 stream; 1 do not support it/)).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Sync mode for a" })).toHaveValue("incremental:append");
  expect(screen.getByRole("combobox", { name: "Sync mode for b" })).toHaveValue("full_refresh:overwrite");
  // Only valid pairs are offered per stream.
  expect(
    within(screen.getByRole("combobox", { name: "Sync mode for b" }))
      .getAllByRole("option")
      .map((o) => o.textContent),
  ).toEqual(["Full refresh | Overwrite", "Full refresh | Append"]);
});

test("expanding a stream lists its fields; cursor and key fields cannot be deselected", async () => {
  const user = userEvent.setup();
  const pg = fixtureCatalogs.find((c) => c.catalog.streams.some((s) => s.stream?.namespace)) ?? fixtureCatalogs[0]!;
  const entries = readCatalog(pg.catalog);
  const draft = new CatalogDraft(entries, ["overwrite", "append", "append_dedup"]);
  renderWithProviders(<StreamTable draft={draft} />);
  const first = entries[0]!.stream;
  const label = first.namespace ? `${first.namespace}.${first.name}` : first.name;
  await user.click(screen.getByRole("button", { name: `Show fields of ${label}` }));
  const fieldBoxes = screen.getAllByRole("checkbox", { name: new RegExp(`of ${first.name}$`) });
  expect(fieldBoxes.length).toBeGreaterThan(0);
  const deselectable = fieldBoxes.find((box) => !(box as HTMLInputElement).disabled)!;
  await user.click(deselectable);
  expect(deselectable).not.toBeChecked();
  expect(draft.config(0).fieldSelectionEnabled).toBe(true);
  const locked = fieldBoxes.filter((box) => (box as HTMLInputElement).disabled);
  for (const box of locked) expect(box).toBeChecked();
});

test("a stream without fields says so when expanded", async () => {
  const user = userEvent.setup();
  renderWithProviders(<StreamTable draft={smallDraft()} />);
  await user.click(screen.getByRole("button", { name: "Show fields of public.empty" }));
  expect(screen.getByText(/has no fields in its schema/)).toBeInTheDocument();
});

describe("bulk sync mode on a real catalog and real destinations", () => {
  const stripe = fixtureCatalogs.find((c) => c.name === "stripe")!;
  // The connector files keep the protocol's snake_case spec.
  const destinationModes = (file: { spec: { supported_destination_sync_modes: string[] } }) =>
    file.spec.supported_destination_sync_modes as DestinationSyncMode[];

  function bulkOptions(): string[] {
    return within(screen.getByRole("combobox", { name: "Set sync mode for all streams" }))
      .getAllByRole("option")
      .slice(1)
      .map((option) => option.getAttribute("value") ?? "");
  }

  it("offers only the pairs the destination supports", () => {
    const s3 = new CatalogDraft(readCatalog(stripe.catalog), destinationModes(destinationS3));
    const { unmount } = renderWithProviders(<StreamTable draft={s3} />);
    // S3 writes by overwriting or appending: no deduplication.
    expect(bulkOptions()).toEqual(["incremental:append", "full_refresh:overwrite", "full_refresh:append"]);
    unmount();
    renderWithProviders(<StreamTable draft={new CatalogDraft(readCatalog(stripe.catalog), destinationModes(destinationPubsub))} />);
    // Pub/Sub only appends.
    expect(bulkOptions()).toEqual(["incremental:append", "full_refresh:append"]);
  });

  it("says what a bulk change did, and stops saying it after the next edit", async () => {
    const user = userEvent.setup();
    const draft = new CatalogDraft(readCatalog(stripe.catalog), destinationModes(destinationS3));
    renderWithProviders(<StreamTable draft={draft} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Set sync mode for all streams" }), "full_refresh:overwrite");
    const notYet = stripe.catalog.streams.filter(
      (s) => s.config?.syncMode !== "full_refresh" || s.config.destinationSyncMode !== "overwrite",
    );
    expect(
      screen.getByText(`Full refresh | Overwrite set on ${notYet.length} stream${notYet.length === 1 ? "" : "s"}.`),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Set sync mode for all streams" }), "full_refresh:overwrite");
    expect(screen.getByText("Every stream already uses Full refresh | Overwrite.")).toBeInTheDocument();
    const [firstToggle] = screen.getAllByRole("switch");
    await user.click(firstToggle!);
    expect(screen.queryByText(/Every stream already uses/)).not.toBeInTheDocument();
  });
});
