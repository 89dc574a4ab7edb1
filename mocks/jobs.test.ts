import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";
import type { S } from "./lib/types";

type JobInfo = S["JobInfoRead"];
const stripe = SEED.connections.stripeToRedshift.id;
const postgres = SEED.connections.postgresToS3.id;

beforeEach(async () => {
  await mockControl.reset();
});

async function job(id: number): Promise<JobInfo> {
  return ok<JobInfo>("/v1/jobs/get", { id });
}

function logText(info: JobInfo): string {
  return info.attempts.map((a) => (a.logs && "logLines" in a.logs ? a.logs.logLines.join("\n") : "")).join("\n");
}

describe("job simulator", () => {
  it("moves a sync from pending to running to succeeded, with growing stats and logs", async () => {
    const started = await ok<JobInfo>("/v1/connections/sync", { connectionId: postgres });
    expect(started.job.status).toBe("pending");
    expect(started.job.configType).toBe("sync");
    const id = started.job.id;

    mockControl.advanceClock(3000);
    const running = await job(id);
    expect(running.job.status).toBe("running");
    const early = running.attempts[0]!.attempt;
    expect(early.status).toBe("running");
    const earlyLines = logText(running).split("\n").length;

    mockControl.advanceClock(2000);
    const later = await job(id);
    expect(later.attempts[0]!.attempt.totalStats!.recordsEmitted!).toBeGreaterThan(early.totalStats!.recordsEmitted!);
    expect(logText(later).split("\n").length).toBeGreaterThan(earlyLines);
    expect(later.attempts[0]!.attempt.streamStats!.length).toBeGreaterThan(0);

    mockControl.advanceClock(10_000);
    const done = await job(id);
    expect(done.job.status).toBe("succeeded");
    expect(done.attempts[0]!.attempt.recordsSynced).toBeGreaterThan(0);
    expect(done.job.aggregatedStats!.recordsCommitted).toBe(done.attempts[0]!.attempt.totalStats!.recordsCommitted);
    expect(logText(done)).toContain("\u001b[32mINFO");
  });

  // A real server sorts the lines of every uploaded log file by timestamp (LogClient.kt), and each pod
  // uploads on its own cadence: a late upload lands between lines already served.
  it("serves a running attempt's log as uploaded batches sorted by time: a late batch sorts into the middle", async () => {
    const started = await ok<JobInfo>("/v1/connections/sync", { connectionId: postgres });
    const attemptLog = async () =>
      ((await ok<S["AttemptInfoRead"]>("/v1/attempt/get_for_job", { jobId: started.job.id, attemptNumber: 0 })).logs as S["LogRead"])
        .logLines;
    const secondOf = (line: string) => line.slice(0, 19);
    mockControl.advanceClock(1_000);
    let previous: string[] = [];
    let insertedMidLog = false;
    for (let step = 0; step < 60; step++) {
      mockControl.advanceClock(250);
      const lines = await attemptLog();
      const stamped = lines.filter((line) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(line)).map(secondOf);
      expect(stamped).toEqual([...stamped].sort());
      // Nothing served before goes missing later.
      const remaining = new Map<string, number>();
      for (const line of lines) remaining.set(line, (remaining.get(line) ?? 0) + 1);
      for (const line of previous) {
        expect(remaining.get(line) ?? 0).toBeGreaterThan(0);
        remaining.set(line, remaining.get(line)! - 1);
      }
      if (previous.length > 0 && lines.slice(0, previous.length).join("\n") !== previous.join("\n")) insertedMidLog = true;
      previous = lines;
    }
    expect(insertedMidLog).toBe(true);
    expect((await job(started.job.id)).job.status).toBe("succeeded");
  });

  it("refuses a second sync while one runs, Airbyte-style", async () => {
    await ok("/v1/connections/sync", { connectionId: postgres });
    const second = await call<{ message: string }>("/v1/connections/sync", { connectionId: postgres });
    expect(second.status).toBe(422);
    expect(second.body.message).toMatch(/already running/);
  });

  it("cancels a running job", async () => {
    const { job: started } = await ok<JobInfo>("/v1/connections/sync", { connectionId: postgres });
    mockControl.advanceClock(2500);
    const cancelled = await ok<JobInfo>("/v1/jobs/cancel", { id: started.id });
    expect(cancelled.job.status).toBe("cancelled");
    mockControl.advanceClock(20_000);
    const later = await job(started.id);
    expect(later.job.status).toBe("cancelled");
    expect(later.attempts[0]!.attempt.failureSummary!.failures[0]!.failureType).toBe("manual_cancellation");
    // The connection is free again.
    expect((await call("/v1/connections/sync", { connectionId: postgres })).status).toBe(200);
  });

  it("fails the first attempt of the next Stripe sync with a full failure summary, then succeeds", async () => {
    const { job: started } = await ok<JobInfo>("/v1/connections/sync", { connectionId: stripe });
    mockControl.advanceClock(5500);
    const between = await job(started.id);
    expect(between.attempts[0]!.attempt.status).toBe("failed");
    expect(between.job.status).not.toBe("failed");
    const failure = between.attempts[0]!.attempt.failureSummary!.failures[0]!;
    expect(failure.failureOrigin).toBeTruthy();
    expect(failure.failureType).toBeTruthy();
    expect(failure.externalMessage).toBeTruthy();
    expect(failure.internalMessage).toBeTruthy();
    expect(failure.stacktrace).toContain("\n");
    mockControl.advanceClock(20_000);
    const done = await job(started.id);
    expect(done.attempts.map((a) => a.attempt.status)).toEqual(["failed", "succeeded"]);
    expect(done.job.status).toBe("succeeded");
    expect(logText(done)).toMatch(/ERROR/);
  });

  it("clears chosen streams with a clear job that completes", async () => {
    const { syncCatalog } = await ok<S["ConnectionRead"]>("/v1/connections/get", { connectionId: postgres });
    const stream = syncCatalog.streams[0]!.stream!;
    const { job: started } = await ok<JobInfo>("/v1/connections/clear/stream", {
      connectionId: postgres,
      streams: [{ streamName: stream.name, streamNamespace: stream.namespace }],
    });
    expect(started.configType).toBe("clear");
    expect(started.resetConfig!.streamsToReset).toEqual([{ name: stream.name, namespace: stream.namespace }]);
    mockControl.advanceClock(10_000);
    expect((await job(started.id)).job.status).toBe("succeeded");
  });
  it('refuses a stream list that is not a list (streams: "all") instead of clearing every stream', async () => {
    for (const path of ["/v1/connections/clear/stream", "/v1/connections/reset/stream"]) {
      const answer = await call<{ validationErrors: { propertyPath: string }[] }>(path, { connectionId: postgres, streams: "all" });
      expect(answer.status, path).toBe(422);
      expect(answer.body.validationErrors[0]!.propertyPath, path).toBe("streams");
    }
    // Nothing started: a sync can still start.
    expect((await call("/v1/connections/sync", { connectionId: postgres })).status).toBe(200);
  });
});

describe("jobs/list", () => {
  it("pages through the history newest first and reports the total", async () => {
    const body = { configTypes: ["sync"], configId: postgres };
    const all = await ok<S["JobReadList"]>("/v1/jobs/list", body);
    expect(all.totalJobCount).toBeGreaterThan(30);
    const first = await ok<S["JobReadList"]>("/v1/jobs/list", { ...body, pagination: { pageSize: 10, rowOffset: 0 } });
    const second = await ok<S["JobReadList"]>("/v1/jobs/list", { ...body, pagination: { pageSize: 10, rowOffset: 10 } });
    expect(first.jobs).toHaveLength(10);
    expect(first.totalJobCount).toBe(all.totalJobCount);
    const ids = [...first.jobs, ...second.jobs].map((j) => j.job!.id);
    expect(new Set(ids).size).toBe(20);
    const created = [...first.jobs, ...second.jobs].map((j) => j.job!.createdAt);
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it("filters by status and creation date", async () => {
    const failed = await ok<S["JobReadList"]>("/v1/jobs/list", { configTypes: ["sync"], configId: stripe, statuses: ["failed"] });
    expect(failed.jobs.length).toBeGreaterThan(0);
    expect(failed.jobs.every((j) => j.job!.status === "failed")).toBe(true);
    const since = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    const recent = await ok<S["JobReadList"]>("/v1/jobs/list", { configTypes: ["sync"], configId: stripe, createdAtStart: since });
    expect(recent.jobs.length).toBeGreaterThan(0);
    expect(recent.jobs.every((j) => j.job!.createdAt * 1000 >= Date.parse(since))).toBe(true);
  });

  it("seedJobs adds historical jobs for a benchmark", async () => {
    const before = (await ok<S["JobReadList"]>("/v1/jobs/list", { configTypes: ["sync"], configId: postgres, pagination: { pageSize: 1 } }))
      .totalJobCount;
    await mockControl.seedJobs(postgres, 1000);
    const after = (await ok<S["JobReadList"]>("/v1/jobs/list", { configTypes: ["sync"], configId: postgres, pagination: { pageSize: 1 } }))
      .totalJobCount;
    expect(after).toBe(before + 1000);
  });
});

describe("attempt logs", () => {
  it("serves one attempt with its logs, and huge logs on demand", async () => {
    const { jobs } = await ok<S["JobReadList"]>("/v1/jobs/list", {
      configTypes: ["sync"],
      configId: postgres,
      pagination: { pageSize: 1 },
    });
    const id = jobs[0]!.job!.id;
    const attempt = await ok<S["AttemptInfoRead"]>("/v1/attempt/get_for_job", { jobId: id, attemptNumber: 0 });
    expect(attempt.attempt.id).toBe(0);
    mockControl.setLogLines(200_000);
    const huge = await ok<S["AttemptInfoRead"]>("/v1/attempt/get_for_job", { jobId: id, attemptNumber: 0 });
    expect(huge.logs && "logLines" in huge.logs ? huge.logs.logLines.length : 0).toBe(200_000);
    expect((await call("/v1/attempt/get_for_job", { jobId: id, attemptNumber: 9 })).status).toBe(404);
  });
});
