// How a real server judges a connection's cron schedule (ConnectionScheduleHelper.kt in
// airbytehq/airbyte-platform, read for behaviour only), answered as Problem JSON:
// - no `scheduleData.cron`: error:cron-validation/missing-cron-data;
// - no expression or no time zone: error:cron-validation/missing-component;
// - a time zone starting with "Etc" (any case), or one the server does not know:
//   error:cron-validation/invalid-timezone;
// - an expression Quartz's CronExpression cannot parse: error:cron-validation/invalid-expression
//   (Quartz wants 6 or 7 fields, and exactly one of day-of-month and day-of-week must be "?");
// - runs less than a minute apart: CronExpressionHelper.validateCronExpression refuses them on
//   every server ("Cron executions must be at least 1 minute apart"), which validateCronFrequency
//   answers as error:cron-validation/invalid-expression. More often than hourly is allowed: the
//   SubOneHourSyncSchedules flag defaults to true (FlagDefinitions.kt), so an open-source server,
//   which has no flag service, lets schedules down to a minute through.
// Types, titles and details are those of api-problems.yaml.
import { problem, type MockHttpError } from "./errors";

type Cron = { cronExpression?: unknown; cronTimeZone?: unknown } | undefined;

const FIELD = /^[0-9A-Za-z*?,/#\-LW]+$/;

function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Whether Quartz would refuse to parse it (a light imitation of its grammar). */
function quartzParseError(expression: string): boolean {
  const fields = expression.trim().split(/\s+/);
  if (fields.length < 6 || fields.length > 7) return true;
  if (!fields.every((field) => FIELD.test(field))) return true;
  const [, , , dayOfMonth, , dayOfWeek] = fields;
  return (dayOfMonth === "?") === (dayOfWeek === "?");
}

/** Runs less than a minute apart: the seconds field names more than one value. */
function runsMoreThanOnceAMinute(expression: string): boolean {
  const [seconds = ""] = expression.trim().split(/\s+/);
  return !/^\d+$/.test(seconds);
}

/** The problem a real server answers for this cron schedule, or undefined when it accepts it. */
export function cronProblem(cron: Cron, connectionId?: string): MockHttpError | undefined {
  const id = connectionId ?? null;
  if (!cron) {
    return problem(
      400,
      "error:cron-validation/missing-cron-data",
      "Cron data is missing",
      "If schedule type is cron, scheduleData.cron must be provided.",
    );
  }
  const expression = typeof cron.cronExpression === "string" ? cron.cronExpression : undefined;
  const zone = typeof cron.cronTimeZone === "string" ? cron.cronTimeZone : undefined;
  if (!expression || !zone) {
    return problem(
      400,
      "error:cron-validation/missing-component",
      "Cron is missing a component",
      "The cron must specify a cron expression and a timezone.",
      {
        connectionId: id,
        cronExpression: expression ?? null,
        cronTimezone: zone ?? null,
      },
    );
  }
  if (quartzParseError(expression) || runsMoreThanOnceAMinute(expression)) {
    return problem(400, "error:cron-validation/invalid-expression", "Invalid cron expression", "The cron expression is invalid", {
      connectionId: id,
      cronExpression: expression,
    });
  }
  if (zone.toLowerCase().startsWith("etc") || !knownTimeZone(zone)) {
    return problem(400, "error:cron-validation/invalid-timezone", "Invalid cron timezone", "The specified cron timezone is invalid", {
      connectionId: id,
      cronTimezone: zone,
    });
  }
  return undefined;
}
