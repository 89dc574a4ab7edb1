// "The page has settled": no Config API call in flight, no loader showing, no finite animation or
// transition running (a half-faded element has misleading colours), and the DOM unchanged for a
// moment. Used before accessibility checks so they look at what the user actually ends up seeing.
import type { Page } from "@playwright/test";
import { apiEndpointOf } from "./endpoints";

const QUIET_MS = 300;
const POLL_MS = 100;

/** Counts the page's in-flight Config API calls. */
export class ApiActivity {
  pending = 0;
  lastChange = Date.now();

  attach(page: Page): void {
    const isApi = (url: string) => apiEndpointOf(url) !== undefined;
    const done = (url: string) => {
      if (!isApi(url)) return;
      this.pending = Math.max(0, this.pending - 1);
      this.lastChange = Date.now();
    };
    page.on("request", (request) => {
      if (!isApi(request.url())) return;
      this.pending += 1;
      this.lastChange = Date.now();
    });
    page.on("requestfinished", (request) => done(request.url()));
    page.on("requestfailed", (request) => done(request.url()));
  }
}

/** Installs the DOM-mutation clock `isQuietInPage` reads. Call before the first navigation. */
export async function installMutationClock(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __e2eLastMutation: number };
    const mark = () => {
      w.__e2eLastMutation = performance.now();
    };
    mark();
    new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

function isQuietInPage(quietMs: number): boolean {
  if (document.readyState !== "complete") return false;
  const last = (window as unknown as { __e2eLastMutation?: number }).__e2eLastMutation ?? 0;
  if (performance.now() - last < quietMs) return false;
  const busy = Array.from(document.querySelectorAll('[aria-busy="true"], .mantine-Loader-root')).some((element) =>
    element.checkVisibility(),
  );
  if (busy) return false;
  return !document.getAnimations().some((animation) => {
    if (animation.playState !== "running") return false;
    const end = animation.effect?.getComputedTiming().endTime;
    return typeof end === "number" && Number.isFinite(end);
  });
}

/** Resolves true once settled, false if `timeoutMs` passed first (or the page went away). */
export async function waitForSettled(page: Page, activity: ApiActivity, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !page.isClosed()) {
    if (activity.pending === 0 && Date.now() - activity.lastChange >= QUIET_MS) {
      const quiet = await page.evaluate(isQuietInPage, QUIET_MS).catch(() => false);
      if (quiet) return true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}
