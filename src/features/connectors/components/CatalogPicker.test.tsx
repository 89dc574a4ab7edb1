import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "@/test/render";
import type { ConnectorDefinition } from "../lib/types";
import { fixtureConnectors } from "../test/connectorBackend";
import { CatalogPicker } from "./CatalogPicker";

// The real source definitions, plus two with hostile or missing fields.
const definitions: ConnectorDefinition[] = [
  ...fixtureConnectors
    .filter((c) => c.kind === "source")
    .map((c) => ({
      definitionId: c.definitionId,
      name: c.name,
      dockerRepository: String(c.definition.dockerRepository),
      dockerImageTag: String(c.definition.dockerImageTag ?? "1.0.0"),
      supportLevel: c.definition.supportLevel as string | undefined,
      releaseStage: c.definition.releaseStage as string | undefined,
    })),
  {
    definitionId: "hostile",
    name: "<img src=x onerror=alert(1)>",
    dockerRepository: "x/hostile",
    dockerImageTag: "0.0.1",
    supportLevel: "archived",
  },
];

function renderPicker() {
  return renderWithProviders(
    <MemoryRouter>
      <CatalogPicker definitions={definitions} noun="source" hrefFor={(d) => `/sources/new/${d.definitionId}`} />
    </MemoryRouter>,
  );
}

function cards() {
  return within(screen.getByRole("list", { name: "source connectors" })).getAllByRole("link");
}

describe("CatalogPicker", () => {
  it("lists every definition with its version and renders hostile names as text", () => {
    renderPicker();
    expect(cards()).toHaveLength(definitions.length);
    expect(screen.getByText("<img src=x onerror=alert(1)>")).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it("narrows the list as the user types, by name or image", async () => {
    const user = userEvent.setup();
    renderPicker();
    await user.type(screen.getByLabelText("Search source connectors"), "postgr");
    expect(cards().map((card) => card.textContent)).toEqual([expect.stringContaining("Postgres")]);
    await user.clear(screen.getByLabelText("Search source connectors"));
    await user.type(screen.getByLabelText("Search source connectors"), "airbyte/source-git");
    expect(cards().map((card) => card.textContent)).toEqual([expect.stringContaining("GitHub")]);
    await user.type(screen.getByLabelText("Search source connectors"), "zzz");
    expect(screen.queryByRole("list", { name: "source connectors" })).toBeNull();
    expect(screen.getByText(/No source connector matches/)).toBeInTheDocument();
  });

  it("filters by support level", async () => {
    const user = userEvent.setup();
    renderPicker();
    const expected = definitions.filter(
      (d) => (d.supportLevel && d.supportLevel !== "none" ? d.supportLevel : d.releaseStage) === "archived",
    );
    await user.click(screen.getByRole("radio", { name: "Archived" }));
    expect(cards()).toHaveLength(expected.length);
    await user.click(screen.getByRole("radio", { name: "All" }));
    expect(cards()).toHaveLength(definitions.length);
  });

  it("moves through results with the arrow keys, one tab stop for the list", async () => {
    const user = userEvent.setup();
    renderPicker();
    await user.type(screen.getByLabelText("Search source connectors"), "zendesk");
    const matches = cards();
    expect(matches.length).toBeGreaterThanOrEqual(2);
    await user.keyboard("{ArrowDown}");
    expect(matches[0]).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(matches[1]).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(matches[0]).toHaveFocus();
    expect(matches.filter((card) => card.tabIndex === 0)).toHaveLength(1);
    expect(matches[0]).toHaveAttribute("href", expect.stringMatching(/^\/sources\/new\/.+/));
  });
});
