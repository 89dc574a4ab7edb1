// The health line of the Server settings says why the server is not healthy, not only that it is not.
import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { renderWithProviders } from "@/test/render";
import { server } from "@/test/server";
import { ServerSettings } from "./ServerSettings";

describe("server health", () => {
  it("unreachable: says what failed and offers to check again", async () => {
    server.use(http.get("*/api/v1/health", () => HttpResponse.error()));
    renderWithProviders(<ServerSettings />);
    expect(await screen.findByText("Unreachable")).toBeInTheDocument();
    expect(screen.getByText(/Could not reach the server/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check again" })).toBeInTheDocument();
  });

  it("answering but unavailable: says the server reports it cannot serve, and offers to check again", async () => {
    // Airbyte's health handler answers { available: false } when its database check fails.
    server.use(http.get("*/api/v1/health", () => HttpResponse.json({ available: false })));
    renderWithProviders(<ServerSettings />);
    expect(await screen.findByText("Unavailable")).toBeInTheDocument();
    expect(screen.getByText(/reports it cannot serve requests/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check again" })).toBeInTheDocument();
  });
});
