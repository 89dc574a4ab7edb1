// Fault injection per endpoint, for tests and demos: an error status with an Airbyte error body,
// a network failure, extra delay, or a malformed body.

export type FaultSpec =
  { status: number; body?: unknown; times?: number } | { delayMs: number; times?: number } | "network" | "malformed" | "wrong-shape";

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

const faults = new Map<string, ActiveFault>();

/** "/api/v1/sources/list", "v1/sources/list" and "sources/list" all mean "/v1/sources/list"; "*" means every endpoint. */
export function normaliseEndpoint(endpoint: string): string {
  if (endpoint === "*") return "*";
  let path = endpoint
    .trim()
    .replace(/^https?:\/\/[^/]+/, "")
    .replace(/^\/?api(?=\/)/, "");
  if (!path.startsWith("/")) path = `/${path}`;
  if (!path.startsWith("/v1/")) path = `/v1${path}`;
  return path;
}

export function setFault(endpoint: string, spec: FaultSpec): void {
  const times = typeof spec === "object" && spec.times !== undefined ? spec.times : Infinity;
  faults.set(normaliseEndpoint(endpoint), { spec, remaining: times });
}

export function clearFaults(): void {
  faults.clear();
}

export function activeFaults(): Record<string, FaultSpec> {
  return Object.fromEntries([...faults].map(([endpoint, fault]) => [endpoint, fault.spec]));
}

/** The fault to apply to this request, if any (counting down faults limited to a number of times). */
export function takeFault(path: string): FaultSpec | undefined {
  const key = faults.has(path) ? path : faults.has("*") ? "*" : undefined;
  if (!key) return undefined;
  const fault = faults.get(key)!;
  fault.remaining -= 1;
  if (fault.remaining <= 0) faults.delete(key);
  return fault.spec;
}

/**
 * Parse the `mockFault` URL parameter: comma-separated `endpoint:kind`, where kind is an HTTP
 * status (500), `network`, `malformed`, `wrong-shape` or `delay=ms`.
 * Example: `?mockFault=/v1/sources/list:500,/v1/jobs/get:delay=3000`.
 */
export function parseFaultParameter(value: string): { endpoint: string; spec: FaultSpec }[] {
  const out: { endpoint: string; spec: FaultSpec }[] = [];
  for (const part of value.split(",")) {
    const at = part.lastIndexOf(":");
    if (at <= 0) continue;
    const endpoint = part.slice(0, at).trim();
    const kind = part.slice(at + 1).trim();
    let spec: FaultSpec | undefined;
    if (/^\d{3}$/.test(kind)) spec = { status: Number(kind) };
    else if (kind === "network" || kind === "malformed" || kind === "wrong-shape") spec = kind;
    else if (/^delay=\d+$/.test(kind)) spec = { delayMs: Number(kind.slice(6)) };
    if (spec) out.push({ endpoint, spec });
  }
  return out;
}
