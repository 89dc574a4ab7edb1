// Old links to records deleted since (or forgotten by a reset mock): a plain message and a way back,
// never a "Try again" that cannot work (the server answers 404 for a gone id).
import { screen, within } from "@testing-library/react";
import { SEED } from "@mocks/seed/ids";
import { mockControl } from "@mocks/control";
import { apiPost } from "@/api/client";
import { renderRoutes } from "@/test/render";
import { routes } from "./routes";

beforeEach(() => mockControl.reset());

const SLOW = { timeout: 30_000 };

async function expectGone(title: string, backLabel: string, backTo: string) {
  const alert = await screen.findByRole("alert", {}, SLOW);
  expect(within(alert).getByText(title)).toBeInTheDocument();
  expect(within(alert).getByRole("link", { name: backLabel })).toHaveAttribute("href", backTo);
  expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
}

test("a deleted connection's link says it no longer exists and leads back to the list", async () => {
  const { id } = SEED.connections.postgresToS3;
  await apiPost("/v1/connections/delete", { connectionId: id });
  renderRoutes(routes, `/connections/${id}/status`);
  await expectGone("This connection no longer exists", "Back to connections", "/connections");
  expect(screen.queryByText(/STANDARD_SYNC/)).not.toBeInTheDocument();
});

test("a deleted source's and destination's pages say so and lead back to their lists", async () => {
  await apiPost("/v1/sources/delete", { sourceId: SEED.sources.stripe.id });
  const { unmount } = renderRoutes(routes, `/sources/${SEED.sources.stripe.id}`);
  await expectGone("This source no longer exists", "Back to sources", "/sources");
  unmount();
  await apiPost("/v1/destinations/delete", { destinationId: SEED.destinations.redshift.id });
  renderRoutes(routes, `/destinations/${SEED.destinations.redshift.id}`);
  await expectGone("This destination no longer exists", "Back to destinations", "/destinations");
});

test("a new connection for a deleted source says so once and offers the source list again", async () => {
  await apiPost("/v1/sources/delete", { sourceId: SEED.sources.stripe.id });
  renderRoutes(routes, `/connections/new?sourceId=${SEED.sources.stripe.id}&destinationId=${SEED.destinations.s3.id}`);
  const alert = await screen.findByRole("alert", {}, SLOW);
  expect(alert).toHaveTextContent("The source in this link no longer exists");
  // The list of sources to choose from, instead of "Loading…" for ever.
  expect(await screen.findByRole("button", { name: new RegExp(SEED.sources.postgres.name) }, SLOW)).toBeInTheDocument();
  expect(screen.queryByText("Loading…")).not.toBeInTheDocument();
  expect(screen.getAllByRole("alert")).toHaveLength(1);
});

test("a job's log that does not exist says so and leads back to the job history", async () => {
  const { id } = SEED.connections.postgresToS3;
  renderRoutes(routes, `/connections/${id}/jobs/999999/attempts/0/logs`);
  await expectGone("This job or attempt no longer exists", "Back to the job history", `/connections/${id}/history`);
});
