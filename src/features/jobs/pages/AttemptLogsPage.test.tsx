import { act, screen, waitFor } from "@testing-library/react";
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

const LIVE = { timeout: 30_000 };
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

// Fake timers that follow real time (so requests and renders run as usual); a test skips the wait
// between two log polls (10 s) instead of sleeping through it.
beforeEach(async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  await mockControl.reset();
  mockControl.setJobSpeed(1);
});
afterEach(() => vi.useRealTimers());

async function nextPoll(): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(10_000));
}

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
    await nextPoll();
    await act(() => vi.advanceTimersByTimeAsync(8_000)); // the query's own retries
    expect(await screen.findByText("Lost contact with the server", undefined, LIVE)).toBeInTheDocument();
    const shownDuringDrop = renderedLines().length;
    expect(shownDuringDrop).toBeGreaterThan(0);

    server.resetHandlers();
    await nextPoll();
    await waitFor(() => expect(screen.queryByText("Lost contact with the server")).toBeNull(), LIVE);
    const snapshot = logLinesOf((await apiPost("/v1/attempt/get_for_job", { jobId, attemptNumber: 0 })).logs);
    // Same lines in the same order as the server's log: nothing lost, nothing repeated.
    await waitFor(() => expect(renderedLines()).toEqual(snapshot.map(stripAnsi)), LIVE);
    expect(renderedLines().length).toBeGreaterThan(shownDuringDrop);
  });

  it("a batch of lines that sorts in before lines already shown appears in timestamp order, with no duplicate", async () => {
    const started = await apiPost("/v1/connections/sync", { connectionId });
    const jobId = started.job.id;
    const serverLog = async () => logLinesOf((await apiPost("/v1/attempt/get_for_job", { jobId, attemptNumber: 0 })).logs);
    mockControl.advanceClock(1_000);
    renderLog(jobId);
    expect(await screen.findByText("Running", undefined, LIVE)).toBeInTheDocument();
    let shown = await serverLog();
    await waitFor(() => expect(renderedLines()).toEqual(shown.map(stripAnsi)), LIVE);
    // Poll as the server's clock moves, until a pod's upload lands before a line already shown.
    let sortedIn = false;
    for (let step = 0; step < 60 && !sortedIn; step++) {
      mockControl.advanceClock(250);
      const next = await serverLog();
      sortedIn = next.slice(0, shown.length).join("\n") !== shown.join("\n");
      shown = next;
      await nextPoll();
      await waitFor(() => expect(renderedLines()).toEqual(next.map(stripAnsi)), LIVE);
    }
    expect(sortedIn).toBe(true);
    expect(screen.getByText(/^Lines from [\d,]+ on were updated/)).toBeInTheDocument();
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
    expect(await screen.findByText("This job or attempt no longer exists", undefined, LIVE)).toBeInTheDocument();
  });
});
