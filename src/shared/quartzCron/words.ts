// A Quartz cron expression in words (see ./quartz.ts for the rules). Only cronstrue: a screen that
// shows words does not need croner's validation and next-run maths, and the other way round.
import cronstrue from "cronstrue";

/** "At 12:00, only on Monday" for a Quartz expression, or undefined when it cannot be read. */
export function quartzCronInWords(expression: string): string | undefined {
  try {
    // dayOfWeekStartIndexZero: false is Quartz's numbering (1 = Sunday), as in ./quartz.ts.
    return cronstrue.toString(expression.trim(), { use24HourTimeFormat: true, dayOfWeekStartIndexZero: false });
  } catch {
    return undefined;
  }
}
