// Connection tests that take minutes, through Airbyte's command API on the embedded mock: the first
// test of a connector waits for its image to be pulled. The mock's first-check time is set to two
// minutes, and the tests move the mock's clock on instead of waiting (the console polls the
// command's status; the next poll after the clock moved sees it finished). They wait on what the
// page shows, never on a clock of their own.
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";
import { chooseConnector } from "./support/catalog";

const TWO_MINUTES = 120_000;
test.use({ mockFirstCheckMs: TWO_MINUTES });

async function openNewFaker(page: import("@playwright/test").Page, name: string) {
  await page.goto("/sources/new");
  await chooseConnector(page, "source", "Faker");
  await page.getByRole("textbox", { name: "Source name" }).fill(name);
  // The form's code loads on first use.
  await expect(page.getByRole("textbox", { name: "Count" })).toBeEditable(COLD_START);
  await page.getByRole("textbox", { name: "Count" }).fill("250");
}

test("a first test that takes two minutes shows its progress, then saves", async ({ page, mock }) => {
  // A fresh page loads every connector file into the mock first: slow on a busy machine.
  test.slow();
  const name = `Fake users ${test.info().workerIndex}-${Date.now()}`;
  await openNewFaker(page, name);
  await page.getByRole("button", { name: "Test and save" }).click();

  const panel = page.getByTestId("check-panel");
  await expect(panel.getByTestId("check-stage")).toHaveText(/Starting the connector… pulling its image can take a few minutes/);
  // formatDuration: "<1s", "12s", "2m 5s".
  await expect(panel.getByTestId("check-elapsed")).toHaveText(/^(<1s|(\d+m )?\d+s) elapsed$/);
  await expect(panel.getByRole("button", { name: "Cancel test" })).toBeEnabled();
  // Still pulling: the command is pending on the mock.
  await expect.poll(async () => (await mock.commands()).map((c) => c.status)).toEqual(["pending"]);

  // Two minutes later on the mock's clock, the image is there and the check has run.
  await mock.advanceClock(TWO_MINUTES);
  // Saved: on to the source's page (its code loads on first use).
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/, COLD_START);
  await expect(page.getByRole("alert").filter({ hasText: "Source created" })).toBeVisible();
  expect((await mock.commands()).map((c) => c.status)).toEqual(["completed"]);
});

test("cancelling a test stops the command on the server and keeps what was typed", async ({ page, mock }) => {
  test.slow();
  const name = `Kept faker ${test.info().workerIndex}-${Date.now()}`;
  await openNewFaker(page, name);
  await page.getByRole("button", { name: "Test and save" }).click();
  const panel = page.getByTestId("check-panel");
  await expect(panel.getByTestId("check-stage")).toHaveText(/Starting the connector/);

  await panel.getByRole("button", { name: "Cancel test" }).click();
  await expect(panel).toContainText("Test cancelled");
  await expect(panel).toContainText("The connection test was stopped on the server.");
  expect((await mock.commands()).map((c) => c.status)).toEqual(["cancelled"]);
  await expect(page.getByRole("textbox", { name: "Source name" })).toHaveValue(name);
  await expect(page.getByRole("textbox", { name: "Count" })).toHaveValue("250");
  await expect(page.getByRole("button", { name: "Test and save" })).toBeEnabled();
});
