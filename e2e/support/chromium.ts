// The one place that says how Chromium is launched, shared by Playwright tests and the benchmark.
// Playwright cannot download its own browser here, so it drives Debian's Chromium.
import type { LaunchOptions } from "@playwright/test";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Quiet, deterministic Chromium: no sandbox (containers), no GPU, no background traffic or updates.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] };
}
