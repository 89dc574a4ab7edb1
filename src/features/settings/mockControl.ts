// The embedded mock backend exposes a control object on window (see mocks/README.md). The console
// only reaches it through this narrow, optional interface so a real-server build never depends on it.

export type MockFaultSpec = { status: number; body?: unknown } | "network" | "malformed" | { delayMs: number };

export type MockAuthMode = "none" | "simple" | "oidc";

interface MockDemoCredentials {
  email: string;
  password: string;
  clientId: string;
  clientSecret: string;
}

export interface MockControl {
  /** Back to the seed, here and after the next reload (the stored records are forgotten). */
  reset(): Promise<void>;
  /** Remembered in this browser: the console finds the mode out again on the next load. */
  setAuthMode(mode: MockAuthMode): void;
  authMode(): MockAuthMode;
  demoCredentials(): MockDemoCredentials;
  setLatency(latency: number | [number, number]): void;
  fault(endpoint: string, spec: MockFaultSpec): void;
  clearFaults(): void;
  /** The source's next discovers differ (streams and fields added, removed, retyped): a non-breaking change. */
  evolveSchema(sourceId: string): Promise<void>;
  /** The source's next discovers lose the cursor and key fields its connections use: a breaking change. */
  breakSchema(sourceId: string): Promise<void>;
}

export function getMockControl(): MockControl | undefined {
  const candidate = (window as unknown as { __syncdeckMock?: Partial<MockControl> }).__syncdeckMock;
  if (candidate && typeof candidate.fault === "function" && typeof candidate.reset === "function") return candidate as MockControl;
  return undefined;
}
