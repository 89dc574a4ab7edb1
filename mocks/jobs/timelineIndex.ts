// Which jobs of a connection have ended, newest end first, kept up to date as jobs are added and end,
// so a page of the timeline costs what it returns (a connection of 10,000 jobs answered its first
// page in ~300 ms when every end event was built for every call; see bench/scenarios/timeline.ts).
// Only arithmetic on the plans is done for every job; the events themselves are built by the caller
// for the jobs a page shows (and cached there: an ended job never changes).
import type { Db } from "../db/store";
import type { JobRecord } from "./model";

export interface EndedJob {
  job: JobRecord;
  /** When the job ended (ms, mock clock). */
  end: number;
  /** Its end event's createdAt: the job's updatedAt, which the API gives in whole seconds. */
  createdAt: number;
}

interface ConnectionJobs {
  /** Newest event first, then the higher job id (the repository's ORDER BY created_at DESC). */
  ended: EndedJob[];
  /** Jobs that had not ended when last looked at (a cancel can still move their end). */
  open: JobRecord[];
}

interface JobIndex {
  jobs: Db["jobs"];
  /** Jobs indexed so far, and the next id not yet looked at (ids come from db.nextJobId, never reused). */
  size: number;
  nextId: number;
  byConnection: Map<string, ConnectionJobs>;
}

const indexes = new WeakMap<Db, JobIndex>();

/**
 * When `job` ends: its cancellation, or the end of its last attempt (jobStatus is terminal from then);
 * undefined while it can still run (no attempt planned, not cancelled). A cancellation always comes
 * before the natural end (cancelJob only cancels a running job).
 */
function endOf(job: JobRecord): number | undefined {
  const last = job.attempts.at(-1);
  const natural = last ? job.createdAt + last.startOffsetMs + last.durationMs : undefined;
  if (job.cancelledAt !== undefined && (natural === undefined || job.cancelledAt <= natural)) return job.cancelledAt;
  return natural;
}

/** jobUpdatedAtMs of an ended job, in whole seconds as the event carries it. */
function endEventTime(job: JobRecord, end: number): number {
  if (job.cancelledAt === end) return Math.floor(end / 1000) * 1000;
  let latest = job.createdAt;
  for (const plan of job.attempts) latest = Math.max(latest, job.createdAt + plan.startOffsetMs + plan.durationMs);
  return Math.floor(latest / 1000) * 1000;
}

const newestFirst = (a: EndedJob, b: EndedJob) => b.createdAt - a.createdAt || b.job.id - a.job.id;

function add(index: JobIndex, job: JobRecord): void {
  let jobs = index.byConnection.get(job.connectionId);
  if (!jobs) index.byConnection.set(job.connectionId, (jobs = { ended: [], open: [] }));
  jobs.open.push(job);
  index.size += 1;
}

function rebuild(db: Db): JobIndex {
  const index: JobIndex = { jobs: db.jobs, size: 0, nextId: db.nextJobId, byConnection: new Map() };
  for (const job of db.jobs.values()) add(index, job);
  indexes.set(db, index);
  return index;
}

/** The index, caught up with the jobs added since the last call (a restored snapshot starts over). */
function current(db: Db): JobIndex {
  const index = indexes.get(db);
  if (!index || index.jobs !== db.jobs || index.size > db.jobs.size) return rebuild(db);
  for (; index.nextId < db.nextJobId; index.nextId += 1) {
    const job = db.jobs.get(index.nextId);
    if (job) add(index, job);
  }
  // A job stored under an id not from nextJobId: look at everything again.
  return index.size === db.jobs.size ? index : rebuild(db);
}

/** The connection's ended jobs at `at`, newest end event first. Do not modify the array. */
export function endedJobs(db: Db, connectionId: string, at: number): readonly EndedJob[] {
  const jobs = current(db).byConnection.get(connectionId);
  if (!jobs) return [];
  const stillOpen: JobRecord[] = [];
  const endedNow: EndedJob[] = [];
  for (const job of jobs.open) {
    const end = endOf(job);
    if (end !== undefined && end <= at) endedNow.push({ job, end, createdAt: endEventTime(job, end) });
    else stillOpen.push(job);
  }
  if (endedNow.length > 0) {
    jobs.open = stillOpen;
    for (const ended of endedNow) jobs.ended.push(ended);
    jobs.ended.sort(newestFirst);
  }
  return jobs.ended;
}
