// Log viewer figures on a 1,000,000-line attempt log (production build, mock backend):
// - log_1m_ready_ms: from the log response fully received (resource timing responseEnd) to the
//   first lines painted (the viewer's 'syncdeck:logs-painted' mark, set in the frame after commit);
// - log_search_ms: from the search being submitted to its first match scrolled into view and
//   painted (the viewer's 'syncdeck:log-search' measure), for a term first found early in the log;
// - log_search_late_match_ms: the same for a term whose first match is near the end (worst case);
// - log_heap_mb: JS heap in use after a forced GC with the log on screen (the in-page mock included).
import type { Page } from "@playwright/test";
import { SEED } from "../../mocks/seed/ids";
import type { BenchContext, BenchScenario } from "../types";

const LINES = 1_000_000;

interface MockWindow {
  __syncdeckMock: { setLogLines(count: number | null): void };
}

/** Navigate inside the single-page app (no reload: the in-page mock keeps its settings). */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

async function latestJobId(page: Page, connectionId: string): Promise<number> {
  return page.evaluate(async (configId) => {
    const response = await fetch("/api/v1/jobs/list", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ configTypes: ["sync"], configId, statuses: ["succeeded"], pagination: { pageSize: 1, rowOffset: 0 } }),
    });
    const body = (await response.json()) as { jobs: Array<{ job: { id: number } }> };
    return body.jobs[0]!.job.id;
  }, connectionId);
}

/** Submit a search and return the viewer's own measure of it (ms), waiting until it is recorded. */
async function searchFor(page: Page, term: string): Promise<number> {
  const input = page.getByLabel("Search the log");
  await page.evaluate(() => performance.clearMeasures("syncdeck:log-search"));
  await input.fill(term);
  await input.press("Enter");
  await page.waitForFunction(() => performance.getEntriesByName("syncdeck:log-search").length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const entries = performance.getEntriesByName("syncdeck:log-search");
    return entries[entries.length - 1]!.duration;
  });
}

const scenario: BenchScenario = {
  name: "logs",
  async run(ctx: BenchContext) {
    const page = await ctx.newPage();
    // No simulated network latency: the figure is about the console, not the demo mock's delay.
    await page.goto(`${ctx.baseUrl}/connections?mockLatency=0`);
    await page.getByRole("heading", { level: 1, name: "Connections" }).waitFor({ timeout: 30_000 });
    const connectionId = SEED.connections.postgresToS3.id;
    const jobId = await latestJobId(page, connectionId);
    await page.evaluate((count) => (window as unknown as MockWindow).__syncdeckMock.setLogLines(count), LINES);

    await navigateInApp(page, `/connections/${connectionId}/jobs/${jobId}/attempts/0/logs`);
    const region = page.getByRole("region", { name: "Log lines" });
    await region.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 120_000 });
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName("syncdeck:logs-painted")[0];
      const response = performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.includes("/v1/attempt/get_for_job"))
        .at(-1) as PerformanceResourceTiming | undefined;
      return {
        paintAt: paint?.startTime,
        responseEnd: response?.responseEnd,
        requestStart: response?.startTime,
        bodyBytes: response?.encodedBodySize,
      };
    });
    if (timing.paintAt === undefined || timing.responseEnd === undefined || timing.requestStart === undefined) {
      throw new Error("the log viewer did not record its paint, or the log request has no resource timing");
    }
    const lineCount = await page.getByRole("status").filter({ hasText: /lines/ }).first().textContent();
    if (!lineCount?.includes(LINES.toLocaleString("en-US"))) throw new Error(`expected ${LINES} lines, the viewer says: ${lineCount}`);

    // The Postgres log fails like a database (mocks/jobs/logs.ts, hugeLog): the first failure is early.
    const searchEarly = await searchFor(page, "PSQLException");
    // "Read 493827000 rows " appears once, on line 987,654: the scan must go through almost the whole log.
    const searchLate = await searchFor(page, `Read ${987_654 * 500} rows `);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    await cdp.detach();
    await page.context().close();

    return {
      log_1m_ready_ms: Math.round(timing.paintAt - timing.responseEnd),
      // For context: request sent -> response received (the mock generating and serialising the log).
      log_1m_fetch_ms: Math.round(timing.responseEnd - timing.requestStart),
      log_1m_response_mb: timing.bodyBytes ? Math.round(timing.bodyBytes / 1e5) / 10 : "unknown",
      log_search_ms: Math.round(searchEarly),
      log_search_late_match_ms: Math.round(searchLate),
      log_heap_mb: Math.round(heap.usedSize / 1e6),
    };
  },
};

export default scenario;
