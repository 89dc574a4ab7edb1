// When to poll the server about jobs: only while something runs, slower when nobody is looking.
import type { JobStatus, Schemas } from "./types";

export const POLL_VISIBLE_MS = 2_000;
export const POLL_HIDDEN_MS = 15_000;
/**
 * An attempt's log is polled no faster than this: a real server's log writer uploads a new file
 * about every 60 s and each read lists and sorts all of the attempt's files (LogClient.kt), so
 * faster polling costs the server without showing anything sooner.
 */
const POLL_LOGS_MS = 10_000;

/** Statuses of a job that has not finished yet. */
const ACTIVE: ReadonlySet<JobStatus> = new Set<JobStatus>(["pending", "queued", "running", "incomplete"]);

export function isJobActive(status: JobStatus | undefined): boolean {
  return status !== undefined && ACTIVE.has(status);
}

export function pollInterval(anyActive: boolean, documentHidden: boolean): number | false {
  if (!anyActive) return false;
  return documentHidden ? POLL_HIDDEN_MS : POLL_VISIBLE_MS;
}

export function listHasActiveJob(data: Pick<Schemas["JobReadList"], "jobs"> | undefined): boolean {
  return Boolean(data?.jobs.some((item) => isJobActive(item.job?.status)));
}

function isDocumentHidden(): boolean {
  return typeof document !== "undefined" && document.visibilityState === "hidden";
}

/** Poll while something runs; slower when the page is hidden (see pollInterval). */
export function pollWhileActive(active: boolean): number | false {
  return pollInterval(active, isDocumentHidden());
}

/** Poll an attempt's log while it runs, at most every POLL_LOGS_MS. */
export function pollLogWhileActive(active: boolean): number | false {
  const interval = pollWhileActive(active);
  return interval === false ? false : Math.max(interval, POLL_LOGS_MS);
}
