// End-to-end tests of the production server (server/, `npm start`): the BUILT console (dist/, built by
// `npm run test:e2e`) served by `node server/index.ts`, which proxies /api to the mock backend
// running as a plain HTTP server (`npm run mock:server`) in Airbyte's place. The console reads the
// server's config.json (backend "airbyte"), so every API call goes through the proxy, as it would to
// a real Airbyte. The main suite (playwright.config.ts) covers the console's features on the
// in-browser mock; this one covers what the server adds.
import { defineConfig } from "@playwright/test";
import { reporter, sharedConfig, sharedUse } from "./e2e/support/playwrightShared";

// Overridable so several checkouts (or engineers) can run at once: E2E_SERVER_PORT=4291 E2E_MOCK_PORT=4292.
const serverPort = Number(process.env.E2E_SERVER_PORT ?? 4193);
const mockPort = Number(process.env.E2E_MOCK_PORT ?? 4192);
const distDir = process.env.E2E_DIST ?? "dist";
const baseURL = `http://127.0.0.1:${serverPort}`;
const mockURL = `http://127.0.0.1:${mockPort}`;

export default defineConfig({
  testDir: "e2e/server",
  outputDir: process.env.E2E_OUTPUT_DIR ? `${process.env.E2E_OUTPUT_DIR}-server` : "test-results-server",
  ...sharedConfig,
  fullyParallel: false,
  // One worker: the tests share one mock backend (its state lives in that process).
  workers: 1,
  reporter: reporter("playwright-report-server"),
  use: sharedUse(baseURL),
  projects: [{ name: "chromium" }],
  webServer: [
    {
      command: "npx tsx mocks/server.ts",
      // Auth on, as abctl and Helm install Airbyte: every test signs in through the proxy first.
      env: { PORT: String(mockPort), HOST: "127.0.0.1", MOCK_LATENCY: "0", MOCK_AUTH: "simple" },
      url: `${mockURL}/api/v1/health`,
      // Never someone else's server (or a stale one): the tests change the mock's state.
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // What `AIRBYTE_URL=... PORT=... npm start` runs.
      command: `"${process.execPath}" server/index.ts`,
      env: { AIRBYTE_URL: mockURL, PORT: String(serverPort), HOST: "127.0.0.1", DIST_DIR: distDir },
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
