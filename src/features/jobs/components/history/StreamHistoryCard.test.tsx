import { screen, waitForElementToBeRemoved, within } from "@testing-library/react";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { apiPost } from "@/api/client";
import { renderRoutes } from "@/test/render";
import { StreamHistoryCard } from "./StreamHistoryCard";

const connectionId = SEED.connections.postgresToS3.id;

function renderCard() {
  return renderRoutes([{ path: "/", element: <StreamHistoryCard connectionId={connectionId} running={false} /> }], "/");
}

beforeEach(async () => {
  await mockControl.reset();
});

describe("StreamHistoryCard", () => {
  it("lists every synced stream with its recent runs and records, as tables for screen readers", async () => {
    const connection = await apiPost("/v1/connections/get", { connectionId });
    const selected = connection.syncCatalog.streams.filter((s) => s.config?.selected !== false).map((s) => s.stream?.name ?? "");
    renderCard();
    const table = await screen.findByRole("table", { name: "Stream history per stream" }, { timeout: 30_000 });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(selected.length);
    for (const name of selected) expect(within(table).getByRole("rowheader", { name: new RegExp(`(^|\\.)${name}$`) })).toBeInTheDocument();
    // Seeded history: every stream ran in the recent jobs.
    for (const row of rows) expect(within(row).getAllByRole("cell")[0]).toHaveTextContent(/^\d+ of \d+$/);
    expect(screen.getByRole("table", { name: "Streams per job" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Records loaded per day by all streams" })).toBeInTheDocument();
  });

  it("is absent on a server without the history endpoints", async () => {
    mockControl.fault("/v1/connections/history/uptime", { status: 404, body: { message: "Not Found" } });
    mockControl.fault("/v1/connections/stream_history", { status: 404, body: { message: "Not Found" } });
    renderCard();
    await waitForElementToBeRemoved(() => screen.queryByRole("status", { name: "Loading the stream history" }), { timeout: 30_000 });
    expect(screen.queryByText("Stream history")).toBeNull();
  });
});
