// An OAuth connector end to end: the "Authenticate your account" button runs the consent flow
// through the Config API (the mock backend plays the provider in a popup), the returned token fills
// the hidden field, and the saved source never shows it again.
import { expect, test } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

/**
 * Click a button that makes the popup close itself. The wait for "close" starts before the click:
 * on a busy machine the popup can be gone before the click call returns, and an event that has
 * already fired is never seen by a wait that starts later.
 */
async function clickAndWaitForClose(popup: Page, button: Locator) {
  const closed = popup.waitForEvent("close");
  // The click may report the closed page: what counts is that the popup closed.
  await button.click().catch((error: unknown) => {
    if (!popup.isClosed()) throw error;
  });
  await closed;
}

test("create a Salesforce source through OAuth consent, then see the token only as saved", async ({ page }) => {
  test.slow();
  const name = `Salesforce CRM ${test.info().workerIndex}-${Date.now()}`;
  await page.goto("/sources/new");
  await page.getByLabel("Search source connectors").fill("Salesforce");
  await page
    .getByRole("list", { name: "source connectors" })
    .getByRole("link", { name: /^Salesforce\b/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /New Salesforce/ })).toBeVisible();
  await page.getByRole("textbox", { name: "Source name" }).fill(name);

  // Saving before authenticating is refused with a plain message.
  await page.getByRole("button", { name: "Test and save" }).click();
  await expect(page.getByText("Authenticate your account to continue.")).toBeVisible();

  const completed = page.waitForResponse((response) => response.url().includes("/api/v1/source_oauths/complete_oauth"));
  const popupOpened = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Authenticate your account" }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole("heading", { name: "Mock OAuth provider" })).toBeVisible();
  await clickAndWaitForClose(popup, popup.getByRole("button", { name: "Allow access" }));

  const tokens = Object.values(((await (await completed).json()) as { auth_payload: Record<string, unknown> }).auth_payload).flatMap(
    (value) => (typeof value === "object" && value !== null ? Object.values(value) : [value]),
  );
  const refreshToken = tokens.find((value): value is string => typeof value === "string" && value.length > 0);
  expect(refreshToken).toBeTruthy();
  await expect(page.getByText("Authenticated", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Test and save" }).click();
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("alert").filter({ hasText: "Source created" })).toBeVisible();

  // The provider's refresh token is stored, but only ever shown masked.
  const values = await page
    .locator("input, textarea")
    .evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
  expect(values).not.toContain(refreshToken);
  expect(await page.content()).not.toContain(refreshToken!);
  await expect(page.getByRole("button", { name: "Re-authenticate" })).toBeVisible();
});

test("a denied consent says so and keeps what was typed", async ({ page, checks }) => {
  test.slow();
  await page.goto("/sources/new");
  await page.getByLabel("Search source connectors").fill("Salesforce");
  await page
    .getByRole("list", { name: "source connectors" })
    .getByRole("link", { name: /^Salesforce\b/ })
    .first()
    .click();
  await page.getByRole("textbox", { name: "Source name" }).fill("Kept name");
  checks.allowConsoleError({ text: /access_denied|denied/i, why: "the test denies consent on purpose" });
  const popupOpened = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Authenticate your account" }).click();
  const popup = await popupOpened;
  await clickAndWaitForClose(popup, popup.getByRole("button", { name: "Deny" }));
  await expect(page.getByRole("alert").filter({ hasText: /denied|not authori[sz]ed|refused/i })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Source name" })).toHaveValue("Kept name");
});
