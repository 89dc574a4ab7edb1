// The browser mock keeps its records across reloads, per browser profile, in localStorage (the
// Vitest and Node mocks stay in memory). What is stored is a snapshot without secrets
// (db/snapshot.ts): secret values are replaced by the API's `**********` marker, so after a reload
// everything is there but the secrets typed before it. A snapshot of another version, or one that
// cannot be read, is discarded and the mock starts from the seed.
import { ensureDb, startFrom } from "./db/load";
import { isSnapshot, restoreSnapshot, takeSnapshot } from "./db/snapshot";

const STORAGE_KEY = "syncdeck.mock.state";

/** Requests that change records: the others (lists, gets, polls) never need a save. */
const CHANGES = /\/(create|update|delete|clear|refresh|reset|sync|cancel|discover_schema|upgrade_version)(\/|$)/;
const SAVE_PAUSE_MS = 400;

function forget(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage off: nothing was kept.
  }
}

/** Start from the records stored by an earlier visit, if any can be read. */
export function restoreStoredState(): void {
  let parsed: unknown;
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw === null) return;
    parsed = JSON.parse(raw);
  } catch {
    forget();
    return;
  }
  if (!isSnapshot(parsed)) {
    forget();
    return;
  }
  const snapshot = parsed;
  startFrom((seeded) => restoreSnapshot(seeded, snapshot));
}

let timer: ReturnType<typeof setTimeout> | undefined;
// Set by bulk seeding (seedJobs, seedMany: thousands of records for scale tests and demos). Such a
// database does not fit in localStorage (10,000 jobs serialise to 12.6 MB, over Chromium's quota),
// and serialising it blocks the page for 160-250 ms on every save: it is not kept (until a reset).
let bulk = false;

async function save(): Promise<void> {
  if (bulk) return;
  const db = await ensureDb();
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(takeSnapshot(db)));
  } catch {
    // Over the storage quota (e.g. after seedMany) or storage off: keep nothing rather than an old state.
    forget();
  }
}

/** Save soon after a request that may have changed records (a burst of them saves once). */
export function saveAfter(url: string): void {
  if (!CHANGES.test(new URL(url).pathname)) return;
  saveSoon();
}

/** Save soon (after a change made through the control API). */
export function saveSoon(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void save(), SAVE_PAUSE_MS);
}

/** Forget the stored records (the control API's reset: back to the seed, on this reload and the next). */
export function forgetStoredState(): void {
  clearTimeout(timer);
  bulk = false;
  forget();
}

/** After bulk seeding: stop keeping records (see `bulk`); the next reload starts from the seed. */
export function stopKeepingBulkState(): void {
  clearTimeout(timer);
  bulk = true;
  forget();
}
