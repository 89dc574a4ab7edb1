// Jobs are simulated from a plan fixed when the job is created: when each attempt starts, how long
// it runs, how it ends and how much data it moves. Everything a client sees (status, attempts,
// stats, logs) is computed from that plan and the clock, so a job advances on its own with wall
// time, the same code serves seeded history (plans in the past) and live syncs, and a test can
// move time forward with the control API instead of fake timers.
import type { S } from "../lib/types";

export type JobType = "sync" | "reset_connection" | "clear" | "refresh";

export interface PlannedFailure {
  failureOrigin: S["FailureOrigin"];
  failureType: S["FailureType"];
  externalMessage: string;
  internalMessage: string;
  stacktrace: string;
  retryable: boolean;
  streamName?: string;
}

export interface AttemptPlan {
  /** Start, relative to the job's creation (ms). */
  startOffsetMs: number;
  durationMs: number;
  outcome: "succeeded" | "failed";
  /** Records and bytes the attempt emits if it runs to the end (a failed one stops part way). */
  records: number;
  bytes: number;
  failure?: PlannedFailure;
}

export interface JobRecord {
  id: number;
  configType: JobType;
  connectionId: string;
  createdAt: number;
  attempts: AttemptPlan[];
  /** Streams the job covers: enabled streams of a sync, or the streams to clear/reset. */
  streams: S["StreamDescriptor"][];
  /** Seeds the generated log lines and per-stream split. */
  seed: number;
  cancelledAt?: number;
}

export const TERMINAL: ReadonlySet<S["JobStatus"]> = new Set(["succeeded", "failed", "cancelled"]);
