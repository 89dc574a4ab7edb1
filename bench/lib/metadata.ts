// Where a benchmark result came from: when, on which Node and Chromium, from which commit.
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

export function runMetadata(chromiumVersion: string): Record<string, string> {
  const commit = git(["rev-parse", "--short=12", "HEAD"]) ?? "unknown";
  // Uncommitted changes make the commit an approximation: say so.
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]);
  return {
    date: new Date().toISOString(),
    node_version: process.version,
    chromium_version: chromiumVersion,
    commit: dirty ? `${commit}-dirty` : commit,
    // Timings depend on how busy the machine was: keep that next to them.
    machine: `${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start`,
  };
}
