// Tunable behaviour of the mock (latency, how long operations take, job speed, clock), changed
// through the control API (mocks/control.ts). Defaults suit the Node server and Vitest (no
// latency); the browser entry sets a realistic latency.

export type Range = number | [number, number];

/** Airbyte's `AuthConfiguration.mode` values (see lib/auth.ts for what each means on a real server). */
export type MockAuthMode = "none" | "simple" | "oidc";

export interface MockSettings {
  /** Added to every request. */
  latencyMs: Range;
  /** How long check_connection and discover_schema "run" on top of latency. */
  operationMs: Range;
  /**
   * How long the first check or discover of a connector waits for its image to be pulled (on top of
   * operationMs); later ones of that connector do not (lib/connectorRuns.ts).
   */
  firstCheckMs: Range;
  /** Whether the server has the async command API (`commands/*`); off, `commands/run/*` answer 404 like a server before it. */
  commandApi: boolean;
  /** Whether the server has an instance-wide OAuth app per connector (Airbyte Cloud); an open-source install has none. */
  globalOAuthCredentials: boolean;
  /** Job simulator speed: 2 runs jobs twice as fast. */
  jobSpeed: number;
  /** Added to the clock by the simulator, so tests can move time forward without fake timers. */
  clockOffsetMs: number;
  /** When set, the simulator's clock stands still at this wall time (plus the offset): jobs only move with advanceClock(). */
  frozenAt: number | null;
  /** When set, every attempt log is this many lines long (log viewer benchmark). */
  logLines: number | null;
  /** How the mock asks to be signed in to (lib/auth.ts): `none` for the demo, `simple` like abctl and Helm installs. */
  authMode: MockAuthMode;
  /** Whether session cookies carry `Secure` (real Airbyte's default; off for the mock, served over http). */
  secureCookies: boolean;
}

export const settings: MockSettings = {
  latencyMs: 0,
  operationMs: 0,
  firstCheckMs: 0,
  commandApi: true,
  globalOAuthCredentials: false,
  jobSpeed: 1,
  clockOffsetMs: 0,
  frozenAt: null,
  logLines: null,
  authMode: "none",
  secureCookies: false,
};

export function resolveRange(range: Range): number {
  if (typeof range === "number") return Math.max(0, range);
  const [min, max] = range;
  return Math.max(0, min + Math.random() * (max - min));
}

/** The mock's notion of "now": the wall clock (or the frozen instant) plus the test offset. */
export function now(): number {
  return (settings.frozenAt ?? Date.now()) + settings.clockOffsetMs;
}
