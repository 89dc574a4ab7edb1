import { describe, expect, it } from "vitest";
import type { JobSyncResultRead, StreamHistoryItem } from "@/api/hooks/timeline";
import { recordsPerDay, streamRows, uptimeSeries } from "./streamHistory";

const job = (
  jobId: number,
  jobCreatedAt: number,
  statuses: [string, JobSyncResultRead["streamStatuses"][number]["status"]][],
): JobSyncResultRead => ({
  jobId,
  jobCreatedAt,
  jobUpdatedAt: jobCreatedAt + 60,
  configType: "sync",
  streamStatuses: statuses.map(([streamName, status]) => ({ streamName, streamNamespace: "public", status })),
  recordsEmitted: 0,
  recordsCommitted: 0,
  recordsRejected: 0,
  bytesEmitted: 0,
  bytesCommitted: 0,
});

const uptime = [
  job(12, 2000, [
    ["users", "succeeded"],
    ["orders", "failed"],
  ]),
  job(11, 1000, [
    ["users", "succeeded"],
    ["orders", "succeeded"],
  ]),
  job(13, 3000, [
    ["users", "cancelled"],
    ["orders", "succeeded"],
  ]),
];
const history: StreamHistoryItem[] = [
  { timestamp: 86_400, streamName: "users", streamNamespace: "public", recordsCommitted: 10 },
  { timestamp: 86_400, streamName: "orders", streamNamespace: "public", recordsCommitted: 5 },
  { timestamp: 0, streamName: "users", streamNamespace: "public", recordsCommitted: 7 },
  { timestamp: 0, streamName: "events", streamNamespace: "", recordsCommitted: 3 },
];

describe("stream history", () => {
  it("counts streams succeeded and not per job, oldest first", () => {
    expect(uptimeSeries(uptime)).toEqual({ x: [1000, 2000, 3000], succeeded: [2, 1, 1], failed: [0, 1, 1], jobIds: [11, 12, 13] });
  });

  it("adds records per day for all streams or one", () => {
    expect(recordsPerDay(history, null)).toEqual({ x: [0, 86_400], values: [10, 15] });
    expect(recordsPerDay(history, "public\u0000users")).toEqual({ x: [0, 86_400], values: [7, 10] });
  });

  it("lists every stream once with its runs and records", () => {
    expect(streamRows(uptime, history).map(({ label, succeeded, runs, records }) => [label, succeeded, runs, records])).toEqual([
      ["events", 0, 0, 3],
      ["public.orders", 2, 3, 5],
      ["public.users", 2, 3, 17],
    ]);
  });
});
