// Is Airbyte there? One probe of its `GET /api/v1/health` (which answers `{"available": true}`),
// used by GET /healthz and by the start-up check in index.ts.
import type { Request, Response } from 'express';

export type AirbyteProbe =
  | { kind: 'ok' }
  /** No answer, or an answer that says the server is not up (yet): a network error, a timeout, a 5xx. */
  | { kind: 'unreachable'; reason: string }
  /** Something answered, but not like Airbyte (HTML, a 404, JSON without `available: true`). */
  | { kind: 'not-airbyte'; reason: string };

export function healthUrl(airbyteUrl: string): string {
  return `${airbyteUrl}/api/v1/health`;
}

/** A network error as one short line, e.g. "connect ECONNREFUSED 127.0.0.1:8000". */
export function describeNetworkError(error: unknown): string {
  // fetch() wraps the socket's error: "fetch failed", with the useful part in `cause`.
  const inner = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = inner instanceof Error ? inner.message : String(inner);
  return message.replace(/\s+/g, ' ').trim().slice(0, 300) || 'unknown error';
}

export async function probeAirbyte(airbyteUrl: string, timeoutMs: number): Promise<AirbyteProbe> {
  let response: globalThis.Response;
  try {
    response = await fetch(healthUrl(airbyteUrl), { headers: { Accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return { kind: 'unreachable', reason: `no answer within ${timeoutMs / 1000} s` };
    return { kind: 'unreachable', reason: describeNetworkError(error) };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { kind: 'unreachable', reason: `the answer broke off: ${describeNetworkError(error)}` };
  }
  if (response.status >= 500) return { kind: 'unreachable', reason: `answered HTTP ${response.status} (Airbyte may still be starting)` };
  if (response.status !== 200) return { kind: 'not-airbyte', reason: `answered HTTP ${response.status} instead of 200` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const type = response.headers.get('content-type') ?? 'no content type';
    return { kind: 'not-airbyte', reason: `answered ${type.split(';')[0]}, not JSON` };
  }
  if (typeof body !== 'object' || body === null || (body as { available?: unknown }).available !== true) {
    return { kind: 'not-airbyte', reason: 'answered JSON without "available": true' };
  }
  return { kind: 'ok' };
}

/** GET /healthz: always 200 while this server runs; whether Airbyte answers is in the body. */
export function healthzHandler(airbyteUrl: string, timeoutMs: number) {
  return async (_request: Request, response: Response): Promise<void> => {
    let reachable = false;
    let reason: string | undefined;
    try {
      const probe = await probeAirbyte(airbyteUrl, timeoutMs);
      reachable = probe.kind === 'ok';
      if (probe.kind === 'unreachable') reason = probe.reason;
      if (probe.kind === 'not-airbyte') reason = `does not look like Airbyte: GET ${healthUrl(airbyteUrl)} ${probe.reason}`;
    } catch (error) {
      reason = describeNetworkError(error);
    }
    response
      .status(200)
      .set('Cache-Control', 'no-store')
      .json({ status: 'ok', airbyte: { url: airbyteUrl, reachable, ...(reason === undefined ? {} : { reason }) } });
  };
}
