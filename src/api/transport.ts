// One Config API request and its answer, typed per endpoint (openapi-fetch over the generated
// description), with every failure turned into an ApiError. Knows nothing of sign-in: client.ts adds
// the session (headers, recovery from 401) on top, and the session uses this for its own calls.
import createClient from "openapi-fetch";
import { whenBackendReady } from "./backendReady";
import { apiBaseUrl, requestCredentials } from "./baseUrl";
import { ApiError, errorFromResponse, errorFromThrown } from "./errors";
import { getRuntimeConfig } from "./runtimeConfig";
import type { paths } from "./schema.gen";

export type PostPaths = { [P in keyof paths]: paths[P] extends { post: unknown } ? P : never }[keyof paths];
export type GetPaths = { [P in keyof paths]: paths[P] extends { get: unknown } ? P : never }[keyof paths];
type Op<P extends keyof paths, M extends "get" | "post"> = paths[P] extends { [K in M]: infer O } ? O : never;
export type RequestBody<P extends PostPaths> =
  Op<P, "post"> extends { requestBody?: { content: { "application/json": infer B } } } ? B : undefined;
type Success<O> = O extends { responses: { 200: { content: { "application/json": infer R } } } }
  ? R
  : O extends { responses: { 200: { content: { "text/plain": infer T } } } }
    ? T
    : void;
export type PostSuccess<P extends PostPaths> = Success<Op<P, "post">>;
export type GetSuccess<P extends GetPaths> = Success<Op<P, "get">>;

export interface SendOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** This call's own time limit (ms), instead of the runtime config's `timeoutMs`. */
  timeoutMs?: number;
}

const client = createClient<paths>({
  // Resolved per request so a config loaded at start-up (or a test) takes effect.
  baseUrl: "",
  fetch: (request: Request) => fetch(request),
});

type Result = { data?: unknown; error?: unknown; response: Response };

/**
 * Send one request. openapi-fetch checks each call's path and body types against the description;
 * `send` is generic over every path, a union too wide for its overloads, so the call is made through
 * the one signature all of them share (the public functions below keep the per-path types).
 */
async function send(method: "GET" | "POST", path: string, body: unknown, options: SendOptions): Promise<unknown> {
  await whenBackendReady();
  const signals = [AbortSignal.timeout(options.timeoutMs ?? getRuntimeConfig().timeoutMs)];
  if (options.signal) signals.push(options.signal);
  const call = (method === "GET" ? client.GET : client.POST) as unknown as (path: string, init: Record<string, unknown>) => Promise<Result>;
  let result: Result;
  try {
    result = await call(path, {
      baseUrl: apiBaseUrl(),
      ...(method === "POST" ? { body: body ?? {} } : {}),
      signal: AbortSignal.any(signals),
      headers: options.headers,
      credentials: requestCredentials(),
    });
  } catch (thrown) {
    // A user-initiated abort must not be reported as a timeout, and the other way round.
    if (options.signal?.aborted) throw errorFromThrown(path, Object.assign(new Error("aborted"), { name: "AbortError" }));
    throw errorFromThrown(path, thrown);
  }
  const { response } = result;
  if (!response.ok) throw errorFromResponse(path, response.status, result.error);
  const contentType = response.headers.get("content-type") ?? "";
  if (response.status !== 204 && contentType.includes("json") && (result.data === undefined || result.data === null)) {
    throw new ApiError({
      kind: "malformed",
      endpoint: path,
      status: response.status,
      message: `The server's answer to ${path} was empty or not what the API describes.`,
    });
  }
  return result.data;
}

export function sendPost<P extends PostPaths>(path: P, body: RequestBody<P>, options: SendOptions = {}): Promise<PostSuccess<P>> {
  return send("POST", path, body, options) as Promise<PostSuccess<P>>;
}

export function sendGet<P extends GetPaths>(path: P, options: SendOptions = {}): Promise<GetSuccess<P>> {
  return send("GET", path, undefined, options) as Promise<GetSuccess<P>>;
}
