import type { JobWithAttemptsRead } from "@/api/types";
import { jobFigures, streamStatuses } from "./jobSummary";
import { nextScheduledSync } from "./schedule";

function job(
  partial: Partial<NonNullable<JobWithAttemptsRead["job"]>>,
  attempts: JobWithAttemptsRead["attempts"] = [],
): JobWithAttemptsRead {
  return { job: { id: 1, configType: "sync", configId: "c", createdAt: 1000, updatedAt: 1100, status: "succeeded", ...partial }, attempts };
}

describe("jobFigures", () => {
  it("uses job-level stats when present and seconds timestamps", () => {
    const figures = jobFigures(
      job(
        {
          createdAt: 1000,
          startedAt: 1000,
          aggregatedStats: { recordsCommitted: 5, bytesCommitted: 50, recordsEmitted: 5, bytesEmitted: 50, recordsRejected: 0 },
        },
        [{ id: 0, status: "succeeded", createdAt: 1000, updatedAt: 1060, endedAt: 1060 }],
      ),
    );
    expect(figures).toMatchObject({ records: 5, bytes: 50, durationMs: 60_000, attempts: 1 });
  });

  it("adds up attempts when the job has no aggregated stats, and copes with no attempts", () => {
    const figures = jobFigures(
      job({}, [
        { id: 0, status: "failed", createdAt: 1000, updatedAt: 1010, recordsSynced: 3, bytesSynced: 30 },
        { id: 1, status: "succeeded", createdAt: 1020, updatedAt: 1030, recordsSynced: 4, bytesSynced: 40 },
      ]),
    );
    expect(figures).toMatchObject({ records: 7, bytes: 70, attempts: 2 });
    const none = jobFigures(job({ status: "cancelled" }));
    expect(none.attempts).toBe(0);
    expect(none.records).toBeUndefined();
  });
});

describe("streamStatuses", () => {
  const streams = [{ name: "users" }, { name: "orders" }, { name: "events" }];
  it("takes each stream from the newest job that touched it", () => {
    const rows = streamStatuses(streams, [
      job({ id: 3, status: "running" }),
      job({ id: 2, status: "succeeded", configType: "clear", resetConfig: { streamsToReset: [{ name: "orders" }] } }),
      job({
        id: 1,
        status: "succeeded",
        updatedAt: 2000,
        streamAggregatedStats: [
          { streamName: "users", recordsCommitted: 10, bytesCommitted: 1, recordsEmitted: 10, bytesEmitted: 1, recordsRejected: 0 },
          { streamName: "orders", recordsCommitted: 20, bytesCommitted: 1, recordsEmitted: 20, bytesEmitted: 1, recordsRejected: 0 },
        ],
      }),
    ]);
    expect(rows.map((r) => r.state)).toEqual(["running", "running", "running"]);
    const settled = streamStatuses(streams, [
      job({ id: 2, status: "succeeded", configType: "clear", resetConfig: { streamsToReset: [{ name: "orders" }] } }),
      job({
        id: 1,
        status: "succeeded",
        updatedAt: 2000,
        streamAggregatedStats: [
          { streamName: "users", recordsCommitted: 10, bytesCommitted: 1, recordsEmitted: 10, bytesEmitted: 1, recordsRejected: 0 },
        ],
      }),
    ]);
    expect(settled[0]).toMatchObject({ state: "synced", records: 10, lastSyncedAt: 2_000_000 });
    expect(settled[1]?.state).toBe("cleared");
    expect(settled[2]?.state).toBe("never");
  });
});

describe("nextScheduledSync", () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it("is manual for manual connections", () => {
    expect(nextScheduledSync({ scheduleType: "manual", status: "active" }, undefined, now)).toEqual({ kind: "manual" });
  });

  it("adds the interval to the last start for basic schedules", () => {
    const next = nextScheduledSync(
      { scheduleType: "basic", scheduleData: { basicSchedule: { timeUnit: "hours", units: 24 } }, status: "active" },
      now - 3_600_000,
      now,
    );
    expect(next).toEqual({ kind: "at", at: now + 23 * 3_600_000 });
  });

  it("reads Quartz cron expressions in their time zone, and says which zone", () => {
    const next = nextScheduledSync(
      { scheduleType: "cron", scheduleData: { cron: { cronExpression: "0 0 14 * * ?", cronTimeZone: "UTC" } }, status: "active" },
      undefined,
      now,
    );
    expect(next).toEqual({ kind: "at", at: Date.UTC(2026, 0, 1, 14, 0, 0), timeZone: "UTC" });
    // 14:00 in Tokyo is 05:00 UTC: the next one is on the 2nd.
    const tokyo = nextScheduledSync(
      { scheduleType: "cron", scheduleData: { cron: { cronExpression: "0 0 14 * * ?", cronTimeZone: "Asia/Tokyo" } }, status: "active" },
      undefined,
      now,
    );
    expect(tokyo).toEqual({ kind: "at", at: Date.UTC(2026, 0, 2, 5, 0, 0), timeZone: "Asia/Tokyo" });
  });

  it("reads Quartz weekdays as the schedule editor does: 2 is Monday", () => {
    // `now` is Thursday 2026-01-01; connections/lib/schedule.test.ts checks the editor on the same expression.
    const cron = { cronExpression: "0 0 12 ? * 2", cronTimeZone: "UTC" };
    const next = nextScheduledSync({ scheduleType: "cron", scheduleData: { cron }, status: "active" }, undefined, now);
    expect(next).toEqual({ kind: "at", at: Date.UTC(2026, 0, 5, 12, 0, 0), timeZone: "UTC" });
  });

  it("explains an unreadable cron expression or a disabled connection", () => {
    expect(
      nextScheduledSync(
        { scheduleType: "cron", scheduleData: { cron: { cronExpression: "not cron", cronTimeZone: "UTC" } }, status: "active" },
        undefined,
        now,
      ).kind,
    ).toBe("unknown");
    expect(nextScheduledSync({ scheduleType: "manual", status: "inactive" }, undefined, now).kind).toBe("unknown");
  });
});
