// End-to-end tests run against the PRODUCTION build (dist/, built by `npm run test:e2e`) served by
// `vite preview`, with the embedded mock backend switched on by public/config.json.
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";

const isCI = Boolean(process.env.CI);
// Overridable so several checkouts (or engineers) can run e2e at once without sharing a server or
// a dist/ folder: E2E_PORT=4180 E2E_DIST=/tmp/my-dist npx playwright test.
const port = Number(process.env.E2E_PORT ?? 4173);
const distDir = process.env.E2E_DIST ?? "dist";
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // e2e/server/ runs against the production server instead: playwright.server.config.ts.
  testIgnore: "server/**",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: true,
  forbidOnly: isCI,
  // A test that passes on a second try is a flaky test: it must fail, not be retried.
  retries: 0,
  workers: 2,
  timeout: 60_000,
  // Generous: the machine running the suite may be busy, and error states appear only after the
  // console's own retries (about 3 s of back-off).
  expect: { timeout: 10_000 },
  reporter: isCI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    launchOptions: chromiumLaunchOptions(),
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions() } },
    // Tests tagged @mobile also run at the narrowest supported width (375 px).
    {
      name: "mobile-375",
      grep: /@mobile/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 375, height: 740 }, hasTouch: true, launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${distDir}`,
    url: `${baseURL}/config.json`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
