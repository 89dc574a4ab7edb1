import { vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { apiPost } from "@/api/client";
import { renderRoutes } from "@/test/render";
import { server } from "@/test/server";
import { withLayout } from "../../test/layout";
import { TimelineTab } from "./TimelineTab";

withLayout({ width: 1000, height: 640 });

const connectionId = SEED.connections.stripeToRedshift.id;

async function renderTimeline(search = "") {
  const connection = await apiPost("/v1/connections/get", { connectionId });
  return renderRoutes(
    [{ path: "/connections/:connectionId", element: <TimelineTab connection={connection} /> }],
    `/connections/${connectionId}${search}`,
  );
}

function rows() {
  return within(screen.getByTestId("timeline-list")).getAllByRole("listitem");
}

beforeEach(async () => {
  await mockControl.reset();
});

describe("TimelineTab", () => {
  it("lists the connection's events newest first; a job event opens its attempts with a link to each log", async () => {
    const user = userEvent.setup();
    const { router } = await renderTimeline();
    await screen.findByTestId("timeline-list");
    // The seeded Stripe connection's newest job failed after loading some data.
    const newest = rows()[0]!;
    expect(within(newest).getByText(/^Sync (failed|incomplete)$/)).toBeInTheDocument();
    expect(within(newest).getAllByText(/permission denied for schema/i)[0]).toBeVisible();
    await user.click(within(newest).getByRole("button", { expanded: false }));
    expect(router.state.location.search).toMatch(/event=/);
    const logLinks = await within(newest).findAllByRole("link", { name: /View log/ });
    expect(logLinks[0]).toHaveAttribute(
      "href",
      expect.stringMatching(new RegExp(`/connections/${connectionId}/jobs/\\d+/attempts/\\d+/logs`)),
    );
  });

  it("loads more events from the Load more button, shown as loading until the page comes; a line ends the list while more exist", async () => {
    const user = userEvent.setup();
    await mockControl.seedJobs(connectionId, 120);
    // The next page waits until the test lets it through, so its loading state can be seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post("*/api/v1/connections/events/list", async ({ request }) => {
        const body = (await request.clone().json()) as { pagination?: { rowOffset?: number } };
        if ((body.pagination?.rowOffset ?? 0) > 0) await held;
        return undefined;
      }),
    );
    await renderTimeline();
    const status = await screen.findByText(/^50 events loaded, more as you scroll$/);
    const list = screen.getByTestId("timeline-list");
    expect(within(list).getByText("Loading more events…")).toBeInTheDocument();
    const button = screen.getByRole("button", { name: "Load more" });
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute("data-loading", "true"));
    release();
    await waitFor(() => expect(status).not.toHaveTextContent(/^50 events/));
    await waitFor(() => expect(screen.getByRole("button", { name: "Load more" })).not.toHaveAttribute("data-loading"));
    // All pages in: no more line at the end, no button.
    for (let pages = 0; pages < 5 && screen.queryByRole("button", { name: "Load more" }); pages += 1) {
      const before = status.textContent;
      await user.click(screen.getByRole("button", { name: "Load more" }));
      await waitFor(() => expect(status.textContent).not.toBe(before));
    }
    expect(status).toHaveTextContent(/^\d[\d,]* events loaded$/);
    expect(within(list).queryByText("Loading more events…")).not.toBeInTheDocument();
  });

  it("shows events it does not understand plainly, without breaking the rest", async () => {
    server.use(
      http.post("*/api/v1/connections/events/list", () =>
        HttpResponse.json({
          events: [
            { id: "e1", connectionId, eventType: "MAPPING_ADDED", summary: { mapper: "hashing" }, createdAt: 1_764_633_600 },
            { id: "e2", connectionId, eventType: "SYNC_SUCCEEDED" },
            { eventType: "CONNECTION_SETTINGS_UPDATE", summary: { patches: { name: { from: "A", to: "B" } } }, createdAt: 1_764_633_500 },
            null,
          ],
        }),
      ),
    );
    await renderTimeline();
    await screen.findByTestId("timeline-list");
    expect(screen.getByText("Event: MAPPING_ADDED")).toBeInTheDocument();
    expect(screen.getByText("Sync succeeded")).toBeInTheDocument();
    expect(screen.getAllByText("Time not given", { exact: false }).length).toBeGreaterThan(0);
    const change = screen.getByRole("table", { name: "Settings changed: before and after" });
    expect(within(change).getByRole("row", { name: "Name A B" })).toBeInTheDocument();
    expect(screen.getByText("Other event")).toBeInTheDocument();
  });

  it("falls back to the job history on a server without events", async () => {
    mockControl.fault("/v1/connections/events/list", { status: 404, body: { message: "Not Found" } });
    await renderTimeline();
    expect(await screen.findByText("This server keeps no timeline")).toBeInTheDocument();
    expect(await screen.findByTestId("job-history-list")).toBeInTheDocument();
    // Its chart's code loads lazily: let it arrive within this test.
    await waitFor(() => expect(screen.queryByRole("status", { name: "Loading the chart" })).not.toBeInTheDocument());
  });

  it("says so when a status filter cannot match the chosen type, without asking the server", async () => {
    const asked = vi.fn();
    server.events.on("request:start", ({ request }) => {
      if (request.url.includes("/connections/events/list")) asked();
    });
    await renderTimeline("?type=settings&status=failed");
    expect(await screen.findByText(/No event has both this type and this status/)).toBeInTheDocument();
    expect(asked).not.toHaveBeenCalled();
    server.events.removeAllListeners("request:start");
  });

  it("shows an error with a retry when the timeline cannot be loaded", async () => {
    mockControl.fault("/v1/connections/events/list", { status: 500, times: 10 });
    await renderTimeline();
    await waitFor(() => expect(screen.getByText("Could not load the timeline")).toBeInTheDocument(), { timeout: 30_000 });
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
