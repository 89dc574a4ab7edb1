// Timeline and stream history figures (production build, mock backend in the page):
// - timeline_10k_events_ms: a connection with 10,000+ events (10,000 finished jobs, each with its end
//   event); from an in-app navigation to its Timeline tab (the connection page's code already
//   loaded) to the first events painted and usable (the frame after the first rows are in the DOM).
//   The mock answers in the page, so its work on the first page of events is part of the figure;
// - timeline_10k_scroll_frame_ms: while the loaded list scrolls down 400 px a frame for 60 frames,
//   the most work the page's main thread did in one frame (a frame holds 16.7 ms of work), read from
//   a Chromium trace (bench/lib/frameWork.ts). The list scrolls so SCROLL_PASSES times, each pass
//   further down (new pages load in each), and the figure is the median of the passes' slowest
//   frames (timeline_10k_scroll_frame_runs_ms lists them): one pass's slowest frame is a single
//   sample, and on this 2-core machine it swings by 10 ms between runs of the same build, when the
//   thread is descheduled in the middle of a task. timeline_10k_scroll_frames_over_budget counts
//   the frames over 16.7 ms in all passes. For context, timeline_10k_scroll_frame_interval_ms is the
//   longest gap between two animation frames while scrolling and idle_frame_interval_ms the same
//   with the page doing nothing: the gaps cannot go below 16.7 ms, and on a busy machine they
//   stretch without any work from the page;
// - history_200_streams_ms: a connection of 200 streams with 30 jobs; from clicking its Status tab
//   to both history graphs drawn and the per-stream table filled (200 rows), next frame (the status
//   tab's code loaded before, on another connection); the median of 5 such loads, each of its own
//   connection (history_200_streams_runs_ms lists them).
import type { Page } from "@playwright/test";
import { SEED } from "../../mocks/seed/ids";
import { clickTabAndTime, navigateAndTime } from "../lib/timedNavigation";
import { idleFrameInterval, traceScrollFrames, type ScrollFrames } from "../lib/frameWork";
import { median } from "../lib/median";
import type { BenchContext, BenchScenario } from "../types";
import { round1 } from "../lib/round";

const EVENTS = 10_000;
const STREAMS = 200;
const HISTORY_RUNS = 5;
const SCROLL_PASSES = 3;

interface MockWindow {
  __syncdeckMock: { seedJobs(connectionId: string, count: number): Promise<void> };
}

async function seedJobs(page: Page, connectionId: string, count: number): Promise<void> {
  await page.evaluate(([id, n]) => (window as unknown as MockWindow).__syncdeckMock.seedJobs(id as string, n as number), [
    connectionId,
    count,
  ] as const);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** One Config API call from the page, answered by its mock. */
async function api<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ([to, payload]) => {
      const response = await fetch(`/api/v1/${to as string}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload),
      });
      if (!response.ok) throw new Error(`${to as string}: HTTP ${response.status}`);
      return response.json();
    },
    [path, body] as const,
  ) as Promise<T>;
}

/** A Synthetic source of `streams` streams and an enabled connection of all of them, made through the API in the page. */
async function createWideConnection(page: Page, streams: number): Promise<string> {
  const workspaces = await api<{ workspaces: { workspaceId: string }[] }>(page, "workspaces/list_by_organization_id", {
    organizationId: SEED.organizationId,
  });
  const workspaceId = workspaces.workspaces[0]!.workspaceId;
  const definitions = await api<{ sourceDefinitions: { name: string; sourceDefinitionId: string }[] }>(page, "source_definitions/list", {});
  const synthetic = definitions.sourceDefinitions.find((d) => d.name === SEED.syntheticDefinitionName);
  if (!synthetic) throw new Error("no Synthetic source definition in the mock");
  const source = await api<{ sourceId: string }>(page, "sources/create", {
    workspaceId,
    sourceDefinitionId: synthetic.sourceDefinitionId,
    name: `Synthetic ${streams}`,
    connectionConfiguration: { stream_count: streams, columns_per_stream: 5, namespace_count: 1, seed: 1 },
  });
  const discovered = await api<{ catalog: { streams: { config: { selected?: boolean } }[] } }>(page, "sources/discover_schema", {
    sourceId: source.sourceId,
    disable_cache: true,
  });
  for (const stream of discovered.catalog.streams) stream.config.selected = true;
  const connection = await api<{ connectionId: string }>(page, "connections/create", {
    name: `Wide ${streams}`,
    sourceId: source.sourceId,
    destinationId: SEED.destinations.s3.id,
    status: "active",
    syncCatalog: discovered.catalog,
    namespaceDefinition: "source",
    scheduleType: "manual",
    nonBreakingChangesPreference: "ignore",
  });
  return connection.connectionId;
}

/** The longest answer (ms) to calls of `path` since the resource timings were last cleared (NaN: none). */
async function apiMs(page: Page, path: string): Promise<number> {
  const durations = await page.evaluate(
    (wanted) =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.includes(wanted))
        .map((entry) => entry.duration),
    path,
  );
  return durations.length > 0 ? Math.max(...durations) : Number.NaN;
}

/** The bytes of every API answer since the resource timings were last cleared, once none came for 1 s. */
async function apiBytesOnceQuiet(page: Page): Promise<number> {
  const answers = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.includes("/api/"))
        .map((entry) => (entry as PerformanceResourceTiming).encodedBodySize),
    );
  let seen = -1;
  let sizes = await answers();
  while (sizes.length !== seen) {
    seen = sizes.length;
    await page.waitForTimeout(1000);
    sizes = await answers();
  }
  return sizes.reduce((sum, size) => sum + size, 0);
}

const scenario: BenchScenario = {
  name: "timeline",
  async run(ctx: BenchContext) {
    const page = await ctx.newPage();
    const connectionId = SEED.connections.postgresToS3.id;
    // No simulated network latency: the figures are about the console, not the demo mock's delay.
    await page.goto(`${ctx.baseUrl}/connections/${SEED.connections.facebookToS3.id}/timeline?mockLatency=0`);
    await page.getByTestId("timeline-list").waitFor({ timeout: 60_000 });
    await seedJobs(page, connectionId, EVENTS);
    await page.evaluate(() => performance.clearResourceTimings());
    const timelineMs = await navigateAndTime(
      page,
      `/connections/${connectionId}/timeline`,
      '[data-testid="timeline-list"] [role="listitem"]',
    );
    const eventsApiMs = await apiMs(page, "/v1/connections/events/list");
    const loaded = page.getByRole("status").filter({ hasText: /events? loaded/ });
    await loaded.waitFor();
    const list = page.getByTestId("timeline-list");
    const passes: ScrollFrames[] = [];
    for (let pass = 0; pass < SCROLL_PASSES; pass += 1) passes.push(await traceScrollFrames(ctx.browser, page, list));
    const passMedian = (figure: (pass: ScrollFrames) => number) => median(passes.map(figure));
    const idleIntervalMs = await idleFrameInterval(list);

    // The history figure is the median of HISTORY_RUNS cold loads, each of a connection of its own
    // (nothing cached by the console or the mock): one load swings by tens of ms on a busy machine.
    const wides: string[] = [];
    for (let run = 0; run < HISTORY_RUNS; run += 1) {
      const wide = await createWideConnection(page, STREAMS);
      await seedJobs(page, wide, 30);
      wides.push(wide);
    }
    // Load the status tab's code once (another connection's), so the figure is about data and drawing, not chunks.
    await navigateAndTime(page, `/connections/${SEED.connections.facebookToS3.id}/status`, '[data-testid="stream-history"] canvas');
    const historyRuns: number[] = [];
    const historyApiRuns: number[] = [];
    for (const wide of wides) {
      await navigateAndTime(page, `/connections/${wide}/timeline`, '[data-testid="timeline-list"] [role="listitem"]');
      await page.evaluate(() => performance.clearResourceTimings());
      // Both history graphs drawn and the per-stream table filled.
      historyRuns.push(
        await clickTabAndTime(page, "Status", [
          { selector: '[data-testid="stream-history"] canvas', count: 2 },
          { selector: 'table[aria-label="Stream history per stream"] tbody > tr', count: STREAMS },
        ]),
      );
      historyApiRuns.push(
        Math.max(await apiMs(page, "/v1/connections/history/uptime"), await apiMs(page, "/v1/connections/stream_history")),
      );
    }
    const statusTabKb = (await apiBytesOnceQuiet(page)) / 1000;
    await page.context().close();
    return {
      timeline_10k_events_ms: Math.round(timelineMs),
      timeline_10k_scroll_frame_ms: round1(passMedian((pass) => pass.slowestFrameWorkMs)),
      timeline_10k_scroll_frame_runs_ms: passes.map((pass) => round1(pass.slowestFrameWorkMs)).join(" "),
      timeline_10k_scroll_frames_over_budget: `${sum(passes.map((pass) => pass.framesOverBudget))} of ${sum(passes.map((pass) => pass.frames))}`,
      timeline_10k_scroll_frame_cpu_ms: round1(passMedian((pass) => pass.slowestFrameCpuMs)),
      timeline_10k_scroll_frame_interval_ms: round1(passMedian((pass) => pass.slowestFrameIntervalMs)),
      idle_frame_interval_ms: round1(idleIntervalMs),
      history_200_streams_ms: Math.round(median(historyRuns)),
      // For context: how long the in-page mock took to answer (its work is part of the figures above).
      timeline_10k_first_page_api_ms: Math.round(eventsApiMs),
      history_200_streams_api_ms: Math.round(median(historyApiRuns)),
      history_200_streams_runs_ms: historyRuns.map(Math.round).join(" "),
      // What the last of those status tabs asked the API for, once every request it made had its answer.
      history_200_streams_api_kb: Math.round(statusTabKb),
    };
  },
};

export default scenario;
