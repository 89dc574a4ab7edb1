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

/** Require a non-empty string field of a request body, or answer 422 naming it. */
export function requireString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== "string" || value.length === 0) throw invalidInput([{ propertyPath: key, message: "is required" }]);
  return value;
}
