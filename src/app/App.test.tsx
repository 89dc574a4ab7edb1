import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderRoutes } from "@/test/render";
import { server } from "@/test/server";
import { routes } from "./routes";

describe("app shell", () => {
  it("shows the navigation and the workspace the API returns", async () => {
    renderRoutes(routes, "/settings");
    const nav = await screen.findByRole("navigation", { name: "Main navigation" });
    for (const label of ["Connections", "Sources", "Destinations", "Settings"]) {
      expect(within(nav).getByRole("link", { name: label })).toBeInTheDocument();
    }
    expect(await screen.findByTestId("workspace-name")).toHaveTextContent(/\S/);
    expect(within(nav).getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
  });

  it("opens on Connections, keeping the query string (it can carry the mock settings)", async () => {
    const { router } = renderRoutes(routes, "/?mockLatency=0");
    expect(await screen.findByRole("heading", { level: 1, name: "Connections" }, { timeout: 30_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/connections");
    expect(router.state.location.search).toBe("?mockLatency=0");
  });

  it("shows a 404 page for an unknown route", async () => {
    renderRoutes(routes, "/no/such/page");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByText("/no/such/page")).toBeInTheDocument();
  });

  it('shows the server message and recovers with "Try again" when the workspace fails to load', async () => {
    let fail = true;
    server.use(
      http.post("*/api/v1/workspaces/list_by_organization_id", () => {
        if (!fail) return undefined; // fall through to the mock backend
        return HttpResponse.json({ message: "Database connection refused" }, { status: 503 });
      }),
    );
    renderRoutes(routes, "/settings");
    expect(await screen.findByText("Database connection refused")).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Settings" })).toBeInTheDocument();
  });
});
