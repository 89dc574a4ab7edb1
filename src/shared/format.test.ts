import { formatBytes, formatCompactCount, formatDateTime, formatDateTimeWithZone, formatDuration, formatName, toMillis } from "./format";

describe("format", () => {
  it("formats sizes and durations in plain words", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1_500_000)).toBe("1.5 MB");
    expect(formatDuration(65_000)).toBe("1m 5s");
    expect(formatDuration(3_726_000)).toBe("1h 2m");
    expect(formatDuration(undefined)).toBe("—");
  });

  it("counts elapsed time from zero", () => {
    expect(formatDuration(0)).toBe("<1s");
    expect(formatDuration(12_400)).toBe("12s");
    expect(formatDuration(125_000)).toBe("2m 5s");
  });

  it("reads API timestamps in seconds or milliseconds alike", () => {
    expect(toMillis(1_767_225_600)).toBe(1_767_225_600_000);
    expect(toMillis(1_767_225_600_000)).toBe(1_767_225_600_000);
    expect(toMillis(undefined)).toBeUndefined();
  });

  it("formats a date in a given time zone", () => {
    const noonUtc = Date.UTC(2026, 0, 5, 12, 0, 0);
    expect(formatDateTime(noonUtc, "UTC")).toMatch(/12:00/);
    expect(formatDateTime(noonUtc, "Asia/Tokyo")).toMatch(/9:00/);
    expect(formatDateTime(undefined)).toBe("—");
  });
});

test("a date and time with its zone names the zone, the browser's when none is given", () => {
  const noonUtc = Date.UTC(2026, 0, 5, 12, 0, 0);
  expect(formatDateTimeWithZone(noonUtc, "Asia/Tokyo")).toMatch(/9:00.*\(Asia\/Tokyo\)$/);
  expect(formatDateTimeWithZone(noonUtc)).toMatch(
    new RegExp(`\\(${Intl.DateTimeFormat().resolvedOptions().timeZone.replace("/", "\\/")}\\)$`),
  );
  expect(formatDateTimeWithZone(undefined)).toBe("—");
});

test("compact counts stay short for chart axes", () => {
  expect(formatCompactCount(400_000)).toBe("400K");
  expect(formatCompactCount(1_250_000)).toBe("1.3M");
  expect(formatCompactCount(950)).toBe("950");
  expect(formatCompactCount(undefined)).toBe("—");
});

describe("formatName", () => {
  it("shows right-to-left overrides and zero-width characters as their codes", () => {
    expect(formatName("invoice\u202Efdp.exe")).toBe("invoice[U+202E]fdp.exe");
    expect(formatName("Stripe\u200B")).toBe("Stripe[U+200B]");
    expect(formatName("\uFEFFOrders\u2066 DB\u2069")).toBe("[U+FEFF]Orders[U+2066] DB[U+2069]");
  });

  it("leaves ordinary names, right-to-left scripts and emoji sequences alone", () => {
    for (const name of ["Orders DB", "מסד נתונים", "Team 👨\u200D👩\u200D👧 data", "Café"]) expect(formatName(name)).toBe(name);
  });
});
