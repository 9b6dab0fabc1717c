import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HolidayCalendar } from "./calendar.js";
import { holidayCalendarData, readHolidayTable, type HolidayTable } from "./holiday-table.js";
import { CN_HOLIDAY_CALENDAR, CN_HOLIDAY_DATA } from "./holidays-cn.js";
import { addDays, dayOfWeek } from "./local-date.js";

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
  const official = CN_HOLIDAY_DATA.holidays.filter((d) => ["2025", "2026"].includes(yearOf(d)));

  it("keeps the days of the 2025 and 2026 notices exactly", () => {
    const span = (first: string, last: string) =>
      Array.from({ length: 1 + (Date.parse(last) - Date.parse(first)) / 86_400_000 }, (_, i) => addDays(first, i));
    // As the notices of 2024-11-12 and 2025-11-04 state them.
    expect(official).toEqual([
      "2025-01-01",
      ...span("2025-01-28", "2025-02-04"),
      ...span("2025-04-04", "2025-04-06"),
      ...span("2025-05-01", "2025-05-05"),
      ...span("2025-05-31", "2025-06-02"),
      ...span("2025-10-01", "2025-10-08"),
      ...span("2026-01-01", "2026-01-03"),
      ...span("2026-02-15", "2026-02-23"),
      ...span("2026-04-04", "2026-04-06"),
      ...span("2026-05-01", "2026-05-05"),
      ...span("2026-06-19", "2026-06-21"),
      ...span("2026-09-25", "2026-09-27"),
      ...span("2026-10-01", "2026-10-07"),
    ]);
    expect(CN_HOLIDAY_DATA.makeUpWorkdays).toEqual([
      ...["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
      ...["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    ]);
    expect(CN_HOLIDAY_DATA.officialYears).toEqual([2025, 2026]);
  });

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

describe("the holiday table as data", () => {
  const table = readHolidayTable(join(import.meta.dirname, "holidays"));

  it("names each year's notice: title and date of issue", () => {
    expect(table.official.map((y) => [y.year, y.source.title, y.source.issuedOn])).toEqual(
      expect.arrayContaining([
        [2025, "国务院办公厅关于2025年部分节假日安排的通知", "2024-11-12"],
        [2026, "国务院办公厅关于2026年部分节假日安排的通知", "2025-11-04"],
      ]),
    );
  });

  it("places the festival days of 2025 and 2026 inside the official holidays (the festival data agrees)", () => {
    // Without notices every year is provisional: statutory days only, from the festival dates.
    const statutoryOnly = holidayCalendarData({ ...table, official: [] });
    for (const year of ["2025", "2026"]) {
      const statutory = statutoryOnly.holidays.filter((d) => d.startsWith(year));
      expect(statutory).toHaveLength(13); // 元旦 1 + 春节 4 + 清明 1 + 劳动节 2 + 端午 1 + 中秋 1 + 国庆 3
      for (const day of statutory) expect(CN_HOLIDAY_CALENDAR.isWorkingDay(day), day).toBe(false);
    }
  });

  it("counts a year without its notice on weekends and the statutory holidays, with no make-up workdays", () => {
    const days2027 = CN_HOLIDAY_DATA.holidays.filter((d) => d.startsWith("2027"));
    expect(days2027).toEqual([
      "2027-01-01",
      ...["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"], // 除夕, 正月初一至初三
      "2027-04-05",
      ...["2027-05-01", "2027-05-02"],
      "2027-06-09",
      "2027-09-15",
      ...["2027-10-01", "2027-10-02", "2027-10-03"],
    ]);
    expect(CN_HOLIDAY_DATA.makeUpWorkdays.filter((d) => d > "2026-12-31")).toEqual([]);
    // Beyond the festival dates: the fixed solar days only.
    expect(CN_HOLIDAY_DATA.holidays.filter((d) => d.startsWith("2029"))).toEqual([
      "2029-01-01",
      "2029-05-01",
      "2029-05-02",
      "2029-10-01",
      "2029-10-02",
      "2029-10-03",
    ]);
    // 中秋 on 3 October 2028 is also a National Day holiday: one day off, listed once.
    expect(CN_HOLIDAY_DATA.holidays.filter((d) => d.startsWith("2028-10"))).toEqual([
      "2028-10-01",
      "2028-10-02",
      "2028-10-03",
    ]);
  });

  it("tells the provisional years of a span", () => {
    expect(CN_HOLIDAY_CALENDAR.provisionalYearsOf("2025-03-01", "2026-12-31")).toEqual([]);
    expect(CN_HOLIDAY_CALENDAR.provisionalYearsOf("2026-12-31", "2028-01-01")).toEqual([2027, 2028]);
    // Before the first notice in the table: weekends only, and provisional.
    expect(CN_HOLIDAY_CALENDAR.provisionalYearsOf("2024-12-30", "2025-01-02")).toEqual([2024]);
    expect(CN_HOLIDAY_CALENDAR.isWorkingDay("2024-10-01")).toBe(true);
  });

  it("rejects data that would move deadlines silently", () => {
    const [y2025] = table.official.filter((y) => y.year === 2025);
    const withYear = (changed: object): HolidayTable => ({ ...table, official: [{ ...y2025!, ...changed }] });
    expect(() =>
      holidayCalendarData(withYear({ holidays: [{ name: "春节", from: "2026-01-28", to: "2026-02-04" }] })),
    ).toThrow(/not a date of 2025/);
    expect(() =>
      holidayCalendarData(withYear({ holidays: [{ name: "春节", from: "2025-02-04", to: "2025-01-28" }] })),
    ).toThrow(/ends before it starts/);
    expect(() => holidayCalendarData(withYear({ source: { title: " ", issuedOn: "2024-11-12" } }))).toThrow(/title/);
    expect(() => holidayCalendarData({ ...table, official: [y2025!, y2025!] })).toThrow(/twice/);
    expect(() =>
      holidayCalendarData({
        ...table,
        festivals: {
          ...table.festivals,
          years: { 2027: { ...table.festivals.years["2027"]!, midAutumn: "2027-02-30" } },
        },
      }),
    ).toThrow(/2027-02-30/);
  });
});
