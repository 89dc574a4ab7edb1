// The Config API returns an attempt's logs in one of two shapes: formatted text lines (LogRead) or
// structured events (LogEvents). Both become plain lines here.
import type { Schemas } from "@/api/types";

type AttemptLogs = Schemas["AttemptInfoRead"]["logs"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** "2024-05-01 10:00:00" in UTC: the same text on every machine, like the server's formatted logs. */
function formatEventTime(timestamp: number): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** Lines of an attempt's logs, whatever shape they came in. Unknown shapes give no lines. */
export function logLinesOf(logs: AttemptLogs | undefined | null): string[] {
  if (!isRecord(logs)) return [];
  if (Array.isArray((logs as { logLines?: unknown }).logLines)) {
    const lines = (logs as { logLines: unknown[] }).logLines;
    // Fast path: a server sends strings; anything else is shown as its JSON text rather than dropped.
    return lines.every((line) => typeof line === "string")
      ? (lines as string[])
      : lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line)));
  }
  if (Array.isArray((logs as { events?: unknown }).events)) {
    const lines: string[] = [];
    for (const event of (logs as { events: unknown[] }).events) {
      if (!isRecord(event)) continue;
      const time = typeof event.timestamp === "number" ? formatEventTime(event.timestamp) : "";
      const level = typeof event.level === "string" ? event.level.toUpperCase() : "";
      const source = typeof event.logSource === "string" ? `${event.logSource} > ` : "";
      const message = typeof event.message === "string" ? event.message : "";
      lines.push([time, level, `${source}${message}`].filter(Boolean).join(" "));
      if (typeof event.stackTrace === "string" && event.stackTrace) lines.push(event.stackTrace);
    }
    return lines;
  }
  return [];
}
