// Connection list figures with 5,000 connections on the mock (production build, mock latency 0;
// the mock pages as Airbyte 1.8+ does, so every figure includes its answer to one page request):
// - connections_5k_first_page_ms: an in-app navigation to /connections (its code already loaded)
//   until the first page's rows and the total are painted (the frame after they are in the DOM);
// - connections_5k_search_ms: a search typed into the box (one input event, as a paste) until the
//   one matching row is painted; it includes the console's pause for typing (120 ms) and the
//   server-side search. Medians of several runs; each run is a new query (nothing cached).
// The mock runs in the page (MSW), so it is seeded through its control object and the console
// is navigated client-side: a reload would reset the mock to its seed.
import type { Page } from "@playwright/test";
import { median } from "../lib/median";
import type { BenchContext, BenchScenario } from "../types";

const CONNECTIONS = 5000;
const RUNS = 3;
const SEARCHES = ["Connection 4321", "Connection 0777", "Connection 2500", "Connection 1234", "Connection 3999"];

interface MockWindow {
  __syncdeckMock: { seedMany(counts: { connections: number }): Promise<void> };
}

/** In-app navigation to /connections, timed to the painted first page (a row and the total). */
function navigateAndTimeFirstPage(page: Page, total: number): Promise<number> {
  return page.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        // No named helper functions in here: the bench's TypeScript loader would wrap them in a
        // helper that does not exist in the page.
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const status = Array.from(document.querySelectorAll('[role="status"]')).some((element) => element.textContent === expected);
          const row = document.querySelector('[role="region"][aria-label="Connections"] tbody a');
          if (!status || row?.textContent !== "Connection 0001") return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        window.history.pushState({}, "", "/connections");
        window.dispatchEvent(new PopStateEvent("popstate"));
      }),
    `${total.toLocaleString("en-US")} connections`,
  );
}

/** Type a search (one input event), timed to the matching row painted as the only row. */
function searchAndTime(page: Page, term: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('input[aria-label="Search connections"]');
        if (!input) throw new Error("no search box");
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const links = document.querySelectorAll('[role="region"][aria-label="Connections"] tbody a');
          if (links.length !== 1 || links[0]!.textContent !== text) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        // React listens for input events; the value is set as the browser's own setter would.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, text);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    term,
  );
}

async function run(ctx: BenchContext): Promise<{ firstPage: number; searches: number[] }> {
  const page = await ctx.newPage();
  try {
    // Load the Connections page's code (a filtered view, a different query), then leave it.
    await page.goto(`${ctx.baseUrl}/connections?status=failed&mockLatency=0`);
    await page.getByRole("heading", { level: 1, name: "Connections" }).waitFor({ timeout: 30_000 });
    await page.getByRole("status").filter({ hasText: /match/ }).waitFor({ timeout: 30_000 });
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor({ timeout: 30_000 });
    await page.evaluate((count) => (window as unknown as MockWindow).__syncdeckMock.seedMany({ connections: count }), CONNECTIONS);
    await page.waitForLoadState("networkidle");

    const firstPage = await navigateAndTimeFirstPage(page, CONNECTIONS + 3);
    // The virtualised rows load once the first page is in: let that settle before timing searches.
    await page.waitForLoadState("networkidle");
    const searches: number[] = [];
    for (const term of SEARCHES) {
      searches.push(await searchAndTime(page, term));
      await page.waitForLoadState("networkidle");
    }
    return { firstPage, searches };
  } finally {
    await page.context().close();
  }
}

const scenario: BenchScenario = {
  name: "connections",
  async run(ctx) {
    const firstPages: number[] = [];
    const searches: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await run(ctx);
      firstPages.push(result.firstPage);
      searches.push(...result.searches);
    }
    return {
      connections_5k_first_page_ms: Math.round(median(firstPages)),
      connections_5k_first_page_slowest_ms: Math.round(Math.max(...firstPages)),
      connections_5k_search_ms: Math.round(median(searches)),
      connections_5k_search_slowest_ms: Math.round(Math.max(...searches)),
    };
  },
};

export default scenario;
