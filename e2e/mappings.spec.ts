// Stream mappings end to end, in the production build on the embedded mock backend: a mapping is
// added to a stream of a saved connection, checked by the server as it is typed (the preview shows
// the fields the destination gets), and saved with the replication changes; a refusal is shown at
// the mapping it concerns, and what was typed stays.
import type { Page } from "@playwright/test";
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

const postgres = SEED.connections.postgresToS3;
// The seeded Postgres connection syncs public.organization, whose schema has an `email` field.
const STREAM = "public.organization";

async function openMappings(page: Page) {
  await page.goto(`/connections/${postgres.id}/replication`);
  await page.getByRole("textbox", { name: "Search streams" }).fill("organization", COLD_START);
  await page.getByRole("button", { name: `Add mappings of ${STREAM}`, exact: true }).click();
  return page.getByRole("dialog", { name: `Mappings of ${STREAM}` });
}

async function saveReplication(page: Page) {
  await page.getByRole("button", { name: "Save changes" }).click();
  const confirm = page.getByRole("dialog", { name: "Save replication changes?" });
  await confirm.getByRole("button", { name: "Save changes" }).click();
}

test.describe("mappings", () => {
  test("a hashing mapping is added, checked by the server and saved", async ({ page }) => {
    const dialog = await openMappings(page);
    await expect(dialog.getByText("This stream has no mappings.")).toBeVisible();
    await dialog.getByRole("button", { name: "Add mapping: Hash a field" }).click();
    await dialog.getByRole("combobox", { name: "Mapping 1: field to hash" }).selectOption("email");
    const preview = dialog.getByRole("region", { name: "Fields after the mappings" });
    await expect(preview.getByText("email_hashed", { exact: true })).toBeVisible();
    await expect(preview.getByText("email", { exact: true })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Apply mappings" }).click();

    await expect(page.getByRole("button", { name: `1 mapping of ${STREAM}: edit` })).toBeVisible();
    await saveReplication(page);
    await expect(page.getByRole("alert").filter({ hasText: "Replication saved" })).toBeVisible();
    const saved = await page.evaluate(async (id) => {
      const response = await fetch("/api/v1/connections/get", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ connectionId: id }),
      });
      const body = (await response.json()) as { syncCatalog: { streams: { stream: { name: string }; config: { mappers?: unknown[] } }[] } };
      return body.syncCatalog.streams.find((s) => s.stream.name === "organization")?.config.mappers;
    }, postgres.id);
    expect(saved).toEqual([
      expect.objectContaining({
        type: "hashing",
        mapperConfiguration: { targetField: "email", method: "SHA-256", fieldNameSuffix: "_hashed" },
      }),
    ]);
    // Opened again, the saved mapping is there as it was chosen.
    await page.getByRole("button", { name: `1 mapping of ${STREAM}: edit` }).click();
    await expect(dialog.getByRole("combobox", { name: "Mapping 1: field to hash" })).toHaveValue("email");
  });

  test("a row filter the server refuses shows the server's message at the filter, and what was typed stays", async ({
    page,
    mock,
    checks,
  }) => {
    const dialog = await openMappings(page);
    await dialog.getByRole("button", { name: "Add mapping: Filter rows" }).click();
    await dialog.getByRole("combobox", { name: "Mapping 1: field" }).selectOption("email");
    await dialog.getByRole("combobox", { name: "Mapping 1: keep rows where the field" }).selectOption({ label: "does not equal" });
    // A real server accepts every well-formed row filter (RowFilteringMapper never looks at the
    // fields) and refuses one it cannot read with this problem (MapperConverters.kt): it is played here.
    checks.allowConsoleError({ text: /400/, why: "the server refuses the row filter on purpose" });
    await mock.fault("/v1/web_backend/mappers/validate", {
      status: 400,
      body: {
        status: 400,
        type: "error:mapper-validation/invalid-config",
        title: "Invalid Mapper Configuration",
        detail: "The mapper configuration is invalid and cannot be parsed",
        data: { mapperType: "row-filtering", message: "Unsupported operation type: CONTAINS" },
      },
    });
    await dialog.getByRole("textbox", { name: "Mapping 1: value" }).fill("test@example.com");
    const filter = dialog.getByRole("listitem", { name: /^Mapping 1/ });
    await expect(filter.getByRole("alert")).toContainText("Invalid Mapper Configuration");
    await expect(filter.getByRole("alert")).toContainText("Unsupported operation type: CONTAINS");
    await expect(dialog.getByRole("textbox", { name: "Mapping 1: value" })).toHaveValue("test@example.com");
    await expect(dialog.getByRole("combobox", { name: "Mapping 1: field" })).toHaveValue("email");
  });
});
