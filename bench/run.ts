// `npm run bench` (after `vite build`): serves dist/, drives Chromium with Playwright through every
// scenario in bench/scenarios/ (one after another: figures must not compete for the CPU), writes
// bench/results.json and prints the same JSON object as the last line of output.
// Progress goes to stderr so stdout's last line is always the result.
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { runMetadata } from "./lib/metadata";
import { serveStatic } from "./lib/staticServer";
import type { BenchContext, BenchFigures, BenchScenario } from "./types";

const benchDir = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(benchDir, "..");
const distDir = resolve(process.env.BENCH_DIST ?? join(rootDir, "dist"));
const resultsPath = join(benchDir, "results.json");

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** bench/scenarios/*.ts in name order, optionally narrowed with BENCH_ONLY=shell,connections. */
async function discoverScenarios(): Promise<{ file: string; scenario?: BenchScenario; error?: string }[]> {
  const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
  const files = readdirSync(join(benchDir, "scenarios"))
    .filter((file) => /\.ts$/.test(file) && !/\.(test|spec|d)\.ts$/.test(file))
    .filter((file) => !only || only.includes(file.replace(/\.ts$/, "")))
    .sort();
  const found = [];
  for (const file of files) {
    try {
      const module = (await import(pathToFileURL(join(benchDir, "scenarios", file)).href)) as { default?: BenchScenario };
      const scenario = module.default;
      if (!scenario || typeof scenario.run !== "function" || typeof scenario.name !== "string")
        throw new Error("no default export { name, run }");
      found.push({ file, scenario });
    } catch (error) {
      found.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return found;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.slice(0, 300);
}

async function main(): Promise<void> {
  const server = await serveStatic(distDir);
  log(`serving ${distDir} at ${server.baseUrl}`);
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const results: Record<string, number | string> = runMetadata(browser.version());
  const contexts: BrowserContext[] = [];
  const ctx: BenchContext = {
    browser,
    baseUrl: server.baseUrl,
    distDir,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      contexts.push(context);
      return context.newPage();
    },
  };

  try {
    for (const { file, scenario, error } of await discoverScenarios()) {
      const name = scenario?.name ?? file.replace(/\.ts$/, "");
      if (!scenario) {
        log(`${name}: could not load: ${error}`);
        results[`${name}_error`] = `could not load: ${error}`;
        continue;
      }
      const started = Date.now();
      log(`${name}: running`);
      try {
        const figures: BenchFigures = await scenario.run(ctx);
        Object.assign(results, figures);
        log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(figures)}`);
      } catch (failure) {
        results[`${name}_error`] = errorText(failure);
        log(`${name}: FAILED after ${((Date.now() - started) / 1000).toFixed(1)} s: ${errorText(failure)}`);
      } finally {
        // Each scenario starts from a quiet browser.
        await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${resultsPath}`);
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
