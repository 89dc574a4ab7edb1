import { ApiError, errorFromResponse, errorFromThrown } from "./errors";

describe("errorFromResponse", () => {
  it("uses the message of a KnownExceptionInfo body and keeps the class as detail", () => {
    const error = errorFromResponse("/v1/sources/get", 404, {
      message: "Could not find source abc",
      exceptionClassName: "ConfigNotFoundException",
    });
    expect(error.kind).toBe("http");
    expect(error.message).toBe("Could not find source abc");
    expect(error.details).toContain("ConfigNotFoundException");
    expect(error.retryable).toBe(false);
  });

  it("turns InvalidInputExceptionInfo into field errors", () => {
    const error = errorFromResponse("/v1/sources/create", 422, {
      message: "Some properties contained invalid input.",
      validationErrors: [{ propertyPath: "name", message: "must not be blank", invalidValue: "" }],
    });
    expect(error.kind).toBe("validation");
    expect(error.fieldErrors).toEqual([{ path: "name", message: "must not be blank", invalidValue: "" }]);
  });

  // Bodies as Airbyte's problem handler sends them (types, titles and details of api-problems.yaml).
  it("reads a problem: title and detail in words, data mapped to the field it names", () => {
    const error = errorFromResponse("/v1/connections/update", 400, {
      status: 400,
      type: "error:cron-validation/invalid-timezone",
      title: "Invalid cron timezone",
      detail: "The specified cron timezone is invalid",
      data: { connectionId: "c1", cronTimezone: "Etc/UTC" },
    });
    expect(error.message).toBe("Invalid cron timezone: The specified cron timezone is invalid.");
    expect(error.kind).toBe("validation");
    expect(error.problemType).toBe("error:cron-validation/invalid-timezone");
    expect(error.fieldErrors).toEqual([
      { path: "scheduleData.cron.cronTimeZone", message: "The specified cron timezone is invalid", invalidValue: "Etc/UTC" },
    ]);
  });

  it("adds a problem's own reason and leaves slug titles out", () => {
    const slug = errorFromResponse("/v1/sources/get", 404, {
      status: 404,
      type: "https://reference.airbyte.com/reference/errors#resource-not-found",
      title: "resource-not-found",
      detail: "The requested resource could not be found.",
      data: { resourceId: "abc" },
    });
    expect(slug.message).toBe("The requested resource could not be found.");
    expect(slug.kind).toBe("http");
    const reason = errorFromResponse("/v1/web_backend/describe_cron_expression", 400, {
      type: "error:cron-validation/invalid-expression",
      title: "Invalid cron expression",
      detail: "The cron expression is invalid",
      data: { cronExpression: "* * *", validationErrorMessage: "Cron expression contains 3 parts but we expect one of [6, 7]" },
    });
    expect(reason.message).toBe(
      "Invalid cron expression: The cron expression is invalid (Cron expression contains 3 parts but we expect one of [6, 7]).",
    );
    expect(reason.fieldErrors[0]).toMatchObject({ path: "scheduleData.cron.cronExpression", invalidValue: "* * *" });
  });

  it("falls back to a plain-language status text when the body is not JSON", () => {
    const error = errorFromResponse("/v1/jobs/list", 503, "Service Unavailable");
    expect(error.message).toMatch(/unavailable/i);
    expect(error.message).toContain("503");
    expect(error.retryable).toBe(true);
  });
});

describe("errorFromThrown", () => {
  it("recognises timeouts, aborts, bad JSON and network failures", () => {
    expect(errorFromThrown("/v1/x", Object.assign(new Error("t"), { name: "TimeoutError" })).kind).toBe("timeout");
    expect(errorFromThrown("/v1/x", Object.assign(new Error("a"), { name: "AbortError" })).kind).toBe("aborted");
    expect(errorFromThrown("/v1/x", new SyntaxError("Unexpected token <")).kind).toBe("malformed");
    const network = errorFromThrown("/v1/x", new TypeError("Failed to fetch"));
    expect(network.kind).toBe("network");
    expect(network.message).toMatch(/could not reach the server/i);
  });

  it("passes ApiErrors through untouched", () => {
    const original = new ApiError({ kind: "http", endpoint: "/v1/x", message: "boom", status: 500 });
    expect(errorFromThrown("/v1/y", original)).toBe(original);
  });
});
