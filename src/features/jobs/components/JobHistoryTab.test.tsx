import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { apiPost } from "@/api/client";
import { renderRoutes } from "@/test/render";
import { withLayout } from "../test/layout";
import { JobHistoryTab } from "./JobHistoryTab";

withLayout({ width: 1000, height: 640 });

async function renderHistory(connectionId: string, search = "") {
  const connection = await apiPost("/v1/connections/get", { connectionId });
  return renderRoutes(
    [{ path: "/connections/:connectionId", element: <JobHistoryTab connection={connection} /> }],
    `/connections/${connectionId}${search}`,
  );
}

/** The job list is on screen, and so is the chart above it (its code loads lazily). */
async function historyShown() {
  await screen.findByTestId("job-history-list");
  await waitFor(() => expect(screen.queryByRole("status", { name: "Loading the chart" })).not.toBeInTheDocument());
}

function rows() {
  return within(screen.getByTestId("job-history-list")).getAllByRole("listitem");
}

beforeEach(async () => {
  await mockControl.reset();
  mockControl.setJobSpeed(1);
});

describe("JobHistoryTab", () => {
  it("lists jobs newest first with their figures", async () => {
    await renderHistory(SEED.connections.stripeToRedshift.id);
    await historyShown();
    const ids = rows().map((row) => Number(row.querySelector("[data-job-id]")?.getAttribute("data-job-id")));
    expect(ids.length).toBeGreaterThan(3);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const newest = rows()[0]!;
    expect(within(newest).getByText("Failed")).toBeInTheDocument();
    expect(within(newest).getByText("Attempts")).toBeInTheDocument();
    expect(screen.getByText(/of \d+ jobs loaded/)).toBeInTheDocument();
  });

  it("expands a failed job into attempts with the reason, details behind a toggle", async () => {
    const user = userEvent.setup();
    const { router } = await renderHistory(SEED.connections.stripeToRedshift.id);
    await historyShown();
    const newest = rows()[0]!;
    await user.click(within(newest).getByRole("button", { expanded: false }));
    expect(router.state.location.search).toMatch(/job=\d+/);
    const attempts = await within(newest).findAllByText(/^Attempt \d$/);
    expect(attempts.length).toBeGreaterThan(0);
    expect(within(newest).getAllByText(/permission denied for schema/i)[0]).toBeVisible();
    expect(within(newest).getAllByText("Destination").length).toBeGreaterThan(0);
    expect(within(newest).queryByText(/RedshiftException/)).toBeNull();
    await user.click(within(newest).getAllByRole("button", { name: "Show technical details" })[0]!);
    expect(within(newest).getAllByText(/RedshiftException/)[0]).toBeInTheDocument();
    expect(within(newest).getAllByRole("link", { name: /view log/i })[0]).toHaveAttribute(
      "href",
      expect.stringMatching(/\/jobs\/\d+\/attempts\/0\/logs$/),
    );
  });

  it("filters by status from the URL", async () => {
    await renderHistory(SEED.connections.stripeToRedshift.id, "?status=failed");
    await historyShown();
    expect(rows().length).toBeGreaterThan(0);
    for (const row of rows()) expect(within(row).getByText("Failed")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Clear filters" })).toBeInTheDocument();
  });

  it("says when no job matches the filters", async () => {
    await renderHistory(SEED.connections.stripeToRedshift.id, "?from=2001-01-01&to=2001-01-02");
    expect(await screen.findByText("No jobs match these filters.")).toBeInTheDocument();
  });

  it("writes a status filter to the URL", async () => {
    const user = userEvent.setup();
    const { router } = await renderHistory(SEED.connections.postgresToS3.id);
    await historyShown();
    await user.click(screen.getByRole("combobox", { name: "Status" }));
    // Mantine's dropdown is mid-transition in jsdom (not yet visible), hence hidden: true.
    await user.click(await screen.findByRole("option", { name: "Failed", hidden: true }));
    await waitFor(() => expect(router.state.location.search).toContain("status=failed"));
    await waitFor(() => {
      for (const row of rows()) expect(within(row).getByText("Failed")).toBeInTheDocument();
    });
  });

  it("explains a job that has no attempts yet", async () => {
    const user = userEvent.setup();
    const connectionId = SEED.connections.postgresToS3.id;
    await apiPost("/v1/connections/sync", { connectionId });
    await renderHistory(connectionId);
    await historyShown();
    const newest = rows()[0]!;
    expect(within(newest).getByText("Pending")).toBeInTheDocument();
    await user.click(within(newest).getByRole("button", { expanded: false }));
    expect(await within(newest).findByText(/waiting to start/i)).toBeInTheDocument();
  });

  it("loads more jobs", async () => {
    const user = userEvent.setup();
    await renderHistory(SEED.connections.postgresToS3.id);
    await historyShown();
    const status = screen.getByText(/of \d+ jobs loaded/).textContent ?? "";
    const [loaded, total] = status.match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, "")));
    // The seeded connection has more jobs than one page.
    expect(loaded).toBeLessThan(total!);
    await user.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(screen.getByText(`${total} of ${total} jobs loaded`)).toBeInTheDocument());
  });

  it("loads older pages until a linked job (?job=) is found", async () => {
    const connectionId = SEED.connections.postgresToS3.id;
    const oldest = await apiPost("/v1/jobs/list", {
      configTypes: ["sync", "reset_connection", "clear", "refresh"],
      configId: connectionId,
      orderByField: "createdAt",
      orderByMethod: "ASC",
      pagination: { pageSize: 1, rowOffset: 0 },
    });
    const total = oldest.totalJobCount;
    expect(total).toBeGreaterThan(50);
    const { router } = await renderHistory(connectionId, `?job=${oldest.jobs[0]!.job!.id}`);
    await waitFor(() => expect(screen.getByText(`${total} of ${total} jobs loaded`)).toBeInTheDocument(), { timeout: 30_000 });
    expect(router.state.location.search).toContain(`job=${oldest.jobs[0]!.job!.id}`);
  });
});
