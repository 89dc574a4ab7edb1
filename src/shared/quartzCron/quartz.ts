// Airbyte's cron schedules are Quartz expressions: seconds first, "?" for "no specific value",
// day-of-week 1-7 for Sunday-Saturday (not cron's 0-6), and an optional year. This is the one place
// that reads them: the schedule editor (validation, next runs) and the status tab (next scheduled
// sync) both parse through here, so they agree on every field, weekdays included. Words for an
// expression are in ./words.ts, apart, so screens that only need the next run do not download them.
import { Cron } from "croner";

/** Quartz expressions have 6 fields, or 7 with a year. */
export const QUARTZ_FIELDS = "seconds minutes hours day-of-month month day-of-week [year]";

export function quartzFieldCount(expression: string): number {
  const trimmed = expression.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** A paused croner schedule that reads the expression the way Quartz does; throws when it is not valid. */
export function parseQuartzCron(expression: string, timeZone: string): Cron {
  const parts = quartzFieldCount(expression);
  if (parts < 6 || parts > 7) throw new Error(`A Quartz cron expression has 6 or 7 parts (${QUARTZ_FIELDS}); this one has ${parts}.`);
  return new Cron(expression.trim(), {
    paused: true,
    timezone: timeZone || "UTC",
    mode: "6-or-7-parts",
    // Quartz numbering: 1 = Sunday, 2 = Monday, ... 7 = Saturday.
    alternativeWeekdays: true,
    sloppyRanges: true,
  });
}

/** The next `count` runs after `from` (default: now); throws when the expression is not valid. */
export function nextQuartzRuns(expression: string, timeZone: string, count: number, from?: Date): Date[] {
  return parseQuartzCron(expression, timeZone).nextRuns(count, from);
}
