import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { definitionIdOf } from "@mocks/test-utils";
import { apiPost } from "@/api/client";
import { renderRoutes } from "@/test/render";
import { ConnectionStatusTab } from "./ConnectionStatusTab";

// Polling runs on the real clock (every 2 s while a job runs): give live updates time to arrive.
const LIVE = { timeout: 30_000 };

async function renderStatus(connectionId: string) {
  const connection = await apiPost("/v1/connections/get", { connectionId });
  return renderRoutes(
    [{ path: "/connections/:connectionId", element: <ConnectionStatusTab connection={connection} /> }],
    `/connections/${connectionId}`,
  );
}

function state() {
  return screen.getByTestId("connection-sync-state");
}

beforeEach(async () => {
  await mockControl.reset();
  // The speed is not part of the reset; a test that speeds jobs up must not leak into the next.
  mockControl.setJobSpeed(1);
});

/** A Postgres connection to a Firestore destination: its connector does not support refreshes. */
async function connectionToFirestore(): Promise<string> {
  const destination = await apiPost("/v1/destinations/create", {
    workspaceId: SEED.workspace.id,
    destinationDefinitionId: await definitionIdOf("destination", "airbyte/destination-firestore"),
    name: "Firestore",
    // The API types a configuration as an object without declared properties.
    connectionConfiguration: { project_id: "analytics" } as never,
  });
  const { catalog } = await apiPost("/v1/sources/discover_schema", { sourceId: SEED.sources.stripe.id });
  const connection = await apiPost("/v1/connections/create", {
    sourceId: SEED.sources.stripe.id,
    destinationId: destination.destinationId,
    status: "active",
    syncCatalog: catalog!,
  } as Parameters<typeof apiPost<"/v1/connections/create">>[1]);
  return connection.connectionId;
}

describe("ConnectionStatusTab", () => {
  it("offers Refresh streams only where the destination supports refreshes, and says why not", async () => {
    await renderStatus(await connectionToFirestore());
    const syncNow = await screen.findByRole("button", { name: "Sync now" });
    await waitFor(() => expect(syncNow).toBeEnabled(), LIVE);
    await waitFor(() => expect(screen.getByRole("button", { name: "Refresh streams" })).toBeDisabled(), LIVE);
    expect(screen.getByText(/Refresh streams: The destination's connector does not support refreshes/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Clear data" })).toBeEnabled();
  });

  it("offers Sync now when idle, not Cancel, and says why", async () => {
    await renderStatus(SEED.connections.postgresToS3.id);
    const syncNow = await screen.findByRole("button", { name: "Sync now" });
    await waitFor(() => expect(syncNow).toBeEnabled(), LIVE);
    expect(screen.getByRole("button", { name: "Cancel" })).toBeDisabled();
    expect(screen.getByText(/Cancel: Nothing is running/)).toBeInTheDocument();
    await waitFor(() => expect(state()).toHaveTextContent("Synced"), LIVE);
    expect(screen.getByRole("table", { name: "Stream status" })).toBeInTheDocument();
  });

  it("runs a sync to the end: no second sync meanwhile, then a toast and the new state", async () => {
    const user = userEvent.setup();
    const selected = (await apiPost("/v1/connections/get", { connectionId: SEED.connections.postgresToS3.id })).syncCatalog.streams.filter(
      (stream) => stream.config?.selected !== false,
    );
    await renderStatus(SEED.connections.postgresToS3.id);
    const syncNow = await screen.findByRole("button", { name: "Sync now" });
    await waitFor(() => expect(syncNow).toBeEnabled(), LIVE);
    await user.click(syncNow);
    await waitFor(() => expect(state()).toHaveTextContent(/sync: (pending|running)/i), LIVE);
    expect(screen.getByRole("button", { name: "Sync now" })).toBeDisabled();
    expect(screen.getByText(/A sync job is already running/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Cancel" })).toBeEnabled();
    // The progress card lists every stream of the job (the server's sync_progress), started or not.
    const perStream = await screen.findByRole("table", { name: "Progress per stream" }, LIVE);
    await waitFor(() => expect(within(perStream).getAllByRole("row")).toHaveLength(selected.length + 1), LIVE);
    mockControl.advanceClock(120_000);
    expect(await screen.findByText("Sync succeeded", undefined, LIVE)).toBeInTheDocument();
    await waitFor(() => expect(state()).toHaveTextContent("Synced"), LIVE);
    expect(screen.getByRole("button", { name: "Sync now" })).toBeEnabled();
  });

  it("cancels a running sync", async () => {
    const user = userEvent.setup();
    await renderStatus(SEED.connections.postgresToS3.id);
    const syncNow = await screen.findByRole("button", { name: "Sync now" });
    await waitFor(() => expect(syncNow).toBeEnabled(), LIVE);
    await user.click(syncNow);
    const cancel = screen.getByRole("button", { name: "Cancel" });
    await waitFor(() => expect(cancel).toBeEnabled(), LIVE);
    await user.click(cancel);
    // It asks first; keeping it running changes nothing.
    const dialog = await screen.findByRole("dialog", { name: "Cancel the running sync?" });
    await user.click(within(dialog).getByRole("button", { name: "Keep it running" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(state()).toHaveTextContent(/sync: (pending|running)/i);
    await user.click(cancel);
    await user.click(
      within(await screen.findByRole("dialog", { name: "Cancel the running sync?" })).getByRole("button", { name: "Cancel the sync" }),
    );
    // The server's word for a cancelled last sync: incomplete (the next sync picks up from there).
    await waitFor(() => expect(state()).toHaveTextContent("Incomplete"), LIVE);
    expect(screen.getByText(/did not finish/)).toBeInTheDocument();
  });

  it("says a connection whose last sync failed on its configuration needs action, and a disabled one is disabled", async () => {
    const first = await renderStatus(SEED.connections.stripeToRedshift.id);
    await waitFor(() => expect(state()).toHaveTextContent("Failed"), LIVE);
    expect(screen.getByText(/Needs your action/)).toBeInTheDocument();
    first.unmount();
    await renderStatus(SEED.connections.facebookToS3.id);
    await waitFor(() => expect(state()).toHaveTextContent("Disabled"), LIVE);
  });

  it("on a server without the status endpoints, says the same from the connection's jobs", async () => {
    for (const endpoint of ["/v1/connections/status", "/v1/stream_statuses/latest_per_run_state", "/v1/connections/sync_progress"])
      mockControl.fault(endpoint, { status: 404, body: { message: "Not Found" } });
    await renderStatus(SEED.connections.postgresToS3.id);
    await waitFor(() => expect(state()).toHaveTextContent("Synced"), LIVE);
    // From the newest successful job, since the server cannot say.
    await waitFor(() => expect(screen.getByText("Last successful sync").parentElement).toHaveTextContent(/ago/), LIVE);
    const streams = await screen.findByRole("table", { name: "Stream status" }, LIVE);
    expect(within(streams).getAllByText("Synced").length).toBeGreaterThan(0);
    expect(screen.queryByText("Could not load")).not.toBeInTheDocument();
  });

  it("shows each stream's records from the last successful sync, asking for only the newest jobs", async () => {
    const asked: unknown[] = [];
    const realFetch = globalThis.fetch;
    const spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const request = new Request(input, init);
      if (request.url.endsWith("/v1/jobs/list")) asked.push(await request.clone().json());
      return realFetch(request);
    });
    try {
      const connectionId = SEED.connections.postgresToS3.id;
      const { jobs } = await apiPost("/v1/jobs/list", {
        configTypes: ["sync"],
        configId: connectionId,
        statuses: ["succeeded"],
        pagination: { pageSize: 1, rowOffset: 0 },
      });
      const stats = jobs[0]?.job?.streamAggregatedStats ?? [];
      expect(stats.length).toBeGreaterThan(0);
      asked.length = 0;
      await renderStatus(connectionId);
      const table = await screen.findByRole("table", { name: "Stream status" }, LIVE);
      for (const stream of stats) {
        const name = within(table).getByText(stream.streamName, { exact: true });
        expect(name.closest("tr")).toHaveTextContent(stream.recordsCommitted.toLocaleString("en-US"));
      }
      // Jobs list every stream's figures: a wide connection's 25 jobs are megabytes.
      const pageSizes = asked.map((body) => (body as { pagination: { pageSize: number } }).pagination.pageSize);
      expect(pageSizes.length).toBeGreaterThan(0);
      expect(Math.max(...pageSizes)).toBeLessThanOrEqual(3);
    } finally {
      spy.mockRestore();
    }
  });

  it("clears chosen streams after confirmation", async () => {
    const user = userEvent.setup();
    await renderStatus(SEED.connections.postgresToS3.id);
    const clear = await screen.findByRole("button", { name: "Clear data" });
    await waitFor(() => expect(clear).toBeEnabled(), LIVE);
    await user.click(clear);
    const dialog = await screen.findByRole("dialog", { name: "Clear data" });
    await user.click(within(dialog).getByRole("radio", { name: /only the streams i choose/i }));
    const confirm = within(dialog).getByRole("button", { name: "Clear data" });
    expect(confirm).toBeDisabled();
    const [first] = within(within(dialog).getByRole("group", { name: "Streams" })).getAllByRole("checkbox");
    await user.click(first!);
    expect(within(dialog).getByText("1 chosen")).toBeInTheDocument();
    await user.click(confirm);
    await waitFor(() => expect(state()).toHaveTextContent(/clear data: (pending|running)/i), LIVE);
  });

  it("shows why the latest sync failed", async () => {
    await renderStatus(SEED.connections.stripeToRedshift.id);
    expect(await screen.findByText(/Latest attempt failed: .*permission denied/i)).toBeInTheDocument();
  });
});
