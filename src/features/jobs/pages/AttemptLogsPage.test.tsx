import { screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { apiPost } from "@/api/client";
import { renderRoutes } from "@/test/render";
import { server } from "@/test/server";
import { stripAnsi } from "../lib/ansi";
import { logLinesOf } from "../lib/logSource";
import { withLayout } from "../test/layout";
import { AttemptLogsPage } from "./AttemptLogsPage";

withLayout({ width: 1000, height: 2000 });

const LIVE = { timeout: 15_000 };
const connectionId = SEED.connections.postgresToS3.id;

function renderLog(jobId: number, attempt = 0) {
  return renderRoutes(
    [{ path: "/connections/:connectionId/jobs/:jobId/attempts/:attemptNumber/logs", element: <AttemptLogsPage /> }],
    `/connections/${connectionId}/jobs/${jobId}/attempts/${attempt}/logs`,
  );
}

/** Text of every rendered log line, in order (the whole log fits the test viewport). */
function renderedLines(): string[] {
  return [...document.querySelectorAll('[role="listitem"] .sd-log-text')].map((element) => element.textContent ?? "");
}

beforeEach(async () => {
  await mockControl.reset();
  mockControl.setJobSpeed(1);
});

describe("AttemptLogsPage", () => {
  it("keeps following a running attempt through a network drop, without duplicating lines", async () => {
    const started = await apiPost("/v1/connections/sync", { connectionId });
    const jobId = started.job.id;
    mockControl.advanceClock(2_000);
    renderLog(jobId);
    expect(await screen.findByText("Running", undefined, LIVE)).toBeInTheDocument();
    await waitFor(() => expect(renderedLines().length).toBeGreaterThan(0), LIVE);

    // The network drops: every log request fails until it comes back.
    server.use(http.post("*/api/v1/attempt/get_for_job", () => HttpResponse.error()));
    mockControl.advanceClock(1_500);
    expect(await screen.findByText("Lost contact with the server", undefined, LIVE)).toBeInTheDocument();
    const shownDuringDrop = renderedLines().length;
    expect(shownDuringDrop).toBeGreaterThan(0);

    server.resetHandlers();
    await waitFor(() => expect(screen.queryByText("Lost contact with the server")).toBeNull(), LIVE);
    const snapshot = logLinesOf((await apiPost("/v1/attempt/get_for_job", { jobId, attemptNumber: 0 })).logs);
    await waitFor(() => expect(renderedLines().length).toBeGreaterThanOrEqual(snapshot.length), LIVE);
    const shown = renderedLines();
    // Same lines in the same order as the server's log: nothing lost, nothing repeated.
    expect(shown.slice(0, snapshot.length)).toEqual(snapshot.map(stripAnsi));
    expect(shown.length).toBeGreaterThan(shownDuringDrop);
  });

  it("shows why a failed attempt failed, above its log", async () => {
    const list = await apiPost("/v1/jobs/list", {
      configTypes: ["sync"],
      configId: SEED.connections.stripeToRedshift.id,
      statuses: ["failed"],
      pagination: { pageSize: 1, rowOffset: 0 },
    });
    const failed = list.jobs[0]!;
    renderLog(failed.job!.id);
    expect(await screen.findByText("Why this attempt failed", undefined, LIVE)).toBeInTheDocument();
    expect(screen.getAllByText(/permission denied for schema/i).length).toBeGreaterThan(0);
  });

  it("says when the attempt does not exist", async () => {
    renderLog(999_999);
    expect(await screen.findByText("Could not load this attempt's log", undefined, LIVE)).toBeInTheDocument();
  });
});
