// When the scheduler will start the next sync, from the connection's schedule.
import type { ConnectionRead, WebBackendConnectionRead } from "@/api/types";
import { nextQuartzRuns } from "@/shared/quartzCron/quartz";

const UNIT_MS: Record<string, number> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
  months: 30 * 86_400_000,
};

/** `timeZone`: the cron schedule's zone (a basic schedule runs by the clock, shown in the browser's zone). */
export type NextSync = { kind: "manual" } | { kind: "at"; at: number; timeZone?: string } | { kind: "unknown"; reason: string };

export function nextScheduledSync(
  connection: Pick<ConnectionRead | WebBackendConnectionRead, "scheduleType" | "scheduleData" | "status">,
  lastJobStartedAt: number | undefined,
  now: number = Date.now(),
): NextSync {
  if (connection.status && connection.status !== "active") return { kind: "unknown", reason: "The connection is disabled." };
  const type =
    connection.scheduleType ?? (connection.scheduleData?.cron ? "cron" : connection.scheduleData?.basicSchedule ? "basic" : "manual");
  if (type === "manual") return { kind: "manual" };
  if (type === "basic") {
    const basic = connection.scheduleData?.basicSchedule;
    const unit = basic ? UNIT_MS[basic.timeUnit] : undefined;
    if (!basic || !unit || basic.units <= 0) return { kind: "unknown", reason: "The schedule is incomplete." };
    const every = unit * basic.units;
    if (lastJobStartedAt === undefined) return { kind: "at", at: now };
    return { kind: "at", at: Math.max(now, lastJobStartedAt + every) };
  }
  const cron = connection.scheduleData?.cron;
  if (!cron?.cronExpression) return { kind: "unknown", reason: "The schedule is incomplete." };
  try {
    // Quartz rules (weekdays 1-7 from Sunday, optional year), read as the schedule editor reads them.
    const [next] = nextQuartzRuns(cron.cronExpression, cron.cronTimeZone, 1, new Date(now));
    return next
      ? { kind: "at", at: next.getTime(), timeZone: cron.cronTimeZone || "UTC" }
      : { kind: "unknown", reason: "The schedule has no future run." };
  } catch {
    return { kind: "unknown", reason: `The cron expression "${cron.cronExpression}" could not be read.` };
  }
}
