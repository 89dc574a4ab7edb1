// An OAuth connector end to end: the "Authenticate your account" button runs the consent flow
// through the Config API (the mock backend plays the provider in a popup), the returned token fills
// the hidden field, and the saved source never shows it again. The mock is an open-source server by
// default: no OAuth app of its own, so the user's client id and secret go with the consent call.
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { COLD_START } from "./support/waits";
import { chooseConnector } from "./support/catalog";
import { clickAndWaitForClose } from "./support/popup";

async function openNewSalesforce(page: Page) {
  await page.goto("/sources/new");
  await chooseConnector(page, "source", "Salesforce");
  // The form's code loads on first use.
  await expect(page.getByRole("button", { name: "Authenticate your account" })).toBeVisible(COLD_START);
}

test("create a Salesforce source through OAuth consent with my own OAuth app, then see the token only as saved", async ({ page }) => {
  test.slow();
  const name = `Salesforce CRM ${test.info().workerIndex}-${Date.now()}`;
  await openNewSalesforce(page);
  await expect(page.getByRole("heading", { level: 1, name: /New Salesforce/ })).toBeVisible();
  await page.getByRole("textbox", { name: "Source name" }).fill(name);

  // No OAuth app on the server: the form says how to register one, with this console's redirect URL.
  await expect(page.getByTestId("oauth-app-note")).toContainText("Use your own OAuth app");
  await expect(page.getByLabel("Redirect URL to register with the provider")).toHaveText(new URL("/auth_flow", page.url()).toString());

  // Saving without the token is refused at the token's field (on an open-source server the user may
  // type it or let the flow fill it); authenticating without the app is refused with a plain message.
  await page.getByRole("button", { name: "Test and save" }).click();
  await expect(page.getByLabel("Refresh Token", { exact: false }).first()).toHaveAccessibleDescription(/Enter a value/);
  await page.getByRole("button", { name: "Authenticate your account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter the client ID and client secret of your OAuth app first" })).toBeVisible();

  await page.getByRole("textbox", { name: "Client ID" }).fill("my-salesforce-app");
  await page.getByRole("textbox", { name: "Client Secret" }).fill("my-salesforce-secret");
  // Generous limits: these wait across the whole consent round trip, slow on a busy machine.
  const consent = page.waitForRequest((request) => request.url().includes("/api/v1/source_oauths/get_consent_url"), { timeout: 90_000 });
  const completed = page.waitForResponse((response) => response.url().includes("/api/v1/source_oauths/complete_oauth"), {
    timeout: 90_000,
  });
  const popupOpened = page.waitForEvent("popup", COLD_START);
  await page.getByRole("button", { name: "Authenticate your account" }).click();
  // The user's own app reaches the server's consent call.
  expect((await consent).postDataJSON()).toMatchObject({
    oAuthInputConfiguration: { client_id: "my-salesforce-app", client_secret: "my-salesforce-secret" },
  });
  const popup = await popupOpened;
  await expect(popup.getByRole("heading", { name: "Mock OAuth provider" })).toBeVisible();
  await expect(popup.getByText(/for the app my-salesforce-app/)).toBeVisible();
  await clickAndWaitForClose(popup, popup.getByRole("button", { name: "Allow access" }));

  const tokens = Object.values(((await (await completed).json()) as { auth_payload: Record<string, unknown> }).auth_payload).flatMap(
    (value) => (typeof value === "object" && value !== null ? Object.values(value) : [value]),
  );
  // The app's id and secret come back masked; the provider's token in clear.
  const refreshToken = tokens.find((value): value is string => typeof value === "string" && value.startsWith("mock-"));
  expect(refreshToken).toBeTruthy();
  await expect(page.getByRole("textbox", { name: "Client ID" })).toHaveValue("my-salesforce-app");
  await expect(page.getByText("Authenticated", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Test and save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Source created" })).toBeVisible();
  // The saved source's page loads its code on first use.
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/, COLD_START);
  await expect(page.getByRole("button", { name: "Re-authenticate" })).toBeVisible(COLD_START);

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
  await openNewSalesforce(page);
  await page.getByRole("textbox", { name: "Source name" }).fill("Kept name");
  await page.getByRole("textbox", { name: "Client ID" }).fill("my-app");
  await page.getByRole("textbox", { name: "Client Secret" }).fill("my-secret");
  checks.allowConsoleError({ text: /access_denied|denied/i, why: "the test denies consent on purpose" });
  const popupOpened = page.waitForEvent("popup", COLD_START);
  await page.getByRole("button", { name: "Authenticate your account" }).click();
  const popup = await popupOpened;
  await expect(popup.getByText(/for the app my-app/)).toBeVisible();
  await clickAndWaitForClose(popup, popup.getByRole("button", { name: "Deny" }));
  await expect(page.getByRole("alert").filter({ hasText: /denied|not authori[sz]ed|refused/i })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Source name" })).toHaveValue("Kept name");
  await expect(page.getByRole("textbox", { name: "Client ID" })).toHaveValue("my-app");
});

test("the tokens can be typed by hand instead of authenticating", async ({ page }) => {
  await openNewSalesforce(page);
  await expect(page.getByRole("button", { name: "Authenticate your account" })).toBeVisible();
  // An open-source server has no OAuth app of its own: the token fields are there at once.
  const manual = page.getByRole("checkbox", { name: "Enter tokens manually" });
  await expect(manual).toBeChecked();
  await manual.uncheck();
  await expect(page.getByRole("textbox", { name: "Refresh Token" })).toHaveCount(0);
  await manual.check();
  await page.getByRole("textbox", { name: "Refresh Token" }).fill("typed-refresh-token");
  await expect(page.getByRole("textbox", { name: "Refresh Token" })).toHaveValue("typed-refresh-token");
});
