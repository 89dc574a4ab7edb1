// Spec playground figure: the largest real connector spec (by file size, over mocks/data/connectors
// and mocks/data/registry-2026) pasted as YAML (a spec.yaml), until the form is on screen (target
// <= 150 ms). "Pasted" is the textarea's value set and its input event fired, as a paste does;
// "shown" is the first paint after the form's first input exists. Warm: the YAML reader and the
// form's code were fetched by an earlier paste (the median of the runs); cold: the first paste on a
// fresh page, which also downloads them. The same spec pasted as JSON is measured too: the
// difference is the cost of reading YAML.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { stringify } from "yaml";
import { median } from "../lib/median";
import type { BenchScenario } from "../types";
import { round1 } from "../lib/round";

const RUNS = 7;

function largestSpec(): { name: string; yaml: string; json: string } {
  const data = resolve(dirname(fileURLToPath(import.meta.url)), "../../mocks/data");
  const files = ["connectors", "registry-2026"].flatMap((folder) =>
    readdirSync(join(data, folder))
      .filter((file) => file.endsWith(".json"))
      .map((file) => join(data, folder, file)),
  );
  const largest = files.map((path) => ({ path, size: statSync(path).size })).sort((a, b) => b.size - a.size)[0];
  if (!largest) throw new Error(`no connector specs in ${data}`);
  const file = JSON.parse(readFileSync(largest.path, "utf8")) as { spec: unknown };
  return {
    name: largest.path
      .split("/")
      .pop()!
      .replace(/\.json$/, ""),
    yaml: stringify(file.spec),
    json: JSON.stringify(file.spec, null, 2),
  };
}

/** Sets the specification text as a paste does and times it until the form's first input is painted. */
async function pasteToForm(page: Page, text: string): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async (value) => {
    const area = document.querySelector<HTMLTextAreaElement>("textarea");
    if (!area) throw new Error("no specification textarea");
    const selector = "[data-testid=form-preview] input, [data-testid=form-preview] select";
    const shown = new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error("the form did not appear within 30 s")), 30_000);
      // Observing before the paste: the form's appearance is a mutation after it.
      const observer = new MutationObserver(() => {
        if (document.querySelector(selector) === null) return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done();
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const start = performance.now();
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(area, value);
    area.dispatchEvent(new Event("input", { bubbles: true }));
    await shown;
    return performance.now() - start;
  }, text);
}

/** Empties the text (the form goes) and lets the page settle before the next paste. */
async function clear(page: Page) {
  await page.getByLabel("Connector specification").fill("");
  await page.getByTestId("form-preview").waitFor({ state: "detached" });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
}

const scenario: BenchScenario = {
  name: "playground",
  async run(ctx) {
    const { name, yaml, json } = largestSpec();
    const page = await ctx.newPage();
    await page.goto(`${ctx.baseUrl}/playground`);
    await page.getByLabel("Connector specification").waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const cold = await pasteToForm(page, yaml);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await clear(page);
      warm.push(await pasteToForm(page, yaml));
    }
    // The same spec as JSON: the part of the figure that is reading YAML, by difference.
    const asJson: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await clear(page);
      asJson.push(await pasteToForm(page, json));
    }
    return {
      playground_yaml_spec: name,
      playground_yaml_kb: round1(yaml.length / 1024),
      playground_yaml_paste_to_form_ms: round1(median(warm)),
      playground_yaml_paste_to_form_cold_ms: round1(cold),
      playground_json_paste_to_form_ms: round1(median(asJson)),
    };
  },
};

export default scenario;
