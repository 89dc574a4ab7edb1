// The timeline and history answers are built from an index kept as jobs are added and end
// (jobs/timelineIndex.ts) and from per-job figures: these tests hold them to answers rebuilt here
// from the jobs endpoints, and follow jobs added, ended and cancelled after the first call.
import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { ok } from "./test-utils";
import type { S } from "./lib/types";

const postgres = SEED.connections.postgresToS3.id;
const facebook = SEED.connections.facebookToS3.id;

beforeEach(async () => {
  await mockControl.reset();
});

async function events(body: Record<string, unknown>): Promise<S["ConnectionEvent"][]> {
  return (await ok<S["ConnectionEventList"]>("/v1/connections/events/list", body)).events;
}

const jobIdOf = (event: S["ConnectionEvent"]) => (event.summary as { jobId?: number }).jobId ?? 0;

/** Each ended job's end event (from events/list_for_job), in the repository's order: newest first, then the higher job id. */
async function endEventsOf(connectionId: string): Promise<S["ConnectionEvent"][]> {
  const jobs = await ok<S["JobReadList"]>("/v1/jobs/list", {
    configTypes: ["sync", "refresh", "clear", "reset_connection"],
    configId: connectionId,
    pagination: { pageSize: 10_000 },
  });
  const ends: S["ConnectionEvent"][] = [];
  for (const { job } of jobs.jobs) {
    if (!["succeeded", "failed", "cancelled"].includes(job!.status)) continue;
    const forJob = await ok<S["ConnectionEventList"]>("/v1/connections/events/list_for_job", { id: job!.id });
    const end = forJob.events.filter((event) => !event.eventType.endsWith("_STARTED"));
    expect(end).toHaveLength(1);
    ends.push(end[0]!);
  }
  return ends.sort((a, b) => b.createdAt! - a.createdAt! || jobIdOf(b) - jobIdOf(a));
}

describe("connections/events/list pages", () => {
  it("each page, filter and window is the matching slice of every job's end event in the server's order", async () => {
    await mockControl.seedJobs(facebook, 150);
    const expected = await endEventsOf(facebook);
    expect(expected.length).toBeGreaterThan(150);
    for (const [offset, size] of [
      [0, 50],
      [50, 50],
      [137, 7],
      [expected.length - 3, 50],
    ] as const) {
      const page = await events({ connectionId: facebook, pagination: { pageSize: size, rowOffset: offset } });
      expect(page.map((event) => event.id)).toEqual(expected.slice(offset, offset + size).map((event) => event.id));
    }
    const failedTypes = ["SYNC_FAILED", "SYNC_INCOMPLETE", "SYNC_CANCELLED"];
    const failed = expected.filter((event) => failedTypes.includes(event.eventType));
    expect(failed.length).toBeGreaterThan(3);
    const failedPage = await events({ connectionId: facebook, eventTypes: failedTypes, pagination: { pageSize: 3, rowOffset: 2 } });
    expect(failedPage.map((event) => event.id)).toEqual(failed.slice(2, 5).map((event) => event.id));
    // Both bounds inclusive, on the events' own times.
    const [from, to] = [expected[90]!.createdAt!, expected[40]!.createdAt!];
    const windowed = await events({
      connectionId: facebook,
      createdAtStart: new Date(from * 1000).toISOString(),
      createdAtEnd: new Date(to * 1000).toISOString(),
      pagination: { pageSize: 500 },
    });
    expect(windowed.map((event) => event.id)).toEqual(
      expected.filter((event) => event.createdAt! >= from && event.createdAt! <= to).map((event) => event.id),
    );
    const deep = expected[120]!;
    const got = await ok<S["ConnectionEventWithDetails"]>("/v1/connections/events/get", {
      connectionId: facebook,
      connectionEventId: deep.id,
    });
    expect(got.eventType).toBe(deep.eventType);
  });

  it("follows jobs after the first call: a sync that starts, then ends, a cancelled one, and history seeded later", async () => {
    const before = await events({ connectionId: postgres, pagination: { pageSize: 500 } });
    const started = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    const [first] = await events({ connectionId: postgres, pagination: { pageSize: 1 } });
    expect(first?.eventType).toBe("SYNC_STARTED");

    mockControl.advanceClock(120_000);
    const done = await ok<S["JobInfoRead"]>("/v1/jobs/get", { id: started.job.id });
    expect(done.job.status).toBe("succeeded");
    const [ended] = await events({ connectionId: postgres, pagination: { pageSize: 1 } });
    expect([ended?.eventType, jobIdOf(ended!), ended?.createdAt]).toEqual(["SYNC_SUCCEEDED", started.job.id, done.job.updatedAt]);

    const second = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    await events({ connectionId: postgres, pagination: { pageSize: 1 } });
    mockControl.advanceClock(5_000);
    await ok("/v1/jobs/cancel", { id: second.job.id });
    const cancelled = await ok<S["JobInfoRead"]>("/v1/jobs/get", { id: second.job.id });
    const [newest] = await events({ connectionId: postgres, pagination: { pageSize: 1 } });
    expect([newest?.eventType, jobIdOf(newest!), newest?.createdAt]).toEqual(["SYNC_CANCELLED", second.job.id, cancelled.job.updatedAt]);

    await mockControl.seedJobs(postgres, 40);
    const after = await events({ connectionId: postgres, pagination: { pageSize: 500 } });
    // Two starts and two ends more, and the 40 older jobs' end events at the end of the list.
    expect(after).toHaveLength(before.length + 4 + 40);
    expect(after.slice(0, before.length + 4).map((event) => event.id)).toEqual(
      [...(await events({ connectionId: postgres, pagination: { pageSize: 4 } })), ...before].map((event) => event.id),
    );
  });

  it("a reset forgets the events of the database before it", async () => {
    const started = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    mockControl.advanceClock(120_000);
    expect(jobIdOf((await events({ connectionId: postgres, pagination: { pageSize: 1 } }))[0]!)).toBe(started.job.id);
    await mockControl.reset();
    const list = await events({ connectionId: postgres, pagination: { pageSize: 500 } });
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((event) => jobIdOf(event) === started.job.id)).toEqual([]);
  });
});

describe("connections/history from the jobs", () => {
  it("uptime and data carry each job's figures as jobs/get gives them; stream_history sums the attempts' streams by the day they ended", async () => {
    // A cancelled sync half way: its finished streams succeeded, the others are cancelled.
    const sync = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    // Cancel it soon after its first attempt starts, with streams still to run.
    for (let step = 0; step < 60; step += 1) {
      const { attempts } = await ok<S["JobInfoRead"]>("/v1/jobs/get_without_logs", { id: sync.job.id });
      if (attempts.length > 0) break;
      mockControl.advanceClock(2_000);
    }
    mockControl.advanceClock(2_000);
    await ok("/v1/jobs/cancel", { id: sync.job.id });
    mockControl.advanceClock(1_000);
    const uptime = await ok<S["ConnectionUptimeHistoryRead"]>("/v1/connections/history/uptime", {
      connectionId: postgres,
      numberOfJobs: 12,
    });
    const data = await ok<S["ConnectionUptimeHistoryRead"]>("/v1/connections/history/data", { connectionId: postgres, numberOfJobs: 12 });
    expect(uptime[0]?.jobId).toBe(sync.job.id);
    for (const row of [...uptime, ...data]) {
      const { job, attempts } = await ok<S["JobInfoRead"]>("/v1/jobs/get_without_logs", { id: row.jobId });
      const stats = job.aggregatedStats!;
      expect(row).toMatchObject({
        configType: job.configType,
        jobCreatedAt: job.createdAt,
        jobUpdatedAt: job.updatedAt,
        recordsEmitted: stats.recordsEmitted,
        recordsCommitted: stats.recordsCommitted,
        bytesEmitted: stats.bytesEmitted,
        bytesCommitted: stats.bytesCommitted,
      });
      if (!uptime.includes(row)) continue;
      // Streams run one after another: those the last attempt committed completed, the rest did not.
      const last = attempts.at(-1)!.attempt;
      const statuses = row.streamStatuses ?? [];
      expect(statuses).toHaveLength(job.enabledStreams?.length ?? job.resetConfig?.streamsToReset?.length ?? 0);
      if (last.status === "succeeded") expect(statuses.every((s) => s.status === "succeeded")).toBe(true);
      if (last.status === "failed" && job.status !== "cancelled") expect(statuses.every((s) => s.status === "failed")).toBe(true);
    }
    const cancelled = uptime[0]!.streamStatuses ?? [];
    expect(cancelled.map((s) => s.status)).toContain("cancelled");
    expect(cancelled.every((s) => s.status === "succeeded" || s.status === "cancelled")).toBe(true);

    const history = await ok<S["ConnectionStreamHistoryRead"]>("/v1/connections/stream_history", {
      connectionId: postgres,
      timezone: "UTC",
    });
    const jobs = await ok<S["JobReadList"]>("/v1/jobs/list", { configTypes: ["sync"], configId: postgres, pagination: { pageSize: 1000 } });
    const clock = Math.max(...jobs.jobs.map(({ job }) => job!.updatedAt));
    const expected = new Map<string, number>();
    for (const { job } of jobs.jobs) {
      const { attempts } = await ok<S["JobInfoRead"]>("/v1/jobs/get_without_logs", { id: job!.id });
      for (const { attempt } of attempts) {
        if (attempt.endedAt === undefined || attempt.endedAt < clock - 30 * 86_400) continue;
        const day = Math.floor(attempt.endedAt / 86_400) * 86_400;
        for (const stream of attempt.streamStats ?? []) {
          const key = `${day} ${stream.streamName}`;
          expected.set(key, (expected.get(key) ?? 0) + (stream.stats.recordsCommitted ?? 0));
        }
      }
    }
    const got = new Map(
      history.filter((item) => item.recordsCommitted > 0).map((item) => [`${item.timestamp} ${item.streamName}`, item.recordsCommitted]),
    );
    expect(got.size).toBeGreaterThan(10);
    for (const [key, records] of got) expect([key, records]).toEqual([key, expected.get(key)]);
  });
});
