// A connector upgrade end to end, in the production build on the embedded mock backend: the seeded
// Stripe source is held on 0.1.37 (mocks/data/connectors) by the breaking changes of the registry's
// 5.15.22 (mocks/data/registry-2026); upgrading it removes the notice and writes the server's
// CONNECTOR_UPDATE event to its connection's timeline.
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

test("a source held back by breaking changes is upgraded, and its connection's timeline says so", async ({ page }) => {
  await page.goto(`/sources/${SEED.sources.stripe.id}`);
  const notice = page.getByTestId("breaking-change-notice");
  await expect(notice).toContainText("This source is held on version 0.1.37 because of breaking changes", COLD_START);
  await expect(notice.getByRole("link", { name: /Migration guide for 5\.4\.0/ })).toHaveAttribute(
    "href",
    "https://docs.airbyte.com/integrations/sources/stripe-migrations#5.4.0",
  );

  await notice.getByRole("button", { name: "Upgrade to version 5.15.22" }).click();
  const dialog = page.getByRole("dialog", { name: `Upgrade “${SEED.sources.stripe.name}” to version 5.15.22?` });
  await dialog.getByRole("button", { name: "Upgrade" }).click();
  await expect(dialog).toBeHidden();
  await expect(notice).toBeHidden();

  // To the connection from the source's page (no reload: the same in-page mock and cache).
  await page.getByRole("link", { name: SEED.connections.stripeToRedshift.name }).click();
  await page.getByRole("tab", { name: "Timeline" }).click();
  const update = page.getByTestId("timeline-list").getByRole("listitem").filter({ hasText: "Connector version changed" });
  await expect(update).toContainText(`${SEED.sources.stripe.name} upgraded from 0.1.37 to 5.15.22`, COLD_START);
});
