// The connection timeline end to end, in the production build on the embedded mock backend: a sync
// run appears with its attempts and logs, scrolling loads the next events, a settings change appears
// with before and after, and filters kept in the URL survive a reload. The mock's jobs advance with wall time; the test moves its clock
// forward instead of waiting.
import type { Page } from "@playwright/test";
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

const postgres = SEED.connections.postgresToS3.id;
const stripe = SEED.connections.stripeToRedshift.id;

async function advanceMockClock(page: Page, ms: number): Promise<void> {
  await page.evaluate(
    (by) => (window as unknown as { __syncdeckMock: { advanceClock(ms: number): void } }).__syncdeckMock.advanceClock(by),
    ms,
  );
}

/** Jobs created from now on run `factor` times as fast. */
async function setJobSpeed(page: Page, factor: number): Promise<void> {
  await page.evaluate(
    (f) => (window as unknown as { __syncdeckMock: { setJobSpeed(f: number): void } }).__syncdeckMock.setJobSpeed(f),
    factor,
  );
}

function timelineRows(page: Page) {
  return page.getByTestId("timeline-list").getByRole("listitem");
}

/** A local calendar day as the date inputs take it (YYYY-MM-DD), `daysAgo` days before today. */
function localDay(daysAgo: number): string {
  const date = new Date();
  date.setDate(date.getDate() - daysAgo);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
}

test.describe("timeline", () => {
  test("a sync run appears on the timeline, and its event opens the attempts and the log", async ({ page }) => {
    await page.goto(`/connections/${postgres}/status`);
    await expect(page.getByTestId("connection-sync-state")).toHaveText("Synced", COLD_START);
    await expect(page.getByRole("button", { name: "Sync now" })).toBeEnabled();
    // Ten times slower than normal, so the run is still going when the timeline is first looked at.
    await setJobSpeed(page, 0.1);
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(page.getByRole("button", { name: "Sync now" })).toBeDisabled();

    await page.getByRole("tab", { name: "Timeline" }).click();
    const newest = timelineRows(page).first();
    await expect(newest).toContainText("Sync started");
    const jobId = /Job (\d+)/.exec((await newest.textContent()) ?? "")![1]!;

    // The sync runs to its end (at most 80 s of mock time at this speed).
    await advanceMockClock(page, 200_000);
    await expect(newest).toContainText("Sync succeeded");
    await expect(newest).toContainText(`Job ${jobId}`);
    await expect(newest).toContainText(/[\d,]+ records/);

    await newest.getByRole("button", { expanded: false }).click();
    await expect(page).toHaveURL(/[?&]event=/);
    await newest
      .getByRole("link", { name: /view log/i })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/jobs/${jobId}/attempts/\\d+/logs$`));
    await expect(page.getByRole("region", { name: "Log lines" })).toHaveAttribute("data-ready", "true");
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: /Syncing stream/i })
        .first(),
    ).toBeVisible();
  });

  test("scrolling to the end of the loaded events loads the next ones; a line at the end says they are on the way", async ({
    page,
    mock,
  }) => {
    await page.goto(`/connections/${postgres}/status`);
    await expect(page.getByTestId("connection-sync-state")).toHaveText("Synced", COLD_START);
    // More events than one page (50), seeded before the timeline is first asked for.
    await mock.seedJobs(postgres, 120);
    await page.getByRole("tab", { name: "Timeline" }).click();
    const status = page.getByRole("status").filter({ hasText: /events? loaded/ });
    await expect(status).toHaveText("50 events loaded, more as you scroll");
    // Answers slow enough that the next page is still on its way when the end is reached, even on a
    // busy machine.
    await mock.setLatency(4000);
    const list = page.getByTestId("timeline-list");
    await list.hover();
    for (let step = 0; step < 12; step += 1) await page.mouse.wheel(0, 800);
    await expect(list.getByText("Loading more events…")).toBeInViewport();
    await expect(status).toHaveText("100 events loaded, more as you scroll");
    await expect(list.getByText("Loading more events…")).not.toBeInViewport();
  });

  test("a settings change appears with its before and after", async ({ page }) => {
    await page.goto(`/connections/${postgres}/settings`);
    const name = page.getByRole("textbox", { name: "Connection name" });
    await expect(name).toHaveValue(SEED.connections.postgresToS3.name, COLD_START);
    await name.fill("Postgres to the lake, renamed");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("button", { name: "Save settings" })).toBeDisabled();

    await page.getByRole("tab", { name: "Timeline" }).click();
    const newest = timelineRows(page).first();
    await expect(newest).toContainText("Settings changed");
    const changes = newest.getByRole("table", { name: "Settings changed: before and after" });
    await expect(changes.getByRole("row", { name: /^Name/ })).toHaveText(
      `Name${SEED.connections.postgresToS3.name}Postgres to the lake, renamed`,
    );
  });

  test("filtering by type, status and date survives a reload", async ({ page }) => {
    await page.goto(`/connections/${stripe}/timeline`);
    await expect(timelineRows(page).first()).toBeVisible(COLD_START);

    const eventType = page.getByRole("combobox", { name: "Event type" });
    await eventType.click();
    // The open list is announced: expanded, and the input names the list it controls.
    await expect(eventType).toHaveAttribute("aria-expanded", "true");
    await expect(eventType).toHaveAttribute("aria-controls", (await page.getByRole("listbox").getAttribute("id"))!);
    await page.getByRole("option", { name: "Syncs" }).click();
    await page.keyboard.press("Escape");
    await expect(eventType).toHaveAttribute("aria-expanded", "false");
    await page.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Failed" }).click();
    await page.getByRole("option", { name: "Incomplete" }).click();
    await page.keyboard.press("Escape");
    const from = localDay(14);
    const to = localDay(0);
    await page.getByLabel("From", { exact: true }).fill(from);
    await page.getByLabel("To", { exact: true }).fill(to);
    await expect(page).toHaveURL(/type=sync/);
    await expect(page).toHaveURL(new RegExp(`from=${from}`));

    // The seeded Stripe connection's syncs of the last weeks failed on the destination's permissions.
    const rows = timelineRows(page);
    await expect(rows.first()).toContainText(/Sync (failed|incomplete)/);
    const count = page.getByRole("status").filter({ hasText: /events? loaded/ });
    const before = await count.textContent();

    await page.reload();
    await expect(rows.first()).toBeVisible(COLD_START);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(from);
    await expect(page.getByLabel("To", { exact: true })).toHaveValue(to);
    await expect(page).toHaveURL(/type=sync&status=failed(%2C|,)incomplete/);
    // The chosen values show as pills in the filter boxes.
    const pills = page.getByRole("tabpanel", { name: "Timeline" }).locator(".mantine-Pill-label");
    await expect(pills).toHaveText(["Syncs", "Failed", "Incomplete"]);
    await expect(count).toHaveText(before!);
    for (const row of await rows.all()) await expect(row).toContainText(/Sync (failed|incomplete)/);
  });
});
