// How a real server judges a connection's cron schedule (ConnectionScheduleHelper.kt in
// airbytehq/airbyte-platform, read for behaviour only), answered as Problem JSON:
// - no `scheduleData.cron`: error:cron-validation/missing-cron-data;
// - no expression or no time zone: error:cron-validation/missing-component;
// - a time zone starting with "Etc" (any case), or one the server does not know:
//   error:cron-validation/invalid-timezone;
// - an expression Quartz's CronExpression cannot parse: error:cron-validation/invalid-expression
//   (Quartz wants 6 or 7 fields, and exactly one of day-of-month and day-of-week must be "?");
// - more than one run an hour without the sub-hour entitlement (open-source servers have none):
//   error:cron-validation/under-one-hour-not-allowed with a validationErrorMessage (wording ours).
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

/** More than one run an hour: the seconds or minutes field names more than one value. */
function runsMoreThanHourly(expression: string): boolean {
  const [seconds = "", minutes = ""] = expression.trim().split(/\s+/);
  return !/^\d+$/.test(seconds) || !/^\d+$/.test(minutes);
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
  if (quartzParseError(expression)) {
    return problem(400, "error:cron-validation/invalid-expression", "Invalid cron expression", "The cron expression is invalid", {
      connectionId: id,
      cronExpression: expression,
    });
  }
  if (runsMoreThanHourly(expression)) {
    return problem(
      400,
      "error:cron-validation/under-one-hour-not-allowed",
      "Cron executions must be at least an hour apart",
      "The cron expression runs more than once an hour.",
      {
        connectionId: id,
        cronExpression: expression,
        validationErrorMessage: "Cron executions must be more than 1 hour apart on this server.",
      },
    );
  }
  if (zone.toLowerCase().startsWith("etc") || !knownTimeZone(zone)) {
    return problem(400, "error:cron-validation/invalid-timezone", "Invalid cron timezone", "The specified cron timezone is invalid", {
      connectionId: id,
      cronTimezone: zone,
    });
  }
  return undefined;
}
