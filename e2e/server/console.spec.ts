// The built console served by the production server (`npm start`), with the mock backend as its
// Airbyte behind the /api proxy (playwright.server.config.ts starts both). The project's fixtures
// apply as everywhere (axe on every state, every API body checked against the OpenAPI description,
// console errors fail the test: a CSP violation is logged as one); on top, this file records CSP
// violations as the page reports them, so one is named as such.
import type { Page, Response } from "@playwright/test";
import { SEED } from "../../mocks/seed/ids";
import { expect, test as base } from "../fixtures";
import { COLD_START } from "../support/waits";
import { chooseConnector } from "../support/catalog";
import { clickAndWaitForClose } from "../support/popup";

const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, provide) => {
      const violations: string[] = [];
      await page.exposeFunction("__e2eCspViolation", (line: string) => violations.push(line));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          void (window as unknown as { __e2eCspViolation(line: string): Promise<void> }).__e2eCspViolation(
            `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} on ${location.pathname} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      await provide(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

const DEMO = { email: "demo@syncdeck.dev", password: "syncdeck-demo" };

/** Sign in with the mock's demo email and password (it runs with auth on, like an abctl install). */
async function signIn(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  const dialog = page.getByRole("dialog", { name: "Sign in to Airbyte" });
  // The dialog comes after the server's auth mode is known and its code has loaded: slow on a busy machine.
  await expect(dialog).toBeVisible(COLD_START);
  await dialog.getByRole("textbox", { name: "Email" }).fill(DEMO.email);
  await dialog.getByRole("textbox", { name: "Password" }).fill(DEMO.password);
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await expect(dialog).toBeHidden();
}

test("sign-in through the proxy: the session cookies are set on this origin, HttpOnly and SameSite=Strict, and survive a reload", async ({
  page,
  context,
}) => {
  await signIn(page);
  await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
  const cookies = await context.cookies();
  const access = cookies.find((cookie) => cookie.name === "JWT");
  expect(access).toMatchObject({ httpOnly: true, sameSite: "Strict", domain: "127.0.0.1" });
  expect(cookies.find((cookie) => cookie.name === "JWT_REFRESH_TOKEN")).toMatchObject({ httpOnly: true, sameSite: "Strict" });
  // The console never reads them: not in document.cookie, not in storage.
  expect(await page.evaluate(() => document.cookie)).toBe("");
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(access!.value);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Sign in to Airbyte" })).toBeHidden();

  // Signing out clears the session on the server: the next visit asks again.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("dialog", { name: "Sign in to Airbyte" })).toBeVisible();
  expect((await context.cookies()).find((cookie) => cookie.name === "JWT_REFRESH_TOKEN")).toBeUndefined();
});

/** Every /api answer the page gets, to show where it came from. */
function recordApiAnswers(page: Page): Response[] {
  const answers: Response[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.startsWith("/api/")) answers.push(response);
  });
  return answers;
}

test("the console opens on the Connections page with the seeded data, fetched from Airbyte through the proxy", async ({
  page,
  baseURL,
}) => {
  const apiAnswers = recordApiAnswers(page);
  const config = page.waitForResponse((response) => new URL(response.url()).pathname === "/config.json");
  await signIn(page);
  expect(await (await config).json()).toEqual({ backend: "airbyte", apiUrl: "" });

  await expect(page).toHaveURL(/\/connections$/);
  await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
  const table = page.getByRole("table");
  for (const connection of Object.values(SEED.connections)) await expect(table.getByRole("link", { name: connection.name })).toBeVisible();
  const failedRow = table.getByRole("row").filter({ has: page.getByRole("link", { name: SEED.connections.stripeToRedshift.name }) });
  await expect(failedRow.getByText("Failed", { exact: true })).toBeVisible();
  await expect(page.getByTestId("workspace-name")).toHaveText(SEED.workspace.name);

  // Answered by the server over the network (the mock behind the proxy), not by a service worker.
  expect(apiAnswers.map((answer) => new URL(answer.url()).pathname)).toContain("/api/v1/web_backend/connections/list");
  for (const answer of apiAnswers) {
    expect(answer.url().startsWith(`${baseURL}/api/`), answer.url()).toBe(true);
    expect(answer.fromServiceWorker(), answer.url()).toBe(false);
  }
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test("a deep link loads its page, and the document carries the CSP and the security headers", async ({ page }) => {
  await signIn(page);
  const document = await page.goto("/sources");
  expect(document?.status()).toBe(200);
  const headers = document!.headers();
  expect(headers["content-security-policy"]).toBe(
    "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: https:;connect-src 'self';font-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
  );
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cache-control"]).toBe("no-cache");
  expect(headers["x-powered-by"]).toBeUndefined();

  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  const postgresRow = page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: SEED.sources.postgres.name }) });
  await expect(postgresRow).toContainText("Postgres");
});

test("a connector form works under the strict CSP (no eval): a failed check, then a saved source", async ({ page }) => {
  test.slow();
  const name = `Orders replica ${Date.now()}`;
  await signIn(page, "/sources/new");
  await chooseConnector(page, "source", "Postgres");

  // "Test and save" validates the form (and RJSF picks oneOf options with the same validator) before
  // anything is sent: any code generated at run time would be a CSP violation, which fails the test.
  await page.getByRole("textbox", { name: "Source name" }).fill(name);
  await page.getByRole("textbox", { name: "Host" }).fill("orders.invalid");
  await page.getByRole("textbox", { name: "Database Name" }).fill("orders");
  await page.getByRole("textbox", { name: "Username" }).fill("reader");
  await page.getByRole("textbox", { name: "Password" }).fill("correct-horse-battery");
  await page.getByRole("button", { name: "Test and save" }).click();
  await expect(page.getByTestId("check-panel")).toContainText("UnknownHostException: orders.invalid");

  await page.getByRole("textbox", { name: "Host" }).fill("orders.example.com");
  await page.getByRole("button", { name: "Test and save" }).click();
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});

test("OAuth consent in a pop-up at another origin comes back to /auth_flow and completes", async ({ page }) => {
  test.slow();
  await signIn(page, "/sources/new");
  await chooseConnector(page, "source", "Salesforce");
  // An open-source server has no OAuth app of its own: the user's app goes with the consent call.
  await page.getByRole("textbox", { name: "Client ID" }).fill("my-salesforce-app");
  await page.getByRole("textbox", { name: "Client Secret" }).fill("my-salesforce-secret");

  const popupOpened = page.waitForEvent("popup", COLD_START);
  await page.getByRole("button", { name: "Authenticate your account" }).click();
  const popup = await popupOpened;
  // The provider is the mock's own page, on the mock's origin: this server does not serve it.
  await expect(popup.getByRole("heading", { name: "Mock OAuth provider" })).toBeVisible();
  expect(new URL(popup.url()).port).not.toBe(new URL(page.url()).port);
  await clickAndWaitForClose(popup, popup.getByRole("button", { name: "Allow access" }));
  await expect(page.getByText("Authenticated", { exact: true })).toBeVisible();
});
