// Syncs end to end, in the production build on the embedded mock backend: sync now through to
// success, a failed attempt and its reason, cancel, clear, and a log opened at a linked line.
// The mock's jobs advance with wall time; tests move its clock forward (advanceClock) instead of
// waiting, so they neither sleep nor depend on the machine's speed.
import type { Page } from "@playwright/test";
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

const postgres = SEED.connections.postgresToS3.id;
const stripe = SEED.connections.stripeToRedshift.id;

/** Jobs created from now on run `factor` times as fast (0.1: ten times slower, so a test is never late). */
async function setJobSpeed(page: Page, factor: number): Promise<void> {
  await page.evaluate(
    (f) => (window as unknown as { __syncdeckMock: { setJobSpeed(f: number): void } }).__syncdeckMock.setJobSpeed(f),
    factor,
  );
}

async function advanceMockClock(page: Page, ms: number): Promise<void> {
  await page.evaluate(
    (by) => (window as unknown as { __syncdeckMock: { advanceClock(ms: number): void } }).__syncdeckMock.advanceClock(by),
    ms,
  );
}

function syncState(page: Page) {
  return page.getByTestId("connection-sync-state");
}

async function openStatus(page: Page, connectionId: string): Promise<void> {
  await page.goto(`/connections/${connectionId}/status`);
  await expect(syncState(page)).toBeVisible(COLD_START);
  await expect(page.getByRole("button", { name: "Sync now" })).toBeEnabled();
}

/** Opens the job history and waits for its first jobs (the chain workspace → connection → jobs runs first). */
async function openHistory(page: Page, connectionId: string): Promise<void> {
  await page.goto(`/connections/${connectionId}/history`);
  await expect(page.getByTestId("job-history-list").getByRole("listitem").first()).toBeVisible(COLD_START);
}

test.describe("syncs", () => {
  test("sync now: pending or running with live progress, then succeeded with a toast @mobile", async ({ page }) => {
    await openStatus(page, postgres);
    await expect(page.getByRole("button", { name: "Cancel" })).toBeDisabled();
    await expect(page.getByText(/Cancel: Nothing is running/)).toBeVisible();

    // Slowed down tenfold: starts after 10 s of mock time and runs for 50-70 s.
    await setJobSpeed(page, 0.1);
    await page.getByRole("button", { name: "Sync now" }).click();
    const started = page.getByText(/^Job \d+ is (pending|running)\.$/);
    await expect(started).toBeVisible();
    const jobId = /Job (\d+)/.exec((await started.textContent()) ?? "")![1]!;
    await expect(syncState(page)).toHaveText(/Sync: (Pending|Running)/);
    await expect(page.getByRole("button", { name: "Sync now" })).toBeDisabled();
    await expect(page.getByText(/A sync job is already running/)).toBeVisible();
    await expect(page.getByText("Records so far")).toBeVisible();

    // Part way through: records are moving.
    await advanceMockClock(page, 30_000);
    await expect(syncState(page)).toHaveText("Sync: Running");
    await expect(page.getByRole("table", { name: "Progress per stream" })).toBeVisible();
    // Streams run one after another: the server's stream statuses show which one moves now.
    await expect(
      page
        .getByRole("table", { name: "Stream status" })
        .getByText(/^(Syncing|Waiting)$/)
        .first(),
    ).toBeVisible();

    await advanceMockClock(page, 120_000);
    await expect(page.getByText("Sync succeeded")).toBeVisible();
    await expect(syncState(page)).toHaveText("Synced");
    await expect(page.getByRole("button", { name: "Sync now" })).toBeEnabled();

    // The history agrees: the newest job is this sync, succeeded.
    await page.getByRole("tab", { name: "Job history" }).click();
    const newest = page.getByTestId("job-history-list").getByRole("listitem").first();
    await expect(newest).toContainText(`#${jobId}`);
    await expect(newest).toContainText("Succeeded");
  });

  test("a failed attempt shows its reason, and the retry succeeds", async ({ page }) => {
    // The Stripe connection's next sync fails its first attempt (rate limit), then succeeds.
    // At a twentieth of the speed, attempt 1 fails 80-100 s (mock time) in and attempt 2 starts
    // 110-130 s in: 104 s lands between them.
    await openStatus(page, stripe);
    await setJobSpeed(page, 0.05);
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(syncState(page)).toHaveText(/Sync: (Pending|Running)/);
    await advanceMockClock(page, 104_000);
    await expect(syncState(page)).toHaveText("Sync: Retrying");

    await page.getByRole("tab", { name: "Job history" }).click();
    const newest = page.getByTestId("job-history-list").getByRole("listitem").first();
    // The running job is listed first (once the history has caught up with the status).
    await expect(newest).toContainText("Retrying");
    await newest.getByRole("button", { expanded: false }).click();
    await expect(newest.getByText("Attempt 1", { exact: true })).toBeVisible();
    await expect(newest.getByText(/429 Too Many Requests/).first()).toBeVisible();
    await expect(newest.getByText("Transient error")).toBeVisible();
    await expect(newest.getByText(/requests\.exceptions\.HTTPError/)).toHaveCount(0);
    await newest.getByRole("button", { name: "Show technical details" }).click();
    await expect(newest.getByText(/requests\.exceptions\.HTTPError/).first()).toBeVisible();

    await advanceMockClock(page, 300_000);
    await expect(page.getByText("Sync succeeded")).toBeVisible();
    await expect(newest.getByText("Attempt 2", { exact: true })).toBeVisible();
    await expect(newest.locator('button[aria-controls^="job-"]')).toContainText("Succeeded");
  });

  test("cancel a running sync", async ({ page }) => {
    await openStatus(page, postgres);
    await setJobSpeed(page, 0.1);
    await page.getByRole("button", { name: "Sync now" }).click();
    const cancel = page.getByRole("button", { name: "Cancel" });
    await expect(cancel).toBeEnabled();
    await cancel.click();
    await page.getByRole("dialog", { name: "Cancel the running sync?" }).getByRole("button", { name: "Cancel the sync" }).click();
    // The server's word for a cancelled last sync: incomplete (the next one picks up from there).
    await expect(syncState(page)).toHaveText("Incomplete");
    await expect(page.getByText("Sync was cancelled")).toBeVisible();
    await expect(page.getByRole("button", { name: "Sync now" })).toBeEnabled();
  });

  test("clear data after confirming", async ({ page, checks }) => {
    await openStatus(page, postgres);
    await setJobSpeed(page, 0.1);
    await page.getByRole("button", { name: "Clear data" }).click();
    const dialog = page.getByRole("dialog", { name: "Clear data" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(/cannot be undone/)).toBeVisible();
    await checks.a11y("clear data dialog");
    await dialog.getByRole("button", { name: "Clear data" }).click();
    await expect(dialog).toBeHidden();
    await expect(syncState(page)).toHaveText(/Clear data: (Pending|Running)/);
    await advanceMockClock(page, 30_000);
    // After a clear the server says pending: nothing synced since, the next sync starts afresh.
    await expect(syncState(page)).toHaveText("Pending");
    await expect(page.getByText(/the data was cleared/)).toBeVisible();
    await expect(page.getByRole("table", { name: "Stream status" }).getByText("Cleared").first()).toBeVisible();
  });

  test("open a log at a linked line, search it and filter it", async ({ page }) => {
    await openHistory(page, postgres);
    const newest = page.getByTestId("job-history-list").getByRole("listitem").first();
    await newest.getByRole("button", { expanded: false }).click();
    await newest
      .getByRole("link", { name: /view log/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/jobs\/\d+\/attempts\/\d+\/logs$/);
    await expect(page.getByRole("region", { name: "Log lines" })).toHaveAttribute("data-ready", "true");

    // A shared link to line 12 scrolls to it and marks it.
    await page.goto(`${page.url()}#L12`);
    const line = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Link to line 12", exact: true }) });
    await expect(line).toHaveAttribute("aria-current", "location");
    await expect(line).toBeInViewport();

    // Clicking a line number links to that line.
    await page.getByRole("link", { name: "Link to line 3", exact: true }).click();
    await expect(page).toHaveURL(/#L3$/);

    await page.getByLabel("Search the log").fill("Syncing stream");
    await page.getByLabel("Search the log").press("Enter");
    await expect(page.getByRole("status").filter({ hasText: /\d+ of \d+/ })).toBeVisible();
    await expect(page.locator("mark").first()).toHaveText(/syncing stream/i);

    // Mantine's chip hides its checkbox behind the label: click the chip itself, as a person does.
    await page
      .locator("label")
      .filter({ hasText: /^Info$/ })
      .click();
    await expect(page.getByRole("checkbox", { name: "Info" })).not.toBeChecked();
    await expect(page.getByRole("status").filter({ hasText: /shown/ })).toBeVisible();
  });

  test("a log batch that sorts in before lines already shown appears in timestamp order, with no line twice", async ({ page }) => {
    // The browser's timers are Playwright's: a test jumps over the 10 s between two log polls
    // instead of sleeping through it. The in-page mock reads the same clock, so it moves too.
    await page.clock.install();
    await openStatus(page, postgres);
    await setJobSpeed(page, 0.05);
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(syncState(page)).toHaveText(/Sync: (Pending|Running)/);
    // At a twentieth of the speed the first attempt starts 20 s in and runs about two minutes.
    await page.clock.fastForward(25_000);
    await page.getByRole("link", { name: "Follow the log" }).click();
    await expect(page.getByRole("region", { name: "Log lines" })).toHaveAttribute("data-ready", "true");
    const lines = page.locator('[role="listitem"] .sd-log-text');
    await expect(lines.first()).toBeVisible();
    const note = page.getByText(/^Lines from [\d,]+ on were updated/);
    // Each pod uploads on its own cadence and the server sorts every upload by time (LogClient.kt):
    // poll after poll until an upload lands before lines already shown.
    for (let poll = 0; poll < 30 && !(await note.isVisible()); poll++) {
      const answered = page.waitForResponse((response) => response.url().includes("/attempt/get_for_job"));
      await page.clock.fastForward(10_000);
      await answered;
      const shown = await lines.allTextContents();
      expect(new Set(shown).size, "no line shown twice").toBe(shown.length);
      const times = shown.map((text) => text.slice(0, 19));
      expect(times, "lines in timestamp order").toEqual([...times].sort());
    }
    await expect(note).toBeVisible();
  });

  test("the history chart works from the keyboard: arrows move between jobs, Enter opens one", async ({ page }) => {
    await openHistory(page, postgres);
    const chart = page.getByRole("group", { name: /^Chart of \d+ jobs/ });
    await expect(chart).toBeVisible(COLD_START);
    await chart.focus();
    await expect(chart).toBeFocused();
    const status = page.locator(`[id="${await chart.getAttribute("aria-describedby")}"]`);

    // The first key shows the newest job, the next moves to the one before it.
    await page.keyboard.press("End");
    await expect(status).toHaveText(/#\d+ · .* — click or press Enter to open$/);
    const newest = Number((await status.textContent())!.match(/#(\d+)/)![1]);
    await page.keyboard.press("ArrowLeft");
    await expect(status).not.toContainText(`#${newest} `);
    const previous = Number((await status.textContent())!.match(/#(\d+)/)![1]);
    expect(previous).toBeLessThan(newest);

    await page.keyboard.press("Enter");
    // The job opens in the list below (and the URL names it).
    await expect(
      page.getByTestId("job-history-list").getByRole("button", { name: new RegExp(`^\\w+ #${previous} `), expanded: true }),
    ).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]job=${previous}\\b`));
  });
});
