// The one place that turns any failure of a Config API call into something a person can act on.

export type ApiErrorKind =
  | "network" // the request never got an answer (server down, DNS, CORS, offline)
  | "timeout" // no answer in time
  | "http" // the server answered with an error status
  | "validation" // the server rejected the input field by field (InvalidInputExceptionInfo)
  | "malformed" // the server answered 2xx but the body was not what the contract says
  | "aborted"; // the user (or the UI) cancelled the request

export interface FieldError {
  path: string;
  message: string;
  invalidValue?: string;
}

export interface ApiErrorInit {
  kind: ApiErrorKind;
  endpoint: string;
  message: string;
  status?: number;
  fieldErrors?: FieldError[];
  details?: string;
  errorId?: string;
  /** An RFC 9457 problem's `type` (e.g. "error:cron-validation/invalid-timezone"). */
  problemType?: string;
  /** An RFC 9457 problem's `data` (e.g. the mapper a mapper-validation problem is about). */
  problemData?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly endpoint: string;
  readonly status?: number;
  readonly fieldErrors: FieldError[];
  /** Technical detail (exception class, stack head) shown behind a toggle, never the headline. */
  readonly details?: string;
  readonly errorId?: string;
  readonly problemType?: string;
  readonly problemData?: Record<string, unknown>;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = "ApiError";
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? [];
    this.details = init.details;
    this.errorId = init.errorId;
    this.problemType = init.problemType;
    this.problemData = init.problemData;
  }

  /** Worth offering "Try again": transient failures, not rejected input or cancellation. */
  get retryable(): boolean {
    if (this.kind === "network" || this.kind === "timeout" || this.kind === "malformed") return true;
    return this.kind === "http" && (this.status === undefined || this.status >= 500 || this.status === 429 || this.status === 408);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const STATUS_TEXT: Record<number, string> = {
  400: "The server rejected the request",
  401: "You are not signed in, or your credentials were refused",
  403: "You do not have permission to do this",
  404: "Not found: it may have been deleted",
  409: "This conflicts with the current state on the server",
  422: "The server could not process the input",
  429: "Too many requests: wait a moment and try again",
  500: "The server failed while handling the request",
  502: "The server is unreachable behind its gateway",
  503: "The server is unavailable right now",
  504: "The server took too long to answer",
};

/** Problem `data` keys that name a field of the request, and the field's path there. */
const PROBLEM_FIELDS: Record<string, string> = {
  cronExpression: "scheduleData.cron.cronExpression",
  cronTimezone: "scheduleData.cron.cronTimeZone",
  redirectUrl: "redirectUrl",
};

function isProblem(body: Record<string, unknown>): boolean {
  return typeof body.type === "string" && typeof body.title === "string" && typeof body.message !== "string";
}

/**
 * An RFC 9457 problem (`{type, title, status, detail, data}`), which Airbyte's newer validations
 * answer (AbstractThrowableProblemHandler.kt). Some titles are slugs ("resource-not-found"): only a
 * title written for people leads the message; `detail` says what happened; a message in `data`
 * (`validationErrorMessage`, `message`) says why; data keys that name a request field become field errors.
 */
function errorFromProblem(endpoint: string, status: number, body: Record<string, unknown>): ApiError {
  const title = String(body.title).trim();
  const detail = typeof body.detail === "string" ? body.detail.trim() : "";
  const data = isRecord(body.data) ? body.data : {};
  const why = [data.validationErrorMessage, data.message].find(
    (value): value is string => typeof value === "string" && value.trim() !== "",
  );
  const readableTitle = /\s/.test(title) ? title : "";
  const lead =
    readableTitle && detail && !detail.toLowerCase().includes(readableTitle.toLowerCase())
      ? `${readableTitle}: ${detail}`
      : detail || readableTitle || STATUS_TEXT[status] || `The server answered with status ${status}`;
  const message = `${lead.replace(/\.$/, "")}${why ? ` (${why.replace(/\.$/, "")})` : ""}.`;
  const fieldErrors: FieldError[] = Object.entries(PROBLEM_FIELDS)
    .filter(([key]) => typeof data[key] === "string")
    .map(([key, path]) => ({ path, message: why ?? (detail || title), invalidValue: String(data[key]) }));
  const kind = fieldErrors.length > 0 && status >= 400 && status < 500 ? "validation" : "http";
  const details = typeof body.documentationUrl === "string" ? `Documentation: ${body.documentationUrl}` : undefined;
  return new ApiError({ kind, endpoint, status, message, fieldErrors, details, problemType: String(body.type), problemData: data });
}

/** Build an ApiError from an HTTP error response body (Airbyte's KnownExceptionInfo, problems and friends). */
export function errorFromResponse(endpoint: string, status: number, body: unknown): ApiError {
  const fallback = STATUS_TEXT[status] ?? `The server answered with status ${status}`;
  if (isRecord(body) && isProblem(body)) return errorFromProblem(endpoint, status, body);
  if (!isRecord(body)) {
    return new ApiError({ kind: "http", endpoint, status, message: `${fallback} (HTTP ${status}).` });
  }
  const message = typeof body.message === "string" && body.message.trim() ? body.message.trim() : fallback;
  const detailParts = [body.exceptionClassName, body.rootCauseExceptionClassName].filter(
    (part): part is string => typeof part === "string" && part.length > 0,
  );
  const stack = Array.isArray(body.exceptionStack) ? body.exceptionStack.filter((l): l is string => typeof l === "string").slice(0, 5) : [];
  const details = [...detailParts, ...stack].join("\n") || undefined;
  const errorId = typeof body.errorId === "string" ? body.errorId : undefined;

  if (Array.isArray(body.validationErrors)) {
    const fieldErrors: FieldError[] = body.validationErrors.filter(isRecord).map((item) => ({
      path: typeof item.propertyPath === "string" ? item.propertyPath : "",
      message: typeof item.message === "string" ? item.message : "is invalid",
      invalidValue: typeof item.invalidValue === "string" ? item.invalidValue : undefined,
    }));
    return new ApiError({ kind: "validation", endpoint, status, message, fieldErrors, details, errorId });
  }
  return new ApiError({ kind: "http", endpoint, status, message, details, errorId });
}

/** Build an ApiError from anything fetch or our client threw. */
export function errorFromThrown(endpoint: string, thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  const name = isRecord(thrown) || thrown instanceof Error ? (thrown as { name?: unknown }).name : undefined;
  if (name === "TimeoutError") {
    return new ApiError({
      kind: "timeout",
      endpoint,
      message: "The server did not answer in time. Check that it is running, then try again.",
    });
  }
  if (name === "AbortError") {
    return new ApiError({ kind: "aborted", endpoint, message: "The request was cancelled." });
  }
  if (thrown instanceof SyntaxError) {
    return new ApiError({
      kind: "malformed",
      endpoint,
      message: "The server sent a response that is not valid JSON.",
      details: thrown.message,
    });
  }
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return new ApiError({
    kind: "network",
    endpoint,
    message: "Could not reach the server. Check your network connection and that the Airbyte server is running.",
    details: detail,
  });
}

/** Any error (API or not) as a one-line message for a toast or an alert. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong.";
}

/**
 * The record asked for does not exist (any more): Airbyte answers 404 to an unknown or deleted id
 * (ConfigNotFoundException). Asking again cannot help; the page offers a way back instead.
 */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.kind === "http" && error.status === 404;
}

/**
 * The server has no such endpoint (an older or another server): Micronaut answers 404 to an unknown
 * route, and a proxy may answer 405. Callers fall back to what older servers offer.
 */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof ApiError && error.kind === "http" && (error.status === 404 || error.status === 405);
}

/** No such endpoint, or an answer that is not what the API describes: fall back to the plainer endpoints. */
export function isMissingOrMalformed(error: unknown): boolean {
  return isMissingEndpoint(error) || (error instanceof ApiError && error.kind === "malformed");
}
