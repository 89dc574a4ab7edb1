// A saved connection's streams as a real server keeps them: connections/get answers only the selected
// streams, so the Replication tab loads web_backend/connections/get, which merges the unselected ones
// back; a stream once left out can be enabled and saved.
import { SEED } from "../mocks/seed/ids";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

test("an unselected stream of a saved connection is enabled and saved @dark", async ({ page }) => {
  const connectionId = SEED.connections.postgresToS3.id;
  await page.goto(`/connections/${connectionId}/replication`);
  const counts = page.getByTestId("stream-counts");
  await expect(counts).toContainText("streams enabled", COLD_START);
  const [, enabledBefore, total] = /^([\d,]+) of ([\d,]+) streams enabled/
    .exec((await counts.textContent()) ?? "")!
    .map((n) => n.replace(/,/g, ""));
  expect(Number(enabledBefore)).toBeLessThan(Number(total));

  // Only the disabled streams: each was left out when the connection was saved.
  await page.getByRole("radiogroup", { name: "Show streams" }).getByText("Disabled", { exact: true }).click();
  const label = (await page.getByRole("table", { name: "Streams" }).getByRole("switch").first().getAttribute("aria-label"))!;
  const streamName = label.replace(/^Sync stream /, "").replace(/^.*\./, "");
  // Back to every stream, narrowed to this one by search (the table is virtualised).
  await page.getByRole("radiogroup", { name: "Show streams" }).getByText("All", { exact: true }).click();
  await page.getByRole("textbox", { name: "Search streams" }).fill(streamName);
  await page.getByRole("switch", { name: label }).check({ force: true });
  await expect(counts).toHaveText(new RegExp(`^${Number(enabledBefore) + 1} of ${Number(total).toLocaleString("en-US")} streams enabled`));

  await page.getByRole("button", { name: "Save changes" }).click();
  const dialog = page.getByRole("dialog", { name: "Save replication changes?" });
  await expect(dialog).toContainText("1 stream enabled");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("alert").filter({ hasText: "Replication saved" })).toBeVisible();

  // The server now keeps it among the selected streams.
  const saved = await page.evaluate(async (id) => {
    const response = await fetch("/api/v1/connections/get", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ connectionId: id }),
    });
    return ((await response.json()) as { syncCatalog: { streams: { stream: { name: string }; config: { selected: boolean } }[] } })
      .syncCatalog.streams;
  }, connectionId);
  expect(saved.map((entry) => entry.stream.name)).toContain(streamName);
  expect(saved).toHaveLength(Number(enabledBefore) + 1);
});
