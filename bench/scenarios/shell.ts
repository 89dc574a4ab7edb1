// Shell figures: how much JavaScript the first route needs, how much the build ships, and how
// fast the home page paints its largest content.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { entryFiles, mockOnlyFiles, MOCK_SERVICE_WORKER } from "../lib/chunks";
import { gzipFileBytes, kb } from "../lib/gzip";
import { median } from "../lib/median";
import type { BenchContext, BenchScenario } from "../types";

const LCP_RUNS = 5;

/** Build-relative paths of the JS and CSS files the page requested from the build. */
function recordAssets(page: Page, baseUrl: string): Set<string> {
  const files = new Set<string>();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === baseUrl && /\.(js|css)$/.test(url.pathname)) files.add(url.pathname.slice(1));
  });
  return files;
}

/** The console is up: the Connections page shows its heading and the network has gone quiet. */
async function waitForConnectionsPage(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Connections" }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
}

async function initialRouteSizes(ctx: BenchContext, mockFiles: Set<string>) {
  const page = await ctx.newPage();
  const files = recordAssets(page, ctx.baseUrl);
  await page.goto(`${ctx.baseUrl}/connections`);
  await waitForConnectionsPage(page);
  await page.context().close();

  const sum = (list: string[]) => list.reduce((total, file) => total + gzipFileBytes(join(ctx.distDir, file)), 0);
  const js = [...files].filter((file) => file.endsWith(".js"));
  const appJs = js.filter((file) => !mockFiles.has(file));
  // The service worker script is registered by the mock on every first visit; the browser fetches
  // it outside the page, so it is added here rather than observed.
  const mockJs = [...js.filter((file) => mockFiles.has(file)), MOCK_SERVICE_WORKER];
  const entry = entryFiles(ctx.distDir);
  return {
    initial_js_gzip_kb: kb(sum(appJs)),
    initial_js_files: appJs.length,
    // The part of it every route needs (entry chunk and its static imports): the rest is the route's own.
    entry_js_gzip_kb: kb(sum(appJs.filter((file) => entry.has(file)))),
    initial_css_gzip_kb: kb(sum([...files].filter((file) => file.endsWith(".css")))),
    mock_js_gzip_kb: kb(sum(mockJs)),
  };
}

function buildSizes(ctx: BenchContext, mockFiles: Set<string>) {
  const js = readdirSync(join(ctx.distDir, "assets"))
    .filter((file) => file.endsWith(".js"))
    .map((file) => `assets/${file}`);
  const bytes = (list: string[]) => list.reduce((total, file) => total + gzipFileBytes(join(ctx.distDir, file)), 0);
  return {
    total_js_gzip_kb: kb(bytes(js)),
    total_app_js_gzip_kb: kb(bytes(js.filter((file) => !mockFiles.has(file)))),
  };
}

interface LcpSample {
  ms: number;
  element: string;
}

/** LCP of one fresh visit to `/` (which lands on /connections), read once the page has settled. */
async function homeLcp(ctx: BenchContext, query: string): Promise<LcpSample> {
  const page = await ctx.newPage();
  try {
    await page.goto(`${ctx.baseUrl}/${query}`);
    await waitForConnectionsPage(page);
    return await page.evaluate(
      () =>
        new Promise<LcpSample>((resolve, reject) => {
          new PerformanceObserver((list) => {
            const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined;
            if (!last) return reject(new Error("no largest-contentful-paint entry"));
            const element = last.element;
            resolve({
              ms: last.startTime,
              element: element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}` : "(removed)",
            });
          }).observe({ type: "largest-contentful-paint", buffered: true });
          setTimeout(() => reject(new Error("no largest-contentful-paint entry within 5 s")), 5_000);
        }),
    );
  } finally {
    await page.context().close();
  }
}

async function medianLcp(ctx: BenchContext, query: string): Promise<LcpSample> {
  const samples: LcpSample[] = [];
  for (let run = 0; run < LCP_RUNS; run++) samples.push(await homeLcp(ctx, query));
  const ms = median(samples.map((sample) => sample.ms));
  const closest = samples.reduce((best, sample) => (Math.abs(sample.ms - ms) < Math.abs(best.ms - ms) ? sample : best));
  return { ms: Math.round(ms), element: closest.element };
}

const scenario: BenchScenario = {
  name: "shell",
  async run(ctx) {
    const mockFiles = mockOnlyFiles(ctx.distDir);
    const sizes = await initialRouteSizes(ctx, mockFiles);
    // The target is "on localhost": a local server answers in milliseconds, so the mock answers at
    // once (?mockLatency=0). What a demo visitor sees, with the mock's simulated network latency
    // (three dependent round trips before the table), is reported beside it.
    const lcp = await medianLcp(ctx, "?mockLatency=0");
    const lcpDemo = await medianLcp(ctx, "");
    return {
      ...sizes,
      ...buildSizes(ctx, mockFiles),
      home_lcp_ms: lcp.ms,
      home_lcp_element: lcp.element,
      home_lcp_demo_latency_ms: lcpDemo.ms,
    };
  },
};

export default scenario;
