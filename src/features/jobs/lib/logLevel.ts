// Level of a log line, read from the text the way Airbyte (and most JVM/Python loggers) print it:
// "2024-01-01 10:00:00 INFO i.a.w.Foo(bar):12 - message", "... source > ERROR ...", "[WARN] ...".
import { stripAnsi } from "./ansi";

export const LOG_LEVELS = ["error", "warn", "info", "debug", "trace"] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Compact codes for a Uint8Array: 0 = not computed yet, 1..5 = LOG_LEVELS, 6 = no level found. */
export const NO_LEVEL = 6;

const LEVEL_PATTERN = /(?:^|[\s[(|>])(ERROR|FATAL|SEVERE|WARN|WARNING|INFO|DEBUG|TRACE)(?=[\s\]):|]|$)/;

const WORD_TO_LEVEL: Record<string, LogLevelName> = {
  ERROR: "error",
  FATAL: "error",
  SEVERE: "error",
  WARN: "warn",
  WARNING: "warn",
  INFO: "info",
  DEBUG: "debug",
  TRACE: "trace",
};

/** Only the head of a line is looked at: the level sits near the start, and lines can be 1 MB. */
const HEAD_LENGTH = 160;

export function detectLevel(line: string): LogLevelName | null {
  const head = stripAnsi(line.length > HEAD_LENGTH * 2 ? line.slice(0, HEAD_LENGTH * 2) : line).slice(0, HEAD_LENGTH);
  const match = LEVEL_PATTERN.exec(head);
  return match ? (WORD_TO_LEVEL[match[1] as string] ?? null) : null;
}

export function levelCode(level: LogLevelName | null): number {
  return level ? LOG_LEVELS.indexOf(level) + 1 : NO_LEVEL;
}
