// A saved cron expression in words, for lists. Only cronstrue: the server has already accepted the
// expression, so the list does not need croner's validation and next-run maths (see ./schedule.ts).
import cronstrue from 'cronstrue';

/** "At 00:00, every 12 hours" for a Quartz-style expression, or undefined when cronstrue cannot read it. */
export function cronInWords(expression: string): string | undefined {
  try {
    return cronstrue.toString(expression.trim(), { use24HourTimeFormat: true, dayOfWeekStartIndexZero: false });
  } catch {
    return undefined;
  }
}
