// The sync status endpoints answer what a real server computes from its jobs (see
// jobs/syncStatus.ts): the connection's state in the server's order of precedence, the running
// job's progress for every stream it covers, and the newest status of each stream per run state.
import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";
import type { S } from "./lib/types";

const postgres = SEED.connections.postgresToS3.id;
const stripe = SEED.connections.stripeToRedshift.id;
const facebook = SEED.connections.facebookToS3.id;

beforeEach(async () => {
  await mockControl.reset();
});

async function statusOf(connectionId: string): Promise<S["ConnectionStatusRead"]> {
  const [status] = await ok<S["ConnectionStatusRead"][]>("/v1/connections/status", { connectionIds: [connectionId] });
  return status!;
}

async function streamStatuses(connectionId: string): Promise<S["StreamStatusRead"][]> {
  return (await ok<S["StreamStatusReadList"]>("/v1/stream_statuses/latest_per_run_state", { connectionId })).streamStatuses ?? [];
}

async function selectedStreamCount(connectionId: string): Promise<number> {
  const connection = await ok<S["ConnectionRead"]>("/v1/connections/get", { connectionId });
  return connection.syncCatalog.streams.filter((s) => s.config?.selected !== false).length;
}

describe("connections/status", () => {
  it("says synced, failed (a configuration error) and paused for the seeded connections, in one call", async () => {
    const statuses = await ok<S["ConnectionStatusRead"][]>("/v1/connections/status", { connectionIds: [postgres, stripe, facebook] });
    expect(statuses.map((s) => [s.connectionId, s.connectionSyncStatus])).toEqual([
      [postgres, "synced"],
      [stripe, "failed"],
      [facebook, "paused"],
    ]);
    const [healthy, failing] = statuses;
    expect(healthy!.lastSuccessfulSync).toBeGreaterThan(0);
    expect(healthy!.failureReason).toBeUndefined();
    expect(failing!.failureReason?.failureType).toBe("config_error");
    expect(failing!.failureReason?.externalMessage).toMatch(/permission denied/);
  });

  it("follows a sync: running with the active job, then synced with the job's end as the last success", async () => {
    const started = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    mockControl.advanceClock(3_000);
    const running = await statusOf(postgres);
    expect(running.connectionSyncStatus).toBe("running");
    expect(running.activeJob?.id).toBe(started.job.id);

    mockControl.advanceClock(60_000);
    const done = await statusOf(postgres);
    const job = await ok<S["JobInfoRead"]>("/v1/jobs/get", { id: started.job.id });
    expect(done.connectionSyncStatus).toBe("synced");
    expect(done.activeJob).toBeUndefined();
    expect(done.lastSuccessfulSync).toBe(job.job.updatedAt);
    expect(done.lastSyncJobId).toBe(started.job.id);
  });

  it("says incomplete after a cancelled sync and pending after a clear", async () => {
    const started = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    mockControl.advanceClock(3_000);
    await ok("/v1/jobs/cancel", { id: started.job.id });
    expect((await statusOf(postgres)).connectionSyncStatus).toBe("incomplete");

    await ok("/v1/connections/clear", { connectionId: postgres });
    mockControl.advanceClock(60_000);
    expect((await statusOf(postgres)).connectionSyncStatus).toBe("pending");
  });

  it("refuses an unknown connection with 404", async () => {
    const answer = await call("/v1/connections/status", { connectionIds: [postgres, "00000000-0000-4000-8000-000000000000"] });
    expect(answer.status).toBe(404);
  });
});

describe("connections/sync_progress", () => {
  it("lists every stream of the running sync, and nothing once it ended", async () => {
    const started = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    mockControl.advanceClock(4_000);
    const progress = await ok<S["ConnectionSyncProgressRead"]>("/v1/connections/sync_progress", { connectionId: postgres });
    expect(progress.jobId).toBe(started.job.id);
    expect(progress.configType).toBe("sync");
    expect(progress.streams).toHaveLength(await selectedStreamCount(postgres));
    expect(progress.recordsEmitted).toBeGreaterThan(0);

    mockControl.advanceClock(60_000);
    const after = await ok<S["ConnectionSyncProgressRead"]>("/v1/connections/sync_progress", { connectionId: postgres });
    expect(after.streams).toEqual([]);
    expect(after.jobId).toBeUndefined();
  });
});

describe("stream_statuses/latest_per_run_state", () => {
  it("shows streams running one after another during a sync, all complete after it", async () => {
    const streams = await selectedStreamCount(postgres);
    expect(streams).toBeGreaterThan(1);
    const started = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    mockControl.advanceClock(4_000);
    const during = (await streamStatuses(postgres)).filter((s) => s.jobId === started.job.id);
    const states = new Set(during.map((s) => s.runState));
    expect(states.has("RUNNING") || states.has("PENDING")).toBe(true);

    mockControl.advanceClock(60_000);
    const after = (await streamStatuses(postgres)).filter((s) => s.jobId === started.job.id);
    expect(after.filter((s) => s.runState === "COMPLETE")).toHaveLength(streams);
    // One row per stream, run state and job type: the new COMPLETE rows replaced the older ones.
    const keys = (await streamStatuses(postgres)).map(
      (s) => `${s.jobType} ${s.streamNamespace} ${s.streamName} ${s.runState} ${s.incompleteRunCause}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("marks the streams a cancel stopped as incomplete, cancelled", async () => {
    const started = await ok<S["JobInfoRead"]>("/v1/connections/sync", { connectionId: postgres });
    mockControl.advanceClock(3_000);
    await ok("/v1/jobs/cancel", { id: started.job.id });
    const rows = (await streamStatuses(postgres)).filter((s) => s.jobId === started.job.id);
    expect(rows.some((s) => s.runState === "INCOMPLETE" && s.incompleteRunCause === "CANCELED")).toBe(true);
  });

  it("has no rows for an unknown connection", async () => {
    expect(await streamStatuses("00000000-0000-4000-8000-000000000000")).toEqual([]);
  });
});
