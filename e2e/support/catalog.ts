// Choosing a connector from the catalog on /sources/new or /destinations/new, as a person does: the
// list shows, they search for it, click it and land on its form. One helper for every spec.
import { expect, type Page } from "@playwright/test";
import { COLD_START } from "./waits";

/**
 * On a catalog page already open, search for `connector` and open its form; returns when the
 * "New <connector> <kind>" heading shows. The first catalog of a test loads every connector file
 * into the mock, hence the cold-start wait for the list.
 */
export async function chooseConnector(page: Page, kind: "source" | "destination", connector: string): Promise<void> {
  const list = page.getByRole("list", { name: `${kind} connectors` });
  await expect(list).toBeVisible(COLD_START);
  await page.getByLabel(`Search ${kind} connectors`).fill(connector);
  await list
    .getByRole("link", { name: new RegExp(`^${connector}\\b`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `New ${connector} ${kind}` })).toBeVisible();
}
