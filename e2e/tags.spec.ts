// Tags end to end, in the production build on the embedded mock backend: made in Settings, given
// to a connection in its settings, shown and filtered on in the connections list (in the URL).
// Moves between pages go through the console's links, as a user does (a full page load right after
// a change could come before the browser mock has stored it).
import type { Page } from "@playwright/test";
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

const postgres = SEED.connections.postgresToS3;
const nav = (page: Page, name: string) => page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name }).click();

async function createTag(page: Page, name: string) {
  const tags = page.getByRole("region", { name: "Tags" });
  await tags.getByRole("textbox", { name: /New tag: name/ }).fill(name);
  await tags.getByRole("button", { name: "Create tag" }).click();
  await expect(tags.getByRole("list", { name: "Tags" }).getByText(name, { exact: true })).toBeVisible();
}

async function giveTagToPostgres(page: Page, name: string) {
  await nav(page, "Connections");
  await page.getByRole("link", { name: postgres.name }).click(COLD_START);
  await page.getByRole("tab", { name: "Settings" }).click(COLD_START);
  await page.getByRole("combobox", { name: "Tags of this connection" }).click(COLD_START);
  await page.getByRole("option", { name }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Save tags" }).click();
  await expect(page.getByText("Tags saved")).toBeVisible();
}

test.describe("tags", () => {
  test("a tag is created, assigned to a connection and the list filtered by it, across a reload", async ({ page }) => {
    await page.goto("/settings");
    const tags = page.getByRole("region", { name: "Tags" });
    await expect(tags.getByText("No tags yet. Create the first one below.")).toBeVisible(COLD_START);
    await tags.getByRole("textbox", { name: /New tag: colour/ }).fill("#FFD43B");
    await createTag(page, "finance");
    await giveTagToPostgres(page, "finance");

    await nav(page, "Connections");
    const table = page.getByRole("region", { name: "Connections" }).getByRole("table");
    const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: postgres.name }) });
    await expect(row.getByRole("group", { name: "Tags: finance" })).toBeVisible(COLD_START);
    await expect(table.getByRole("link")).toHaveCount(3);
    await page.getByRole("combobox", { name: "Filter by tag" }).selectOption({ label: "finance" });
    await expect(page).toHaveURL(/[?&]tag=[0-9a-f-]{36}/);
    await expect(table.getByRole("link")).toHaveText([postgres.name]);
    await page.reload();
    await expect(table.getByRole("link")).toHaveText([postgres.name], COLD_START);
    await page.getByRole("button", { name: "Stop filtering by tag finance" }).click();
    await expect(table.getByRole("link")).toHaveCount(3);
    await expect(page).not.toHaveURL(/tag=/);
  });

  test("a renamed tag shows its new name on its connections, and a deleted one leaves them", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByRole("region", { name: "Tags" }).getByText("No tags yet. Create the first one below.")).toBeVisible(COLD_START);
    await createTag(page, "ops");
    await giveTagToPostgres(page, "ops");

    await nav(page, "Settings");
    const tags = page.getByRole("region", { name: "Tags" });
    await tags.getByRole("button", { name: "Edit tag ops" }).click();
    await tags.getByRole("textbox", { name: /Tag ops: name/ }).fill("operations");
    await tags.getByRole("button", { name: "Save tag" }).click();
    await expect(tags.getByRole("list", { name: "Tags" }).getByText("operations")).toBeVisible();

    await nav(page, "Connections");
    await expect(page.getByRole("group", { name: "Tags: operations" })).toBeVisible();

    await nav(page, "Settings");
    await tags.getByRole("button", { name: "Delete tag operations" }).click();
    await page.getByRole("dialog", { name: "Delete this tag?" }).getByRole("button", { name: "Delete tag" }).click();
    await expect(tags.getByText("No tags yet. Create the first one below.")).toBeVisible();
    await nav(page, "Connections");
    await expect(page.getByRole("region", { name: "Connections" }).getByRole("table").getByRole("link")).toHaveCount(3);
    await expect(page.getByRole("group", { name: /^Tags:/ })).toHaveCount(0);
  });
});
