// Destinations end to end, in the production build on the embedded mock backend: list, create
// Redshift with a refused password then the right one, edit, delete.
import type { Page } from "@playwright/test";
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { chooseConnector } from "./support/catalog";

async function inputValues(page: Page): Promise<string[]> {
  return page.locator("input, textarea").evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
}

test.describe("destinations", () => {
  test("the list shows the seeded destinations with connection counts; sorting by connector is kept in the URL", async ({ page }) => {
    await page.goto("/destinations");
    await expect(page.getByRole("heading", { level: 1, name: "Destinations" })).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: SEED.destinations.s3.name })).toBeVisible();
    await expect(table.getByRole("link", { name: SEED.destinations.redshift.name })).toBeVisible();
    // The seeded S3 destination is used by two connections, Redshift by one.
    const s3Row = table.getByRole("row").filter({ has: page.getByRole("link", { name: SEED.destinations.s3.name }) });
    await expect(s3Row.getByRole("cell").nth(2)).toHaveText("2");
    // The server sorts (the list is paged): by connector name, Redshift before S3, then the reverse.
    await table.getByRole("button", { name: /^Connector/ }).click();
    await expect(page).toHaveURL(/sort=connector%3Aasc/);
    await expect(table.getByRole("row").nth(1)).toContainText(SEED.destinations.redshift.name);
    await table.getByRole("button", { name: /^Connector/ }).click();
    await expect(page).toHaveURL(/sort=connector%3Adesc/);
    await expect(table.getByRole("row").nth(1)).toContainText(SEED.destinations.s3.name);
  });

  test("create Redshift: a refused password keeps the input, the right one saves; edit; delete", async ({ page, checks }) => {
    // One journey in one page: the in-browser mock keeps what was created only until a reload.
    test.slow();
    const name = `Warehouse ${test.info().workerIndex}-${Date.now()}`;
    await page.goto("/destinations");
    await page.getByRole("link", { name: "New destination" }).first().click();
    await chooseConnector(page, "destination", "Redshift");

    await page.getByRole("textbox", { name: "Destination name" }).fill(name);
    await page.getByRole("textbox", { name: "Host" }).fill("warehouse.example.com");
    await page.getByRole("textbox", { name: "Username" }).fill("loader");
    await page.getByRole("textbox", { name: "Password" }).fill("wrong");
    await page.getByRole("textbox", { name: "Database" }).fill("analytics");
    await page.getByRole("button", { name: "Test and save" }).click();

    const panel = page.getByTestId("check-panel");
    await expect(panel).toContainText("The connection test failed");
    await expect(panel).toContainText('password authentication failed for user "loader"');
    await expect(page.getByRole("textbox", { name: "Destination name" })).toHaveValue(name);
    await expect(page.getByRole("textbox", { name: "Host" })).toHaveValue("warehouse.example.com");

    const password = "the-right-password";
    await page.getByRole("textbox", { name: "Password" }).fill(password);
    await page.getByRole("button", { name: "Test and save" }).click();
    await expect(page).toHaveURL(/\/destinations\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("alert").filter({ hasText: "Destination created" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Host" })).toHaveValue("warehouse.example.com");
    expect(await inputValues(page)).not.toContain(password);

    // Edit: a refused check on update keeps the change; the stored password is sent back masked.
    await page.getByRole("textbox", { name: "Host" }).fill("warehouse.invalid");
    await page.getByRole("button", { name: "Test and save" }).click();
    await expect(panel).toContainText("UnknownHostException: warehouse.invalid");
    await expect(page.getByRole("textbox", { name: "Host" })).toHaveValue("warehouse.invalid");
    await page.getByRole("textbox", { name: "Host" }).fill("warehouse-2.example.com");
    await page.getByRole("button", { name: "Test and save" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Destination saved" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Host" })).toHaveValue("warehouse-2.example.com");

    await page.getByRole("button", { name: "Delete destination" }).click();
    const confirm = page.getByRole("dialog", { name: `Delete destination “${name}”?` });
    await expect(confirm).toContainText("No connection uses this destination");
    await checks.a11y("delete dialog");
    await confirm.getByRole("button", { name: "Delete destination" }).click();
    await expect(page).toHaveURL(/\/destinations$/);
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  });

  test("creating in place for another screen returns there with the new id", async ({ page }) => {
    test.slow();
    await page.goto(`/destinations/new?returnTo=${encodeURIComponent("/connections/new?step=destination")}`);
    await page.getByLabel("Search destination connectors").fill("redshift");
    await page.getByLabel("Search destination connectors").press("Enter");
    await expect(page).toHaveURL(/returnTo=/);
    await page.getByRole("textbox", { name: "Destination name" }).fill("In-place warehouse");
    await page.getByRole("textbox", { name: "Host" }).fill("inplace.example.com");
    await page.getByRole("textbox", { name: "Username" }).fill("loader");
    await page.getByRole("textbox", { name: "Password" }).fill("secret-pass");
    await page.getByRole("textbox", { name: "Database" }).fill("analytics");
    await page.getByRole("button", { name: "Test and save" }).click();
    await expect(page).toHaveURL(/\/connections\/new\?step=destination&destinationId=[0-9a-f-]{36}$/);
  });
});
