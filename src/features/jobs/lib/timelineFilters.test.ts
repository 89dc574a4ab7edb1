import { describe, expect, it } from "vitest";
import { eventTypesFor, readTimelineFilters, writeTimelineFilters } from "./timelineFilters";

describe("timeline filters", () => {
  it("reads the URL, dropping values it does not know and impossible days", () => {
    const filters = readTimelineFilters(new URLSearchParams("type=sync,bogus,settings&status=failed,nope&from=2026-02-30&to=2026-03-01"));
    expect(filters).toEqual({ groups: ["sync", "settings"], statuses: ["failed"], from: undefined, to: "2026-03-01" });
  });

  it("writes only what is set and keeps other parameters", () => {
    const next = writeTimelineFilters(new URLSearchParams("event=abc&type=sync"), {
      groups: [],
      statuses: ["cancelled"],
      from: "2026-01-01",
    });
    expect(next.toString()).toBe("event=abc&status=cancelled&from=2026-01-01");
  });

  it("turns groups and statuses into the API's event types", () => {
    expect(eventTypesFor({ groups: [], statuses: [] })).toBeUndefined();
    expect(eventTypesFor({ groups: ["sync"], statuses: [] })).toEqual([
      "SYNC_STARTED",
      "SYNC_SUCCEEDED",
      "SYNC_FAILED",
      "SYNC_INCOMPLETE",
      "SYNC_CANCELLED",
    ]);
    expect(eventTypesFor({ groups: [], statuses: ["failed"] })).toEqual(["SYNC_FAILED", "REFRESH_FAILED", "CLEAR_FAILED"]);
    expect(eventTypesFor({ groups: ["settings", "clear"], statuses: ["succeeded"] })).toEqual(["CLEAR_SUCCEEDED"]);
    expect(eventTypesFor({ groups: ["settings"], statuses: ["failed"] })).toEqual([]);
    expect(eventTypesFor({ groups: ["status"], statuses: [] })).toEqual(["CONNECTION_ENABLED", "CONNECTION_DISABLED"]);
  });
});
