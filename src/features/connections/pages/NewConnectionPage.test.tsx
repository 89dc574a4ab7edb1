import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { SEED } from "@mocks/seed/ids";
import { mockControl } from "@mocks/control";
import { routes } from "@/app/routes";
import { renderRoutes } from "@/test/render";
import { server } from "@/test/server";

beforeEach(() => mockControl.reset());
afterEach(() => {
  mockControl.setCommandApi(true);
  mockControl.setOperationTime(0);
});

// jsdom has no layout: give the stream table's scroller a size so its rows render.
beforeAll(() => {
  vi.spyOn(Element.prototype, "clientHeight", "get").mockReturnValue(600);
  vi.spyOn(Element.prototype, "clientWidth", "get").mockReturnValue(1040);
});
afterAll(() => vi.restoreAllMocks());

const path = `/connections/new?sourceId=${SEED.sources.stripe.id}&destinationId=${SEED.destinations.s3.id}`;

test("with source and destination chosen, discovers and creates the connection with the full catalog", async () => {
  const user = userEvent.setup();
  let sent: { syncCatalog?: { streams: unknown[] }; name?: string } | undefined;
  server.events.on("request:start", async ({ request }) => {
    if (request.url.endsWith("/v1/connections/create")) sent = await request.clone().json();
  });
  const { router } = renderRoutes(routes, path);
  const counts = await screen.findByTestId("stream-counts", {}, { timeout: 30_000 });
  const total = Number(/of (\d+) streams/.exec(counts.textContent ?? "")![1]);
  await user.click(screen.getByRole("button", { name: "Disable all" }));
  await user.click(screen.getAllByRole("switch", { name: /^Sync stream / })[0]!);
  await user.click(screen.getByRole("button", { name: "Create connection" }));
  await screen.findByRole("heading", { level: 1, name: `${SEED.sources.stripe.name} → ${SEED.destinations.s3.name}` }, { timeout: 30_000 });
  expect(router.state.location.pathname).toMatch(/^\/connections\/[0-9a-f-]{36}$/);
  expect(sent?.syncCatalog?.streams).toHaveLength(total);
  server.events.removeAllListeners();
});

// Stripe's catalog in the mock is the real configured catalog of 3 streams (payment_intents, refunds,
// customers); the registry suggests customers, invoices, charges, subscriptions and refunds for it.
test("a new connection starts from the connector's suggested streams, says so, and selects all in one step", async () => {
  const user = userEvent.setup();
  renderRoutes(routes, path);
  const counts = await screen.findByTestId("stream-counts", {}, { timeout: 30_000 });
  expect(counts.textContent).toMatch(/^2 of 3 streams enabled/);
  expect(screen.getByRole("switch", { name: "Sync stream refunds" })).toBeChecked();
  expect(screen.getByRole("switch", { name: "Sync stream customers" })).toBeChecked();
  expect(screen.getByRole("switch", { name: "Sync stream payment_intents" })).not.toBeChecked();
  expect(screen.getByText(/The connector suggests 2 streams of its 3, so those are selected/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Select all 3 streams" }));
  expect(counts.textContent).toMatch(/^3 of 3 streams enabled/);
  expect(screen.queryByRole("button", { name: "Select all 3 streams" })).not.toBeInTheDocument();
});

test("a database source suggests no streams: none is selected, and the page says why", async () => {
  renderRoutes(routes, `/connections/new?sourceId=${SEED.sources.postgres.id}&destinationId=${SEED.destinations.s3.id}`);
  const counts = await screen.findByTestId("stream-counts", {}, { timeout: 30_000 });
  expect(counts.textContent).toMatch(/^0 of \d+ streams enabled/);
  expect(screen.getByText(/No stream is selected yet: the connector suggests none of its \d+ streams/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: /^Select all \d+ streams$/ })).toBeInTheDocument();
});

test("a failed create keeps every choice and offers to try again", async () => {
  const user = userEvent.setup();
  server.use(http.post("*/api/v1/connections/create", () => HttpResponse.json({ message: "Destination quota exceeded" }, { status: 500 })));
  renderRoutes(routes, path);
  await screen.findByTestId("stream-counts", {}, { timeout: 30_000 });
  await user.click(screen.getByRole("button", { name: "Disable all" }));
  await user.click(screen.getAllByRole("switch", { name: /^Sync stream / })[0]!);
  const name = screen.getByRole("textbox", { name: "Connection name" });
  await user.clear(name);
  await user.type(name, "Kept name");
  await user.click(screen.getByRole("button", { name: "Create connection" }));
  expect(await screen.findByText("Destination quota exceeded")).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Connection name" })).toHaveValue("Kept name");
  expect(screen.getByTestId("stream-counts").textContent).toMatch(/^1 of/);
  expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
});

const malformedCatalog = { streams: [{ stream: { jsonSchema: {} } }] };

test("a malformed catalog gets a clear message and a retry", async () => {
  server.use(
    http.post("*/api/v1/commands/output/discover", async ({ request }) =>
      HttpResponse.json({ id: ((await request.json()) as { id: string }).id, status: "succeeded", catalog: malformedCatalog }),
    ),
  );
  renderRoutes(routes, path);
  expect(await screen.findByText("The source sent a catalog that cannot be used", {}, { timeout: 30_000 })).toBeInTheDocument();
  expect(screen.getByText(/#1 has no name/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
});

test("on a server without the command API, discovers through the synchronous endpoint", async () => {
  mockControl.setCommandApi(false);
  server.use(
    http.post("*/api/v1/sources/discover_schema", () =>
      HttpResponse.json({
        jobInfo: {
          id: "1",
          configType: "discover_schema",
          createdAt: 1,
          endedAt: 2,
          succeeded: true,
          connectorConfigurationUpdated: false,
        },
        catalog: malformedCatalog,
      }),
    ),
  );
  renderRoutes(routes, path);
  expect(await screen.findByText("The source sent a catalog that cannot be used", {}, { timeout: 30_000 })).toBeInTheDocument();
});

test("a running discover shows what the server does, and Cancel stops it on the server", async () => {
  const user = userEvent.setup();
  // The mock's clock stands still in Vitest: a discover that takes a minute stays running.
  mockControl.setOperationTime(60_000);
  renderRoutes(routes, path);
  expect(await screen.findByText(/The source lists its streams and fields/, {}, { timeout: 30_000 })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Cancel" }));
  expect(await screen.findByText(/Discovery was cancelled/)).toBeInTheDocument();
  await vi.waitFor(async () =>
    expect(await mockControl.commands()).toEqual([expect.objectContaining({ type: "discover", status: "cancelled" })]),
  );
});

test("a half-configured connection comes back after a reload, and can be discarded", async () => {
  const user = userEvent.setup();
  const first = renderRoutes(routes, path);
  await screen.findByTestId("stream-counts", {}, { timeout: 30_000 });
  await user.click(screen.getByRole("button", { name: "Disable all" }));
  await user.click(screen.getAllByRole("switch", { name: /^Sync stream / })[0]!);
  const name = screen.getByRole("textbox", { name: "Connection name" });
  await user.clear(name);
  await user.type(name, "Draft name");
  // Leaving the page writes the draft at once, without waiting for the pause after the last change.
  first.unmount();

  const second = renderRoutes(routes, path);
  expect(await screen.findByText("Restored your unsaved draft", {}, { timeout: 30_000 })).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Connection name" })).toHaveValue("Draft name");
  expect(screen.getByTestId("stream-counts").textContent).toMatch(/^1 of/);

  await user.click(screen.getByRole("button", { name: "Discard draft" }));
  expect(screen.getByRole("textbox", { name: "Connection name" })).toHaveValue(
    `${SEED.sources.stripe.name} → ${SEED.destinations.s3.name}`,
  );
  expect(screen.getByTestId("stream-counts").textContent).not.toMatch(/^1 of/);
  expect(Object.keys(localStorage).filter((key) => key.startsWith("syncdeck.connectionDraft"))).toEqual([]);
  // Leaving right after the discard stores nothing again.
  second.unmount();
  expect(Object.keys(localStorage).filter((key) => key.startsWith("syncdeck.connectionDraft"))).toEqual([]);
});
