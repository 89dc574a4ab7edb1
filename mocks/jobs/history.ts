// About three weeks of job history for the seeded connections, so the first screens have
// something to show: a few syncs a day, mostly successful, some retried, failed or cancelled,
// and a clear. The Stripe connection's latest sync failed; the Facebook one stopped a week ago
// when it was disabled. Deterministic per connection.
import type { Db } from "../db/store";
import type { S } from "../lib/types";
import { hashString, randomBetween, seededRandom } from "../lib/random";
import { SEED } from "../seed/ids";
import type { AttemptPlan, JobRecord } from "./model";
import { configFailure, enabledStreams, resumedShare, transientFailure } from "./simulator";
import { readsFromDatabase } from "./sourceKind";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const MINUTE = 60 * 1000;

type Outcome = "succeeded" | "retried" | "failed" | "cancelled";

function historicalJob(
  db: Db,
  connectionId: string,
  streams: S["StreamDescriptor"][],
  createdAt: number,
  outcome: Outcome,
  seed: number,
  configType: JobRecord["configType"] = "sync",
): Omit<JobRecord, "id"> {
  const connection = db.connections.get(connectionId)!;
  const random = seededRandom(seed);
  const sourceName = db.sources.get(connection.sourceId)?.name ?? "source";
  const destinationName = db.destinations.get(connection.destinationId)?.name ?? "destination";
  const records = configType === "sync" ? Math.floor(randomBetween(2_000, 400_000, random)) : 0;
  const bytes = records * Math.floor(randomBetween(250, 900, random));
  const duration = configType === "sync" ? randomBetween(2 * MINUTE, 25 * MINUTE, random) : randomBetween(20_000, 90_000, random);
  const attempts: AttemptPlan[] = [];
  let offset = randomBetween(5_000, 40_000, random);
  const failed = (failure: AttemptPlan["failure"]): AttemptPlan => {
    const plan: AttemptPlan = {
      startOffsetMs: offset,
      durationMs: duration * 0.4,
      outcome: "failed",
      records: Math.floor(records * 0.4),
      bytes: Math.floor(bytes * 0.4),
      failure,
    };
    offset += plan.durationMs + randomBetween(60_000, 5 * MINUTE, random);
    return plan;
  };
  let cancelledAt: number | undefined;
  if (outcome === "retried")
    attempts.push(failed(transientFailure(sourceName, streams[0]?.name, readsFromDatabase(db, connection.connectionId))));
  if (outcome === "failed") {
    // Airbyte retries a failing sync a few times before it gives up.
    for (let i = 0; i < 3; i++) attempts.push(failed(configFailure(destinationName)));
  } else {
    const remaining = resumedShare(records, attempts);
    attempts.push({
      startOffsetMs: offset,
      durationMs: duration,
      outcome: "succeeded",
      records: remaining,
      bytes: records > 0 ? Math.floor((bytes * remaining) / records) : 0,
    });
    if (outcome === "cancelled") cancelledAt = createdAt + offset + duration * randomBetween(0.2, 0.7, random);
  }
  // Each job owns its list: the seed hands out shared constants.
  const ownStreams = streams.map((stream) => ({ ...stream }));
  return {
    configType,
    connectionId,
    createdAt,
    attempts,
    streams: ownStreams,
    seed,
    ...(cancelledAt !== undefined ? { cancelledAt } : {}),
  };
}

function outcomeFor(random: () => number): Outcome {
  const roll = random();
  if (roll < 0.8) return "succeeded";
  if (roll < 0.9) return "retried";
  if (roll < 0.96) return "failed";
  return "cancelled";
}

/**
 * The seeded connections' history. `streamsOf` names each one's selected streams: the seed knows
 * them before their catalogs are loaded (mocks/seed/streams.ts).
 */
export function seedHistory(db: Db, now: number, streamsOf: (connectionId: string) => S["StreamDescriptor"][]): void {
  const plans: Omit<JobRecord, "id">[] = [];
  const schedules = [
    { id: SEED.connections.postgresToS3.id, everyHours: 8, until: now - 2 * HOUR, lastOutcome: "succeeded" as Outcome },
    { id: SEED.connections.stripeToRedshift.id, everyHours: 12, until: now - 3 * HOUR, lastOutcome: "failed" as Outcome },
    { id: SEED.connections.facebookToS3.id, everyHours: 24, until: now - 7 * DAY, lastOutcome: "succeeded" as Outcome },
  ];
  for (const schedule of schedules) {
    if (!db.connections.has(schedule.id)) continue;
    const random = seededRandom(hashString(schedule.id));
    const slots: number[] = [];
    for (let t = now - 21 * DAY; t <= schedule.until; t += schedule.everyHours * HOUR) slots.push(t + Math.floor(random() * 10 * MINUTE));
    slots.forEach((createdAt, i) => {
      const last = i === slots.length - 1;
      plans.push(
        historicalJob(
          db,
          schedule.id,
          streamsOf(schedule.id),
          createdAt,
          last ? schedule.lastOutcome : outcomeFor(random),
          hashString(`${schedule.id}:${i}`),
        ),
      );
    });
  }
  // A clear of the Postgres connection ten days ago, and a reset of the Facebook one.
  plans.push(
    historicalJob(
      db,
      SEED.connections.postgresToS3.id,
      streamsOf(SEED.connections.postgresToS3.id),
      now - 10 * DAY + HOUR,
      "succeeded",
      11,
      "clear",
    ),
  );
  plans.push(
    historicalJob(
      db,
      SEED.connections.facebookToS3.id,
      streamsOf(SEED.connections.facebookToS3.id),
      now - 12 * DAY + 3 * HOUR,
      "succeeded",
      12,
      "reset_connection",
    ),
  );
  plans.sort((a, b) => a.createdAt - b.createdAt);
  for (const plan of plans) {
    const job: JobRecord = { ...plan, id: db.nextJobId++ };
    db.jobs.set(job.id, job);
  }
}

/** `count` more historical jobs for a connection, older than its existing ones (benchmarks: 1,000 jobs). */
export function addHistoricalJobs(db: Db, connectionId: string, count: number, now: number): void {
  let oldest = now;
  for (const job of db.jobs.values()) if (job.connectionId === connectionId) oldest = Math.min(oldest, job.createdAt);
  const random = seededRandom(hashString(`${connectionId}:${count}:${oldest}`));
  const streams = enabledStreams(db.connections.get(connectionId)!);
  for (let i = 1; i <= count; i++) {
    const plan = historicalJob(
      db,
      connectionId,
      streams,
      oldest - i * 6 * HOUR,
      outcomeFor(random),
      hashString(`${connectionId}:extra:${i}`),
    );
    const job: JobRecord = { ...plan, id: db.nextJobId++ };
    db.jobs.set(job.id, job);
  }
}
