// The browser's time zone: stream_history counts days in it, and the console names it beside times
// people plan around (src/shared/format.ts).

let zone: string | undefined;

/** "Europe/Paris" ("UTC" when the browser cannot say), found once: each lookup makes a date formatter. */
export function browserTimeZone(): string {
  return (zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
}
