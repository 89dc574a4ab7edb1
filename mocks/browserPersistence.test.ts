// The browser mock keeps its records in localStorage, except after bulk seeding (thousands of
// records: too large to store, and too slow to serialise on every change) until the next reset.
import { forgetStoredState, saveSoon, stopKeepingBulkState } from "./browserPersistence";
import { ensureDb } from "./db/load";

const KEY = "syncdeck.mock.state";

beforeEach(async () => {
  // Loaded before the clock is faked: a save then only serialises (loading can take seconds when busy).
  await ensureDb();
  localStorage.clear();
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});
afterEach(() => {
  vi.useRealTimers();
  forgetStoredState();
});

/** A save is due 400 ms after a change; then the database loads (async) and is written. */
async function saveDue() {
  saveSoon();
  await vi.advanceTimersByTimeAsync(400);
}

it("keeps the records after a change, stops after bulk seeding, and keeps them again after a reset", async () => {
  await saveDue();
  await vi.waitFor(() => expect(localStorage.getItem(KEY)).not.toBeNull(), { timeout: 30_000 });

  stopKeepingBulkState();
  expect(localStorage.getItem(KEY)).toBeNull();
  await saveDue();
  // The save that would have run has had every chance to: nothing was written.
  await vi.advanceTimersByTimeAsync(1000);
  await Promise.resolve();
  expect(localStorage.getItem(KEY)).toBeNull();

  forgetStoredState();
  await saveDue();
  await vi.waitFor(() => expect(localStorage.getItem(KEY)).not.toBeNull(), { timeout: 30_000 });
});
