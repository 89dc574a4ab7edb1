// What the paged lists filter and sort by, computed once per request: with thousands of
// connections, asking the job simulator per row (each question scans every job) would be slow.
import { jobStatus, isRunning } from "../jobs/simulator";
import type { JobRecord } from "../jobs/model";
import type { S } from "../lib/types";
import { getDb } from "./store";

export interface ConnectionFacts {
  /** The latest sync (or refresh) job, as web_backend/connections/list reports it. */
  latest?: JobRecord;
  latestStatus?: S["JobStatus"];
  /** Its creation time, epoch seconds (null: never synced), the "lastSync" sort value. */
  lastSync: number | null;
  syncing: boolean;
}

/** Every connection's latest sync job and whether one of its jobs runs, from one pass over the jobs. */
export function connectionFacts(): Map<string, ConnectionFacts> {
  const latest = new Map<string, JobRecord>();
  const running = new Set<string>();
  for (const job of getDb().jobs.values()) {
    if (!running.has(job.connectionId) && isRunning(job)) running.add(job.connectionId);
    if (job.configType !== "sync" && job.configType !== "refresh") continue;
    const known = latest.get(job.connectionId);
    if (!known || job.createdAt > known.createdAt || (job.createdAt === known.createdAt && job.id > known.id))
      latest.set(job.connectionId, job);
  }
  const facts = new Map<string, ConnectionFacts>();
  for (const id of getDb().connections.keys()) {
    const job = latest.get(id);
    facts.set(id, {
      latest: job,
      latestStatus: job ? jobStatus(job) : undefined,
      lastSync: job ? Math.floor(job.createdAt / 1000) : null,
      syncing: running.has(id),
    });
  }
  return facts;
}

export interface ActorFacts {
  /** Has at least one active connection (ActorStatus: "active"). */
  active: boolean;
  /** Latest sync of any of its connections, epoch seconds (null: never). */
  lastSync: number | null;
}

/** Per source (or destination): is it in use by an active connection, and when did it last sync. */
export function actorFacts(kind: "source" | "destination", connections: Map<string, ConnectionFacts>): Map<string, ActorFacts> {
  const facts = new Map<string, ActorFacts>();
  for (const c of getDb().connections.values()) {
    const id = kind === "source" ? c.sourceId : c.destinationId;
    const known = facts.get(id) ?? { active: false, lastSync: null };
    const lastSync = connections.get(c.connectionId)?.lastSync ?? null;
    facts.set(id, {
      active: known.active || c.status === "active",
      lastSync: lastSync !== null && (known.lastSync === null || lastSync > known.lastSync) ? lastSync : known.lastSync,
    });
  }
  return facts;
}
