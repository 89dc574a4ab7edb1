// The Config API as the console calls it: every call is `POST /api/v1/<resource>/<verb>` with a JSON
// body (a few are GET), typed per endpoint from src/api/schema.gen.ts, inside the sign-in session.
// A call refused with 401 renews the session (or waits for the user to sign in again) and is sent
// once more, so no call is lost to an expired session.
import { authorizationHeaders, recoverFromUnauthorized, whenSignedIn } from "./auth/session";
import { ApiError } from "./errors";
import {
  sendGet,
  sendPost,
  type GetPaths,
  type GetSuccess,
  type PostPaths,
  type PostSuccess,
  type RequestBody,
  type SendOptions,
} from "./transport";

export type ApiRequest<P extends PostPaths> = RequestBody<P>;
export type ApiResponse<P extends PostPaths> = PostSuccess<P>;

export interface CallOptions {
  signal?: AbortSignal;
  /**
   * This call's own time limit (ms). The default (`timeoutMs` of the runtime config, 30 s) suits
   * ordinary calls; a synchronous check or discover starts a connector and can take many minutes.
   */
  timeoutMs?: number;
}

/** Sign-in rounds a call goes through before its 401 is reported (a server that refuses a fresh session). */
const MAX_RECOVERIES = 2;

async function withSession<T>(call: (options: SendOptions) => Promise<T>, options: CallOptions | undefined): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    await whenSignedIn();
    try {
      return await call({ signal: options?.signal, timeoutMs: options?.timeoutMs, headers: authorizationHeaders() });
    } catch (error) {
      const unauthorized = error instanceof ApiError && error.status === 401;
      if (!unauthorized || attempt >= MAX_RECOVERIES || options?.signal?.aborted) throw error;
      await recoverFromUnauthorized();
    }
  }
}

/** Call a Config API endpoint; resolves with the typed body or rejects with an ApiError. */
export function apiPost<P extends PostPaths>(
  path: P,
  ...[body, options]: RequestBody<P> extends undefined
    ? [body?: undefined, options?: CallOptions]
    : [body: RequestBody<P>, options?: CallOptions]
): Promise<PostSuccess<P>> {
  return withSession((send) => sendPost(path, body as RequestBody<P>, send), options);
}

/** The few Config API endpoints that are GET (health, instance configuration). */
export function apiGet<P extends GetPaths>(path: P, options?: CallOptions): Promise<GetSuccess<P>> {
  return withSession((send) => sendGet(path, send), options);
}

/** Guard for response shapes the UI relies on; a mismatch is reported as a malformed response. */
export function expectShape<T>(path: string, value: T, ok: (value: T) => boolean, what: string): T {
  if (!ok(value)) {
    throw new ApiError({ kind: "malformed", endpoint: path, message: `The server's answer to ${path} is malformed: ${what}.` });
  }
  return value;
}
