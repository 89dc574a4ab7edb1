// Is Airbyte there? One probe of its `GET /api/v1/health` (which answers `{"available": true}`),
// used by GET /healthz and by the start-up check in index.ts.
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import type { Request, Response } from "express";

export type AirbyteProbe =
  | { kind: "ok" }
  /** No answer, or an answer that says the server is not up (yet): a network error, a timeout, a 5xx. */
  | { kind: "unreachable"; reason: string }
  /** Something answered, but not like Airbyte (HTML, a 404, JSON without `available: true`). */
  | { kind: "not-airbyte"; reason: string };

export function healthUrl(airbyteUrl: string): string {
  return `${airbyteUrl}/api/v1/health`;
}

/** A network error as one short line, e.g. "connect ECONNREFUSED 127.0.0.1:8000". */
export function describeNetworkError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim().slice(0, 300) || "unknown error";
}

interface HealthAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** GET the health URL with node:http(s), as the proxy reaches Airbyte (not fetch, which refuses some ports). */
function getHealth(url: string, timeoutMs: number): Promise<HealthAnswer> {
  const get = url.startsWith("https:") ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { Accept: "application/json" }, timeout: timeoutMs, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        // A health answer is a few bytes: a big one is not Airbyte's, and is not read to the end.
        if (size > 64 * 1024) response.destroy(new Error("the answer is larger than a health check's"));
        else chunks.push(chunk);
      });
      response.on("error", reject);
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers["content-type"] ?? "",
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    request.on("timeout", () => request.destroy(new ProbeTimeout(`no answer within ${timeoutMs / 1000} s`)));
    request.on("error", reject);
  });
}

class ProbeTimeout extends Error {}

export async function probeAirbyte(airbyteUrl: string, timeoutMs: number): Promise<AirbyteProbe> {
  let answer: HealthAnswer;
  try {
    answer = await getHealth(healthUrl(airbyteUrl), timeoutMs);
  } catch (error) {
    return { kind: "unreachable", reason: describeNetworkError(error) };
  }
  if (answer.status >= 500) return { kind: "unreachable", reason: `answered HTTP ${answer.status} (Airbyte may still be starting)` };
  if (answer.status !== 200) return { kind: "not-airbyte", reason: `answered HTTP ${answer.status} instead of 200` };
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return { kind: "not-airbyte", reason: `answered ${answer.contentType.split(";")[0] || "no content type"}, not JSON` };
  }
  if (typeof body !== "object" || body === null || (body as { available?: unknown }).available !== true) {
    return { kind: "not-airbyte", reason: 'answered JSON without "available": true' };
  }
  return { kind: "ok" };
}

/** GET /healthz: always 200 while this server runs; whether Airbyte answers is in the body. */
export function healthzHandler(airbyteUrl: string, timeoutMs: number) {
  return async (_request: Request, response: Response): Promise<void> => {
    let reachable = false;
    let reason: string | undefined;
    try {
      const probe = await probeAirbyte(airbyteUrl, timeoutMs);
      reachable = probe.kind === "ok";
      if (probe.kind === "unreachable") reason = probe.reason;
      if (probe.kind === "not-airbyte") reason = `does not look like Airbyte: GET ${healthUrl(airbyteUrl)} ${probe.reason}`;
    } catch (error) {
      reason = describeNetworkError(error);
    }
    response
      .status(200)
      .set("Cache-Control", "no-store")
      .json({ status: "ok", airbyte: { url: airbyteUrl, reachable, ...(reason === undefined ? {} : { reason }) } });
  };
}
