// The control API for tests and demos: `window.__syncdeckMock` in the browser, `mockControl` in
// Node and Vitest. See mocks/README.md.
import { addMany, type BulkCounts } from "./db/bulkSeed";
import { ensureCoreDb, ensureDb, resetDb } from "./db/load";
import { activeFaults, clearFaults, normaliseEndpoint, setFault, type FaultSpec } from "./lib/faults";
import { addHistoricalJobs } from "./jobs/history";
import { DEMO_APPLICATION, DEMO_LOGIN, revokeSessions } from "./lib/auth";
import { now, settings, type MockAuthMode, type Range } from "./lib/settings";
import { listCommands } from "./db/connectorRuns";
import { actorVersion, pinVersion, type PinOrigin } from "./db/versions";

let markReady: () => void = () => {};
const readyPromise = new Promise<void>((resolve) => {
  markReady = resolve;
});

/** Called by the entry point once requests are intercepted (the browser's service worker is active). */
export function signalMockReady(): void {
  markReady();
}

export const mockControl = {
  /** Resolves once the mock answers requests (in the browser: after the service worker starts). */
  ready(): Promise<void> {
    return readyPromise;
  },
  /** Back to the seed: data, faults, schema evolution, scenario flags and clock offset. */
  async reset(): Promise<void> {
    clearFaults();
    settings.clockOffsetMs = 0;
    // A frozen clock stays frozen (tests rely on it), at the current instant.
    if (settings.frozenAt !== null) settings.frozenAt = Date.now();
    settings.logLines = null;
    await resetDb();
  },
  /** Latency added to every request: a number of ms or a [min, max] range. */
  setLatency(ms: Range): void {
    settings.latencyMs = ms;
  },
  /** How long check_connection and discover_schema take (on top of latency). */
  setOperationTime(ms: Range): void {
    settings.operationMs = ms;
  },
  /** How long the first check or discover of a connector waits for its image (90 s in the browser demo; 0 in Vitest, e2e and the Node server). */
  setFirstCheckTime(ms: Range): void {
    settings.firstCheckMs = ms;
  },
  /** Whether the server has the async command API (off: `commands/*` answer 404, the console falls back to the synchronous calls). */
  setCommandApi(enabled: boolean): void {
    settings.commandApi = enabled;
  },
  /** Whether the server has its own OAuth app per connector (on: like Airbyte Cloud; off, the default: like an open-source install). */
  setGlobalOAuthCredentials(available: boolean): void {
    settings.globalOAuthCredentials = available;
  },
  /** The commands started so far and their status now (tests: was it cancelled?). */
  async commands() {
    await ensureDb();
    return listCommands();
  },
  /** Forget every command, as a server whose database lost them: asking about one is refused (403), as for any unknown id. */
  async forgetCommands(): Promise<void> {
    const db = await ensureDb();
    db.commands.clear();
  },
  /** Job simulator speed factor (2 = twice as fast) for jobs created from now on. */
  setJobSpeed(factor: number): void {
    settings.jobSpeed = factor > 0 ? factor : 1;
  },
  /** Stop the simulator's clock: jobs stay where they are until advanceClock() (Vitest starts frozen). */
  freezeClock(): void {
    settings.frozenAt ??= Date.now();
  },
  /** Let the simulator's clock follow the wall clock again (keeping any offset). */
  unfreezeClock(): void {
    if (settings.frozenAt !== null) settings.clockOffsetMs += settings.frozenAt - Date.now();
    settings.frozenAt = null;
  },
  /** Move the simulator's clock forward (ms), e.g. to finish a running job in a test. */
  advanceClock(ms: number): void {
    settings.clockOffsetMs += ms;
  },
  /** Make an endpoint fail: {status, body?}, 'network', {delayMs}, 'malformed' or 'wrong-shape'; `times` limits it. */
  fault(endpoint: string, spec: FaultSpec): void {
    setFault(endpoint, spec);
  },
  clearFaults(): void {
    clearFaults();
  },
  faults(): Record<string, FaultSpec> {
    return activeFaults();
  },
  /** The next discover of this source differs: a stream added, one removed, a field added, a field type changed. */
  async evolveSchema(sourceId: string): Promise<void> {
    const db = await ensureDb();
    db.schemaEvolution.set(sourceId, (db.schemaEvolution.get(sourceId) ?? 0) + 1);
  },
  /** The source's next discovers lose the cursor and key fields its connections use: a breaking change, which disables them. */
  async breakSchema(sourceId: string): Promise<void> {
    const db = await ensureDb();
    db.brokenSchemas.add(sourceId);
  },
  /**
   * Pin a source or destination to the version it runs now, with this origin (`user`: pinned by hand,
   * which the server refuses to upgrade; `breaking_change`: held back by a breaking change).
   */
  async pinVersion(kind: "source" | "destination", actorId: string, origin: PinOrigin): Promise<void> {
    const db = await ensureDb();
    const actor = (kind === "source" ? db.sources : db.destinations).get(actorId);
    if (!actor) throw new Error(`No ${kind} ${actorId} in the mock.`);
    pinVersion(actor, origin, actorVersion(actor).version);
  },
  /** The next sync of this connection has `failures` failing attempts before a successful one. */
  async failNextSync(connectionId: string, failures = 1): Promise<void> {
    const db = await ensureDb();
    db.failingAttempts.set(connectionId, failures);
  },
  /** Add `count` finished historical jobs to a connection, older than its existing ones (e.g. 1,000 for a benchmark). */
  async seedJobs(connectionId: string, count: number): Promise<void> {
    const db = await ensureDb();
    if (!db.connections.has(connectionId)) throw new Error(`No connection ${connectionId} in the mock.`);
    addHistoricalJobs(db, connectionId, Math.max(0, Math.floor(count)), now());
  },
  /**
   * Add many records at once, e.g. `{ sources: 100, connections: 200 }` or `{ connections: 5000 }`
   * (named "Source 001", "Connection 0001", ...; connections use the new sources and destinations,
   * or the seeded ones). For paging tests and benchmarks; call it once after a reset.
   */
  async seedMany(counts: BulkCounts): Promise<void> {
    addMany(await ensureCoreDb(), counts);
  },
  /** Make every attempt log this long (null: back to normal), e.g. 1,000,000 lines for the log viewer benchmark. */
  setLogLines(count: number | null): void {
    settings.logLines = count && count > 0 ? Math.floor(count) : null;
  },
  /**
   * How the mock asks to be signed in to: `none` (the demo), `simple` (email and password, or an
   * application's client id and secret: DEMO_LOGIN / DEMO_APPLICATION in lib/auth.ts) or `oidc`.
   */
  setAuthMode(mode: MockAuthMode): void {
    settings.authMode = mode;
  },
  authMode(): MockAuthMode {
    return settings.authMode;
  },
  /** The demo instance's sign-in (made-up values shown on the Settings page). */
  demoCredentials() {
    return {
      email: DEMO_LOGIN.email,
      password: DEMO_LOGIN.password,
      clientId: DEMO_APPLICATION.clientId,
      clientSecret: DEMO_APPLICATION.clientSecret,
    };
  },
  /** Invalidate every session and token issued so far: the next refresh is refused, as after a server's secret changed. */
  revokeSessions(): void {
    revokeSessions();
  },
  normaliseEndpoint,
};

export type MockControl = typeof mockControl;
