import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, http, HttpResponse } from "msw";
import { SEED } from "@mocks/seed/ids";
import { mockControl } from "@mocks/control";
import { apiPost } from "@/api/client";
import { TABLE_PAGE_SIZE } from "@/api/cursorPaging";
import { routes } from "@/app/routes";
import { renderRoutes } from "@/test/render";
import { server } from "@/test/server";

beforeEach(() => mockControl.reset());
afterEach(() => server.events.removeAllListeners());

/** Counts the Config API calls the page makes, by path (e.g. "/v1/jobs/list"). */
function countRequests(): Map<string, number> {
  const counts = new Map<string, number>();
  server.events.on("request:start", ({ request }) => {
    const path = new URL(request.url).pathname.replace(/^.*\/api/, "");
    counts.set(path, (counts.get(path) ?? 0) + 1);
  });
  return counts;
}

// The page is a lazy route: its first load in a run also transforms its modules, which on a busy
// machine takes longer than Testing Library's default second.
const findTable = () => screen.findByRole("table", {}, { timeout: 30_000 });

async function rowOf(name: string): Promise<HTMLElement> {
  const table = await findTable();
  return (await within(table).findByRole("link", { name })).closest("tr")!;
}

test("lists the seeded connections with their state, and filters by status from the URL", async () => {
  renderRoutes(routes, "/connections?status=disabled");
  const table = await findTable();
  expect(
    within(table)
      .getAllByRole("link")
      .map((link) => link.textContent),
  ).toEqual([SEED.connections.facebookToS3.name]);
  expect(screen.getByRole("switch", { name: `Enable ${SEED.connections.facebookToS3.name}` })).not.toBeChecked();
});

test("the failed latest job shows as Failed, and search narrows the list", async () => {
  const user = userEvent.setup();
  renderRoutes(routes, "/connections");
  const table = await findTable();
  const row = (await within(table).findByRole("link", { name: SEED.connections.stripeToRedshift.name })).closest("tr")!;
  expect(await within(row).findByText("Failed")).toBeInTheDocument();
  // A cron schedule is listed as written (the connection's settings put it in words).
  expect(within(row).getByText("Cron 0 0 */12 * * ? (UTC)")).toBeInTheDocument();
  await user.type(screen.getByRole("searchbox", { name: "Search connections" }), "facebook");
  // The server searches: the rows change once it answers.
  expect(await screen.findByText("1 connection matches")).toHaveAttribute("role", "status");
  expect(
    within(table)
      .getAllByRole("link")
      .map((link) => link.textContent),
  ).toEqual([SEED.connections.facebookToS3.name]);
});

test("pages through the server: the total, a page at a time, more on demand, search and sort by the server", async () => {
  await mockControl.seedMany({ connections: 70 });
  const user = userEvent.setup();
  const counts = countRequests();
  renderRoutes(routes, "/connections");
  const table = await findTable();
  expect(await screen.findByText("73 connections")).toHaveAttribute("role", "status");
  // One page in the DOM; screen readers hear the size of the whole list.
  expect(within(table).getAllByRole("link")).toHaveLength(TABLE_PAGE_SIZE);
  expect(within(table).getAllByRole("link")[0]).toHaveTextContent("Connection 001");
  expect(table).toHaveAttribute("aria-rowcount", "74");
  await user.click(screen.getByRole("button", { name: "Load more connections" }));
  await waitFor(() => expect(within(table).getAllByRole("link")).toHaveLength(2 * TABLE_PAGE_SIZE));
  expect(counts.get("/v1/web_backend/connections/list")).toBe(2);

  await user.click(screen.getByRole("button", { name: /^Name/ }));
  await waitFor(() => expect(within(table).getAllByRole("link")[0]).toHaveTextContent(SEED.connections.stripeToRedshift.name));
  await user.click(screen.getByRole("searchbox", { name: "Search connections" }));
  await user.paste("connection 070");
  expect(await screen.findByText("1 connection matches")).toBeInTheDocument();
  expect(
    within(table)
      .getAllByRole("link")
      .map((link) => link.textContent),
  ).toEqual(["Connection 070"]);
  expect(screen.queryByRole("button", { name: "Load more connections" })).not.toBeInTheDocument();
});

test("a refused enable toggle rolls back and says why", async () => {
  const user = userEvent.setup();
  server.use(http.post("*/api/v1/connections/update", () => HttpResponse.json({ message: "The workspace is read-only" }, { status: 409 })));
  renderRoutes(routes, "/connections");
  const toggle = await screen.findByRole("switch", { name: `Enable ${SEED.connections.facebookToS3.name}` });
  await user.click(toggle);
  expect(await screen.findByText("The workspace is read-only")).toBeInTheDocument();
  expect(screen.getByRole("switch", { name: `Enable ${SEED.connections.facebookToS3.name}` })).not.toBeChecked();
});

test("builds every row from one list request, without asking for the jobs of each connection", async () => {
  const counts = countRequests();
  renderRoutes(routes, "/connections");
  const row = await rowOf(SEED.connections.stripeToRedshift.name);
  expect(await within(row).findByText("Failed")).toBeInTheDocument();
  expect(within(row).getByText(SEED.sources.stripe.name)).toBeInTheDocument();
  expect(within(row).getByText(SEED.destinations.redshift.name)).toBeInTheDocument();
  expect(counts.get("/v1/web_backend/connections/list")).toBe(1);
  // The server's state of the page's rows: one call for the whole page.
  expect(counts.get("/v1/connections/status")).toBe(1);
  expect(counts.get("/v1/jobs/list")).toBeUndefined();
  expect(counts.get("/v1/connections/list")).toBeUndefined();
});

test("a disabled connection reads Disabled and one whose last sync was cancelled Incomplete, with or without the server's status", async () => {
  const { job } = await apiPost("/v1/connections/sync", { connectionId: SEED.connections.postgresToS3.id });
  await apiPost("/v1/jobs/cancel", { id: job.id });
  for (const withServerStatus of [true, false]) {
    if (!withServerStatus) mockControl.fault("/v1/connections/status", { status: 404, body: { message: "Not Found" } });
    const counts = countRequests();
    const { unmount } = renderRoutes(routes, "/connections");
    expect(await within(await rowOf(SEED.connections.facebookToS3.name)).findByText("Disabled")).toBeInTheDocument();
    expect(await within(await rowOf(SEED.connections.postgresToS3.name)).findByText("Incomplete")).toBeInTheDocument();
    expect(counts.get("/v1/connections/status")).toBe(1);
    unmount();
  }
});

test("a backend without the one-call list still gets names and sync states", async () => {
  mockControl.fault("/v1/web_backend/connections/list", { status: 404, body: { message: "Not found" } });
  const counts = countRequests();
  renderRoutes(routes, "/connections");
  const row = await rowOf(SEED.connections.stripeToRedshift.name);
  expect(await within(row).findByText("Failed")).toBeInTheDocument();
  expect(within(row).getByText(SEED.sources.stripe.name)).toBeInTheDocument();
  expect(counts.get("/v1/connections/list")).toBe(1);
});

test("flags a connection whose source schema changed", async () => {
  await mockControl.evolveSchema(SEED.sources.stripe.id);
  renderRoutes(routes, "/connections");
  expect(await within(await rowOf(SEED.connections.stripeToRedshift.name)).findByText("Schema changed")).toBeInTheDocument();
  expect(within(await rowOf(SEED.connections.postgresToS3.name)).queryByText("Schema changed")).not.toBeInTheDocument();
});

test("a running sync shows as Running, and the list follows it until it ends", async () => {
  // Fake timers that still follow real time (so the page and the mock answer as usual); the wait
  // between two polls is skipped instead of slept through.
  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    await apiPost("/v1/connections/sync", { connectionId: SEED.connections.postgresToS3.id });
    renderRoutes(routes, "/connections");
    const row = await rowOf(SEED.connections.postgresToS3.name);
    expect(await within(row).findByText("Syncing")).toBeInTheDocument();
    // Finish the job on the server; nothing on the page is touched, so only polling can notice.
    mockControl.advanceClock(24 * 60 * 60 * 1000);
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    await waitFor(() => expect(within(row).queryByText("Syncing")).not.toBeInTheDocument(), { timeout: 30_000 });
  } finally {
    vi.useRealTimers();
  }
}, 120_000);

test("offers New connection while the list is still loading", async () => {
  // The list never answers: creating a connection needs nothing from it.
  server.use(http.post("*/api/v1/web_backend/connections/list", () => delay("infinite")));
  renderRoutes(routes, "/connections");
  expect(await screen.findByRole("link", { name: "New connection" }, { timeout: 30_000 })).toHaveAttribute("href", "/connections/new");
  expect(screen.getByRole("status", { name: "Loading connections" })).toBeInTheDocument();
});

test("filters by the tags in the URL, shows each row's tags, and ignores what is not a tag id", async () => {
  const user = userEvent.setup();
  const workspaceId = SEED.workspace.id;
  const finance = await apiPost("/v1/tags/create", { workspaceId, name: "finance", color: "FFD43B" });
  await apiPost("/v1/connections/update", { connectionId: SEED.connections.postgresToS3.id, tags: [finance] } as never);
  renderRoutes(routes, `/connections?tag=${finance.tagId}&tag=not-a-tag`);
  const table = await findTable();
  await waitFor(() =>
    expect(
      within(table)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual([SEED.connections.postgresToS3.name]),
  );
  expect(within(table).getByRole("group", { name: "Tags: finance" })).toBeInTheDocument();
  await user.click(await screen.findByRole("button", { name: "Stop filtering by tag finance" }));
  await waitFor(() => expect(within(table).getAllByRole("link")).toHaveLength(3));
});
