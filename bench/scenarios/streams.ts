// Stream table figures on the production build with the mock's Synthetic connector:
// 10,000 streams x 20 columns and 100,000 streams x 20 columns.
// - interactive: discover response received (mark "syncdeck:discover-received", set when the
//   response is parsed) -> first paint of the stream table (mark "syncdeck:stream-table-painted",
//   the first setTimeout after the next requestAnimationFrame once the table has committed);
// - filter: a keystroke in the stream search -> next paint (median of several keys);
// - toggle: clicking one stream's switch -> next paint (median and slowest of clicks spread over a frame);
// - enable all: clicking "Enable all" -> next paint (median, alternating with "Disable all");
// - heap: JS heap in use after a forced GC (CDP), with the table on screen.
// The mock runs in the page (MSW), so the source is created with a fetch from the page and the
// flow is opened by client-side navigation: a reload would reset the mock to its seed.
import type { Page } from "@playwright/test";
import { SEED } from "../../mocks/seed/ids";
import { median } from "../lib/median";
import type { BenchContext, BenchFigures, BenchScenario } from "../types";
import { round1 } from "../lib/round";

async function createSyntheticSource(page: Page, streamCount: number, columns: number): Promise<string> {
  return page.evaluate(
    async ({ streamCount, columns, syntheticName }) => {
      const post = async (path: string, body: unknown) => {
        const response = await fetch(`/api/v1/${path}`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return response.json();
      };
      const workspaces = await post("workspaces/list_by_organization_id", { organizationId: "00000000-0000-0000-0000-000000000000" });
      const workspaceId = workspaces.workspaces[0].workspaceId as string;
      const definitions = await post("source_definitions/list", {});
      const synthetic = (definitions.sourceDefinitions as { name: string; sourceDefinitionId: string }[]).find(
        (d) => d.name === syntheticName,
      );
      if (!synthetic) throw new Error("no Synthetic source definition in the mock");
      const source = await post("sources/create", {
        workspaceId,
        sourceDefinitionId: synthetic.sourceDefinitionId,
        name: `Synthetic ${streamCount}`,
        connectionConfiguration: { stream_count: streamCount, columns_per_stream: columns, namespace_count: 10, seed: 1 },
      });
      return source.sourceId as string;
    },
    { streamCount, columns, syntheticName: SEED.syntheticDefinitionName },
  );
}

/** Client-side navigation (keeps the in-page mock and its state). */
async function navigate(page: Page, path: string) {
  await page.evaluate((to) => {
    performance.clearMarks();
    window.history.pushState({}, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

async function settle(page: Page) {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
}

async function interactiveMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const received = performance.getEntriesByName("syncdeck:discover-received")[0];
      const painted = performance
        .getEntriesByName("syncdeck:stream-table-painted")
        .find((m) => received && m.startTime >= received.startTime);
      return received && painted ? painted.startTime - received.startTime : null;
    },
    undefined,
    { timeout: 180_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Type keys into the stream search one by one; each: keydown -> next paint. */
async function filterMs(page: Page, keys: string): Promise<number> {
  const search = page.getByRole("textbox", { name: "Search streams" });
  await search.click();
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { __filterSamples: number[] }).__filterSamples = samples;
    document.addEventListener(
      "keydown",
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
      },
      true,
    );
  });
  for (const key of keys) {
    await page.keyboard.press(key);
    await settle(page);
  }
  const samples = await page.evaluate(() => (window as unknown as { __filterSamples: number[] }).__filterSamples);
  await search.fill("");
  await settle(page);
  return median(samples);
}

/**
 * Click -> next paint, and the part of it that is our work: React handles a click synchronously,
 * so when click() returns the update is committed; the rest is the browser rendering the frame and
 * waiting for it (at 60 Hz up to 16.7 ms, whatever the work). A person's click lands anywhere in a
 * frame, so the click is made `phaseMs` after a frame started: callers spread the phases over a
 * whole frame, and the median is what a click costs on average, not the luck of one phase.
 */
async function clickToPaint(page: Page, find: string, phaseMs: number): Promise<{ paint: number; work: number }> {
  return page.evaluate(
    async ({ selector, phase }) => {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) throw new Error(`nothing matches ${selector}`);
      await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, phase)));
      const start = performance.now();
      element.click();
      const work = performance.now() - start;
      await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return { paint: performance.now() - start, work };
    },
    { selector: find, phase: phaseMs },
  );
}

async function buttonToPaint(page: Page, name: string): Promise<number> {
  return page.evaluate(async (label) => {
    const button = Array.from(document.querySelectorAll("button")).find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no button "${label}"`);
    const start = performance.now();
    button.click();
    await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - start;
  }, name);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

async function openTable(ctx: BenchContext, streamCount: number): Promise<{ page: Page; interactive: number }> {
  const page = await ctx.newPage();
  // tsx (esbuild keepNames) wraps named functions in page.evaluate callbacks with __name().
  await page.addInitScript("window.__name = (fn) => fn;");
  await page.goto(`${ctx.baseUrl}/connections?mockLatency=0`);
  await page.getByRole("heading", { level: 1, name: "Connections" }).waitFor({ timeout: 60_000 });
  const sourceId = await createSyntheticSource(page, streamCount, 20);
  await navigate(page, `/connections/new?sourceId=${sourceId}&destinationId=${SEED.destinations.s3.id}`);
  const interactive = await interactiveMs(page);
  await page.getByTestId("stream-counts").waitFor();
  await settle(page);
  return { page, interactive };
}

const scenario: BenchScenario = {
  name: "streams",
  async run(ctx: BenchContext): Promise<BenchFigures> {
    const figures: BenchFigures = {};

    const small = await openTable(ctx, 10_000);
    figures.streams_10k_interactive_ms = round1(small.interactive);
    figures.streams_10k_filter_ms = round1(await filterMs(small.page, "1234"));
    const toggles: number[] = [];
    const toggleWork: number[] = [];
    // One click at each millisecond of a 60 Hz frame (see clickToPaint).
    for (let i = 0; i < 16; i++) {
      const { paint, work } = await clickToPaint(
        small.page,
        `[role="table"] [role="row"]:nth-child(${(i % 5) + 1}) input[role="switch"]`,
        i,
      );
      toggles.push(paint);
      toggleWork.push(work);
      await settle(small.page);
    }
    figures.streams_10k_toggle_ms = round1(median(toggles));
    // The slowest of the sixteen: a click just after a frame started waits almost a whole frame.
    figures.streams_10k_toggle_max_ms = round1(Math.max(...toggles));
    figures.streams_10k_toggle_work_ms = round1(median(toggleWork));
    const bulk: number[] = [];
    for (let i = 0; i < 5; i++) {
      bulk.push(await buttonToPaint(small.page, "Enable all"));
      await settle(small.page);
      await buttonToPaint(small.page, "Disable all");
      await settle(small.page);
    }
    figures.streams_10k_enable_all_ms = round1(median(bulk));
    figures.streams_10k_heap_mb = round1(await heapMb(small.page));
    await small.page.context().close();

    const large = await openTable(ctx, 100_000);
    figures.streams_100k_interactive_ms = round1(large.interactive);
    figures.streams_100k_filter_ms = round1(await filterMs(large.page, "1234"));
    figures.streams_100k_heap_mb = round1(await heapMb(large.page));
    await large.page.context().close();
    return figures;
  },
};

export default scenario;
