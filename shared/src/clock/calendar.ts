import { addDays, dayOfWeek, isLocalDate, type LocalDate } from "./local-date.js";

/** One published version of a holiday schedule, kept as data so it can be replaced without a code change. */
export interface HolidayCalendarData {
  /** Recorded next to computed deadlines so a result can be traced to the schedule used. */
  version: string;
  effectiveFrom: LocalDate;
  /** Days off: statutory holidays and the weekdays swapped into them (放假调休). */
  holidays: readonly LocalDate[];
  /** Weekend days that are working days because of a swap (调休上班). */
  makeUpWorkdays: readonly LocalDate[];
}

/**
 * Which days are working days. Outside the listed dates the ordinary rule applies:
 * Monday to Friday work, Saturday and Sunday off.
 */
export class HolidayCalendar {
  readonly version: string;
  readonly effectiveFrom: LocalDate;
  private readonly holidays: ReadonlySet<LocalDate>;
  private readonly makeUpWorkdays: ReadonlySet<LocalDate>;

  constructor(data: HolidayCalendarData) {
    // Bad data would silently move legal deadlines, so reject it when the calendar is built.
    for (const date of [data.effectiveFrom, ...data.holidays, ...data.makeUpWorkdays]) {
      if (!isLocalDate(date)) throw new RangeError(`Holiday calendar ${data.version}: "${date}" is not a calendar date`);
    }
    const clash = data.holidays.find((date) => data.makeUpWorkdays.includes(date));
    if (clash !== undefined) {
      throw new RangeError(`Holiday calendar ${data.version}: ${clash} is both a holiday and a make-up workday`);
    }
    this.version = data.version;
    this.effectiveFrom = data.effectiveFrom;
    this.holidays = new Set(data.holidays);
    this.makeUpWorkdays = new Set(data.makeUpWorkdays);
  }

  isWorkingDay(date: LocalDate): boolean {
    if (this.holidays.has(date)) return false;
    if (this.makeUpWorkdays.has(date)) return true;
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6;
  }

  /** `date` itself when it is a working day, otherwise the next working day after it. */
  firstWorkingDayFrom(date: LocalDate): LocalDate {
    let day = date;
    while (!this.isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }
}
