import { createdAtBounds, readExpandedJob, readHistoryFilters, writeHistoryFilters } from "./historyFilters";

describe("history filters in the URL", () => {
  it("reads statuses and dates, ignoring values that are not valid", () => {
    const filters = readHistoryFilters(new URLSearchParams("status=failed,bogus,failed,succeeded&from=2024-05-01&to=yesterday"));
    expect(filters).toEqual({ statuses: ["failed", "succeeded"], from: "2024-05-01", to: undefined });
  });

  it("round-trips and keeps unrelated parameters", () => {
    const params = writeHistoryFilters(new URLSearchParams("tab=history"), { statuses: ["cancelled"], from: "2024-01-02" });
    expect(params.get("tab")).toBe("history");
    expect(readHistoryFilters(params)).toEqual({ statuses: ["cancelled"], from: "2024-01-02", to: undefined });
    expect(writeHistoryFilters(params, { statuses: [] }).toString()).toBe("tab=history");
  });

  it("turns days into created-at bounds that include the whole last day", () => {
    const { createdAtStart, createdAtEnd } = createdAtBounds({ statuses: [], from: "2024-05-01", to: "2024-05-01" });
    const start = new Date(createdAtStart!);
    const end = new Date(createdAtEnd!);
    expect(start.getDate()).toBe(1);
    expect(end.getTime() - start.getTime()).toBe(86_400_000 - 1);
  });

  it("reads the expanded job", () => {
    expect(readExpandedJob(new URLSearchParams("job=42"))).toBe(42);
    expect(readExpandedJob(new URLSearchParams("job=x"))).toBeNull();
  });
});
