// Every page names the browser tab after itself (useDocumentTitle), so tabs and history entries can
// be told apart. Expected titles are written out by hand from the seeded names.
import { act, waitFor } from "@testing-library/react";
import { SEED } from "@mocks/seed/ids";
import { mockControl } from "@mocks/control";
import { apiPost } from "@/api/client";
import { renderRoutes } from "@/test/render";
import { routes } from "./routes";

beforeEach(() => mockControl.reset());

const titled = (title: string) => waitFor(() => expect(document.title).toBe(title));

test("each page names the tab, and the title follows navigation", async () => {
  const { router } = renderRoutes(routes, "/connections");
  await titled("Connections · Syncdeck");
  const connection = SEED.connections.postgresToS3;
  await act(() => router.navigate(`/connections/${connection.id}`));
  await titled("Production Postgres → Data lake S3 · Status · Syncdeck");
  await act(() => router.navigate(`/connections/${connection.id}/history`));
  await titled("Production Postgres → Data lake S3 · Job history · Syncdeck");
  await act(() => router.navigate(`/connections/${connection.id}/settings`));
  await titled("Production Postgres → Data lake S3 · Settings · Syncdeck");
  await act(() => router.navigate("/sources"));
  await titled("Sources · Syncdeck");
  await act(() => router.navigate(`/sources/${SEED.sources.stripe.id}`));
  await titled("Stripe payments · Sources · Syncdeck");
  await act(() => router.navigate("/destinations/new"));
  await titled("New destination · Syncdeck");
  await act(() => router.navigate("/settings"));
  await titled("Settings · Syncdeck");
  await act(() => router.navigate("/no/such/page"));
  await titled("Page not found · Syncdeck");
});

test("an attempt's log names the connection, the job and the attempt, not the tab around it", async () => {
  const connection = SEED.connections.stripeToRedshift;
  const list = await apiPost("/v1/jobs/list", {
    configTypes: ["sync"],
    configId: connection.id,
    pagination: { pageSize: 1, rowOffset: 0 },
  });
  const jobId = list.jobs[0]!.job!.id;
  renderRoutes(routes, `/connections/${connection.id}/jobs/${jobId}/attempts/0/logs`);
  await titled(`Stripe payments → Analytics Redshift · Job ${jobId}, attempt 1 log · Syncdeck`);
});
