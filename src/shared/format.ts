// The one place that turns numbers, sizes, durations and dates into text for people: counts with
// separators, "1.5 MB", "1m 5s", "Jan 5, 2026, 12:00 PM", "3 minutes ago". Timestamps from the
// API (seconds or milliseconds since the epoch) go through toMillis first.

import { browserTimeZone } from "@/api/browserTimeZone";

// Formatters are made on first use (and kept): a module-level `new Intl.*` counts as a side effect,
// so the bundler would keep every one of them in every chunk that uses any function of this file.
let numberFormat: Intl.NumberFormat | undefined;
const numbers = () => (numberFormat ??= new Intl.NumberFormat("en-US"));

export function formatCount(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "—" : numbers().format(value);
}

let compactFormat: Intl.NumberFormat | undefined;

/** "400K", "1.2M": a count where space is short (chart axes). */
export function formatCompactCount(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  return (compactFormat ??= new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 })).format(value);
}

const UNITS = ["B", "kB", "MB", "GB", "TB", "PB"];

export function formatBytes(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value) || value < 0) return "—";
  let size = value;
  let unit = 0;
  while (size >= 1000 && unit < UNITS.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? size : size.toFixed(size < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

/** "2h 5m", "3m 12s", "45s"; durations under a second show as "<1s". */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return "—";
  const totalSeconds = Math.floor(ms / 1000);
  if (totalSeconds < 1) return "<1s";
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  if (minutes > 0) return `${minutes}m ${seconds}s`;
  return `${seconds}s`;
}

/** API timestamps are seconds since the epoch (Airbyte's JobRead/AttemptRead); this reads both. */
export function toMillis(timestamp: number | undefined): number | undefined {
  if (timestamp === undefined || !Number.isFinite(timestamp)) return undefined;
  // Anything before 1973 in milliseconds is surely seconds.
  return timestamp < 100_000_000_000 ? timestamp * 1000 : timestamp;
}

let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** Date and time in the browser's locale, in its time zone or in `timeZone` (e.g. a cron schedule's). */
export function formatDateTime(ms: number | Date | undefined, timeZone?: string): string {
  if (ms === undefined) return "—";
  const format = timeZone
    ? new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZone })
    : (dateTimeFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }));
  return format.format(ms);
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** A calendar day in the browser's locale ("Dec 2, 2026"), e.g. a day of a per-day graph. */
export function formatDate(ms: number | Date | undefined): string {
  if (ms === undefined) return "—";
  return (dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium" })).format(ms);
}

/** "Dec 2, 2026, 12:00 PM (Europe/Paris)": a time someone plans around says which zone it is in (the browser's by default). */
export function formatDateTimeWithZone(ms: number | Date | undefined, timeZone?: string): string {
  if (ms === undefined) return "—";
  const zone = timeZone || browserTimeZone();
  return `${formatDateTime(ms, zone)} (${zone})`;
}

let relativeFormat: Intl.RelativeTimeFormat | undefined;
const relative = () => (relativeFormat ??= new Intl.RelativeTimeFormat("en", { numeric: "auto" }));

/** "3 minutes ago", "in 2 hours". */
export function formatRelative(ms: number | undefined, now: number = Date.now()): string {
  if (ms === undefined) return "—";
  const diff = ms - now;
  const abs = Math.abs(diff);
  if (abs < 45_000) return diff < 0 ? "just now" : "in under a minute";
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ["minute", 60_000],
    ["hour", 3_600_000],
    ["day", 86_400_000],
    ["week", 604_800_000],
  ];
  let chosen: [Intl.RelativeTimeFormatUnit, number] = steps[0] as [Intl.RelativeTimeFormatUnit, number];
  for (const step of steps) if (abs >= step[1]) chosen = step;
  if (abs >= 30 * 86_400_000) return formatDateTime(ms);
  return relative().format(Math.round(diff / chosen[1]), chosen[0]);
}

/** "1 connection", "5,000 connections". */
export function formatQuantity(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : plural}`;
}

// Characters that change how text reads without showing themselves: bidirectional overrides and
// isolates (a name "invoice‮fdp.exe" reads "invoiceexe.pdf") and zero-width characters (two names
// that look the same). A joiner between emoji is left alone: it is how those emoji are drawn.
const INVISIBLE = /[\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\u200D(?!\p{Extended_Pictographic})/gu;

/** A name as people should see it: every invisible formatting character shown as its code ("[U+202E]"). */
export function formatName(name: string): string {
  return name.replace(INVISIBLE, (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`);
}
