// The embedded mock backend exposes a control object on window (see mocks/README.md). The console
// only reaches it through this narrow, optional interface so a real-server build never depends on it.

export type MockFaultSpec = { status: number; body?: unknown } | 'network' | 'malformed' | { delayMs: number };

export interface MockControl {
  reset(): void;
  setLatency(latency: number | [number, number]): void;
  fault(endpoint: string, spec: MockFaultSpec): void;
  clearFaults(): void;
}

export function getMockControl(): MockControl | undefined {
  const candidate = (window as unknown as { __syncdeckMock?: Partial<MockControl> }).__syncdeckMock;
  if (candidate && typeof candidate.fault === 'function' && typeof candidate.reset === 'function') return candidate as MockControl;
  return undefined;
}
