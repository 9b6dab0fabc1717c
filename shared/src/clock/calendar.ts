import { fromEpochDay, isLocalDate, toEpochDay, weekdayOf, type EpochDay, type LocalDate } from "./local-date.js";

/** One published version of a holiday schedule, kept as data so it can be replaced without a code change. */
export interface HolidayCalendarData {
  /** Recorded next to computed deadlines so a result can be traced to the schedule used. */
  version: string;
  effectiveFrom: LocalDate;
  /** Days off: statutory holidays and the weekdays swapped into them (放假调休). */
  holidays: readonly LocalDate[];
  /** Weekend days that are working days because of a swap (调休上班). */
  makeUpWorkdays: readonly LocalDate[];
  /**
   * Years whose days off come from the official notice. Any other year is provisional (its days off are a
   * best guess until the notice is published). Absent: the data makes no such claim and every year counts
   * as final, as for a schedule written by hand.
   */
  officialYears?: readonly number[];
}

/** 1970-01-05, the first Monday of the epoch. */
const FIRST_MONDAY: EpochDay = 4;

/** Monday–Friday days from FIRST_MONDAY through `day` (negative before it): whole weeks, then the rest of one. */
function weekdaysThrough(day: EpochDay): number {
  const n = day - FIRST_MONDAY + 1;
  const weeks = Math.floor(n / 7);
  return weeks * 5 + Math.min(n - weeks * 7, 5);
}

/** How many of the ascending `days` are ≤ `day` (binary search). */
function countThrough(days: Int32Array, day: EpochDay): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const yearOf = (day: EpochDay): number => Number(fromEpochDay(day).slice(0, 4));

const isWeekend = (day: EpochDay): boolean => {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
};

/**
 * Which days are working days. Outside the listed dates the ordinary rule applies:
 * Monday to Friday work, Saturday and Sunday off.
 *
 * Working days are counted by arithmetic over whole weeks, corrected by the listed dates that
 * change a day's kind (found by binary search), so a clock of any length costs the same.
 */
export class HolidayCalendar {
  readonly version: string;
  readonly effectiveFrom: LocalDate;
  private readonly holidays: ReadonlySet<EpochDay>;
  private readonly makeUpWorkdays: ReadonlySet<EpochDay>;
  /** Holidays on Monday–Friday (a holiday on a weekend changes no count), ascending. */
  private readonly weekdaysOff: Int32Array;
  /** Make-up workdays on Saturday or Sunday, ascending. */
  private readonly weekendsOn: Int32Array;
  private readonly officialYears: ReadonlySet<number> | undefined;

  constructor(data: HolidayCalendarData) {
    // Bad data would silently move legal deadlines, so reject it when the calendar is built.
    for (const date of [data.effectiveFrom, ...data.holidays, ...data.makeUpWorkdays]) {
      if (!isLocalDate(date))
        throw new RangeError(`Holiday calendar ${data.version}: "${date}" is not a calendar date`);
    }
    const clash = data.holidays.find((date) => data.makeUpWorkdays.includes(date));
    if (clash !== undefined) {
      throw new RangeError(`Holiday calendar ${data.version}: ${clash} is both a holiday and a make-up workday`);
    }
    this.version = data.version;
    this.effectiveFrom = data.effectiveFrom;
    this.holidays = new Set(data.holidays.map(toEpochDay));
    this.makeUpWorkdays = new Set(data.makeUpWorkdays.map(toEpochDay));
    this.weekdaysOff = Int32Array.from([...this.holidays].filter((day) => !isWeekend(day))).sort();
    this.weekendsOn = Int32Array.from([...this.makeUpWorkdays].filter(isWeekend)).sort();
    this.officialYears = data.officialYears && new Set(data.officialYears);
  }

  /** Years from the year of `first` through the year of `last` without an official schedule, ascending. */
  provisionalYearsOf(first: LocalDate, last: LocalDate): number[] {
    return this.provisionalYearsBetween(toEpochDay(first), toEpochDay(last));
  }

  /** Years from the year of `first` through the year of `last` without an official schedule, ascending. */
  provisionalYearsBetween(first: EpochDay, last: EpochDay): number[] {
    const official = this.officialYears;
    if (official === undefined) return [];
    const years: number[] = [];
    for (let year = yearOf(first); year <= yearOf(last); year++) if (!official.has(year)) years.push(year);
    return years;
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  isWorkingEpochDay(day: EpochDay): boolean {
    if (this.holidays.has(day)) return false;
    if (this.makeUpWorkdays.has(day)) return true;
    return !isWeekend(day);
  }

  /** `date` itself when it is a working day, otherwise the next working day after it. */
  firstWorkingDayFrom(date: LocalDate): LocalDate {
    return fromEpochDay(this.firstWorkingEpochDayFrom(toEpochDay(date)));
  }

  firstWorkingEpochDayFrom(day: EpochDay): EpochDay {
    let next = day;
    // Runs of days off are short (a week's holiday and its weekends), so this steps a few times at most.
    while (!this.isWorkingEpochDay(next)) next++;
    return next;
  }

  /**
   * Working days from a fixed origin through `day`, negative before it: the difference of two
   * values is the number of working days after the first day, up to and including the second.
   */
  workingDaysThrough(day: EpochDay): number {
    return weekdaysThrough(day) - countThrough(this.weekdaysOff, day) + countThrough(this.weekendsOn, day);
  }

  /** The day of the `n`-th working day after `day` (n ≥ 1), `day` itself not counted. */
  nthWorkingDayAfter(day: EpochDay, n: number): EpochDay {
    const target = this.workingDaysThrough(day) + n;
    // Every week has five weekdays and the listed days off are few: double the span until it holds n working days.
    let span = n + 7;
    while (this.workingDaysThrough(day + span) < target) span *= 2;
    // Then the first day whose running count reaches the target.
    let lo = day;
    let hi = day + span;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (this.workingDaysThrough(mid) >= target) hi = mid;
      else lo = mid;
    }
    return hi;
  }
}
