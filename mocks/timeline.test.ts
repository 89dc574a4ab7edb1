// The timeline and history endpoints answer what a real server writes and computes (see
// jobs/timeline.ts and jobs/connectionHistory.ts for the server code they follow).
import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";
import type { S } from "./lib/types";

const postgres = SEED.connections.postgresToS3.id;
const stripe = SEED.connections.stripeToRedshift.id;

beforeEach(async () => {
  await mockControl.reset();
});

async function events(body: Record<string, unknown>): Promise<S["ConnectionEvent"][]> {
  return (await ok<S["ConnectionEventList"]>("/v1/connections/events/list", body)).events;
}

describe("connections/events", () => {
  it("a manual sync: SYNC_STARTED at once, SYNC_SUCCEEDED with its figures when it ends, both listed for the job", async () => {
    const started = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    const [first] = await events({ connectionId: postgres, pagination: { pageSize: 1 } });
    expect(first?.eventType).toBe("SYNC_STARTED");
    expect((first?.summary as unknown as { jobId: number }).jobId).toBe(started.job.id);

    mockControl.advanceClock(120_000);
    const job = await ok<S["JobInfoRead"]>("/v1/jobs/get", { id: started.job.id });
    expect(job.job.status).toBe("succeeded");
    const [newest] = await events({ connectionId: postgres, pagination: { pageSize: 1 } });
    expect(newest?.eventType).toBe("SYNC_SUCCEEDED");
    expect(newest?.createdAt).toBe(job.job.updatedAt);
    const summary = newest?.summary as Record<string, number | string>;
    expect(summary.recordsLoaded).toBe(job.job.aggregatedStats?.recordsCommitted);
    expect(summary.attemptsCount).toBe(job.attempts.length);
    expect(summary.jobType).toBe("SYNC");

    const forJob = await ok<S["ConnectionEventList"]>("/v1/connections/events/list_for_job", { id: started.job.id });
    expect(forJob.events.map((e) => e.eventType)).toEqual(["SYNC_SUCCEEDED", "SYNC_STARTED"]);
  });

  it("a failed job ends as SYNC_INCOMPLETE when it loaded data, else SYNC_FAILED, with the last attempt's failure", async () => {
    // The seeded Stripe connection's latest sync failed on the destination's permissions (mocks/jobs/history.ts).
    const list = await ok<S["JobReadList"]>("/v1/jobs/list", { configTypes: ["sync"], configId: stripe, statuses: ["failed"] });
    expect(list.jobs.length).toBeGreaterThan(0);
    for (const { job } of list.jobs.slice(0, 3)) {
      const [event] = (await ok<S["ConnectionEventList"]>("/v1/connections/events/list_for_job", { id: job!.id })).events;
      const loaded = (job!.aggregatedStats?.bytesCommitted ?? 0) > 0;
      expect(event?.eventType).toBe(loaded ? "SYNC_INCOMPLETE" : "SYNC_FAILED");
      const failure = (event?.summary as { failureReason?: { externalMessage: string } }).failureReason;
      expect(failure?.externalMessage).toMatch(/permission denied/);
    }
  });

  it("a settings change: one CONNECTION_SETTINGS_UPDATE with before and after, and the status change apart", async () => {
    await ok("/v1/connections/update", {
      connectionId: postgres,
      name: "Renamed",
      status: "inactive",
      scheduleType: "basic",
      scheduleData: { basicSchedule: { units: 6, timeUnit: "hours" } },
    });
    const [settings, disabled] = await events({
      connectionId: postgres,
      eventTypes: ["CONNECTION_SETTINGS_UPDATE", "CONNECTION_DISABLED"],
    });
    const types = [settings?.eventType, disabled?.eventType].sort();
    expect(types).toEqual(["CONNECTION_DISABLED", "CONNECTION_SETTINGS_UPDATE"]);
    const update = [settings, disabled].find((e) => e?.eventType === "CONNECTION_SETTINGS_UPDATE");
    const patches = (update?.summary as unknown as { patches: Record<string, { from: unknown; to: unknown }> }).patches;
    expect(patches.name).toEqual({ from: SEED.connections.postgresToS3.name, to: "Renamed" });
    expect(patches.scheduleData?.to).toEqual({ basicSchedule: { units: 6, timeUnit: "hours" } });
    expect(patches.status).toBeUndefined();
    // Sending the same values again changes nothing, so no event.
    await ok("/v1/connections/update", { connectionId: postgres, name: "Renamed" });
    expect(await events({ connectionId: postgres, eventTypes: ["CONNECTION_SETTINGS_UPDATE"] })).toHaveLength(1);
  });

  it("pages by offset (20 by default), filters by type and by time, and finds one event by id", async () => {
    const all = await events({ connectionId: postgres });
    expect(all).toHaveLength(20);
    const next = await events({ connectionId: postgres, pagination: { pageSize: 20, rowOffset: 20 } });
    expect(next[0]?.id).not.toBe(all[19]?.id);
    expect(next[0]!.createdAt!).toBeLessThanOrEqual(all[19]!.createdAt!);
    const failed = await events({ connectionId: stripe, eventTypes: ["SYNC_FAILED", "SYNC_INCOMPLETE"], pagination: { pageSize: 500 } });
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((e) => e.eventType === "SYNC_FAILED" || e.eventType === "SYNC_INCOMPLETE")).toBe(true);
    const end = all[5]!.createdAt! * 1000;
    const windowed = await events({ connectionId: postgres, createdAtEnd: new Date(end).toISOString(), pagination: { pageSize: 500 } });
    expect(windowed[0]?.createdAt).toBe(all[5]!.createdAt);
    const one = await ok<S["ConnectionEventWithDetails"]>("/v1/connections/events/get", {
      connectionId: postgres,
      connectionEventId: all[3]!.id,
    });
    expect(one.eventType).toBe(all[3]!.eventType);
    expect(
      (await call("/v1/connections/events/get", { connectionId: postgres, connectionEventId: "00000000-0000-4000-8000-00000000dead" }))
        .status,
    ).toBe(404);
  });
});

describe("connections/history", () => {
  it("uptime: each job's streams with their outcome; data: finished syncs oldest first; stream_history: 30 days per stream", async () => {
    const connection = await ok<S["ConnectionRead"]>("/v1/connections/get", { connectionId: postgres });
    const selected = connection.syncCatalog.streams.filter((s) => s.config?.selected !== false).length;
    const uptime = await ok<S["ConnectionUptimeHistoryRead"]>("/v1/connections/history/uptime", {
      connectionId: postgres,
      numberOfJobs: 10,
    });
    expect(uptime).toHaveLength(10);
    const sync = uptime.find((job) => job.configType === "sync");
    expect(sync?.streamStatuses).toHaveLength(selected);

    const data = await ok<S["ConnectionUptimeHistoryRead"]>("/v1/connections/history/data", { connectionId: postgres, numberOfJobs: 5 });
    expect(data).toHaveLength(5);
    expect(data.map((job) => job.jobUpdatedAt)).toEqual([...data.map((job) => job.jobUpdatedAt)].sort((a, b) => a - b));

    const streams = await ok<S["ConnectionStreamHistoryRead"]>("/v1/connections/stream_history", {
      connectionId: postgres,
      timezone: "UTC",
    });
    const days = new Set(streams.map((item) => item.timestamp));
    expect(days.size).toBeGreaterThanOrEqual(15);
    expect([...days].every((day) => day % 86_400 === 0)).toBe(true);
    expect(streams.some((item) => item.recordsCommitted > 0)).toBe(true);
    expect((await call("/v1/connections/stream_history", { connectionId: postgres, timezone: "Mars/Olympus" })).status).toBe(422);
  });
});
