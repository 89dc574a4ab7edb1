// The app shell in the production build: navigation, workspace, 404, API failures with retry,
// narrow screens, dark scheme and keyboard access.
import { SEED } from "../mocks/seed/ids";
import { expect, test, withMock } from "./fixtures";
import { AFTER_RETRIES } from "./support/waits";

const WORKSPACES = "/v1/workspaces/list_by_organization_id";
const SECTIONS = [
  { label: "Sources", path: "/sources" },
  { label: "Destinations", path: "/destinations" },
  { label: "Settings", path: "/settings" },
  { label: "Connections", path: "/connections" },
];

test.describe("app shell", () => {
  test("is served under the production server's Content-Security-Policy (a violation is a console error, which fails any test)", async ({
    page,
  }) => {
    const document = await page.goto("/");
    const csp = document!.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self';");
    await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
  });

  test("opens on Connections with the workspace from the API, and the navigation reaches every section", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/connections$/);
    await expect(page.getByTestId("workspace-name")).toHaveText(SEED.workspace.name);
    await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();

    const nav = page.getByRole("navigation", { name: "Main navigation" });
    for (const { label, path } of SECTIONS) {
      await nav.getByRole("link", { name: label }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
      await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
    }
  });

  test("an unknown route shows the 404 page, with a way back", async ({ page }) => {
    await page.goto("/no/such/page");
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("/no/such/page")).toBeVisible();
    // The shell stays usable around it.
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
    await page.getByRole("link", { name: "Go to connections" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
  });
});

test.describe("API failures", () => {
  test('a failing endpoint shows the server message in place, and "Try again" recovers', async ({ page, mock }) => {
    const serverMessage = "Config database unavailable: connection refused";
    await mock.onStart({
      faults: { [WORKSPACES]: { status: 500, body: { message: serverMessage, exceptionClassName: "java.sql.SQLException" } } },
    });
    await page.goto("/connections");

    const alert = page.getByRole("alert").filter({ hasText: "Could not load your workspace" });
    await expect(alert).toContainText(serverMessage, AFTER_RETRIES);
    await expect(alert).toContainText("HTTP 500");

    // The server comes back.
    await mock.clearFaults();
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("workspace-name")).toHaveText(SEED.workspace.name);
    await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test("a fault set by URL parameter is reported with its status", async ({ page }) => {
    await page.goto(withMock("/sources", { faults: { [WORKSPACES]: 503 } }));
    const alert = page.getByRole("alert").filter({ hasText: "Could not load your workspace" });
    await expect(alert).toContainText("HTTP 503", AFTER_RETRIES);
    await expect(alert.getByRole("button", { name: "Try again" })).toBeVisible();
  });

  test("a network failure gets a clear message, not a white screen", async ({ page, mock }) => {
    await mock.onStart({ faults: { [WORKSPACES]: "network" } });
    await page.goto("/connections");
    const alert = page.getByRole("alert").filter({ hasText: "Could not load your workspace" });
    await expect(alert).toContainText(/could not reach the server/i, AFTER_RETRIES);
    await expect(alert.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  });

  test("a malformed response body is reported as malformed", async ({ page, mock }) => {
    await mock.onStart({ faults: { [WORKSPACES]: "malformed" } });
    await page.goto("/connections");
    const alert = page.getByRole("alert").filter({ hasText: "Could not load your workspace" });
    await expect(alert).toContainText(/not valid JSON|malformed/i, AFTER_RETRIES);
    await expect(alert.getByRole("button", { name: "Try again" })).toBeVisible();
  });
});

test.describe("layouts and access", () => {
  test("is usable 375 px wide: the burger opens the navigation", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/connections");
    await expect(page.getByTestId("workspace-name")).toHaveText(SEED.workspace.name);

    const nav = page.getByRole("navigation", { name: "Main navigation" });
    const sources = nav.getByRole("link", { name: "Sources" });
    await expect(sources).not.toBeInViewport();
    // Escape folds the menu again and gives focus back to the button that opened it.
    await page.getByRole("button", { name: "Open navigation" }).click();
    await expect(sources).toBeInViewport();
    await sources.focus();
    await page.keyboard.press("Escape");
    await expect(sources).not.toBeInViewport();
    await expect(page.getByRole("button", { name: "Open navigation" })).toBeFocused();
    await page.getByRole("button", { name: "Open navigation" }).click();
    await expect(page.getByRole("button", { name: "Close navigation" })).toHaveAttribute("aria-expanded", "true");
    await expect(sources).toBeInViewport();
    // The open menu covers the page: Tab past its last link does not wander into the hidden page.
    await nav.getByRole("link", { name: "Spec playground" }).focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement))).toBe(false);
    await sources.click();
    await expect(page).toHaveURL(/\/sources$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
    // Choosing a section closes the menu again, and nothing is wider than the screen.
    await expect(sources).not.toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("follows a dark system colour scheme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/connections");
    await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
    // Light text on a dark background (axe checks the contrast of this state at the end of the test).
    const luminance = await page.evaluate(() => {
      const channels = (colour: string) => (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
      const style = getComputedStyle(document.body);
      return { background: mean(channels(style.backgroundColor)), text: mean(channels(style.color)) };
    });
    expect(luminance.background).toBeLessThan(80);
    expect(luminance.text).toBeGreaterThan(160);
  });

  test("keyboard: the skip link comes first and moves focus to the content; focus is visible", async ({ page }) => {
    await page.goto("/connections");
    await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();

    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);
    expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");

    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();

    // The next Tab stops are real controls, each with a visible focus ring.
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return "nothing focused";
      const style = getComputedStyle(element);
      return style.outlineStyle === "none" || style.outlineWidth === "0px" ? "no outline" : "outline";
    });
    expect(outline).toBe("outline");
  });
});
