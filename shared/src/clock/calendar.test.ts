import { describe, expect, it } from "vitest";
import { HolidayCalendar } from "./calendar.js";
import { CN_HOLIDAY_CALENDAR, CN_HOLIDAY_DATA } from "./holidays-cn.js";
import { dayOfWeek } from "./local-date.js";

describe("HolidayCalendar", () => {
  const calendar = new HolidayCalendar({
    version: "test-1",
    effectiveFrom: "2026-01-01",
    holidays: ["2026-03-04"],
    makeUpWorkdays: ["2026-03-07"],
  });

  it("uses Monday to Friday outside the listed dates", () => {
    expect(calendar.isWorkingDay("2026-03-02")).toBe(true); // Monday
    expect(calendar.isWorkingDay("2026-03-08")).toBe(false); // Sunday
    expect(calendar.isWorkingDay("2030-01-07")).toBe(true); // Monday, beyond the data
  });

  it("treats listed holidays as days off and make-up Saturdays as working days", () => {
    expect(calendar.isWorkingDay("2026-03-04")).toBe(false); // Wednesday holiday
    expect(calendar.isWorkingDay("2026-03-07")).toBe(true); // Saturday make-up workday
  });

  it("finds the first working day on or after a date", () => {
    expect(calendar.firstWorkingDayFrom("2026-03-03")).toBe("2026-03-03");
    expect(calendar.firstWorkingDayFrom("2026-03-04")).toBe("2026-03-05");
    expect(calendar.firstWorkingDayFrom("2026-03-08")).toBe("2026-03-09");
  });

  it("keeps its version and effective date", () => {
    expect(calendar.version).toBe("test-1");
    expect(calendar.effectiveFrom).toBe("2026-01-01");
  });

  it("rejects malformed dates", () => {
    expect(
      () =>
        new HolidayCalendar({
          version: "bad",
          effectiveFrom: "2026-01-01",
          holidays: ["2026-02-30"],
          makeUpWorkdays: [],
        }),
    ).toThrow(/2026-02-30/);
    expect(
      () => new HolidayCalendar({ version: "bad", effectiveFrom: "2026/01/01", holidays: [], makeUpWorkdays: [] }),
    ).toThrow(RangeError);
  });

  it("rejects a date that is both a holiday and a make-up workday", () => {
    expect(
      () =>
        new HolidayCalendar({
          version: "bad",
          effectiveFrom: "2026-01-01",
          holidays: ["2026-03-07"],
          makeUpWorkdays: ["2026-03-07"],
        }),
    ).toThrow(/both/);
  });
});

describe("China 2025–2026 holiday data", () => {
  const yearOf = (date: string): string => date.slice(0, 4);

  it("lists no date twice", () => {
    expect(new Set(CN_HOLIDAY_DATA.holidays).size).toBe(CN_HOLIDAY_DATA.holidays.length);
    expect(new Set(CN_HOLIDAY_DATA.makeUpWorkdays).size).toBe(CN_HOLIDAY_DATA.makeUpWorkdays.length);
  });

  it("has only weekend make-up workdays (a weekday would already be a working day)", () => {
    for (const date of CN_HOLIDAY_DATA.makeUpWorkdays) expect([0, 6]).toContain(dayOfWeek(date));
  });

  it("has the published number of days off per year", () => {
    // 2025: 1 + 8 + 3 + 5 + 3 + 8; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7.
    expect(CN_HOLIDAY_DATA.holidays.filter((d) => yearOf(d) === "2025")).toHaveLength(28);
    expect(CN_HOLIDAY_DATA.holidays.filter((d) => yearOf(d) === "2026")).toHaveLength(33);
    expect(CN_HOLIDAY_DATA.makeUpWorkdays.filter((d) => yearOf(d) === "2025")).toHaveLength(5);
    expect(CN_HOLIDAY_DATA.makeUpWorkdays.filter((d) => yearOf(d) === "2026")).toHaveLength(6);
  });

  it.each<[string, boolean, string]>([
    ["2025-01-28", false, "2025 Spring Festival eve"],
    ["2025-02-04", false, "last day of 2025 Spring Festival"],
    ["2025-02-08", true, "Saturday make-up after 2025 Spring Festival"],
    ["2025-10-08", false, "last day of 2025 National Day"],
    ["2025-10-11", true, "Saturday make-up after 2025 National Day"],
    ["2026-01-02", false, "2026 New Year"],
    ["2026-01-04", true, "Sunday make-up after 2026 New Year"],
    ["2026-02-14", true, "Saturday make-up before 2026 Spring Festival"],
    ["2026-02-23", false, "last day of 2026 Spring Festival (Monday)"],
    ["2026-02-24", true, "first working day after 2026 Spring Festival"],
    ["2026-05-09", true, "Saturday make-up after 2026 Labour Day"],
    ["2026-09-25", false, "2026 Mid-Autumn (Friday)"],
    ["2026-10-07", false, "last day of 2026 National Day"],
    ["2026-10-08", true, "first working day after 2026 National Day"],
    ["2026-10-10", true, "Saturday make-up after 2026 National Day"],
  ])("%s is a working day: %s (%s)", (date, working) => {
    expect(CN_HOLIDAY_CALENDAR.isWorkingDay(date)).toBe(working);
  });
});
