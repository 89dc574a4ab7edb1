import type { JobWithAttemptsRead } from "./types";
import { isJobActive, listHasActiveJob, pollInterval, POLL_HIDDEN_MS, POLL_VISIBLE_MS } from "./polling";

describe("job status", () => {
  it("treats pending, running and retrying jobs as active and finished ones as not", () => {
    expect(["pending", "queued", "running", "incomplete"].every((s) => isJobActive(s as never))).toBe(true);
    expect(["succeeded", "failed", "cancelled"].some((s) => isJobActive(s as never))).toBe(false);
  });
});

describe("polling decisions", () => {
  it("polls only while something runs, slower when the page is hidden", () => {
    expect(pollInterval(false, false)).toBe(false);
    expect(pollInterval(true, false)).toBe(POLL_VISIBLE_MS);
    expect(pollInterval(true, true)).toBe(POLL_HIDDEN_MS);
    expect(POLL_HIDDEN_MS).toBeGreaterThan(POLL_VISIBLE_MS);
  });

  it("sees an active job in a list", () => {
    expect(listHasActiveJob({ jobs: [{ job: { status: "pending" } }] as JobWithAttemptsRead[] })).toBe(true);
    expect(listHasActiveJob({ jobs: [{ job: { status: "failed" } }] as JobWithAttemptsRead[] })).toBe(false);
    expect(listHasActiveJob(undefined)).toBe(false);
  });
});
