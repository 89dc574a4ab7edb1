// What a job's status means for the person looking at it, and which actions are possible now.
import { isJobActive } from "@/api/polling";
import type { ConnectionRead, JobRead, JobStatus, JobWithAttemptsRead, WebBackendConnectionRead } from "@/api/types";

export function isJobFinished(status: JobStatus | undefined): boolean {
  return status === "succeeded" || status === "failed" || status === "cancelled";
}

/** The job still in progress among the newest jobs (the list is newest first), if any. */
export function findActiveJob(jobs: readonly JobWithAttemptsRead[] | undefined): JobWithAttemptsRead | undefined {
  return jobs?.find((item) => isJobActive(item.job?.status));
}

export type JobKind = "sync" | "clear" | "refresh" | "other";

export function jobKind(job: Pick<JobRead, "configType">): JobKind {
  switch (job.configType) {
    case "sync":
      return "sync";
    case "reset_connection":
    case "clear":
      return "clear";
    case "refresh":
      return "refresh";
    default:
      return "other";
  }
}

export const JOB_KIND_LABEL: Record<JobKind, string> = { sync: "Sync", clear: "Clear data", refresh: "Refresh", other: "Other" };

export const JOB_STATUS_LABEL: Record<JobStatus, string> = {
  pending: "Pending",
  queued: "Queued",
  running: "Running",
  incomplete: "Retrying",
  failed: "Failed",
  succeeded: "Succeeded",
  cancelled: "Cancelled",
};

export const JOB_STATUS_COLOR: Record<JobStatus, string> = {
  pending: "gray",
  queued: "gray",
  running: "blue",
  incomplete: "orange",
  failed: "red",
  succeeded: "green",
  cancelled: "gray",
};

export interface ActionState {
  enabled: boolean;
  /** Why the action is not possible now (shown next to the disabled button). */
  reason?: string;
}

export interface ConnectionActions {
  syncNow: ActionState;
  cancel: ActionState;
  clear: ActionState;
  refresh: ActionState;
}

export interface ActionInputs {
  connection: Pick<ConnectionRead | WebBackendConnectionRead, "status">;
  activeJob: Pick<JobRead, "status" | "configType"> | undefined;
  /** A start/cancel request is on its way (prevents double clicks before the job shows up). */
  requestPending: boolean;
  /** Job status is not known yet (still loading) or could not be loaded. */
  statusKnown: boolean;
  /** Whether the destination's connector can run refreshes (undefined: not known yet). */
  refreshSupported?: boolean;
}

const ok: ActionState = { enabled: true };

const REFRESH_UNSUPPORTED: ActionState = {
  enabled: false,
  reason: "The destination's connector does not support refreshes. Clear the streams' data and sync instead.",
};

/** What the status tab's actions can do now, and why not; a refresh also needs a destination that supports it. */
export function connectionActions(inputs: ActionInputs): ConnectionActions {
  const states = actionsByJobState(inputs);
  return inputs.refreshSupported === false && states.refresh.enabled ? { ...states, refresh: REFRESH_UNSUPPORTED } : states;
}

function actionsByJobState({ connection, activeJob, requestPending, statusKnown }: ActionInputs): ConnectionActions {
  const no = (reason: string): ActionState => ({ enabled: false, reason });
  if (!statusKnown) {
    const unknown = no("Waiting for the current job status.");
    return { syncNow: unknown, cancel: unknown, clear: unknown, refresh: unknown };
  }
  if (requestPending) {
    const busy = no("A request is in progress.");
    return { syncNow: busy, cancel: busy, clear: busy, refresh: busy };
  }
  if (activeJob) {
    const what = JOB_KIND_LABEL[jobKind(activeJob)].toLowerCase();
    const running = no(`A ${what} job is already running. Cancel it or wait for it to finish.`);
    return { syncNow: running, cancel: ok, clear: running, refresh: running };
  }
  const idle = no("Nothing is running.");
  if (connection.status === "deprecated") {
    const gone = no("This connection is deleted.");
    return { syncNow: gone, cancel: idle, clear: gone, refresh: gone };
  }
  if (connection.status === "inactive") {
    const disabled = no("The connection is disabled. Enable it to sync.");
    // Clearing data does not move any: allowed on a disabled connection.
    return { syncNow: disabled, cancel: idle, clear: ok, refresh: disabled };
  }
  return { syncNow: ok, cancel: idle, clear: ok, refresh: ok };
}
