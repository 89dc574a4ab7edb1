// End-to-end tests run against the PRODUCTION build (dist/, built by `npm run test:e2e`) served by
// `vite preview`, with the embedded mock backend switched on by public/config.json.
import { defineConfig } from "@playwright/test";
import { reporter, sharedConfig, sharedUse } from "./e2e/support/playwrightShared";

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
  ...sharedConfig,
  workers: 2,
  reporter: reporter("playwright-report"),
  use: sharedUse(baseURL),
  projects: [
    { name: "chromium" },
    // Tests tagged @mobile also run at the narrowest supported width (375 px).
    {
      name: "mobile-375",
      grep: /@mobile/,
      use: { viewport: { width: 375, height: 740 }, hasTouch: true },
    },
    // Tests tagged @dark also run in the dark colour scheme: axe checks every state they reach there.
    { name: "dark", grep: /@dark/, use: { colorScheme: "dark" } },
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
