import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, http } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "@/test/server";
import { connectorBackend, fixtureByName } from "../test/connectorBackend";
import { renderConnectorRoutes } from "../test/renderConnectorRoutes";

function seededBackend() {
  const postgres = fixtureByName("source", "Postgres");
  const stripe = fixtureByName("source", "Stripe");
  const backend = connectorBackend({
    sources: [
      { id: "s-a", name: "Alpha warehouse", definitionId: postgres.definitionId, configuration: {} },
      { id: "s-b", name: "beta payments", definitionId: stripe.definitionId, configuration: {} },
      { id: "s-c", name: "Gamma replica", definitionId: postgres.definitionId, configuration: {} },
    ],
    connections: [
      {
        connectionId: "c1",
        name: "Alpha to lake",
        sourceId: "s-a",
        destinationId: "d1",
        latestSyncJobStatus: "succeeded",
        latestSyncJobCreatedAt: 100,
      },
      {
        connectionId: "c2",
        name: "Beta to lake",
        sourceId: "s-b",
        destinationId: "d1",
        latestSyncJobStatus: "failed",
        latestSyncJobCreatedAt: 200,
      },
      {
        connectionId: "c3",
        name: "Beta to warehouse",
        sourceId: "s-b",
        destinationId: "d2",
        latestSyncJobStatus: "succeeded",
        latestSyncJobCreatedAt: 100,
      },
    ],
  });
  server.use(...backend.handlers);
  return backend;
}

async function rowNames() {
  const table = await screen.findByRole("table", undefined, { timeout: 30_000 });
  await waitFor(() => expect(within(table).queryAllByText("…")).toHaveLength(0));
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[0]!.textContent);
}

describe("Sources list", () => {
  it("shows name, connector, connection count and the latest sync result", async () => {
    seededBackend();
    renderConnectorRoutes("/sources");
    await rowNames();
    const betaRow = screen.getByRole("link", { name: "beta payments" }).closest("tr")!;
    const [, connector, count, lastSync] = within(betaRow).getAllByRole("cell");
    expect(within(connector!).getByText("Stripe")).toBeInTheDocument();
    expect(count).toHaveTextContent(/^2$/);
    // One of its two connections' latest sync failed: that is what the row says.
    expect(lastSync).toHaveTextContent(/^Failed$/);
    const [, gammaConnector, gammaCount, gammaSync] = within(
      screen.getByRole("link", { name: "Gamma replica" }).closest("tr")!,
    ).getAllByRole("cell");
    expect(within(gammaConnector!).getByText("Postgres")).toBeInTheDocument();
    expect(gammaCount).toHaveTextContent(/^0$/);
    expect(gammaSync).toHaveTextContent(/^No connections$/);
  });

  it("shows a right-to-left override or zero-width character in a name instead of letting it disguise the name", async () => {
    const postgres = fixtureByName("source", "Postgres");
    server.use(
      ...connectorBackend({
        sources: [
          // Reads "invoices_exe.csv" in a browser that honours the override.
          { id: "s-rlo", name: "invoices_\u202Evsc.exe", definitionId: postgres.definitionId, configuration: {} },
          { id: "s-zw", name: "Orders\u200B DB", definitionId: postgres.definitionId, configuration: {} },
        ],
      }).handlers,
    );
    renderConnectorRoutes("/sources");
    expect((await rowNames()).sort()).toEqual(["Orders[U+200B] DB", "invoices_[U+202E]vsc.exe"]);
  });

  it("sorts by the column and direction given in the URL, on the server", async () => {
    seededBackend();
    renderConnectorRoutes("/sources?sort=connector:desc");
    expect(await rowNames()).toEqual(["beta payments", "Alpha warehouse", "Gamma replica"]);
    expect(screen.getByRole("columnheader", { name: /Connector/ })).toHaveAttribute("aria-sort", "descending");
  });

  it("shows the total the server counts and asks it to search", async () => {
    const backend = seededBackend();
    const user = userEvent.setup();
    renderConnectorRoutes("/sources");
    expect(await screen.findByText("3 sources", undefined, { timeout: 30_000 })).toHaveAttribute("role", "status");
    await user.type(screen.getByLabelText("Search sources"), "gamma");
    await waitFor(() => expect(screen.getByText("1 source matches")).toBeInTheDocument());
    expect(backend.state.sources).toHaveLength(3);
  });

  it("keeps search and sort in the URL when the user changes them", async () => {
    seededBackend();
    const user = userEvent.setup();
    const { router } = renderConnectorRoutes("/sources");
    expect(await rowNames()).toEqual(["Alpha warehouse", "beta payments", "Gamma replica"]);
    await user.click(screen.getByRole("button", { name: /^Name/ }));
    expect(router.state.location.search).toBe("?sort=name%3Adesc");
    expect(await rowNames()).toEqual(["Gamma replica", "beta payments", "Alpha warehouse"]);
    await user.type(screen.getByLabelText("Search sources"), "postgres");
    expect(new URLSearchParams(router.state.location.search).get("q")).toBe("postgres");
    // The server searches: the rows change once it answers.
    await screen.findByText("2 sources match");
    expect(await rowNames()).toEqual(["Gamma replica", "Alpha warehouse"]);
  });

  it("offers to create the first source when there is none", async () => {
    server.use(...connectorBackend().handlers);
    renderConnectorRoutes("/sources");
    expect(await screen.findByRole("heading", { name: "No sources yet" }, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "New source" })).toHaveAttribute("href", "/sources/new");
  });

  it("offers New source while the list is still loading", async () => {
    seededBackend();
    // The list never answers: creating a source needs nothing from it.
    server.use(http.post("*/api/v1/sources/list", () => delay("infinite")));
    renderConnectorRoutes("/sources");
    expect(await screen.findByRole("link", { name: "New source" }, { timeout: 30_000 })).toHaveAttribute("href", "/sources/new");
    expect(screen.getByRole("status", { name: "Loading sources" })).toBeInTheDocument();
  });
});
