import { describe, expect, it } from "vitest";
import { safeReturnTo, withCreatedId } from "./returnTo";

describe("safeReturnTo", () => {
  it.each(["/connections/new", "/connections/new?step=source", "/a/b#c"])("accepts the in-app path %s", (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    "https://evil.example",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "connections",
    "/\t/evil.example",
    // Dot segments disappear when the URL is normalised, leaving a protocol-relative "//host".
    "/.//evil.example/x",
    "/%2e//evil.example",
    "/%2E%2E//evil.example/x",
    "/a/..//evil.example",
    "",
    null,
  ])("rejects %s", (path) => {
    expect(safeReturnTo(path)).toBeUndefined();
  });
});

describe("withCreatedId", () => {
  it("adds the id to the query and keeps what was there", () => {
    expect(withCreatedId("/connections/new?step=source", "sourceId", "abc")).toBe("/connections/new?step=source&sourceId=abc");
  });
  it("replaces an existing id", () => {
    expect(withCreatedId("/connections/new?destinationId=old", "destinationId", "new")).toBe("/connections/new?destinationId=new");
  });
});
