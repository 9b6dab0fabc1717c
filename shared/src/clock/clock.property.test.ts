// The clock counts by arithmetic (whole weeks, a sorted table of changed days, pause ranges). These
// tests hold it to a plain day-by-day count built on Date, over many random clocks and calendars.
import { describe, expect, it } from "vitest";
import {
  computeClock,
  type ClockPause,
  type ClockRecord,
  type ClockSpec,
  type ClockStatus,
  type ClockUnit,
} from "./clock.js";
import { HolidayCalendar, type HolidayCalendarData } from "./calendar.js";
import { CN_HOLIDAY_CALENDAR, CN_HOLIDAY_DATA } from "./holidays-cn.js";
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  endOfLocalDay,
  isLocalDate,
  startOfLocalDay,
  toLocalDate,
} from "./local-date.js";

const MS_PER_DAY = 86_400_000;
const CST = 8 * 3_600_000;

// --- reference: one day at a time, on Date -----------------------------------------------------

const refLocalDate = (instant: Date): string => new Date(instant.getTime() + CST).toISOString().slice(0, 10);
const refUtc = (date: string): Date => new Date(`${date}T00:00:00Z`);
const refAddDays = (date: string, days: number): string =>
  new Date(refUtc(date).getTime() + days * MS_PER_DAY).toISOString().slice(0, 10);
const refDaysBetween = (from: string, to: string): number =>
  Math.round((refUtc(to).getTime() - refUtc(from).getTime()) / MS_PER_DAY);
function refAddMonths(date: string, months: number): string {
  const d = refUtc(date);
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const target = new Date(new Date(0).setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    new Date(0).setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

const listed = new WeakMap<HolidayCalendarData, { off: Set<string>; on: Set<string> }>();
function refIsWorkingDay(data: HolidayCalendarData, date: string): boolean {
  let sets = listed.get(data);
  if (!sets) listed.set(data, (sets = { off: new Set(data.holidays), on: new Set(data.makeUpWorkdays) }));
  if (sets.off.has(date)) return false;
  if (sets.on.has(date)) return true;
  const weekday = refUtc(date).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The clock as the rules say it, counting forward one day at a time. */
function referenceClock(
  spec: ClockSpec,
  record: ClockRecord,
  now: Date,
  data: HolidayCalendarData,
): Omit<ClockStatus, "state" | "onTime"> {
  const asOf = record.stoppedAt ?? now;
  const asOfDate = refLocalDate(asOf);
  const startDate = refLocalDate(record.startedAt);
  const paused = new Set<string>();
  for (const pause of record.pauses) {
    const last = pause.to ? refLocalDate(pause.to) : asOfDate;
    for (let day = refAddDays(refLocalDate(pause.from), 1); day <= last; day = refAddDays(day, 1)) paused.add(day);
  }
  const extendedDays = record.extensions.reduce((sum, e) => sum + e.days, 0);
  const baseDays =
    spec.unit === "months" ? refDaysBetween(startDate, refAddMonths(startDate, spec.length)) : spec.length;
  let lastDay = startDate;
  let counted = 0;
  let pausedDays = 0;
  while (counted < baseDays + extendedDays) {
    lastDay = refAddDays(lastDay, 1);
    if (paused.has(lastDay)) pausedDays++;
    else if (spec.unit !== "workingDays" || refIsWorkingDay(data, lastDay)) counted++;
  }
  let deadlineDate = lastDay;
  if (spec.unit !== "workingDays")
    while (!refIsWorkingDay(data, deadlineDate)) deadlineDate = refAddDays(deadlineDate, 1);
  // Every day the clock spans, start through deadline, whose year has no official schedule in the data.
  const provisional = new Set<number>();
  for (let day = startDate; day <= deadlineDate; day = refAddDays(day, 1)) {
    const year = Number(day.slice(0, 4));
    if (data.officialYears && !data.officialYears.includes(year)) provisional.add(year);
  }
  const provisionalYears = [...provisional].sort((a, b) => a - b);
  return {
    deadline: new Date(refUtc(refAddDays(deadlineDate, 1)).getTime() - CST - 1),
    deadlineDate,
    remainingDays: refDaysBetween(asOfDate, deadlineDate),
    pausedDays,
    extendedDays,
    calendarVersion: data.version,
    provisionalCalendar: provisionalYears.length > 0,
    provisionalYears,
  };
}

// --- random inputs, from a fixed seed so a failure can be replayed -----------------------------

function random(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]! };
}

type Random = ReturnType<typeof random>;

/** Instants from 2023 to 2028: before, inside and after the published holiday data (official 2025–2026). */
const instant = (r: Random, from = Date.UTC(2023, 0, 1)): Date =>
  new Date(from + Math.floor(r.next() * 6 * 365 * MS_PER_DAY));

/** A dense made-up schedule: holidays on weekdays and weekends, make-up days on weekends and weekdays. */
function randomCalendarData(r: Random, version: string): HolidayCalendarData {
  const holidays = new Set<string>();
  const makeUp = new Set<string>();
  for (let i = 0; i < r.int(0, 120); i++) {
    const first = refLocalDate(instant(r));
    for (let d = 0; d < r.int(1, 9); d++) holidays.add(refAddDays(first, d));
  }
  for (let i = 0; i < r.int(0, 60); i++) {
    const day = refLocalDate(instant(r));
    if (!holidays.has(day)) makeUp.add(day);
  }
  // Some years official, some not, or (as for a schedule written by hand) no claim at all.
  const officialYears = r.next() < 0.2 ? undefined : [2023, 2024, 2025, 2026, 2027, 2028].filter(() => r.next() < 0.5);
  return {
    version,
    effectiveFrom: "2023-01-01",
    holidays: [...holidays],
    makeUpWorkdays: [...makeUp],
    ...(officialYears ? { officialYears } : {}),
  };
}

function randomClock(r: Random): { spec: ClockSpec; record: ClockRecord; now: Date } {
  const unit = r.pick<ClockUnit>(["naturalDays", "workingDays", "months"]);
  const length = unit === "months" ? r.int(0, 18) : r.pick([r.int(0, 10), r.int(0, 60), r.int(0, 400)]);
  const startedAt = instant(r);
  const pauses: ClockPause[] = Array.from({ length: r.pick([0, 0, 1, 2, 4]) }, () => {
    const from = new Date(startedAt.getTime() + r.int(-20, 200) * MS_PER_DAY + r.int(0, MS_PER_DAY));
    const open = r.next() < 0.2;
    return open
      ? { from, reason: "补正材料" }
      : { from, to: new Date(from.getTime() + r.int(0, 40) * MS_PER_DAY + r.int(0, MS_PER_DAY)), reason: "鉴定" };
  });
  const extensions = Array.from({ length: r.pick([0, 0, 1, 2]) }, () => ({
    days: r.int(1, 30),
    approvedBy: "庭长",
    reason: "案情复杂",
    at: startedAt,
  }));
  const now = new Date(startedAt.getTime() + r.int(-5, 500) * MS_PER_DAY + r.int(0, MS_PER_DAY));
  const stoppedAt = r.next() < 0.25 ? new Date(startedAt.getTime() + r.int(0, 400) * MS_PER_DAY) : undefined;
  const record: ClockRecord = { startedAt, pauses, extensions, ...(stoppedAt ? { stoppedAt } : {}) };
  return { spec: { kind: "peopleMediation", length, unit }, record, now };
}

function expectSameAsReference(
  calendar: HolidayCalendar,
  data: HolidayCalendarData,
  spec: ClockSpec,
  record: ClockRecord,
  now: Date,
): void {
  const { state: _state, ...fast } = computeClock(spec, record, now, calendar);
  const { onTime: _onTime, ...withoutOnTime } = fast as typeof fast & { onTime?: boolean };
  expect(withoutOnTime, JSON.stringify({ spec, record, now })).toEqual(referenceClock(spec, record, now, data));
}

describe("the clock's arithmetic against a day-by-day count", () => {
  it("agrees on 2,000 random clocks with the published Chinese holidays", () => {
    const r = random(20_261_123);
    for (let i = 0; i < 2_000; i++) {
      const { spec, record, now } = randomClock(r);
      expectSameAsReference(CN_HOLIDAY_CALENDAR, CN_HOLIDAY_DATA, spec, record, now);
    }
  });

  it("agrees on random clocks under 25 random dense holiday schedules", () => {
    const r = random(11);
    for (let c = 0; c < 25; c++) {
      const data = randomCalendarData(r, `random-${c}`);
      const calendar = new HolidayCalendar(data);
      for (let i = 0; i < 100; i++) {
        const { spec, record, now } = randomClock(r);
        expectSameAsReference(calendar, data, spec, record, now);
      }
    }
  });

  it("agrees with the calendar's day-by-day answers for working days and the first working day", () => {
    const r = random(7);
    const data = randomCalendarData(r, "days");
    const calendar = new HolidayCalendar(data);
    for (let i = 0; i < 3_000; i++) {
      const day = refLocalDate(instant(r));
      expect(calendar.isWorkingDay(day)).toBe(refIsWorkingDay(data, day));
      let first = day;
      while (!refIsWorkingDay(data, first)) first = refAddDays(first, 1);
      expect(calendar.firstWorkingDayFrom(day)).toBe(first);
    }
  });
});

describe("local dates by arithmetic against Date", () => {
  it("agree on conversions, day sums and differences, months and weekdays over four centuries and more", () => {
    const r = random(3);
    // From year 0001 to 9998, where ISO strings have four-digit years.
    const yearOne = new Date(0).setUTCFullYear(1, 0, 1); // Date.UTC would read year 1 as 1901
    const anyDay = (): string =>
      new Date(yearOne + Math.floor(r.next() * 9_997 * 365.2425) * MS_PER_DAY).toISOString().slice(0, 10);
    for (let i = 0; i < 5_000; i++) {
      const date = anyDay();
      const other = anyDay();
      const days = r.pick([r.int(-3, 3), r.int(-400, 400), r.int(-100_000, 100_000)]);
      const shifted = refAddDays(date, days);
      if (/^\d{4}-/.test(shifted)) expect(addDays(date, days)).toBe(shifted);
      expect(daysBetween(date, other)).toBe(refDaysBetween(date, other));
      expect(dayOfWeek(date)).toBe(refUtc(date).getUTCDay());
      expect(isLocalDate(date)).toBe(true);
      expect(startOfLocalDay(date).getTime()).toBe(refUtc(date).getTime() - CST);
      if (date < "9999-12-31")
        expect(endOfLocalDay(date).getTime()).toBe(refUtc(refAddDays(date, 1)).getTime() - CST - 1);
      const months = r.int(-30, 30);
      const movedMonths = refAddMonths(date, months);
      if (/^\d{4}-/.test(movedMonths)) expect(addMonths(date, months)).toBe(movedMonths);
      const year = Number(date.slice(0, 4));
      const month = Number(date.slice(5, 7));
      expect(daysInMonth(year, month)).toBe(new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate());
      const at = new Date(refUtc(date).getTime() + r.int(0, MS_PER_DAY - 1));
      expect(toLocalDate(at)).toBe(refLocalDate(at));
    }
  });

  it("rejects what is not a calendar date", () => {
    for (const bad of [
      "2026-02-29",
      "2026-13-01",
      "2026-1-01",
      "2026-01-1",
      "2026-01-01 ",
      " 2026-01-01",
      "2026/01/01",
      "２０２６-01-01",
      "2026-0a-01",
      "+02026-01-01",
    ]) {
      expect(isLocalDate(bad)).toBe(false);
      expect(() => addDays(bad, 1)).toThrow(RangeError);
    }
  });
});
