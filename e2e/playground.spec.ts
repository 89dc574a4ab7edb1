// Spec playground end to end (production build): paste a spec and get the form, invalid JSON
// located by line and column, hostile text shown as text, examples loaded from the connector specs;
// the output of the spec command, an uploaded or dropped manifest.yaml, what a newer version changes,
// a configuration tried against both, and a shared link that reproduces the view.
import { readFileSync } from "node:fs";
import { stringify } from "yaml";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { COLD_START } from "./support/waits";

interface ConnectorFile {
  spec: { connectionSpecification: Record<string, unknown>; advanced_auth?: unknown } & Record<string, unknown>;
}
const connector = (path: string) => JSON.parse(readFileSync(`mocks/data/${path}.json`, "utf8")) as ConnectorFile;
// Zendesk Chat: `subdomain` optional in the older spec (connectors/), required in the current one (registry-2026/).
const zendeskOld = connector("connectors/source-zendesk-chat");
const zendeskNew = connector("registry-2026/source-zendesk-chat");
const intercom = connector("registry-2026/source-intercom");

/** A low-code manifest whose `spec:` block holds Intercom's real specification, in snake_case. */
const intercomManifest = [
  'version: "6.5.0"',
  "type: DeclarativeSource",
  "streams: []",
  stringify({
    spec: {
      type: "Spec",
      connection_specification: intercom.spec.connectionSpecification,
      advanced_auth: intercom.spec.advanced_auth,
    },
  }),
].join("\n");

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

/** Opens the playground and waits for its page (a lazily loaded route: slow on a busy machine). */
async function openPlayground(page: Page, path = "/playground") {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Spec playground" })).toBeVisible(COLD_START);
}

test.describe("spec playground", () => {
  test("a pasted spec renders as a live form with its config and errors @mobile @dark", async ({ page }) => {
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
    // The form's code is fetched on first use.
    await expect(alert).toContainText("/properties/auth", COLD_START);
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

  test("a list of enum values opens from the keyboard, names its options, and adds the one picked", async ({ page }) => {
    // Real Facebook Marketing spec: "Ad Statuses" is an array of enum values (a multi-select).
    const facebook = connector("registry-2026/source-facebook-marketing");
    const adStatuses = (facebook.spec.connectionSpecification.properties as Record<string, { items: { enum: string[] } }>).ad_statuses!;
    const wanted = adStatuses.items.enum[1]!;
    await openPlayground(page);
    await page.getByLabel("Connector specification").fill(JSON.stringify(facebook.spec));
    const form = page.getByRole("region", { name: "Configuration form" });
    // "Ad Statuses" is one of the top-level optional fields (the first toggle is the credentials' own).
    await form
      .getByRole("button", { name: /optional fields/i })
      .first()
      .waitFor(COLD_START);
    await form
      .getByRole("button", { name: /optional fields/i, expanded: false })
      .last()
      .click();
    const list = form.getByRole("combobox", { name: /^Ad Statuses/ });
    // Closed, the input points at no list (the options are only put in the page when it opens).
    await expect(list).not.toHaveAttribute("aria-controls");
    await list.focus();
    await page.keyboard.press("ArrowDown");
    const listbox = page.getByRole("listbox");
    await expect(listbox).toBeVisible();
    await expect(list).toHaveAttribute("aria-expanded", "true");
    await expect(list).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);
    await listbox.getByRole("option", { name: wanted, exact: true }).click();
    await expect(page.getByLabel("Resulting configuration")).toContainText(new RegExp(`"ad_statuses": \\[\\s*"${wanted}"\\s*\\]`));
    await page.keyboard.press("Escape");
    await expect(listbox).toBeHidden();
    await expect(list).toHaveAttribute("aria-expanded", "false");
  });

  test("a choice of hundreds of values is searched: typing narrows the list to matches, and the one picked goes into the configuration", async ({
    page,
  }) => {
    // Real PokeAPI spec: "Pokemon Name" is an enum of every Pokémon's name (898 in this version).
    const pokeapi = connector("registry-2026/source-pokeapi");
    const names = (pokeapi.spec.connectionSpecification.properties as Record<string, { enum: string[] }>).pokemon_name!.enum;
    const query = "chu";
    const matches = names.filter((name) => name.toLowerCase().includes(query));
    expect(matches.length).toBeGreaterThan(1);
    const wanted = matches[matches.length - 1]!;
    await openPlayground(page);
    await page.getByLabel("Connector specification").fill(JSON.stringify(pokeapi.spec));
    const form = page.getByRole("region", { name: "Configuration form" });
    const field = form.getByRole("combobox", { name: /^Pokemon Name/ });
    await expect(field).toHaveAccessibleDescription(new RegExp(`${names.length} choices: type to find one`), COLD_START);
    await field.fill(query);
    const listbox = page.getByRole("listbox");
    await expect(listbox.getByRole("option")).toHaveText(matches);
    await listbox.getByRole("option", { name: wanted, exact: true }).click();
    await expect(field).toHaveValue(wanted);
    await expect(page.getByLabel("Resulting configuration")).toContainText(`"pokemon_name": "${wanted}"`);
  });

  test("the raw output of the spec command: the form from its SPEC message, LOG lines aside, TRACE errors as errors", async ({ page }) => {
    const log = (level: string, message: string) => JSON.stringify({ type: "LOG", log: { level, message } });
    const output = [
      log("INFO", "Starting the connector"),
      log("WARN", "Deprecated option"),
      JSON.stringify({ type: "SPEC", spec: zendeskNew.spec }),
    ];
    await openPlayground(page);
    const input = page.getByLabel("Connector specification");
    await input.fill(output.join("\n"));
    await expect(page.getByText("Read as the output of the spec command")).toBeVisible();
    const form = page.getByRole("region", { name: "Configuration form" });
    await expect(form.getByLabel(/^Subdomain/)).toBeVisible(COLD_START);
    await page.getByText("Connector output: 2 other lines").click();
    await expect(page.getByLabel("Connector output")).toContainText("2: WARN Deprecated option");

    const trace = JSON.stringify({
      type: "TRACE",
      trace: { type: "ERROR", emitted_at: 1, error: { message: "Config file not found", failure_type: "config_error" } },
    });
    await input.fill([log("INFO", "Starting the connector"), trace].join("\n"));
    await expect(page.getByRole("alert").filter({ hasText: "The connector reported an error (line 2)" })).toContainText(
      "Config file not found",
    );
    await expect(page.getByRole("alert").filter({ hasText: "Not a specification" })).toContainText(
      "failed before printing its specification",
    );
  });

  test("an uploaded manifest.yaml shows its spec block's form; broken YAML gives line and column", async ({ page }) => {
    await openPlayground(page);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Upload a file…" }).first().click();
    await (await chooser).setFiles({ name: "manifest.yaml", mimeType: "application/yaml", buffer: Buffer.from(intercomManifest) });
    await expect(page.getByText("Read as a low-code manifest (its spec block)")).toBeVisible(COLD_START);
    const form = page.getByRole("region", { name: "Configuration form" });
    await expect(form.getByLabel(/^Access token/)).toBeVisible(COLD_START);

    await page.getByLabel("Connector specification").fill("spec:\n  type: Spec\n  connection_specification:\n\ttype: object\n");
    await expect(page.getByRole("alert").filter({ hasText: "Invalid YAML" })).toContainText("Line 4, column 1");
    // The uploaded text was replaced by typing, which is what the user asked for: no way back offered.
    await expect(page.getByText("Replaced by manifest.yaml")).toHaveCount(0);
  });

  test("a dropped file replaces the text, with a way back to what was typed", async ({ page }) => {
    await openPlayground(page);
    const input = page.getByLabel("Connector specification");
    await input.fill(JSON.stringify(zendeskOld.spec));
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "manifest.yaml", { type: "application/yaml" }));
      return transfer;
    }, intercomManifest);
    await input.dispatchEvent("drop", { dataTransfer });
    await expect(page.getByText("Read as a low-code manifest (its spec block)")).toBeVisible(COLD_START);
    await page.getByRole("button", { name: "Bring back the previous text" }).click();
    await expect(input).toHaveValue(JSON.stringify(zendeskOld.spec));
  });

  test("what a newer version changes for users, a configuration tried against both, and a link that reproduces it all", async ({
    page,
    browser,
  }) => {
    await openPlayground(page);
    const oldText = JSON.stringify(zendeskOld.spec, null, 2);
    const newText = stringify(zendeskNew.spec);
    await page.getByLabel("Connector specification").fill(oldText);
    await page.getByLabel("Newer version of the specification").fill(newText);
    const changes = page.getByRole("list", { name: "Changes for users" });
    await expect(changes.getByRole("listitem").filter({ hasText: "subdomain" }).filter({ hasText: "now required" })).toContainText(
      "Breaking",
      COLD_START,
    );

    // A configuration saved with the older version: its token masked, no subdomain.
    const saved = { start_date: "2021-02-01T00:00:00Z", credentials: { credentials: "access_token", access_token: "**********" } };
    await page.getByLabel("Configuration", { exact: true }).fill(JSON.stringify(saved, null, 2));
    await expect(page.getByRole("region", { name: "Against this specification" })).toContainText("The configuration is valid.", COLD_START);
    await expect(page.getByRole("list", { name: "Missing fields" })).toHaveText("Subdomain: Enter a value");

    await page.getByRole("button", { name: "Share a link" }).click();
    const link = await page.getByLabel("Link to this view").inputValue();
    expect(link).toMatch(/\/playground#spec=[A-Za-z0-9_-]+$/);
    expect(link).not.toContain("access_token");

    // A fresh browser (no drafts) opens the link to the same view; the configuration is not in it.
    const other = await browser.newPage();
    try {
      await openPlayground(other, link);
      await expect(other.getByLabel("Connector specification")).toHaveValue(oldText, COLD_START);
      await expect(other.getByLabel("Newer version of the specification")).toHaveValue(newText);
      await expect(other.getByRole("list", { name: "Changes for users" })).toContainText("now required");
      await expect(other.getByLabel("Configuration", { exact: true })).toHaveValue("");
    } finally {
      await other.close();
    }
  });

  test("a damaged shared link says so and leaves the page usable", async ({ page }) => {
    await openPlayground(page, "/playground#spec=bm90LWRlZmxhdGVk");
    await expect(page.getByRole("alert").filter({ hasText: "This shared link could not be opened" })).toContainText("cannot be unpacked");
    await page.getByLabel("Connector specification").fill(JSON.stringify(zendeskNew.spec));
    await expect(page.getByRole("region", { name: "Configuration form" }).getByLabel(/^Subdomain/)).toBeVisible(COLD_START);
  });
});
