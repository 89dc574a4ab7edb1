// Job history figures with 1,000 jobs on one connection (production build, mock backend):
// - jobs_1k_render_ms: from clicking the "Job history" tab (on the connection's status tab, the
//   pointer moved onto the tab first, as a mouse is before it clicks: the console asks for the
//   history's first page as the pointer arrives) to its first rows on screen (the frame after they
//   are in the DOM), timed inside the page;
// - jobs_1k_cold_render_ms: the same from an in-app navigation straight to the history URL (nothing
//   cached: the connection page and the first page of jobs are fetched after the navigation);
// - jobs_1k_all_loaded_ms: scrolling the virtualised list to the end until all 1,000+ jobs are
//   loaded (infinite scroll, page by page), for context;
// - jobs_1k_dom_rows: rows in the DOM at the end (virtualisation keeps it small).
import { SEED } from "../../mocks/seed/ids";
import { clickTabAndTime, navigateAndTime } from "../lib/timedNavigation";
import type { BenchContext, BenchScenario } from "../types";

const JOBS = 1000;

interface MockWindow {
  __syncdeckMock: { seedJobs(connectionId: string, count: number): Promise<void> };
}

/** The history's rows. */
const ROW_SELECTOR = '[data-testid="job-history-list"] [role="listitem"]';

async function coldRender(ctx: BenchContext, connectionId: string): Promise<number> {
  const page = await ctx.newPage();
  // Load the connection page's code once (a tab of another connection), so the figure is about data, not chunks.
  await page.goto(`${ctx.baseUrl}/connections/${SEED.connections.facebookToS3.id}/history?mockLatency=0`);
  await page.getByTestId("job-history-list").waitFor({ timeout: 30_000 });
  await page.evaluate(([id, count]) => (window as unknown as MockWindow).__syncdeckMock.seedJobs(id as string, count as number), [
    connectionId,
    JOBS,
  ] as const);
  const ms = await navigateAndTime(page, `/connections/${connectionId}/history`, ROW_SELECTOR);
  await page.context().close();
  return ms;
}

const scenario: BenchScenario = {
  name: "jobs",
  async run(ctx: BenchContext) {
    const page = await ctx.newPage();
    const connectionId = SEED.connections.postgresToS3.id;
    // No simulated network latency: the figure is about the console, not the demo mock's delay.
    await page.goto(`${ctx.baseUrl}/connections?mockLatency=0`);
    await page.getByRole("heading", { level: 1, name: "Connections" }).waitFor({ timeout: 30_000 });
    await page.evaluate(([id, count]) => (window as unknown as MockWindow).__syncdeckMock.seedJobs(id as string, count as number), [
      connectionId,
      JOBS,
    ] as const);

    // Open the connection by clicking through, so the status tab (and its chunk) is loaded first.
    await page.getByRole("link", { name: SEED.connections.postgresToS3.name }).first().click();
    await page.getByTestId("connection-sync-state").waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");

    await page.evaluate(() => performance.clearResourceTimings());
    await page.getByRole("tab", { name: "Job history" }).hover();
    const renderMs = await clickTabAndTime(page, "Job history", [{ selector: ROW_SELECTOR, count: 1 }]);
    // For context: how long the (in-page) mock took to answer the first page of the list.
    const listMs = await page.evaluate(() => {
      const entry = performance.getEntriesByType("resource").find((e) => e.name.includes("/v1/jobs/list"));
      return entry ? entry.duration : NaN;
    });
    const status = page.getByRole("status").filter({ hasText: /jobs loaded/ });
    await status.waitFor();
    const total = Number(/of ([\d,]+) jobs/.exec((await status.textContent()) ?? "")?.[1]?.replace(/,/g, "") ?? NaN);
    if (!(total >= JOBS)) throw new Error(`expected at least ${JOBS} jobs, the history says: ${await status.textContent()}`);

    // Scroll to the end repeatedly until everything is loaded.
    const list = page.getByTestId("job-history-list");
    const started = Date.now();
    for (let i = 0; i < 200; i += 1) {
      const text = (await status.textContent()) ?? "";
      const [loaded, all] = (text.match(/[\d,]+/g) ?? []).map((n) => Number(n.replace(/,/g, "")));
      if (loaded !== undefined && loaded === all) break;
      await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await page.waitForTimeout(50);
    }
    const allLoadedMs = Date.now() - started;
    const domRows = await list.getByRole("listitem").count();
    await page.context().close();
    const coldMs = await coldRender(ctx, connectionId);
    return {
      jobs_1k_render_ms: Math.round(renderMs),
      jobs_1k_cold_render_ms: Math.round(coldMs),
      jobs_1k_first_page_api_ms: Number.isNaN(listMs) ? "cached (asked for before the timed click)" : Math.round(listMs),
      jobs_1k_all_loaded_ms: allLoadedMs,
      jobs_1k_total: total,
      jobs_1k_dom_rows: domRows,
    };
  },
};

export default scenario;
