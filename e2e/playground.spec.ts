// Spec playground end to end (production build): paste a spec and get the form, invalid JSON
// located by line and column, hostile text shown as text, examples loaded from the connector specs.
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

const spec = {
  connectionSpecification: {
    type: "object",
    required: ["host", "port"],
    properties: {
      host: { type: "string", title: "Host", description: "Where the **server** runs.", order: 0 },
      port: { type: "integer", title: "Port", minimum: 1, maximum: 65535, default: 5432, order: 1 },
      password: { type: "string", title: "Password", airbyte_secret: true, always_show: true, order: 2 },
      ssl: {
        type: "object",
        title: "SSL mode",
        order: 3,
        oneOf: [
          { title: "Disabled", required: ["mode"], properties: { mode: { type: "string", const: "disable" } } },
          {
            title: "Verify CA",
            required: ["mode", "ca"],
            properties: { mode: { type: "string", const: "verify-ca" }, ca: { type: "string", title: "CA certificate", multiline: true } },
          },
        ],
      },
    },
  },
};

test.describe("spec playground", () => {
  test("a pasted spec renders as a live form with its config and errors @mobile", async ({ page }) => {
    await page.goto("/playground");
    await expect(page.getByRole("heading", { level: 1, name: "Spec playground" })).toBeVisible();
    await page.getByLabel("Connector specification").fill(JSON.stringify(spec, null, 2));
    const form = page.getByRole("region", { name: "Configuration form" });
    // The form's code is fetched on first use; a busy machine may take a while.
    await expect(form.getByLabel(/^Host/)).toBeVisible(COLD_START);
    await expect(form.getByLabel(/^Password/)).toHaveAttribute("type", "password");
    await expect(form.getByLabel(/^Port/)).toHaveValue("5432");

    await form.getByLabel(/^Host/).fill("db.internal");
    const optional = form.getByRole("button", { name: /optional fields/i });
    await optional.click();
    await expect(optional).toHaveAttribute("aria-expanded", "true");
    await form.getByRole("combobox", { name: /^SSL mode/ }).selectOption({ label: "Verify CA" });
    const config = page.getByLabel("Resulting configuration");
    await expect(config).toContainText('"host": "db.internal"');
    await expect(config).toContainText('"mode": "verify-ca"');
    await expect(page.getByRole("list", { name: "Validation errors" })).toContainText("CA certificate");

    await page.getByRole("button", { name: "Validate" }).click();
    await expect(form.getByLabel(/^CA certificate/)).toBeFocused();
    await expect(form.getByText("Enter a value")).toBeVisible();
  });

  test("invalid JSON is reported with its line and column", async ({ page }) => {
    await page.goto("/playground");
    await page.getByLabel("Connector specification").fill('{\n  "type": "object",\n  "properties": {,}\n}');
    await expect(page.getByRole("alert").filter({ hasText: "Invalid JSON" })).toContainText(/Line 3, column \d+/);
  });

  test("hostile titles and descriptions render as text, never as markup", async ({ page }) => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    await page.goto("/playground");
    await page.getByLabel("Connector specification").fill(
      JSON.stringify({
        type: "object",
        properties: { a: { type: "string", always_show: true, title: hostile, description: `${hostile} ${"y".repeat(10000)}` } },
      }),
    );
    const form = page.getByRole("region", { name: "Configuration form" });
    await expect(form.getByText(hostile, { exact: true })).toBeVisible(COLD_START);
    await expect(form.locator("img")).toHaveCount(0);
    await expect(form.locator("script")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test("a spec the form cannot render names the keyword and the path", async ({ page }) => {
    await page.goto("/playground");
    await page
      .getByLabel("Connector specification")
      .fill(JSON.stringify({ type: "object", properties: { auth: { type: "object", oneOf: [] } } }));
    const alert = page.getByRole("alert").filter({ hasText: "cannot be shown" });
    await expect(alert).toContainText("/properties/auth");
    await expect(alert).toContainText("oneOf");
  });

  test("a real connector spec loads from the examples", async ({ page }) => {
    await page.goto("/playground");
    await page.getByLabel("Load an example").selectOption("source-postgres");
    await expect(page).toHaveURL(/example=source-postgres/);
    const form = page.getByRole("region", { name: "Configuration form" });
    await expect(form.getByLabel(/^Host/)).toBeVisible(COLD_START);
    // Its `groups` become titled sections.
    await expect(form.getByRole("group", { name: "Security" })).toBeVisible();
  });

  test("a pattern that would backtrack for ever neither freezes the page nor goes unchecked, and is flagged", async ({ page }) => {
    // The real MySQL spec (mocks/data/registry-2026), its Host given the classic catastrophic pattern.
    const mysql = JSON.parse(readFileSync("mocks/data/registry-2026/source-mysql.json", "utf8")) as {
      spec: { connectionSpecification: { properties: Record<string, Record<string, unknown>> } };
    };
    mysql.spec.connectionSpecification.properties.host!.pattern = "^(a+)+$";
    await page.goto("/playground");
    await page.getByLabel("Connector specification").fill(JSON.stringify(mysql.spec));
    const form = page.getByRole("region", { name: "Configuration form" });
    await expect(form.getByLabel(/^Host/)).toBeVisible(COLD_START);
    await expect(page.getByRole("alert").filter({ hasText: "Warnings in this specification" })).toContainText("Nested repetition");
    // 31 characters and a mismatch: a backtracking engine would block the tab for tens of seconds.
    await form.getByLabel(/^Host/).fill(`${"a".repeat(31)}!`);
    await page.getByRole("button", { name: "Validate" }).click();
    await expect(form.getByLabel(/^Host/)).toHaveAccessibleDescription(/Doesn't match the expected format/);
  });

  test("a multi-line secret is masked in the browser until revealed", async ({ page }) => {
    const sftp = JSON.parse(readFileSync("mocks/data/registry-2026/source-sftp-bulk.json", "utf8")) as { spec: unknown };
    await page.goto("/playground");
    await page.getByLabel("Connector specification").fill(JSON.stringify(sftp.spec));
    const form = page.getByRole("region", { name: "Configuration form" });
    await form.getByRole("combobox", { name: /^Authentication/ }).selectOption({ label: "Authenticate via Private Key" }, COLD_START);
    const key = form.getByLabel(/^Private key/);
    await key.fill("-----BEGIN KEY-----\nline two\n-----END KEY-----");
    const masking = () => key.evaluate((element) => getComputedStyle(element).getPropertyValue("-webkit-text-security"));
    expect(await masking()).toBe("disc");
    const reveal = form.getByRole("button", { name: /show or hide private key/i });
    await reveal.click();
    await expect(reveal).toHaveAttribute("aria-pressed", "true");
    expect(await masking()).toBe("none");
    await expect(key).toHaveValue("-----BEGIN KEY-----\nline two\n-----END KEY-----");
  });
});
