// Signing in as on a real Airbyte install (the mock in `simple` auth mode, like abctl and Helm), and
// the server's Problem JSON errors shown in words.
import type { Page } from "@playwright/test";
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";
import { chooseConnector } from "./support/catalog";

const DEMO = {
  email: "demo@syncdeck.dev",
  password: "syncdeck-demo",
  clientId: "syncdeck-demo-client",
  clientSecret: "syncdeck-demo-secret",
};

function signInDialog(page: Page) {
  return page.getByRole("dialog", { name: "Sign in to Airbyte" });
}

async function signInWithPassword(page: Page, password = DEMO.password) {
  const dialog = signInDialog(page);
  // The dialog comes after the server's auth mode is known and its code has loaded: slow on a busy machine.
  await expect(dialog).toBeVisible(COLD_START);
  await dialog.getByRole("textbox", { name: "Email" }).fill(DEMO.email);
  await dialog.getByRole("textbox", { name: "Password" }).fill(password);
  await dialog.getByRole("button", { name: "Sign in" }).click();
}

/** Every value and every attribute on the page: a password typed into the sign-in form must be in none. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

test.describe("sign-in on a server with auth on", () => {
  test.beforeEach(async ({ mock }) => {
    await mock.onStart({ authMode: "simple" });
  });

  test("email and password: a wrong password is explained, the right one opens the console and survives a reload", async ({
    page,
    checks,
  }) => {
    // Two sign-ins, a reload and axe on the dialog: more than the default on a busy machine.
    test.slow();
    await page.goto("/connections");
    const dialog = signInDialog(page);
    await expect(dialog).toBeVisible(COLD_START);
    await checks.a11y("sign-in dialog");
    await signInWithPassword(page, "not-the-password");
    await expect(dialog.getByRole("alert")).toContainText("Wrong email or password");
    // What was typed stays; the password is in no attribute of the page.
    await expect(dialog.getByRole("textbox", { name: "Email" })).toHaveValue(DEMO.email);
    expect(await pageText(page)).not.toContain("not-the-password");

    await dialog.getByRole("textbox", { name: "Password" }).fill(DEMO.password);
    await dialog.getByRole("button", { name: "Sign in" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("link", { name: SEED.connections.postgresToS3.name })).toBeVisible();
    expect(await pageText(page)).not.toContain(DEMO.password);

    // The server's refresh cookie outlives a reload: no second sign-in.
    await page.reload();
    await expect(page.getByRole("link", { name: SEED.connections.postgresToS3.name })).toBeVisible();
    await expect(dialog).toBeHidden();
  });

  test("16 minutes later on the server clock, calls still succeed: the expired access cookie is renewed on the way", async ({
    page,
    mock,
  }) => {
    await page.goto("/connections");
    await signInWithPassword(page);
    await expect(page.getByRole("link", { name: SEED.connections.postgresToS3.name })).toBeVisible();
    await mock.advanceClock(16 * 60_000);
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Sources" }).click();
    await expect(page.getByRole("link", { name: SEED.sources.stripe.name })).toBeVisible();
    await expect(signInDialog(page)).toBeHidden();
  });

  test("a refused refresh brings the sign-in back over a half-filled source form, which is kept and then saved", async ({ page, mock }) => {
    test.slow();
    await page.goto("/sources/new");
    await signInWithPassword(page);
    await chooseConnector(page, "source", "Postgres");
    const name = `Orders after sign-in ${test.info().workerIndex}`;
    await page.getByRole("textbox", { name: "Source name" }).fill(name);
    await page.getByRole("textbox", { name: "Host" }).fill("orders.example.com");
    await page.getByRole("textbox", { name: "Database Name" }).fill("orders");
    await page.getByRole("textbox", { name: "Username" }).fill("reader");
    await page.getByRole("textbox", { name: "Password" }).fill("hunter2-hunter2");

    // The server forgets every session (its signing secret changed) and the access cookie runs out.
    await mock.revokeSessions();
    await mock.advanceClock(4 * 60_000);
    await page.getByRole("button", { name: "Test and save" }).click();

    const dialog = signInDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Your session ended");
    await expect(page.getByRole("textbox", { name: "Host", includeHidden: true })).toHaveValue("orders.example.com");
    await expect(page.getByRole("textbox", { name: "Source name", includeHidden: true })).toHaveValue(name);

    await dialog.getByRole("textbox", { name: "Email" }).fill(DEMO.email);
    await dialog.getByRole("textbox", { name: "Password" }).fill(DEMO.password);
    await dialog.getByRole("button", { name: "Sign in" }).click();
    await expect(dialog).toBeHidden();
    // The check and the save that were waiting carry on.
    await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });

  test("application: a client id and secret sign in with a bearer token", async ({ page }) => {
    await page.goto("/destinations");
    const dialog = signInDialog(page);
    await expect(dialog).toBeVisible(COLD_START);
    await dialog.getByText("Application", { exact: true }).click();
    await expect(dialog.getByRole("radio", { name: "Application" })).toBeChecked();
    await dialog.getByRole("textbox", { name: "Client id" }).fill(DEMO.clientId);
    await dialog.getByRole("textbox", { name: "Client secret" }).fill("wrong-secret");
    await dialog.getByRole("button", { name: "Sign in" }).click();
    await expect(dialog.getByRole("alert")).toContainText("refused this client id and secret");
    await dialog.getByRole("textbox", { name: "Client secret" }).fill(DEMO.clientSecret);
    await dialog.getByRole("button", { name: "Sign in" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("link", { name: SEED.destinations.s3.name })).toBeVisible();
    expect(await pageText(page)).not.toContain(DEMO.clientSecret);
  });
});

test("a schedule the server refuses shows the server's problem detail at the schedule", async ({ page, mock }) => {
  await page.goto(`/connections/${SEED.connections.postgresToS3.id}/settings`);
  // The settings tab's code loads on first use: slow on a busy machine.
  await expect(page.getByText("Cron", { exact: true })).toBeVisible(COLD_START);
  await page.getByText("Cron", { exact: true }).click();
  // Every 10 minutes: an open-source server accepts it; a server whose organisation may sync only
  // hourly (Airbyte's entitlements, ConnectionScheduleHelper) answers this problem.
  await mock.fault("/v1/connections/update", {
    status: 400,
    times: 1,
    body: {
      status: 400,
      type: "error:cron-validation/under-one-hour-not-allowed",
      title: "Cron executions must be at least an hour apart",
      detail: "The cron expression runs more than once an hour.",
      data: { cronExpression: "0 */10 * * * ?", validationErrorMessage: "Cron executions must be at least 1 hour apart" },
    },
  });
  await page.getByRole("textbox", { name: "Cron expression" }).fill("0 */10 * * * ?");
  await expect(page.getByText("Next runs:")).toBeVisible();
  await page.getByRole("button", { name: "Save settings" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Could not save the settings" });
  await expect(alert).toContainText("Cron executions must be at least an hour apart: The cron expression runs more than once an hour");
  await expect(page.getByRole("textbox", { name: "Cron expression" })).toHaveValue("0 */10 * * * ?");
});

test("a cron that would run every second is refused at the schedule, before saving", async ({ page }) => {
  await page.goto(`/connections/${SEED.connections.postgresToS3.id}/settings`);
  await expect(page.getByText("Cron", { exact: true })).toBeVisible(COLD_START);
  await page.getByText("Cron", { exact: true }).click();
  await page.getByRole("textbox", { name: "Cron expression" }).fill("* * * * * ?");
  await expect(page.getByText(/runs every 1 seconds; Airbyte starts a sync at most once a minute/)).toBeVisible();
  await expect(page.getByText("Next runs:")).toBeHidden();
});
