// The notice on the seeded Stripe source, which the mock holds on 0.1.37 (mocks/data/connectors)
// by the breaking changes of the registry's 5.15.22 (mocks/data/registry-2026): 4.0.0, 5.0.0, 5.4.0.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { apiPost } from "@/api/client";
import { renderRoutes } from "@/test/render";
import { connectorApiFor } from "../lib/connectorApi";
import { BreakingChangeNotice } from "./BreakingChangeNotice";

const SLOW = { timeout: 15_000 };
const stripe = SEED.sources.stripe;

function renderNotice(id: string, name: string) {
  return renderRoutes(
    [{ path: "/", element: <BreakingChangeNotice api={connectorApiFor("source")} id={id} name={name} latestVersion="5.15.22" /> }],
    "/",
  );
}

describe("BreakingChangeNotice", () => {
  it("says what holds the source back, by when, with each change's migration guide", async () => {
    renderNotice(stripe.id, stripe.name);
    const notice = await screen.findByTestId("breaking-change-notice", undefined, SLOW);
    expect(notice).toHaveTextContent("This source is held on version 0.1.37 because of breaking changes");
    expect(notice).toHaveTextContent("Version 0.1.37 is no longer supported");
    const items = within(notice).getAllByRole("listitem");
    expect(items.map((item) => item.textContent?.match(/^Version (\S+?) /)?.[1])).toEqual(["4.0.0", "5.0.0", "5.4.0"]);
    expect(items[0]).toHaveTextContent("changes the cursors in most of the Stripe streams");
    expect(within(items[0]!).getByRole("link", { name: /Migration guide for 4\.0\.0/ })).toHaveAttribute(
      "href",
      "https://docs.airbyte.com/integrations/sources/stripe-migrations#4.0.0",
    );
    // The deadline is the calendar day the registry names, whatever the time zone.
    expect(items[0]).toHaveTextContent(
      `upgrade by ${new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date(2023, 8, 14))}`,
    );
  }, 30_000);

  it("upgrades after confirming: the notice goes and the connection's timeline has the update", async () => {
    const user = userEvent.setup();
    renderNotice(stripe.id, stripe.name);
    await user.click(await screen.findByRole("button", { name: "Upgrade to version 5.15.22" }, SLOW));
    const dialog = await screen.findByRole("dialog", { name: `Upgrade “${stripe.name}” to version 5.15.22?` });
    await user.click(within(dialog).getByRole("button", { name: "Upgrade" }));
    await waitFor(() => expect(screen.queryByTestId("breaking-change-notice")).not.toBeInTheDocument(), SLOW);
    // The success toast, whose code loads on the first toast: waited for here, so it shows before the test ends.
    expect(await screen.findByText("Source upgraded", undefined, SLOW)).toBeInTheDocument();
    const { events } = await apiPost("/v1/connections/events/list", {
      connectionId: SEED.connections.stripeToRedshift.id,
      eventTypes: ["CONNECTOR_UPDATE"],
    });
    expect(events).toHaveLength(1);
  }, 30_000);

  it("a refused upgrade is shown in the dialog with a way forward, and the notice stays", async () => {
    // What a server answers for a connector pinned by hand: 500 with only an errorId.
    mockControl.fault("/v1/sources/upgrade_version", { status: 500, body: { errorId: "5f0c1d2e-0000-4000-8000-000000000001" } });
    const user = userEvent.setup();
    renderNotice(stripe.id, stripe.name);
    await user.click(await screen.findByRole("button", { name: "Upgrade to version 5.15.22" }, SLOW));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Upgrade" }));
    const alert = await within(dialog).findByRole("alert", undefined, SLOW);
    expect(alert).toHaveTextContent("Could not upgrade the source");
    expect(dialog).toHaveTextContent("pinned to its version by hand");
    expect(screen.getByTestId("breaking-change-notice")).toBeInTheDocument();
  }, 30_000);
});
