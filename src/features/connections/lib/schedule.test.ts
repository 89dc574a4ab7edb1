import { checkCron, scheduleError, scheduleFromApi, scheduleToApi, DEFAULT_SCHEDULE } from "./schedule";
import { summariseSchedule } from "./scheduleSummary";
import { destinationNamespace, namespaceError } from "./namespace";

test("a valid Quartz cron gets a description and upcoming runs in order", () => {
  const from = new Date("2030-01-01T00:00:00Z");
  const check = checkCron("0 0 12 * * ?", "UTC", 3, from);
  expect(check.ok).toBe(true);
  if (!check.ok) return;
  expect(check.description).toMatch(/12:00/);
  expect(check.nextRuns.map((d) => d.toISOString())).toEqual([
    "2030-01-01T12:00:00.000Z",
    "2030-01-02T12:00:00.000Z",
    "2030-01-03T12:00:00.000Z",
  ]);
});

test("weekdays are Quartz weekdays: 2 is Monday, as on the status tab", () => {
  // Thursday 2026-01-01; jobs/lib/jobSummary.test.ts checks the status tab on the same expression.
  const check = checkCron("0 0 12 ? * 2", "UTC", 2, new Date("2026-01-01T12:00:00Z"));
  expect(check).toMatchObject({ ok: true, description: expect.stringMatching(/Monday/) });
  if (!check.ok) return;
  expect(check.nextRuns.map((d) => d.toISOString())).toEqual(["2026-01-05T12:00:00.000Z", "2026-01-12T12:00:00.000Z"]);
});

test("invalid cron expressions say what is wrong", () => {
  expect(checkCron("", "UTC")).toMatchObject({ ok: false, message: "Enter a cron expression." });
  expect(checkCron("0 12 * * *", "UTC")).toMatchObject({ ok: false, message: expect.stringMatching(/6 or 7 parts/) });
  expect(checkCron("0 0 25 * * ?", "UTC")).toMatchObject({ ok: false, message: expect.stringMatching(/hour/i) });
  expect(scheduleError({ ...DEFAULT_SCHEDULE, type: "cron", cronTimeZone: "Mars/Olympus" })).toMatch(/time zone/);
  expect(scheduleError({ ...DEFAULT_SCHEDULE, type: "cron", cronTimeZone: "Etc/GMT+2" })).toMatch(/does not accept "Etc\/GMT\+2"/);
});

test("Quartz wants '?' in exactly one of day-of-month and day-of-week, as the server's parser does", () => {
  expect(checkCron("0 0 12 * * *", "UTC")).toMatchObject({ ok: false, message: expect.stringMatching(/exactly one.*"0 0 12 \* \* \?"/) });
  expect(checkCron("0 0 12 ? * ?", "UTC")).toMatchObject({ ok: false, message: expect.stringMatching(/exactly one/) });
  expect(checkCron("0 0 12 ? * MON", "UTC").ok).toBe(true);
});

test("a cron that runs more than once a minute is refused, as the server refuses it; once a minute is fine", () => {
  const from = new Date("2030-01-01T00:00:00Z");
  expect(checkCron("* * * * * ?", "UTC", 3, from)).toMatchObject({
    ok: false,
    message: expect.stringMatching(/every 1 seconds.*once a minute/),
  });
  expect(checkCron("0/30 * * * * ?", "UTC", 3, from)).toMatchObject({ ok: false, message: expect.stringMatching(/every 30 seconds/) });
  const everyMinute = checkCron("0 * * * * ?", "UTC", 3, from);
  expect(everyMinute.ok).toBe(true);
  if (!everyMinute.ok) return;
  // Three different runs, a minute apart (not the same minute three times).
  expect(everyMinute.nextRuns.map((d) => d.toISOString())).toEqual([
    "2030-01-01T00:01:00.000Z",
    "2030-01-01T00:02:00.000Z",
    "2030-01-01T00:03:00.000Z",
  ]);
});

test("schedules round-trip through the API shape and read well in lists", () => {
  const basic = { ...DEFAULT_SCHEDULE, type: "basic" as const, units: 6 };
  const api = scheduleToApi(basic);
  expect(api).toEqual({ scheduleType: "basic", scheduleData: { basicSchedule: { units: 6, timeUnit: "hours" } } });
  expect(scheduleFromApi(api.scheduleType, api.scheduleData)).toMatchObject({ type: "basic", units: 6 });
  expect(summariseSchedule(api.scheduleType, api.scheduleData)).toBe("Every 6 hours");
  expect(summariseSchedule("manual", undefined)).toBe("Manual");
  expect(checkCron("0 0 12 * * ?", "UTC")).toMatchObject({ ok: true, description: expect.stringMatching(/12:00/) });
  expect(summariseSchedule("cron", { cron: { cronExpression: "0 0 12 * * ?", cronTimeZone: "UTC" } })).toMatch(/12 .*UTC/);
});

test("namespace preview follows the definition", () => {
  expect(destinationNamespace({ namespaceDefinition: "source", namespaceFormat: "", prefix: "" }, "public")).toBe("public");
  expect(destinationNamespace({ namespaceDefinition: "destination", namespaceFormat: "", prefix: "" }, "public")).toBeUndefined();
  expect(
    destinationNamespace({ namespaceDefinition: "customformat", namespaceFormat: "${SOURCE_NAMESPACE}_raw", prefix: "" }, "public"),
  ).toBe("public_raw");
  expect(namespaceError({ namespaceDefinition: "customformat", namespaceFormat: " ", prefix: "" })).toBeDefined();
});
