// Sizes as the benchmark reports them: gzip at the highest level, in kilobytes (1 KB = 1000 bytes,
// as Vite prints them), one decimal.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

function gzipBytes(content: Uint8Array | string): number {
  return gzipSync(content, { level: 9 }).length;
}

export function gzipFileBytes(path: string): number {
  return gzipBytes(readFileSync(path));
}

export function kb(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}
