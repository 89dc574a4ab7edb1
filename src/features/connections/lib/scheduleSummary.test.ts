import { quartzCronInWords } from "@/shared/quartzCron/words";
import { summariseSchedule } from "./scheduleSummary";

const cron = { cron: { cronExpression: "0 0 12 * * ?", cronTimeZone: "Europe/Paris" } };

describe("summariseSchedule", () => {
  it("shows a cron expression as written, with its time zone (the schedule editor puts it in words)", () => {
    expect(summariseSchedule("cron", cron)).toBe("Cron 0 0 12 * * ? (Europe/Paris)");
    expect(quartzCronInWords(cron.cron.cronExpression)).toMatch(/^At 12:00/);
  });

  it("keeps an invalid expression as written", () => {
    expect(summariseSchedule("cron", { cron: { cronExpression: "every day", cronTimeZone: "UTC" } })).toBe("Cron every day (UTC)");
    expect(quartzCronInWords("every day")).toBeUndefined();
  });

  it("describes basic and manual schedules", () => {
    expect(summariseSchedule("basic", { basicSchedule: { units: 1, timeUnit: "days" } })).toBe("Every day");
    expect(summariseSchedule("basic", { basicSchedule: { units: 12, timeUnit: "hours" } })).toBe("Every 12 hours");
    expect(summariseSchedule("manual", undefined)).toBe("Manual");
  });
});
