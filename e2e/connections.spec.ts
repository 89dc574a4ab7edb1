// Connections end to end, in the production build on the embedded mock backend: the list, creating
// a connection on a real catalog, editing replication, and reviewing a schema change.
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { COLD_START, SLOW_OPERATION } from "./support/waits";

/** Fix, in bulk, any enabled stream whose sync mode the destination cannot do (none in the current seed). */
async function fixStreamsWithErrors(page: Page) {
  await page.getByText("Has errors", { exact: true }).click();
  const shown = page.getByRole("table", { name: "Streams" }).getByRole("switch");
  if ((await shown.count()) > 0)
    await page.getByRole("combobox", { name: "Set sync mode for shown streams" }).selectOption({ label: "Full refresh | Append" });
  await expect(page.getByText("No streams match your search and filters.")).toBeVisible();
  await page.getByRole("radiogroup", { name: "Show streams" }).getByText("All", { exact: true }).click();
}

test.describe("connections", () => {
  test("the list shows state, schedule and an enable toggle; search and status filter live in the URL @mobile", async ({ page }) => {
    await page.goto("/connections");
    await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
    const table = page.getByRole("table");
    const failedRow = table.getByRole("row").filter({ has: page.getByRole("link", { name: SEED.connections.stripeToRedshift.name }) });
    await expect(failedRow.getByText("Failed", { exact: true })).toBeVisible();
    const disabled = page.getByRole("switch", { name: `Enable ${SEED.connections.facebookToS3.name}` });
    await expect(disabled).not.toBeChecked();
    // At any width: the page does not scroll sideways, and every row's switch is in view.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await expect(disabled).toBeInViewport();

    await page.getByRole("searchbox", { name: "Search connections" }).fill("stripe");
    await expect(page).toHaveURL(/[?&]q=stripe/);
    await expect(table.getByRole("row")).toHaveCount(2);
    await page.getByRole("searchbox", { name: "Search connections" }).fill("");
    await page.getByRole("radiogroup", { name: "Filter by status" }).getByRole("radio", { name: "Disabled" }).check();
    await expect(page).toHaveURL(/status=disabled/);
    await expect(table.getByRole("link")).toHaveText([SEED.connections.facebookToS3.name]);
    await page.reload();
    await expect(table.getByRole("link")).toHaveText([SEED.connections.facebookToS3.name]);

    // Enabling is instant: under the "Disabled" filter the row leaves the list; under "All" it is on.
    await page.getByRole("switch", { name: `Enable ${SEED.connections.facebookToS3.name}` }).click({ force: true });
    await expect(page.getByText("No connections match your search and filter.")).toBeVisible();
    // The status filter is a radio group: arrow keys move the choice.
    await page.getByRole("radio", { name: "Disabled" }).focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("radio", { name: "Enabled" })).toBeChecked();
    await expect(page).toHaveURL(/status=enabled/);
    await page.getByRole("radio", { name: "All" }).check();
    await expect(page.getByRole("switch", { name: `Enable ${SEED.connections.facebookToS3.name}` })).toBeChecked();
  });

  test("a failed enable is rolled back with a message", async ({ page, mock, checks }) => {
    await page.goto("/connections");
    const toggle = page.getByRole("switch", { name: `Enable ${SEED.connections.facebookToS3.name}` });
    await expect(toggle).not.toBeChecked();
    checks.allowConsoleError({ text: /500/, why: "the test makes the server answer 500 on purpose" });
    await mock.fault("/v1/connections/update", { status: 500, body: { message: "Database is read-only right now" }, times: 1 });
    // A click, not check(): the rollback may land before Playwright looks at the switch again.
    await toggle.click({ force: true });
    await expect(page.getByText("Database is read-only right now")).toBeVisible();
    await expect(toggle).not.toBeChecked();
  });

  test("create a connection on the real Postgres catalog, then edit its replication", async ({ page }) => {
    // A long journey (create, then edit and save): more time than the default on a busy machine.
    test.setTimeout(240_000);
    await page.goto("/connections/new");
    // The first page of a test loads every connector file into the mock: slow on a busy machine.
    await expect(page.getByRole("button", { name: new RegExp(`^Use source ${SEED.sources.postgres.name}`) })).toBeVisible(COLD_START);
    await page.getByRole("button", { name: new RegExp(`^Use source ${SEED.sources.postgres.name}`) }).click();
    await page.getByRole("button", { name: new RegExp(`^Use destination ${SEED.destinations.redshift.name}`) }).click();
    await expect(page).toHaveURL(new RegExp(`sourceId=${SEED.sources.postgres.id}.*destinationId=${SEED.destinations.redshift.id}`));

    const counts = page.getByTestId("stream-counts");
    await expect(counts).toContainText("streams enabled", COLD_START);
    const total = Number(/of ([\d,]+) streams/.exec((await counts.textContent()) ?? "")![1]!.replace(/,/g, ""));
    expect(total).toBeGreaterThan(10);

    // Disable everything, then enable two streams found by search.
    await page.getByRole("button", { name: "Disable all" }).click();
    await expect(counts).toHaveText(new RegExp(`^0 of ${total} streams enabled`));
    const search = page.getByRole("textbox", { name: "Search streams" });
    await search.fill("user");
    const firstSwitch = page.getByRole("table", { name: "Streams" }).getByRole("switch").first();
    const streamLabel = (await firstSwitch.getAttribute("aria-label"))!;
    await firstSwitch.check({ force: true });
    await expect(counts).toHaveText(new RegExp(`^1 of ${total} streams enabled`));
    await search.fill("");

    // Without a name the connection is not created; the choices stay.
    const name = page.getByRole("textbox", { name: "Connection name" });
    await name.fill("");
    await page.getByRole("button", { name: "Create connection" }).click();
    await expect(page.getByText("Give the connection a name.")).toBeVisible();
    await expect(counts).toHaveText(new RegExp(`^1 of ${total} streams enabled`));
    await name.fill("E2E Postgres to Redshift");
    await page.getByText("Cron", { exact: true }).click();
    await page.getByRole("textbox", { name: "Cron expression" }).fill("0 0 25 * * ?");
    await expect(page.getByText(/Not a valid cron expression/)).toBeVisible();
    await page.getByRole("textbox", { name: "Cron expression" }).fill("0 30 6 * * ?");
    await expect(page.getByText("Next runs:")).toBeVisible();

    await page.getByRole("button", { name: "Create connection" }).click();
    await expect(page).toHaveURL(/\/connections\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: "E2E Postgres to Redshift" })).toBeVisible();

    await page.getByRole("tab", { name: "Replication" }).click();
    await expect(page).toHaveURL(/\/replication$/);
    await expect(counts).toHaveText(new RegExp(`^1 of ${total} streams enabled`));
    await expect(page.getByRole("switch", { name: streamLabel })).toBeChecked();

    // Enable two more and change a sync mode; the save summary says so.
    const switches = page.getByRole("table", { name: "Streams" }).getByRole("switch");
    let enabled = 0;
    for (let i = 0; enabled < 2; i++) {
      if (!(await switches.nth(i).isChecked())) {
        await switches.nth(i).check({ force: true });
        enabled++;
      }
    }
    await expect(counts).toHaveText(new RegExp(`^3 of ${total} streams enabled`));
    const modeSelect = page.getByRole("combobox", { name: `Sync mode for ${streamLabel.replace(/^Sync stream /, "")}` });
    const options = await modeSelect.locator("option").allTextContents();
    const current = await modeSelect.locator("option:checked").textContent();
    const other = options.find((o) => o !== current && !o.includes("not supported"));
    await modeSelect.selectOption({ label: other! });
    await page.getByRole("button", { name: "Save changes" }).click();
    const dialog = page.getByRole("dialog", { name: "Save replication changes?" });
    await expect(dialog).toContainText("2 streams enabled, 1 sync mode changed");
    await expect(dialog).toContainText("needs their data refreshed");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    // The mock lives in the page (a reload would reset it): leave the tab and come back instead.
    await page.getByRole("tab", { name: "Settings" }).click();
    await expect(page.getByRole("textbox", { name: "Connection name" })).toHaveValue("E2E Postgres to Redshift");
    await page.getByRole("tab", { name: "Replication" }).click();
    await expect(counts).toHaveText(new RegExp(`^3 of ${total} streams enabled`));
    await expect(page.getByRole("combobox", { name: `Sync mode for ${streamLabel.replace(/^Sync stream /, "")}` })).toHaveValue(/.+/);
  });

  test("leaving replication with unsaved changes asks first; a failed save keeps them", async ({ page, mock, checks }) => {
    await page.goto(`/connections/${SEED.connections.postgresToS3.id}/replication`);
    const counts = page.getByTestId("stream-counts");
    await expect(counts).toContainText("streams enabled", COLD_START);
    await fixStreamsWithErrors(page);
    const before = await counts.textContent();
    await page.getByRole("table", { name: "Streams" }).getByRole("switch").first().uncheck({ force: true });
    await expect(counts).not.toHaveText(before!);
    const after = await counts.textContent();

    checks.allowConsoleError({ text: /500/, why: "the test makes the server answer 500 on purpose" });
    await mock.fault("/v1/web_backend/connections/update", { status: 500, body: { message: "Config database unavailable" }, times: 1 });
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Config database unavailable")).toBeVisible();
    await expect(counts).toHaveText(after!);

    await page.getByRole("link", { name: "Sources" }).click();
    const guard = page.getByRole("dialog", { name: "Discard unsaved changes?" });
    await expect(guard).toBeVisible();
    await guard.getByRole("button", { name: "Stay on this page" }).click();
    await expect(page).toHaveURL(/\/replication$/);
    await expect(counts).toHaveText(after!);
  });

  test("review a schema change: grouped by stream in order, apply, new streams arrive disabled, save", async ({ page }) => {
    await page.goto(`/connections/${SEED.connections.postgresToS3.id}/replication`);
    const counts = page.getByTestId("stream-counts");
    await expect(counts).toContainText("streams enabled", COLD_START);
    const enabledBefore = Number(/^([\d,]+) of/.exec((await counts.textContent())!)![1]!.replace(/,/g, ""));
    await page.evaluate(
      (id) => (window as unknown as { __syncdeckMock: { evolveSchema(id: string): Promise<void> } }).__syncdeckMock.evolveSchema(id),
      SEED.sources.postgres.id,
    );
    await page.getByRole("button", { name: "Refresh source schema" }).click();
    const review = page.getByRole("region", { name: /Schema changes/ });
    // Discovery is a long operation on a real server; give it time on a busy machine too.
    await expect(review).toBeVisible(SLOW_OPERATION);
    await expect(review).toContainText("New stream");
    await expect(review).toContainText("Stream removed");
    await expect(review).toContainText(/changed type from/);
    await expect(review).toContainText(/arrives? disabled/);
    // Removed streams before changed ones before new ones (breaking ones, if any, lead).
    const text = (await review.textContent())!;
    expect(text.indexOf("Stream removed")).toBeLessThan(text.indexOf("Stream changed"));
    expect(text.indexOf("Stream changed")).toBeLessThan(text.indexOf("New stream"));
    await review.getByRole("button", { name: "Apply changes" }).click();
    await expect(review).toBeHidden();
    await page.getByRole("textbox", { name: "Search streams" }).fill("added_stream");
    await expect(page.getByRole("table", { name: "Streams" }).getByRole("switch").first()).not.toBeChecked();
    await page.getByRole("textbox", { name: "Search streams" }).fill("");
    await fixStreamsWithErrors(page);
    await page.getByRole("button", { name: "Save changes" }).click();
    const dialog = page.getByRole("dialog", { name: "Save replication changes?" });
    await expect(dialog).toContainText("1 stream added");
    await expect(dialog).toContainText("1 stream removed");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    await expect(counts).toContainText("streams enabled");
    const enabledAfter = Number(/^([\d,]+) of/.exec((await counts.textContent())!)![1]!.replace(/,/g, ""));
    // One stream was removed by the source; it may have been enabled.
    expect(enabledAfter).toBeLessThanOrEqual(enabledBefore);
  });

  test("a failing discover shows the message with retry and keeps the choices", async ({ page, mock, checks }) => {
    checks.allowConsoleError({ text: /500/, why: "the test makes the server answer 500 on purpose" });
    await page.goto(`/connections/new?sourceId=${SEED.sources.stripe.id}`);
    // The new-connection flow discovers through the command API.
    await mock.fault("/v1/commands/run/discover", { status: 500, body: { message: "Stripe API key was revoked" }, times: 1 });
    // The first page of a test loads every connector file into the mock: slow on a busy machine.
    await expect(page.getByRole("button", { name: new RegExp(`^Use destination ${SEED.destinations.s3.name}`) })).toBeVisible(COLD_START);
    await page.getByRole("button", { name: new RegExp(`^Use destination ${SEED.destinations.s3.name}`) }).click();
    await expect(page.getByText("Stripe API key was revoked")).toBeVisible(SLOW_OPERATION);
    await expect(page.getByRole("button", { name: "Change source" })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`sourceId=${SEED.sources.stripe.id}.*destinationId=${SEED.destinations.s3.id}`));
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("stream-counts")).toBeVisible(SLOW_OPERATION);
  });
});
