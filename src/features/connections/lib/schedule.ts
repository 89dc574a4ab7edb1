// Connection schedules: manual, every N hours, or a Quartz cron expression (what Airbyte uses:
// seconds first, "?" allowed), read by the shared Quartz cron module (src/shared/quartzCron).
import type { Schemas } from "@/api/types";
import { nextQuartzRuns, QUARTZ_FIELDS, quartzFieldCount } from "@/shared/quartzCron/quartz";
import { quartzCronInWords } from "@/shared/quartzCron/words";

export type ScheduleType = Schemas["ConnectionScheduleType"];
export type ScheduleData = Schemas["ConnectionScheduleData"];
type TimeUnit = NonNullable<ScheduleData["basicSchedule"]>["timeUnit"];

export interface ScheduleChoice {
  type: ScheduleType;
  /** basic: every `units` `timeUnit` */
  units: number;
  timeUnit: TimeUnit;
  cronExpression: string;
  cronTimeZone: string;
}

export const DEFAULT_SCHEDULE: ScheduleChoice = {
  type: "basic",
  units: 24,
  timeUnit: "hours",
  cronExpression: "0 0 12 * * ?",
  cronTimeZone: "UTC",
};

export const BASIC_HOURS = [1, 2, 3, 6, 8, 12, 24] as const;

export type CronCheck = { ok: true; description: string; nextRuns: Date[] } | { ok: false; message: string };

/**
 * Airbyte refuses a cron whose next three runs are less than a minute apart
 * (CronExpressionHelper.validateCronExpression); more often than hourly is allowed on open-source
 * servers (the SubOneHourSyncSchedules flag defaults to on).
 */
const MIN_RUN_GAP_MS = 60_000;

function shortestGapMs(runs: readonly Date[]): number {
  let shortest = Infinity;
  for (let i = 1; i < runs.length; i++) shortest = Math.min(shortest, runs[i]!.getTime() - runs[i - 1]!.getTime());
  return shortest;
}

export function checkCron(expression: string, timeZone: string, count = 3, from?: Date): CronCheck {
  const trimmed = expression.trim();
  if (!trimmed) return { ok: false, message: "Enter a cron expression." };
  const parts = quartzFieldCount(trimmed);
  if (parts < 6 || parts > 7)
    return { ok: false, message: `A cron expression here has 6 or 7 parts (${QUARTZ_FIELDS}); this one has ${parts}.` };
  const fields = trimmed.split(/\s+/);
  const [, , , dayOfMonth, , dayOfWeek] = fields;
  if ((dayOfMonth === "?") === (dayOfWeek === "?")) {
    const everyDay = fields.map((field, index) => (index === 5 ? "?" : field)).join(" ");
    return {
      ok: false,
      message: `Quartz needs "?" in exactly one of day-of-month (4th part) and day-of-week (6th part): for every day write "${everyDay}".`,
    };
  }
  try {
    const nextRuns = nextQuartzRuns(trimmed, timeZone, Math.max(count, 3), from);
    if (nextRuns.length === 0) return { ok: false, message: "This expression never runs in the future." };
    const gap = shortestGapMs(nextRuns);
    if (gap < MIN_RUN_GAP_MS)
      return {
        ok: false,
        message: `This expression runs every ${Math.round(gap / 1000)} seconds; Airbyte starts a sync at most once a minute. Put a single value in the seconds field (the first one), such as 0.`,
      };
    return { ok: true, description: quartzCronInWords(trimmed) ?? "Custom schedule", nextRuns: nextRuns.slice(0, count) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, "") : String(error);
    return { ok: false, message: `Not a valid cron expression: ${detail}` };
  }
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function scheduleToApi(choice: ScheduleChoice): { scheduleType: ScheduleType; scheduleData?: ScheduleData } {
  if (choice.type === "manual") return { scheduleType: "manual" };
  if (choice.type === "basic")
    return { scheduleType: "basic", scheduleData: { basicSchedule: { units: choice.units, timeUnit: choice.timeUnit } } };
  return {
    scheduleType: "cron",
    scheduleData: { cron: { cronExpression: choice.cronExpression.trim(), cronTimeZone: choice.cronTimeZone || "UTC" } },
  };
}

export function scheduleFromApi(scheduleType: ScheduleType | undefined, data: ScheduleData | undefined): ScheduleChoice {
  if (scheduleType === "manual") return { ...DEFAULT_SCHEDULE, type: "manual" };
  if (scheduleType === "cron" && data?.cron)
    return { ...DEFAULT_SCHEDULE, type: "cron", cronExpression: data.cron.cronExpression, cronTimeZone: data.cron.cronTimeZone };
  if (data?.basicSchedule)
    return { ...DEFAULT_SCHEDULE, type: "basic", units: data.basicSchedule.units, timeUnit: data.basicSchedule.timeUnit };
  return { ...DEFAULT_SCHEDULE, type: scheduleType === "cron" ? "cron" : scheduleType === "basic" ? "basic" : "manual" };
}

export function scheduleError(choice: ScheduleChoice): string | undefined {
  if (choice.type === "basic" && (!Number.isInteger(choice.units) || choice.units < 1)) return "Choose how often to sync.";
  if (choice.type === "cron") {
    if (!isValidTimeZone(choice.cronTimeZone)) return `Unknown time zone "${choice.cronTimeZone}".`;
    // ConnectionScheduleHelper refuses every zone whose name starts with "Etc".
    if (choice.cronTimeZone.toLowerCase().startsWith("etc"))
      return `Airbyte does not accept "${choice.cronTimeZone}": choose UTC or a place's time zone (such as Europe/Paris).`;
    const check = checkCron(choice.cronExpression, choice.cronTimeZone, 1);
    if (!check.ok) return check.message;
  }
  return undefined;
}
