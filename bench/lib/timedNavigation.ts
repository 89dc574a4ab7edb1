// Timing an in-app move inside the page: from a click on a tab, or an in-app navigation, to the frame
// after what is waited for is in the DOM.
import type { Page } from "@playwright/test";

export interface Wanted {
  selector: string;
  count: number;
}

/** Clicks the tab whose text is `tabName` and resolves the ms until all of `wanted` are in the DOM, next frame. */
export async function clickTabAndTime(page: Page, tabName: string, wanted: readonly Wanted[]): Promise<number> {
  return page.evaluate(
    ([name, all]) =>
      new Promise<number>((resolve, reject) => {
        // No named helper functions in here: the bench's TypeScript loader would wrap them in a
        // helper that does not exist in the page.
        const tab = Array.from(document.querySelectorAll<HTMLElement>('[role="tab"]')).find(
          (element) => element.textContent?.trim() === name,
        );
        if (!tab) {
          reject(new Error(`no "${name}" tab`));
          return;
        }
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!all.every(({ selector, count }) => document.querySelectorAll(selector).length >= count)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        tab.click();
      }),
    [tabName, wanted] as const,
  );
}

/** In-app navigation, timed to the frame after `selector` first matches. */
export async function navigateAndTime(page: Page, path: string, selector: string): Promise<number> {
  return page.evaluate(
    ([to, wanted]) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector(wanted as string) === null) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        window.history.pushState({}, "", to as string);
        window.dispatchEvent(new PopStateEvent("popstate"));
      }),
    [path, selector] as const,
  );
}
