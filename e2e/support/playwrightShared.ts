// What both Playwright configs share (playwright.config.ts: the console on the in-page mock;
// playwright.server.config.ts: the production server), so the two cannot drift apart.
import { devices, type PlaywrightTestConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";

const isCI = Boolean(process.env.CI);

/**
 * Limits sized for a slow, busy 2-core machine (a newcomer's first `npm test`): two workers, the
 * production build, axe after each settled page state and a cold in-page mock per test. Waits end
 * as soon as the state shows, so generous limits cost nothing when all is well; measured first
 * sights of a page went past 10 s under load (and unit waits past 20 s with a CPU burner and other
work running, load 10 to 15), hence 30 s. Speed is measured by `npm run bench`.
 */
export const sharedConfig = {
  forbidOnly: isCI,
  // A test that passes on a second try is a flaky test: it must fail, not be retried.
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 30_000 },
} satisfies PlaywrightTestConfig;

export function sharedUse(baseURL: string): PlaywrightTestConfig["use"] {
  return {
    ...devices["Desktop Chrome"],
    baseURL,
    launchOptions: chromiumLaunchOptions(),
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    // A failed test keeps its trace (actions, DOM snapshots, network, console), without the screencast:
    // recording screenshots throughout every test cost about a third of the suite's time on the
    // 2-core machine (6 shell tests: 78 s with, 53 s without, 48 s with no trace at all).
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: true, sources: true },
    screenshot: "only-on-failure",
  };
}

export function reporter(htmlFolder: string): PlaywrightTestConfig["reporter"] {
  return isCI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: htmlFolder }]];
}
