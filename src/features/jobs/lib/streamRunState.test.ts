import type { StreamStatusRead } from "@/api/hooks/syncStatus";
import { streamRowsFromStatuses } from "./streamRunState";

let nextId = 0;
function status(
  partial: Pick<StreamStatusRead, "streamName" | "runState" | "transitionedAt"> & Partial<StreamStatusRead>,
): StreamStatusRead {
  return {
    id: `00000000-0000-4000-8000-${String(nextId++).padStart(12, "0")}`,
    attemptNumber: 0,
    connectionId: "c",
    workspaceId: "w",
    jobId: 1,
    jobType: "SYNC",
    ...partial,
  };
}

describe("streamRowsFromStatuses", () => {
  const streams = [{ name: "users", namespace: "public" }, { name: "orders", namespace: "public" }, { name: "events" }];

  it("takes each stream's newest row: a new sync's pending and running rows win over the last complete one", () => {
    const rows = streamRowsFromStatuses(
      streams,
      [
        status({ streamName: "users", streamNamespace: "public", runState: "COMPLETE", transitionedAt: 1_000 }),
        status({ streamName: "users", streamNamespace: "public", runState: "RUNNING", transitionedAt: 2_000, jobId: 2 }),
        status({ streamName: "orders", streamNamespace: "public", runState: "COMPLETE", transitionedAt: 1_500 }),
        status({ streamName: "orders", streamNamespace: "public", runState: "PENDING", transitionedAt: 2_000, jobId: 2 }),
      ],
      [{ name: "users", namespace: "public", state: "synced", records: 42 }],
    );
    expect(rows).toEqual([
      { name: "users", namespace: "public", state: "running", lastSyncedAt: 1_000, records: 42 },
      { name: "orders", namespace: "public", state: "queued", lastSyncedAt: 1_500, records: undefined },
      { name: "events", namespace: undefined, state: "never", lastSyncedAt: undefined, records: undefined },
    ]);
  });

  it("tells a failed stream from a cancelled one, a cleared one and a rate-limited one (with its reset time)", () => {
    const rows = streamRowsFromStatuses(
      streams,
      [
        status({ streamName: "users", streamNamespace: "public", runState: "INCOMPLETE", incompleteRunCause: "FAILED", transitionedAt: 5 }),
        status({
          streamName: "orders",
          streamNamespace: "public",
          runState: "INCOMPLETE",
          incompleteRunCause: "CANCELED",
          transitionedAt: 5,
        }),
        status({ streamName: "orders", streamNamespace: "public", runState: "COMPLETE", jobType: "RESET", transitionedAt: 9 }),
        status({ streamName: "events", runState: "RATE_LIMITED", transitionedAt: 7, metadata: { quotaReset: 60_000 } }),
      ],
      [],
    );
    expect(rows.map((row) => row.state)).toEqual(["failed", "cleared", "rate_limited"]);
    expect(rows[2]!.quotaResetAt).toBe(60_000);
    // A clear is not a sync: the stream has no last sync time from it.
    expect(rows[1]!.lastSyncedAt).toBeUndefined();
  });

  it("matches a stream without a namespace whether the server sends none or null", () => {
    const rows = streamRowsFromStatuses(
      [{ name: "events" }],
      [status({ streamName: "events", streamNamespace: null as unknown as undefined, runState: "COMPLETE", transitionedAt: 3 })],
      [],
    );
    expect(rows[0]).toMatchObject({ state: "synced", lastSyncedAt: 3 });
  });
});
