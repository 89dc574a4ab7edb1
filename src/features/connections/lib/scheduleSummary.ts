// The one-line schedule summary for lists. It has no cron library in it, so the connections list
// (the first screen) does not download croner and cronstrue; pages that have them pass a describer.
import type { Schemas } from '@/api/types';

type ScheduleType = Schemas['ConnectionScheduleType'];
type ScheduleData = Schemas['ConnectionScheduleData'];
type TimeUnit = NonNullable<ScheduleData['basicSchedule']>['timeUnit'];

export type CronDescriber = (expression: string, timeZone: string) => string | undefined;

const UNIT_WORD: Record<TimeUnit, string> = { minutes: 'minute', hours: 'hour', days: 'day', weeks: 'week', months: 'month' };

/** "Every 24 hours", "Manual", "At 12:00 (UTC)"; a cron expression as written when there is no describer. */
export function summariseSchedule(scheduleType: ScheduleType | undefined, data: ScheduleData | undefined, describeCron?: CronDescriber): string {
  if (scheduleType === 'cron' && data?.cron) {
    const words = describeCron?.(data.cron.cronExpression, data.cron.cronTimeZone);
    return words ? `${words} (${data.cron.cronTimeZone})` : `Cron ${data.cron.cronExpression} (${data.cron.cronTimeZone})`;
  }
  const basic = data?.basicSchedule;
  if ((scheduleType === 'basic' || !scheduleType) && basic) return basic.units === 1 ? `Every ${UNIT_WORD[basic.timeUnit]}` : `Every ${basic.units} ${basic.timeUnit}`;
  return 'Manual';
}
