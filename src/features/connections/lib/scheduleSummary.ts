// The one-line schedule summary for lists. It has no cron library in it, so the connections list
// (the first screen) does not download croner and cronstrue: a cron expression is shown as written
// (the schedule editor puts it in words, ./schedule.ts).
import type { Schemas } from "@/api/types";

type ScheduleType = Schemas["ConnectionScheduleType"];
type ScheduleData = Schemas["ConnectionScheduleData"];
type TimeUnit = NonNullable<ScheduleData["basicSchedule"]>["timeUnit"];

const UNIT_WORD: Record<TimeUnit, string> = { minutes: "minute", hours: "hour", days: "day", weeks: "week", months: "month" };

/** "Every 24 hours", "Manual", "Cron 0 0 12 * * ? (UTC)". */
export function summariseSchedule(scheduleType: ScheduleType | undefined, data: ScheduleData | undefined): string {
  if (scheduleType === "cron" && data?.cron) return `Cron ${data.cron.cronExpression} (${data.cron.cronTimeZone})`;
  const basic = data?.basicSchedule;
  if ((scheduleType === "basic" || !scheduleType) && basic)
    return basic.units === 1 ? `Every ${UNIT_WORD[basic.timeUnit]}` : `Every ${basic.units} ${basic.timeUnit}`;
  return "Manual";
}
