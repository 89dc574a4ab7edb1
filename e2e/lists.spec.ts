// Paged lists end to end, in the production build on the embedded mock backend, which pages as
// Airbyte 1.8+ does (20 rows unless asked, a cursor per page, the matching total): with 100
// sources and 200 connections, the last of each is found by scrolling (the keyboard's End key in
// the list, page after page) and by searching on the server.
import type { Locator, Page } from "@playwright/test";
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

/** Open the console, then add the records: the mock lives in the page, so the app is then navigated, never reloaded. */
async function seedAndOpen(page: Page, mock: { seedMany(counts: Record<string, number>): Promise<void> }, navLink: string): Promise<void> {
  await page.goto("/settings");
  // The first load also starts the mock (its service worker and seed): slow on a busy machine.
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible(COLD_START);
  await mock.seedMany({ sources: 100, connections: 200 });
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: navLink }).click();
}

/**
 * Scroll the list to its end with the keyboard (End in the focused list), page after page, until
 * every row is loaded. After each End: either the next page arrives (the "Showing n of m" count
 * grows, or goes once all are in), or rows arriving moved the end further down (End again).
 */
async function scrollToEnd(page: Page, list: Locator): Promise<void> {
  // Read without waiting (allTextContents): the footer goes once the last page is in.
  const progress = async () => (await page.getByText(/^Showing [\d,]+ of [\d,]+$/).allTextContents())[0];
  const atEnd = () => list.evaluate((element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 1);
  await list.focus();
  for (let before = await progress(); before !== undefined; before = await progress()) {
    await page.keyboard.press("End");
    await expect.poll(async () => (await progress()) !== before || !(await atEnd())).toBe(true);
  }
  // The last rows, measured as they arrive, may push the end down: End until it stays there.
  await expect
    .poll(async () => {
      const done = await atEnd();
      if (!done) await page.keyboard.press("End");
      return done;
    })
    .toBe(true);
}

test.describe("paged lists", () => {
  test("the last source is found by scrolling and by searching", async ({ page, mock }) => {
    await seedAndOpen(page, mock, "Sources");
    await expect(page.getByRole("status").filter({ hasText: "103 sources" })).toBeVisible();
    const list = page.getByRole("region", { name: "Sources" });
    await expect(list.getByRole("link", { name: "Source 001" })).toBeVisible();
    await expect(list.getByRole("link", { name: "Source 100" })).toHaveCount(0);

    await scrollToEnd(page, list);
    // Names sort case-insensitively on the server: the seeded "Stripe payments" comes last.
    await expect(list.getByRole("link", { name: SEED.sources.stripe.name })).toBeInViewport();
    await expect(list.getByRole("link", { name: "Source 100" })).toBeVisible();
    // Only the rows in view are in the page; the table says how many there are in all.
    expect(await list.getByRole("row").count()).toBeLessThan(104);
    await expect(list.getByRole("table")).toHaveAttribute("aria-rowcount", "104");

    await page.getByLabel("Search sources").fill("source 100");
    await expect(page.getByRole("status").filter({ hasText: "1 source matches" })).toBeVisible();
    await expect(list.getByRole("link")).toHaveText(["Source 100"]);
  });

  test("the last connection is found by scrolling and by searching", async ({ page, mock }) => {
    await seedAndOpen(page, mock, "Connections");
    await expect(page.getByRole("status").filter({ hasText: "203 connections" })).toBeVisible();
    const list = page.getByRole("region", { name: "Connections" });
    await expect(list.getByRole("link", { name: "Connection 001" })).toBeVisible();

    await scrollToEnd(page, list);
    await expect(list.getByRole("link", { name: SEED.connections.stripeToRedshift.name })).toBeInViewport();
    await expect(list.getByRole("link", { name: "Connection 200" })).toBeVisible();
    expect(await list.getByRole("row").count()).toBeLessThan(204);

    await page.getByRole("searchbox", { name: "Search connections" }).fill("connection 200");
    await expect(page.getByRole("status").filter({ hasText: "1 connection matches" })).toBeVisible();
    await expect(list.getByRole("link")).toHaveText(["Connection 200"]);
    await expect(page).toHaveURL(/[?&]q=connection\+200/);
  });
});
