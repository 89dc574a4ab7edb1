// The connector pages with the real form engine against the shared mock backend (mocks/handlers),
// as the app runs them: no test doubles.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SEED } from "@mocks/seed/ids";
import { renderConnectorRoutes } from "../test/renderConnectorRoutes";

const SLOW = { timeout: 30_000 };

describe("connector pages on the mock backend", () => {
  it("edit: a failed check for a seeded source shows the server message and keeps the change", async () => {
    const user = userEvent.setup();
    renderConnectorRoutes(`/sources/${SEED.sources.postgres.id}`);
    const host = await screen.findByRole("textbox", { name: "Host" }, SLOW);
    expect(screen.getByRole("heading", { level: 1, name: SEED.sources.postgres.name })).toBeInTheDocument();
    const original = (host as HTMLInputElement).value;
    expect(original).not.toBe("");

    await user.clear(host);
    await user.type(host, "replica.invalid");
    await user.click(screen.getByRole("button", { name: "Test and save" }));
    const panel = screen.getByTestId("check-panel");
    await waitFor(() => expect(panel).toHaveTextContent("The connection test failed"), SLOW);
    expect(panel).toHaveTextContent("replica.invalid");
    expect(screen.getByRole("textbox", { name: "Host" })).toHaveValue("replica.invalid");
  }, 120_000);

  it("list: the seeded sources with their connector names", async () => {
    renderConnectorRoutes("/sources");
    const table = await screen.findByRole("table", undefined, SLOW);
    for (const source of Object.values(SEED.sources)) {
      expect(within(table).getByRole("link", { name: source.name })).toBeInTheDocument();
    }
  }, 120_000);
});
