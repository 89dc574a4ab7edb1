// Drives the embedded mock backend from a test through its control object, window.__syncdeckMock
// (mocks/README.md). Two ways:
// - `onStart(...)`: latency and faults applied the moment the mock comes up on every page load of
//   this test, i.e. before the console's first API call (an init script catches the assignment of
//   window.__syncdeckMock);
// - `fault(...)`, `clearFaults()`, `setLatency(...)`, `reset()`: applied now, to the running page.
// Faults can also be set with the URL parameter `?mockFault=/v1/x:500` (see `withMock`).
import type { Page } from "@playwright/test";
import { normaliseEndpoint } from "./endpoints";

/** What a fault does to the next calls of an endpoint (same shapes as the mock's control API). */
export type MockFault =
  { status: number; body?: unknown; times?: number } | { delayMs: number; times?: number } | "network" | "malformed" | "wrong-shape";

export interface MockStartup {
  latencyMs?: number | [number, number];
  /** How long check_connection / discover_schema "run" on top of latency. */
  operationMs?: number | [number, number];
  /** How long the first check or discover of a connector waits for its image (the browser demo's 90 s is too long for tests). */
  firstCheckMs?: number | [number, number];
  /** The server has its own OAuth app per connector (like Airbyte Cloud); off by default, like an open-source install. */
  globalOAuthCredentials?: boolean;
  faults?: Record<string, MockFault>;
  /** How the mock asks to be signed in to (`simple`: like abctl and Helm installs). */
  authMode?: "none" | "simple" | "oidc";
}

interface FaultListener {
  expectFault(endpoint: string): void;
  clearFaults(): void;
}

type ControlMethod =
  "reset" | "setLatency" | "fault" | "clearFaults" | "advanceClock" | "revokeSessions" | "seedMany" | "seedJobs" | "commands";

/** A command the mock has run (check or discover) and its status now. */
export interface MockCommand {
  id: string;
  type: "check" | "discover";
  definitionId: string;
  status: "pending" | "running" | "completed" | "cancelled";
}

/** In the page, before any app script: apply queued start-up settings when the mock assigns its control object. */
function installStartupHook(): void {
  const w = window as unknown as { __e2eMockStartup?: MockStartup[]; __syncdeckMock?: unknown };
  w.__e2eMockStartup = [];
  let control: unknown;
  const apply = (value: Record<string, (...args: unknown[]) => void>) => {
    for (const startup of w.__e2eMockStartup ?? []) {
      if (startup.latencyMs !== undefined) value.setLatency?.(startup.latencyMs);
      if (startup.operationMs !== undefined) value.setOperationTime?.(startup.operationMs);
      if (startup.firstCheckMs !== undefined) value.setFirstCheckTime?.(startup.firstCheckMs);
      if (startup.globalOAuthCredentials !== undefined) value.setGlobalOAuthCredentials?.(startup.globalOAuthCredentials);
      if (startup.authMode !== undefined) value.setAuthMode?.(startup.authMode);
      for (const [endpoint, fault] of Object.entries(startup.faults ?? {})) value.fault?.(endpoint, fault);
    }
  };
  Object.defineProperty(window, "__syncdeckMock", {
    configurable: true,
    enumerable: false,
    get: () => control,
    set: (value: unknown) => {
      control = value;
      if (!value || typeof value !== "object") return;
      const target = value as Record<string, (...args: unknown[]) => void>;
      apply(target);
      // Again on the next task, in case the mock's start-up code sets its own defaults (e.g. a
      // realistic latency) just after publishing the control object. The console's first API call
      // comes much later (after the service worker starts), so both land before it.
      setTimeout(() => apply(target), 0);
    },
  });
}

function queueStartup(startup: MockStartup): void {
  (window as unknown as { __e2eMockStartup?: MockStartup[] }).__e2eMockStartup?.push(startup);
}

export class MockControl {
  private hookInstalled = false;

  constructor(
    private readonly page: Page,
    private readonly listener: FaultListener,
  ) {}

  /** Apply these settings as the mock starts, on every page load of this test from now on. */
  async onStart(startup: MockStartup): Promise<void> {
    if (!this.hookInstalled) {
      await this.page.addInitScript(installStartupHook);
      this.hookInstalled = true;
    }
    for (const endpoint of Object.keys(startup.faults ?? {})) this.listener.expectFault(endpoint);
    await this.page.addInitScript(queueStartup, startup);
  }

  /** Inject a fault into the running mock (the page must have loaded the console). */
  async fault(endpoint: string, fault: MockFault): Promise<void> {
    this.listener.expectFault(endpoint);
    await this.call("fault", normaliseEndpoint(endpoint), fault);
  }

  async clearFaults(): Promise<void> {
    await this.call("clearFaults");
    this.listener.clearFaults();
  }

  async setLatency(latencyMs: number | [number, number]): Promise<void> {
    await this.call("setLatency", latencyMs);
  }

  /** Move the mock's clock forward: jobs progress, tokens and cookies expire on it. */
  async advanceClock(ms: number): Promise<void> {
    await this.call("advanceClock", ms);
  }

  /** Invalidate every session the mock has issued: the next refresh is refused. */
  async revokeSessions(): Promise<void> {
    await this.call("revokeSessions");
  }

  /**
   * Add many records to the running mock ("Source 001", "Connection 001", ...; see mocks/README.md),
   * e.g. `{ sources: 100, connections: 200 }`. The mock lives in the page: a reload starts from the
   * seed again, so navigate within the app afterwards.
   */
  async seedMany(counts: { sources?: number; destinations?: number; connections?: number }): Promise<void> {
    await this.call("seedMany", counts);
  }

  /** Add `count` finished jobs to a connection of the running mock (older than its own; see mocks/README.md). Navigate within the app afterwards. */
  async seedJobs(connectionId: string, count: number): Promise<void> {
    await this.call("seedJobs", connectionId, count);
  }

  /** The commands the mock has run so far, with their status now (e.g. to see that a cancelled check stopped). */
  async commands(): Promise<MockCommand[]> {
    return (await this.call("commands")) as MockCommand[];
  }

  /** Back to the seed data, no faults. */
  async reset(): Promise<void> {
    await this.call("reset");
    this.listener.clearFaults();
  }

  private async call(method: ControlMethod, ...args: unknown[]): Promise<unknown> {
    try {
      await this.page.waitForFunction(
        (name) => typeof (window as unknown as Record<string, Record<string, unknown> | undefined>).__syncdeckMock?.[name] === "function",
        method,
        {
          timeout: 10_000,
        },
      );
    } catch {
      throw new Error(
        `The mock backend's control API (window.__syncdeckMock.${method}) is not available on ${this.page.url()}: is the console loaded, with the mock backend on?`,
      );
    }
    return this.page.evaluate(
      ([name, callArgs]) => {
        const control = (window as unknown as { __syncdeckMock: Record<string, (...a: unknown[]) => unknown> }).__syncdeckMock;
        return control[name as string]!(...(callArgs as unknown[]));
      },
      [method, args] as const,
    );
  }
}

/** `path` with mock URL parameters, e.g. withMock('/sources', { faults: { '/v1/sources/list': 500 } }). */
export function withMock(
  path: string,
  options: { faults?: Record<string, number | "network" | "malformed" | "wrong-shape" | `delay=${number}`>; latencyMs?: number },
): string {
  const url = new URL(path, "http://placeholder");
  if (options.faults) {
    url.searchParams.set(
      "mockFault",
      Object.entries(options.faults)
        .map(([endpoint, kind]) => `${normaliseEndpoint(endpoint)}:${kind}`)
        .join(","),
    );
  }
  if (options.latencyMs !== undefined) url.searchParams.set("mockLatency", String(options.latencyMs));
  return `${url.pathname}${url.search}${url.hash}`;
}
