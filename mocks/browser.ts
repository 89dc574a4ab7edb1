// The mock backend in the browser (dev, demo, and a production build whose runtime config says
// "mock"): a service worker answers /api/v1/... from the handlers. Exposes the control API as
// `window.__syncdeckMock`, keeps the records across reloads and reads `?mockLatency=` / `?mockFault=` from the page URL at start.
import { http, passthrough } from "msw";
import { setupWorker } from "msw/browser";
import { forgetStoredState, restoreStoredState, saveAfter, saveSoon, stopKeepingBulkState } from "./browserPersistence";
import { mockControl, signalMockReady, type MockControl } from "./control";
import { ensureCoreDb } from "./db/load";
import { handlers } from "./handlers";
import { parseFaultParameter } from "./lib/faults";
import { settings } from "./lib/settings";

declare global {
  interface Window {
    __syncdeckMock?: MockControl;
  }
}

function parseRange(value: string): number | [number, number] | undefined {
  const parts = value.split(/[-,]/).map(Number);
  if (parts.some((n) => !Number.isFinite(n) || n < 0)) return undefined;
  return parts.length === 2 ? [parts[0]!, parts[1]!] : parts[0];
}

/** Where the Settings page's mock controls keep the chosen auth mode, so it survives the reload that re-detects it. */
const MOCK_AUTH_STORAGE_KEY = "syncdeck.mock.authMode";

function readStoredAuthMode(): string | null {
  try {
    return localStorage.getItem(MOCK_AUTH_STORAGE_KEY);
  } catch {
    return null;
  }
}

function applyUrlParameters(search: string): void {
  const params = new URLSearchParams(search);
  const latency = params.get("mockLatency");
  if (latency !== null) {
    const range = parseRange(latency);
    if (range !== undefined) {
      settings.latencyMs = range;
      // "No latency" is meant for tests and benchmarks: operations do not linger either.
      if (range === 0) {
        settings.operationMs = 0;
        settings.firstCheckMs = 0;
      }
    }
  }
  const operation = params.get("mockOperationMs");
  if (operation !== null) {
    const range = parseRange(operation);
    if (range !== undefined) settings.operationMs = range;
  }
  const firstCheck = params.get("mockFirstCheckMs");
  if (firstCheck !== null) {
    const range = parseRange(firstCheck);
    if (range !== undefined) settings.firstCheckMs = range;
  }
  if (params.get("mockCommandApi") === "off") settings.commandApi = false;
  if (params.get("mockGlobalOAuth") === "on") settings.globalOAuthCredentials = true;
  const speed = Number(params.get("mockJobSpeed"));
  if (speed > 0) settings.jobSpeed = speed;
  const auth = params.get("mockAuth") ?? readStoredAuthMode();
  if (auth === "none" || auth === "simple" || auth === "oidc") settings.authMode = auth;
  const faults = params.get("mockFault");
  if (faults) for (const { endpoint, spec } of parseFaultParameter(faults)) mockControl.fault(endpoint, spec);
}

// The worker hands every request of the page to msw here, the console's own scripts and styles
// included. Those go straight to the network from the first handler: msw would otherwise try each
// endpoint's handler in turn (parsing the page's cookies for every one) on the main thread, while
// the first screen is loading its code. No endpoint is outside /api/ (lib/route.ts: "*/api" + path).
const notTheApi = http.all(
  ({ request }) => !new URL(request.url).pathname.includes("/api/"),
  () => passthrough(),
);

export async function startBrowserMock(): Promise<void> {
  // Realistic defaults for people clicking around; URL parameters can override them.
  settings.latencyMs = [150, 400];
  settings.operationMs = [1000, 2000];
  // A connector used for the first time pulls its image: about a minute and a half on a real server.
  settings.firstCheckMs = 90_000;
  applyUrlParameters(window.location.search);
  // In the browser the chosen auth mode is remembered, so the reload that re-detects it keeps it.
  // Records are kept across reloads (./browserPersistence.ts): changes made from here are saved too.
  const thenSave =
    <A extends unknown[]>(change: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      await change(...args);
      saveSoon();
    };
  window.__syncdeckMock = {
    ...mockControl,
    async reset() {
      forgetStoredState();
      await mockControl.reset();
    },
    evolveSchema: thenSave(mockControl.evolveSchema),
    breakSchema: thenSave(mockControl.breakSchema),
    failNextSync: thenSave(mockControl.failNextSync),
    async seedJobs(...args) {
      await mockControl.seedJobs(...args);
      stopKeepingBulkState();
    },
    async seedMany(...args) {
      await mockControl.seedMany(...args);
      stopKeepingBulkState();
    },
    setAuthMode(mode) {
      mockControl.setAuthMode(mode);
      try {
        localStorage.setItem(MOCK_AUTH_STORAGE_KEY, mode);
      } catch {
        // Storage off: the mode lasts until the reload.
      }
    },
  };
  // Build the seeded records while the worker registers and the app boots (the rest of the fixture
  // data loads once an endpoint needs it).
  restoreStoredState();
  void ensureCoreDb();
  const worker = setupWorker(notTheApi, ...handlers);
  worker.events.on("response:mocked", ({ request }) => saveAfter(request.url));
  await worker.start({
    onUnhandledFrame: "bypass",
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  signalMockReady();
}
