// Airbyte-style error responses: the bodies a real Config API server sends.
import { HttpResponse } from "msw";
import { uuid } from "./random";

export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message ?? `HTTP ${status}`));
  }
}

/** 404 with a NotFoundKnownExceptionInfo, e.g. notFound('SOURCE_CONNECTION', id). */
export function notFound(kind: string, id: string | number | undefined): MockHttpError {
  return new MockHttpError(404, {
    id: String(id ?? ""),
    message: `Could not find configuration for ${kind}: ${String(id ?? "(missing id)")}.`,
    exceptionClassName: "io.airbyte.commons.server.errors.IdNotFoundKnownException",
    exceptionStack: [],
    rootCauseExceptionClassName: "io.airbyte.data.ConfigNotFoundException",
    rootCauseExceptionStack: [],
    errorId: uuid(),
  });
}

/** 422 with an InvalidInputExceptionInfo naming each invalid property. */
export function invalidInput(errors: { propertyPath: string; message: string; invalidValue?: unknown }[]): MockHttpError {
  return new MockHttpError(422, {
    message: `Some properties contained invalid input: ${errors.map((e) => `${e.propertyPath} ${e.message}`).join("; ")}.`,
    exceptionClassName: "io.airbyte.commons.server.errors.BadObjectSchemaKnownException",
    exceptionStack: [],
    validationErrors: errors.map((e) => ({
      propertyPath: e.propertyPath,
      message: e.message,
      ...(e.invalidValue === undefined
        ? {}
        : { invalidValue: typeof e.invalidValue === "string" ? e.invalidValue : JSON.stringify(e.invalidValue) }),
    })),
  });
}

/** A KnownExceptionInfo with the given status (409 for state conflicts, 500 for injected faults, ...). */
export function knownError(
  status: number,
  message: string,
  exceptionClassName = "io.airbyte.commons.server.errors.ApplicationErrorKnownException",
): MockHttpError {
  return new MockHttpError(status, {
    message,
    exceptionClassName,
    exceptionStack: [],
    errorId: uuid(),
  });
}

/**
 * An exception no handler knows, as UncaughtExceptionHandler.kt answers it: 500 with only an
 * `errorId` (since airbyte-platform #17953, "remove security risk data from error responses", the
 * message stays in the server's log).
 */
export function uncaughtError(): MockHttpError {
  return new MockHttpError(500, { errorId: uuid() });
}

/**
 * An RFC 9457 problem, as the server's newer validations answer (AbstractThrowableProblemHandler.kt
 * serialises `{status, type, title, detail, documentationUrl, data}`; the types, titles and details
 * are defined in airbyte-api's api-problems.yaml). The Config API description does not list them.
 */
export function problem(status: number, type: string, title: string, detail: string, data?: Record<string, unknown>): MockHttpError {
  return new MockHttpError(status, { status, type, title, detail, ...(data ? { data } : {}) });
}

export function errorResponse(error: MockHttpError): Response {
  return HttpResponse.json(error.body, { status: error.status });
}

/**
 * Longest name a real server stores: sources', destinations' and connections' names are VARCHAR(256)
 * columns (airbyte-db migration V0_32_8_001). A longer one is refused here rather than kept, so one
 * oversized create cannot bloat every list the mock answers afterwards.
 */
const MAX_NAME_LENGTH = 256;

/** A trimmed, non-blank name of at most MAX_NAME_LENGTH characters, or 422 naming the field. */
export function requireName(value: unknown, propertyPath = "name"): string {
  if (typeof value !== "string") throw invalidInput([{ propertyPath, message: "is required" }]);
  const name = value.trim();
  if (!name) throw invalidInput([{ propertyPath, message: "must not be blank" }]);
  if (name.length > MAX_NAME_LENGTH)
    throw invalidInput([{ propertyPath, message: `must be at most ${MAX_NAME_LENGTH} characters (it has ${name.length})` }]);
  return name;
}
