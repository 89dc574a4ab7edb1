// Contract between the benchmark runner (bench/run.ts) and its scenarios (bench/scenarios/*.ts).
import type { Browser, Page } from "@playwright/test";

export interface BenchContext {
  browser: Browser;
  /** Origin of the served production build, e.g. http://127.0.0.1:4173 (mock backend on). */
  baseUrl: string;
  /** A fresh page in a fresh context (clean storage, mock backend at its seed). */
  newPage(): Promise<Page>;
  /** Absolute path of the production build (dist/). */
  distDir: string;
}

/** Figures a scenario reports: numbers in the unit their name says (_ms, _kb, _mb), or labels. */
export type BenchFigures = Record<string, number | string>;

export interface BenchScenario {
  name: string;
  run(ctx: BenchContext): Promise<BenchFigures>;
}
