// The longest main-thread task while the spec playground takes a specification (target <= 100 ms:
// the page never stops answering for longer). Every real connector spec (mocks/data/connectors and
// registry-2026, pasted as JSON), then hostile ones grafted onto a real spec (source-faker): nested
// 2,000 levels, 40,000 fields, an enum of 40,000 values, a 5 MB description, a property name with half a surrogate pair, and a
// pattern that backtracks exponentially with the value that freezes a backtracking engine typed in
// and checked. Each is pasted (a paste event; the page may take the text from it). Tasks are read from
// Chromium's Long Tasks API (tasks over 50 ms; 0 means none), from the paste on: the test driver's
// handing of the text to the page is a task of its own before it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import type { BenchScenario } from "../types";

type Schema = Record<string, unknown>;

const data = resolve(dirname(fileURLToPath(import.meta.url)), "../../mocks/data");

function realSpecs(): { name: string; text: string }[] {
  return ["connectors", "registry-2026"].flatMap((folder) =>
    readdirSync(join(data, folder))
      .filter((file) => file.endsWith(".json"))
      .map((file) => {
        const { spec } = JSON.parse(readFileSync(join(data, folder, file), "utf8")) as { spec: unknown };
        return { name: `${folder}/${file.replace(/\.json$/, "")}`, text: JSON.stringify(spec, null, 2) };
      }),
  );
}

function hostileSpecs(): { name: string; text: string; typeInto?: { label: string; value: string } }[] {
  const faker = (
    JSON.parse(readFileSync(join(data, "connectors/source-faker.json"), "utf8")) as { spec: { connectionSpecification: Schema } }
  ).spec;
  const withProperties = (properties: Schema) => {
    const connectionSpecification = structuredClone(faker.connectionSpecification) as Schema & { properties: Schema };
    return JSON.stringify({
      ...faker,
      connectionSpecification: { ...connectionSpecification, properties: { ...connectionSpecification.properties, ...properties } },
    });
  };
  let deep: Schema = { type: "string" };
  for (let i = 0; i < 2000; i += 1) deep = { type: "object", properties: { deeper: deep } };
  const many: Schema = {};
  for (let i = 0; i < 40_000; i += 1) many[`field_${i}`] = { type: "string", title: `Field ${i}` };
  return [
    { name: "nested 2,000 deep", text: withProperties({ deep }) },
    { name: "40,000 fields", text: withProperties(many) },
    {
      name: "5 MB description",
      text: withProperties({ notes: { type: "string", always_show: true, description: "lorem ipsum ".repeat(440_000) } }),
    },
    {
      name: "enum of 40,000 values",
      text: withProperties({
        choice: { type: "string", title: "Choice", always_show: true, enum: Array.from({ length: 40_000 }, (_, i) => `value ${i}`) },
      }),
    },
    { name: "broken Unicode name", text: withProperties({ ["api\uD800key"]: { type: "string" } }) },
    {
      name: "exponential pattern, freezing value",
      text: withProperties({ code: { type: "string", title: "Code", pattern: "^(a+)+$", always_show: true } }),
      typeInto: { label: "Code", value: `${"a".repeat(31)}b` },
    },
  ];
}

/** Pastes the text, waits for the form or the problem list, and returns the longest task meanwhile. */
async function longestTask(page: Page, text: string, typeInto?: { label: string; value: string }): Promise<number> {
  // From an empty text (the previous form gone), so the wait below sees this spec's result. A text too
  // large for the text box is shown as a panel with a button that clears it.
  const clearButton = page.getByRole("button", { name: "Clear the text" });
  if (await clearButton.isVisible()) await clearButton.click();
  await page.getByRole("textbox", { name: "Connector specification", exact: true }).fill("");
  await page.waitForFunction(() => document.querySelector("[data-testid=form-preview], [role=alert]") === null);
  // The text reaches the page first, in a task of its own, as it sits on the clipboard before a paste:
  // the driver's transfer of megabytes is not the page's work (for 5 MB it alone was a ~300 ms task).
  // Only tasks that start after that one count.
  await page.evaluate((value) => {
    const record = window as unknown as { __clipboard: string; __since: number };
    record.__clipboard = value;
    record.__since = performance.now();
  }, text);
  await page.evaluate(() => {
    const value = (window as unknown as { __clipboard: string }).__clipboard;
    const area = document.querySelector<HTMLTextAreaElement>("textarea");
    if (!area) throw new Error("no specification textarea");
    // A paste as the browser delivers it; where the page lets it through, the text goes in as typed.
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", value);
    const paste = new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true });
    if (!area.dispatchEvent(paste)) return;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(area, value);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.waitForFunction(
    () => document.querySelector("[data-testid=form-preview] input, [data-testid=form-preview] select, [role=alert]") !== null,
    undefined,
    { timeout: 60_000 },
  );
  if (typeInto) {
    const field = page.getByTestId("form-preview").getByLabel(typeInto.label);
    await field.fill(typeInto.value);
    await field.blur();
  }
  // Let the page finish what the paste started (effects, idle work), then read the record.
  await page.evaluate(() => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => setTimeout(done, 200)), 200)));
  return page.evaluate(() => {
    const record = window as unknown as { __tasks: { start: number; duration: number }[]; __since: number };
    return Math.max(0, ...record.__tasks.filter((task) => task.start >= record.__since).map((task) => task.duration));
  });
}

const scenario: BenchScenario = {
  name: "specs_main_thread",
  async run(ctx) {
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      const record = window as unknown as { __tasks: { start: number; duration: number }[] };
      record.__tasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.__tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${ctx.baseUrl}/playground`);
    await page.getByRole("textbox", { name: "Connector specification", exact: true }).waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    // One paste first, so the form's code is loaded: its download is not the figure.
    const specs = realSpecs();
    await longestTask(page, specs[0]!.text);
    const worst = { real: { ms: 0, name: "" }, hostile: { ms: 0, name: "" } };
    for (const { name, text } of specs) {
      const ms = await longestTask(page, text);
      if (ms > worst.real.ms) worst.real = { ms, name };
    }
    for (const { name, text, typeInto } of hostileSpecs()) {
      const ms = await longestTask(page, text, typeInto);
      if (ms > worst.hostile.ms) worst.hostile = { ms, name };
    }
    return {
      specs_real_count: specs.length,
      specs_real_longest_task_ms: Math.round(worst.real.ms),
      specs_real_longest_task_spec: worst.real.name,
      specs_hostile_longest_task_ms: Math.round(worst.hostile.ms),
      specs_hostile_longest_task_case: worst.hostile.name,
    };
  },
};

export default scenario;
