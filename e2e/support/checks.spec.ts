// Tests of the e2e checks themselves (contract, console, accessibility monitors): each must catch
// what it exists for, or every other spec's green run means nothing. Uses the monitors directly on
// a plain Playwright page, because here the violations are provoked on purpose.
import { expect, test } from "@playwright/test";
import { A11yMonitor } from "./a11yMonitor";
import { ConsoleMonitor } from "./consoleMonitor";
import { ContractMonitor } from "./contractMonitor";
import { ApiActivity, installMutationClock } from "./settle";

const WORKSPACES = "/api/v1/workspaces/list_by_organization_id";

test.describe("e2e checks", () => {
  test("the contract monitor names endpoint and field of a bad request body and of an off-contract answer", async ({ page }) => {
    const contract = new ContractMonitor();
    contract.attach(page);
    await page.goto("/connections?mockLatency=0");
    await expect(page.getByTestId("workspace-name")).toBeVisible();
    expect(await contract.finish()).toEqual([]);

    // Behind the monitor's back: the mock answers off-contract, and a request goes out malformed.
    await page.evaluate(async (url) => {
      (window as unknown as { __syncdeckMock: { fault(endpoint: string, spec: unknown): void } }).__syncdeckMock.fault(url, "wrong-shape");
      await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ organizationId: "not-a-uuid" }),
      });
    }, WORKSPACES);

    const violations = await contract.finish();
    expect(violations).toContain('POST /v1/workspaces/list_by_organization_id request: /organizationId must match format "uuid"');
    expect(violations).toContain("POST /v1/workspaces/list_by_organization_id response 200: /workspaces is required but missing");
    expect(contract.checkedRequests).toBeGreaterThan(1);
  });

  test("the contract monitor leaves alone answers of endpoints a test broke on purpose", async ({ page }) => {
    const contract = new ContractMonitor();
    contract.attach(page);
    await page.goto(`/connections?mockLatency=0&mockFault=${encodeURIComponent("/v1/workspaces/list_by_organization_id:malformed")}`);
    await expect(page.getByRole("alert")).toBeVisible({ timeout: 15_000 });
    expect(await contract.finish()).toEqual([]);
  });

  test("the console monitor reports console errors and uncaught errors, not handled API failures", async ({ page }) => {
    const monitor = new ConsoleMonitor();
    monitor.attach(page);
    await page.goto(`/connections?mockLatency=0&mockFault=${encodeURIComponent("/v1/workspaces/list_by_organization_id:500")}`);
    await expect(page.getByRole("alert")).toBeVisible({ timeout: 15_000 });
    expect(monitor.violations).toEqual([]);

    await page.evaluate(() => {
      console.error("something broke");
      setTimeout(() => {
        throw new Error("kaboom");
      });
    });
    await expect.poll(() => monitor.violations.length).toBe(2);
    expect(monitor.violations[0]).toMatch(/^console error: something broke/);
    expect(monitor.violations[1]).toMatch(/^uncaught page error: Error: kaboom/);
  });

  test("the accessibility monitor fails serious violations and passes clean markup", async ({ page }) => {
    const activity = new ApiActivity();
    activity.attach(page);
    await installMutationClock(page);
    const a11y = new A11yMonitor(page, activity);
    a11y.attach();
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Clean</title></head><body><main><h1>Clean</h1><p>Readable text.</p></main></body></html>',
    );
    await a11y.check("clean");
    expect(a11y.violations).toEqual([]);

    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></main></body></html>',
    );
    await a11y.check("broken");
    const found = a11y.violations.map((line) => line.split(":")[0]).sort();
    expect(found).toEqual([
      'axe critical "button-name" on blank [light, wide] (broken)',
      'axe critical "image-alt" on blank [light, wide] (broken)',
    ]);
  });
});
