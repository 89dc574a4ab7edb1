import type { JobWithAttemptsRead } from "@/api/types";
import { connectionActions, findActiveJob, jobKind } from "./jobState";

const active = { status: "active" as const };

describe("connectionActions", () => {
  it("allows sync, clear and refresh but not cancel when nothing runs", () => {
    const actions = connectionActions({ connection: active, activeJob: undefined, requestPending: false, statusKnown: true });
    expect(actions.syncNow.enabled).toBe(true);
    expect(actions.clear.enabled).toBe(true);
    expect(actions.refresh.enabled).toBe(true);
    expect(actions.cancel).toEqual({ enabled: false, reason: expect.stringMatching(/nothing is running/i) });
  });

  it("prevents a second sync while one runs and allows cancelling it", () => {
    const actions = connectionActions({
      connection: active,
      activeJob: { status: "running", configType: "sync" },
      requestPending: false,
      statusKnown: true,
    });
    expect(actions.syncNow.enabled).toBe(false);
    expect(actions.syncNow.reason).toMatch(/sync job is already running/i);
    expect(actions.clear.enabled).toBe(false);
    expect(actions.cancel.enabled).toBe(true);
  });

  it("names a running clear job as such", () => {
    const actions = connectionActions({
      connection: active,
      activeJob: { status: "pending", configType: "clear" },
      requestPending: false,
      statusKnown: true,
    });
    expect(actions.syncNow.reason).toMatch(/clear data job/i);
  });

  it("disables everything while a request is on its way or the status is unknown", () => {
    for (const inputs of [
      { requestPending: true, statusKnown: true },
      { requestPending: false, statusKnown: false },
    ]) {
      const actions = connectionActions({ connection: active, activeJob: undefined, ...inputs });
      expect(Object.values(actions).every((action) => !action.enabled && action.reason)).toBe(true);
    }
  });

  it("holds back a refresh the destination cannot run, and only that", () => {
    const states = connectionActions({
      connection: { status: "active" },
      activeJob: undefined,
      requestPending: false,
      statusKnown: true,
      refreshSupported: false,
    });
    expect(states.refresh).toEqual({ enabled: false, reason: expect.stringMatching(/does not support refreshes/) });
    expect(states.syncNow.enabled).toBe(true);
    expect(states.clear.enabled).toBe(true);
    // Not known yet: allowed (the server refuses with a clear message if it must).
    expect(
      connectionActions({ connection: { status: "active" }, activeJob: undefined, requestPending: false, statusKnown: true }).refresh
        .enabled,
    ).toBe(true);
  });

  it("does not sync a disabled connection but can still clear its data", () => {
    const actions = connectionActions({
      connection: { status: "inactive" },
      activeJob: undefined,
      requestPending: false,
      statusKnown: true,
    });
    expect(actions.syncNow).toEqual({ enabled: false, reason: expect.stringMatching(/disabled/) });
    expect(actions.clear.enabled).toBe(true);
  });
});

describe("job status helpers", () => {
  it("classifies job types", () => {
    expect(jobKind({ configType: "sync" })).toBe("sync");
    expect(jobKind({ configType: "reset_connection" })).toBe("clear");
    expect(jobKind({ configType: "clear" })).toBe("clear");
    expect(jobKind({ configType: "refresh" })).toBe("refresh");
  });

  it("finds the active job in a list", () => {
    const jobs = [{ job: { id: 2, status: "running" } }, { job: { id: 1, status: "succeeded" } }] as JobWithAttemptsRead[];
    expect(findActiveJob(jobs)?.job?.id).toBe(2);
    expect(findActiveJob(jobs.slice(1))).toBeUndefined();
  });
});
