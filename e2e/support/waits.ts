// How long a test waits for states that are slow by nature on a busy 2-core machine. Everything
// else uses the configured expect timeout (30 s). One place, so every spec waits the same way.

/**
 * The first sight of a page after a navigation, or of code loaded on first use: the in-page mock
 * starts, the route's chunks download, then a chain of API calls (workspace, connection, its jobs)
 * runs. Measured at 3–4 s on an idle machine and over 14 s with two workers and axe runs competing.
 */
export const COLD_START = { timeout: 60_000 };

/** A long operation the mock runs for real (discovery on a large catalog). */
export const SLOW_OPERATION = { timeout: 60_000 };

/** An error that shows only after the console's own retries (twice, 1 s then 2 s apart) on top of a cold start. */
export const AFTER_RETRIES = { timeout: 40_000 };
