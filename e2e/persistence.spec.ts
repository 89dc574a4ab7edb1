// The browser mock keeps its records across a reload (per browser profile), never with a secret in
// storage, and "Reset demo data" on the Settings page goes back to the seed for good. An old link to
// a record deleted before the reload says it no longer exists, with a way back.
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

const STORED = "syncdeck.mock.state";
// A secret of the seeded Postgres source (mocks/db/seed.ts): it must never reach storage.
const SEEDED_SECRET = "pg-s3cret-Passw0rd";

test("a deleted source stays deleted after a reload, without a secret in storage, until the demo data is reset", async ({ page }) => {
  const stripe = SEED.sources.stripe;
  await page.goto(`/sources/${stripe.id}`);
  await page.getByRole("button", { name: "Delete source" }).click({ timeout: COLD_START.timeout });
  await page
    .getByRole("dialog", { name: `Delete source “${stripe.name}”?` })
    .getByRole("button", { name: "Delete source" })
    .click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole("link", { name: SEED.sources.postgres.name })).toBeVisible();
  await expect(page.getByRole("link", { name: stripe.name })).toHaveCount(0);

  // Stored once the change is saved: the records, with every secret masked.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORED), COLD_START).toContain(SEED.sources.postgres.id);
  const stored = (await page.evaluate((key) => localStorage.getItem(key), STORED))!;
  expect(stored).not.toContain(stripe.id);
  expect(stored).not.toContain(SEEDED_SECRET);

  await page.reload();
  await expect(page.getByRole("link", { name: SEED.sources.postgres.name })).toBeVisible(COLD_START);
  await expect(page.getByRole("link", { name: stripe.name })).toHaveCount(0);

  // Its connection went with it: an old link says so and leads back.
  await page.goto(`/connections/${SEED.connections.stripeToRedshift.id}`);
  await expect(page.getByText("This connection no longer exists")).toBeVisible(COLD_START);
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await page.getByRole("link", { name: "Back to connections" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Reset demo data" }).click(COLD_START);
  await page.getByRole("dialog", { name: "Reset the demo data?" }).getByRole("button", { name: "Reset" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Demo data reset to the seed." })).toBeVisible();
  await page.reload();
  // Wait for the reloaded page before leaving it. Once in CI, navigating away while its mock was
  // starting left MSW's unawaited service-worker update() to reject ("Failed to update a
  // ServiceWorker ... Not found"), which the page reported as an uncaught error.
  await expect(page.getByRole("button", { name: "Reset demo data" })).toBeVisible(COLD_START);
  await page.goto("/sources");
  await expect(page.getByRole("link", { name: stripe.name })).toBeVisible(COLD_START);
});
