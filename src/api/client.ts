// Typed Config API client. Every call is `POST /api/v1/<resource>/<verb>` with a JSON body, as in
// Airbyte's OpenAPI description; types come from src/api/schema.gen.ts.
import createClient from 'openapi-fetch';
import { whenBackendReady } from './backendReady';
import { authorizationHeader, getCredentials } from './credentials';
import { ApiError, errorFromResponse, errorFromThrown } from './errors';
import { getRuntimeConfig } from './runtimeConfig';
import type { paths } from './schema.gen';

type PostPaths = { [P in keyof paths]: paths[P] extends { post: unknown } ? P : never }[keyof paths];
type PostOp<P extends PostPaths> = paths[P] extends { post: infer Op } ? Op : never;
type RequestBody<P extends PostPaths> = PostOp<P> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : undefined;
type SuccessBody<P extends PostPaths> = PostOp<P> extends { responses: { 200: { content: { 'application/json': infer R } } } }
  ? R
  : PostOp<P> extends { responses: { 200: { content: { 'text/plain': infer T } } } }
    ? T
    : void;

export type ApiRequest<P extends PostPaths> = RequestBody<P>;
export type ApiResponse<P extends PostPaths> = SuccessBody<P>;

function baseUrl(): string {
  // Absolute, so requests also work where relative URLs do not resolve (Node-based tests).
  const server = getRuntimeConfig().apiUrl || globalThis.location?.origin || '';
  return `${server}/api`;
}

const client = createClient<paths>({
  // Resolved per request so a config loaded at start-up (or a test) takes effect.
  baseUrl: '',
  fetch: (request: Request) => fetch(request),
});

export interface CallOptions {
  signal?: AbortSignal;
}

/** Call a Config API endpoint; resolves with the typed body or rejects with an ApiError. */
export async function apiPost<P extends PostPaths>(
  path: P,
  ...[body, options]: RequestBody<P> extends undefined ? [body?: undefined, options?: CallOptions] : [body: RequestBody<P>, options?: CallOptions]
): Promise<SuccessBody<P>> {
  await whenBackendReady();
  const { timeoutMs } = getRuntimeConfig();
  const signals = [AbortSignal.timeout(timeoutMs)];
  if (options?.signal) signals.push(options.signal);
  const auth = authorizationHeader(getCredentials());
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    // openapi-fetch is typed per path; the union of all POST paths is too wide for it, hence the cast.
    const post = client.POST as unknown as (path: string, init: Record<string, unknown>) => Promise<typeof result>;
    result = await post(path, {
      baseUrl: baseUrl(),
      body: body ?? {},
      signal: AbortSignal.any(signals),
      headers: auth ? { Authorization: auth } : undefined,
      credentials: 'same-origin',
    });
  } catch (thrown) {
    // A user-initiated abort must not be reported as a timeout, and the other way round.
    if (options?.signal?.aborted) throw errorFromThrown(path, Object.assign(new Error('aborted'), { name: 'AbortError' }));
    throw errorFromThrown(path, thrown);
  }
  const { response } = result;
  if (!response.ok) throw errorFromResponse(path, response.status, result.error);
  const contentType = response.headers.get('content-type') ?? '';
  if (response.status !== 204 && contentType.includes('json') && (result.data === undefined || result.data === null)) {
    throw new ApiError({ kind: 'malformed', endpoint: path, status: response.status, message: `The server's answer to ${path} was empty or not what the API describes.` });
  }
  return result.data as SuccessBody<P>;
}

/** Guard for response shapes the UI relies on; a mismatch is reported as a malformed response. */
export function expectShape<T>(path: string, value: T, ok: (value: T) => boolean, what: string): T {
  if (!ok(value)) {
    throw new ApiError({ kind: 'malformed', endpoint: path, message: `The server's answer to ${path} is malformed: ${what}.` });
  }
  return value;
}

type GetPaths = { [P in keyof paths]: paths[P] extends { get: unknown } ? P : never }[keyof paths];
type GetSuccess<P extends GetPaths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer R } } } } } ? R : unknown;

/** The few Config API endpoints that are GET (health). */
export async function apiGet<P extends GetPaths>(path: P, options?: CallOptions): Promise<GetSuccess<P>> {
  await whenBackendReady();
  const signals = [AbortSignal.timeout(getRuntimeConfig().timeoutMs)];
  if (options?.signal) signals.push(options.signal);
  let response: Response;
  try {
    response = await fetch(`${baseUrl()}${path}`, { signal: AbortSignal.any(signals), headers: { Accept: 'application/json' } });
  } catch (thrown) {
    throw errorFromThrown(path, thrown);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (thrown) {
    if (!response.ok) throw errorFromResponse(path, response.status, undefined);
    throw errorFromThrown(path, thrown);
  }
  if (!response.ok) throw errorFromResponse(path, response.status, body);
  return body as GetSuccess<P>;
}
