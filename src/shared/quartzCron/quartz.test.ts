import { nextQuartzRuns, parseQuartzCron, quartzFieldCount } from "./quartz";
import { quartzCronInWords } from "./words";

// 2026-01-01 is a Thursday.
const THURSDAY_NOON = new Date(Date.UTC(2026, 0, 1, 12, 0, 0));

test("weekdays use Quartz numbering: 1 is Sunday, 2 is Monday, 7 is Saturday", () => {
  expect(nextQuartzRuns("0 0 12 ? * 2", "UTC", 1, THURSDAY_NOON)).toEqual([new Date(Date.UTC(2026, 0, 5, 12, 0, 0))]);
  expect(nextQuartzRuns("0 0 12 ? * 1", "UTC", 1, THURSDAY_NOON)).toEqual([new Date(Date.UTC(2026, 0, 4, 12, 0, 0))]);
  expect(nextQuartzRuns("0 0 12 ? * 7", "UTC", 1, THURSDAY_NOON)).toEqual([new Date(Date.UTC(2026, 0, 3, 12, 0, 0))]);
  expect(nextQuartzRuns("0 0 12 ? * MON", "UTC", 1, THURSDAY_NOON)).toEqual([new Date(Date.UTC(2026, 0, 5, 12, 0, 0))]);
  expect(quartzCronInWords("0 0 12 ? * 2")).toMatch(/Monday/);
});

test("a seventh field is the year", () => {
  expect(nextQuartzRuns("0 30 6 1 1 ? 2028", "UTC", 2, THURSDAY_NOON)).toEqual([new Date(Date.UTC(2028, 0, 1, 6, 30, 0))]);
});

test("runs are computed in the schedule time zone", () => {
  expect(nextQuartzRuns("0 0 9 * * ?", "Europe/Paris", 1, THURSDAY_NOON)).toEqual([new Date(Date.UTC(2026, 0, 2, 8, 0, 0))]);
});

test("only 6 or 7 fields are Quartz", () => {
  expect(quartzFieldCount(" 0 12 * * * ")).toBe(5);
  expect(quartzFieldCount("")).toBe(0);
  expect(() => parseQuartzCron("0 12 * * *", "UTC")).toThrow(/6 or 7 parts/);
  expect(() => parseQuartzCron("0 0 25 * * ?", "UTC")).toThrow();
});
