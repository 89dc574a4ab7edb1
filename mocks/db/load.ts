// Loading the mock database from the seed, in two steps so the first screen does not wait for
// fixture data it does not show (see ./seed.ts), and resetting it.
import { buildSeed, completeSeed } from "./seed";
import { isCurrentDb, setDb, type Db } from "./store";

let building: Promise<Db> | undefined;
/** Applied once to the first database built (the browser's stored records, mocks/browserPersistence.ts). */
let startingState: ((seeded: Db) => Promise<void>) | undefined;

/** Start from these records instead of the seed's; call before the first request. A reset goes back to the seed. */
export function startFrom(apply: (seeded: Db) => Promise<void>): void {
  startingState = apply;
}

async function buildFirst(): Promise<Db> {
  const apply = startingState;
  startingState = undefined;
  return buildFrom(apply);
}

async function buildFrom(apply: ((seeded: Db) => Promise<void>) | undefined): Promise<Db> {
  const seeded = await buildSeed();
  if (!apply) return seeded;
  try {
    await apply(seeded);
    return seeded;
  } catch {
    // Records that cannot be restored are dropped: the seed rather than a half-restored database.
    return buildSeed();
  }
}
/** The completion of each database built from the seed (a reset builds a new one). */
const completions = new WeakMap<Db, Promise<void>>();

/**
 * The seeded records: workspace, sources, destinations, connections (without their catalogs), job
 * history, and the definitions of the seeded connectors only. Enough for the first screen, so the
 * endpoints it calls (core-only in their route) need not wait for more.
 */
export function ensureCoreDb(): Promise<Db> {
  building ??= buildFirst().then(
    (seeded) => {
      setDb(seeded);
      return seeded;
    },
    (error: unknown) => {
      building = undefined; // the next request tries again
      throw error;
    },
  );
  return building;
}

/** The whole database: also every definition and the seeded connections' catalogs. */
export async function ensureDb(): Promise<Db> {
  for (;;) {
    const current = await ensureCoreDb();
    let completion = completions.get(current);
    if (!completion) {
      completion = completeSeed(current);
      completions.set(current, completion);
      completion.catch(() => completions.delete(current)); // the next request tries again
    }
    await completion;
    // A reset while it loaded (finished, or still building the new seed): complete the new database instead.
    if (isCurrentDb(current) && (await ensureCoreDb()) === current) return current;
  }
}

/** Back to the seed (completed again once an endpoint needs it), or to the seed with `apply`'s records in place (tests of a reload). */
export async function resetDb(apply?: (seeded: Db) => Promise<void>): Promise<void> {
  // Known at once, not when built: a request already loading the previous database then moves on to this one.
  const next = buildFrom(apply).then(
    (seeded) => {
      setDb(seeded);
      return seeded;
    },
    (error: unknown) => {
      if (building === next) building = undefined; // the next request tries again
      throw error;
    },
  );
  building = next;
  await next;
}
