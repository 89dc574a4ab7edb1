// Config form figures on the largest connector spec in mocks/data/connectors (found by file size),
// for our form and for stock RJSF (default theme, liveValidate) in the same run, both rendered by
// the spec playground of the production build:
// - first render: click "Reset form" (the form remounts empty) -> next paint;
// - keystroke p95: typing into the last visible text input -> next paint, per key;
// - submit validate: "Validate" (ours) / RJSF's "Submit" (stock) on an empty form -> next paint.
//   Both forms get the same pause after the reset (settle: two frames and 50 ms) before the click.
//   Ours builds its collapsed optional sections while the browser is idle after showing the form;
//   if that has not happened within the pause, validate() builds the section it opens itself (and
//   the figure includes that), so the pause makes nothing lenient. Ours also opens the section
//   holding an error and focuses the first invalid field (a forced layout); stock does neither.
// "Next paint" is the first task after the next requestAnimationFrame (a MessageChannel message,
// which unlike setTimeout is not clamped). Frames are vsync-aligned, so up to one frame interval
// (16.7 ms) of each figure is waiting for the frame, not work; medians are reported too, and for
// keys the p95 of the key's own work (from its keydown handler to the end of its input event, whose
// handlers render the character synchronously): the cost without the wait for the frame or for the
// browser to deliver the key.
import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { median } from "../lib/median";
import type { BenchContext, BenchScenario } from "../types";
import { round1 } from "../lib/round";

const RUNS = 7;
const KEYS = "abcdefghijklmnopqrstuvwxyz0123456789";

function largestSpec(): string {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), "../../mocks/data/connectors");
  const files = readdirSync(dir).filter((file) => file.endsWith(".json"));
  const largest = files.map((file) => ({ file, size: statSync(join(dir, file)).size })).sort((a, b) => b.size - a.size)[0];
  if (!largest) throw new Error(`no connector specs in ${dir}`);
  return largest.file.replace(/\.json$/, "");
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

/** Time from clicking a button to the next paint, measured in the page. */
async function clickToPaint(page: Page, buttonName: string, scope: string): Promise<number> {
  return page.evaluate(
    async ({ name, scope }) => {
      const root = scope ? document.querySelector(scope) : document;
      const button = Array.from(root?.querySelectorAll("button") ?? []).find((b) => b.textContent?.trim() === name);
      if (!button) throw new Error(`no button "${name}"`);
      const start = performance.now();
      button.click();
      await new Promise<void>((done) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done();
          channel.port2.postMessage(null);
        }),
      );
      return performance.now() - start;
    },
    { name: buttonName, scope },
  );
}

async function settle(page: Page) {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
}

async function measure(ctx: BenchContext, example: string, engine: "ours" | "stock") {
  const page = await ctx.newPage();
  await page.goto(`${ctx.baseUrl}/playground?example=${encodeURIComponent(example)}${engine === "stock" ? "&engine=stock" : ""}`);
  const preview = page.getByTestId("form-preview");
  await preview.locator("input[type=text], input:not([type])").first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  await settle(page);

  const firstRender: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    firstRender.push(await clickToPaint(page, "Reset form", ""));
    await settle(page);
  }

  // Keystrokes into the last visible text input of the form, with every optional section open so
  // the whole spec is on the page (stock RJSF always shows everything).
  for (let i = 0; i < 10; i += 1) {
    const toggles = preview.locator("button[aria-expanded=false]", { hasText: "Optional fields" });
    if ((await toggles.count()) === 0) break;
    await toggles.first().click();
  }
  await settle(page);
  const fieldCount = await preview.locator("input, select, textarea").count();
  const input = preview.locator("input[type=text]:visible, input:not([type]):visible").last();
  await input.click();
  await page.evaluate(() => {
    const samples: number[] = [];
    const tasks: number[] = [];
    Object.assign(window, { __keySamples: samples, __keyTasks: tasks });
    let keyStart = 0;
    // Last in the input event's path (window, bubbling): React's listener on its root, which renders
    // a typed character synchronously, has run by then.
    window.addEventListener("input", () => tasks.push(performance.now() - keyStart));
    document.addEventListener(
      "keydown",
      (event) => {
        const start = event.timeStamp;
        keyStart = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
  await page.keyboard.type(KEYS, { delay: 60 });
  await settle(page);
  const { keys, keyTasks } = await page.evaluate(() => {
    const w = window as unknown as { __keySamples: number[]; __keyTasks: number[] };
    return { keys: w.__keySamples, keyTasks: w.__keyTasks };
  });

  const submit: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    await clickToPaint(page, "Reset form", "");
    await settle(page);
    submit.push(
      engine === "ours" ? await clickToPaint(page, "Validate", "") : await clickToPaint(page, "Submit", "[data-testid=form-preview]"),
    );
    await settle(page);
  }
  await page.context().close();
  return {
    firstRender: median(firstRender),
    keystrokeP95: p95(keys),
    keystrokeMedian: median(keys),
    keystrokeTaskP95: p95(keyTasks),
    submit: median(submit),
    fieldCount,
  };
}

const scenario: BenchScenario = {
  name: "form",
  async run(ctx) {
    const example = largestSpec();
    const ours = await measure(ctx, example, "ours");
    const stock = await measure(ctx, example, "stock");
    return {
      form_spec: example,
      form_first_render_ms: round1(ours.firstRender),
      form_keystroke_p95_ms: round1(ours.keystrokeP95),
      form_submit_validate_ms: round1(ours.submit),
      form_keystroke_median_ms: round1(ours.keystrokeMedian),
      form_keystroke_task_p95_ms: round1(ours.keystrokeTaskP95),
      form_inputs_on_page: ours.fieldCount,
      form_stock_first_render_ms: round1(stock.firstRender),
      form_stock_keystroke_p95_ms: round1(stock.keystrokeP95),
      form_stock_submit_validate_ms: round1(stock.submit),
      form_stock_keystroke_median_ms: round1(stock.keystrokeMedian),
      form_stock_keystroke_task_p95_ms: round1(stock.keystrokeTaskP95),
      form_stock_inputs_on_page: stock.fieldCount,
      // Stock divided by ours: above 1 means ours is faster.
      form_first_render_ratio: round1(stock.firstRender / ours.firstRender),
      form_keystroke_p95_ratio: round1(stock.keystrokeP95 / ours.keystrokeP95),
      form_submit_validate_ratio: round1(stock.submit / ours.submit),
    };
  },
};

export default scenario;
