/**
 * Calendar-day arithmetic in China Standard Time.
 *
 * A `LocalDate` is a "YYYY-MM-DD" string naming one day on the wall calendar in
 * China. Statutory periods are counted in such days, so all arithmetic happens on
 * them; instants (`Date`) are only converted at the edges.
 */

/** A calendar day in China Standard Time, formatted "YYYY-MM-DD". */
export type LocalDate = string;

const MS_PER_DAY = 86_400_000;
/** China Standard Time is UTC+8 all year: no daylight saving since 1991. */
const CST_OFFSET_MS = 8 * 3_600_000;
const DASH = 45;
const ZERO = 48;

/** Days since 1970-01-01 (negative before). Clocks and calendars count on these: plain integers, no parsing per step. */
export type EpochDay = number;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic over 400-year eras
 * (H. Hinnant's days_from_civil): what Date.UTC gives, without allocating a Date.
 * `month` may run past 1–12; it carries into the year.
 */
function epochDay(year: number, month: number, day: number): EpochDay {
  const monthIndex = year * 12 + (month - 1);
  const y0 = Math.floor(monthIndex / 12);
  const m = monthIndex - y0 * 12 + 1;
  // Years start in March, so a leap day is the last day of its year.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** "YYYY-MM-DD" of an epoch day (H. Hinnant's civil_from_days); as Date#toISOString writes it. */
export function fromEpochDay(days: EpochDay): LocalDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Outside 0000–9999 ISO strings take a sign and six digits: keep Date's own spelling (or its RangeError).
  if (year < 0 || year > 9999) return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** Digits at `from`…`from + length - 1` of `value`, or NaN when one is not an ASCII digit. */
function digits(value: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const d = value.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** Year, month and day of a "YYYY-MM-DD" string (digits only, exactly that shape), unchecked as a calendar date. */
function parts(value: string): { year: number; month: number; day: number } | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  return Number.isNaN(year + month + day) ? undefined : { year, month, day };
}

/** True when `value` is "YYYY-MM-DD" and names a real calendar day (no Feb 30). */
export function isLocalDate(value: string): boolean {
  const p = parts(value);
  return p !== undefined && p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
}

function checkedParts(date: LocalDate): { year: number; month: number; day: number } {
  const p = parts(date);
  if (p === undefined || p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth(p.year, p.month)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  }
  return p;
}

/** The epoch day of a local date; RangeError when it is not one. */
export function toEpochDay(date: LocalDate): EpochDay {
  const p = checkedParts(date);
  return epochDay(p.year, p.month, p.day);
}

export function daysInMonth(year: number, month: number): number {
  return epochDay(year, month + 1, 1) - epochDay(year, month, 1);
}

/** The CST calendar day on which an instant (ms since 1970) falls, as an epoch day. */
export function epochDayOf(time: number): EpochDay {
  return Math.floor((time + CST_OFFSET_MS) / MS_PER_DAY);
}

/** The CST calendar day on which `instant` falls. */
export function toLocalDate(instant: Date): LocalDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError("Invalid Date");
  return fromEpochDay(epochDayOf(time));
}

/** 00:00:00.000 CST of `date`. */
export function startOfLocalDay(date: LocalDate): Date {
  return startOfEpochDay(toEpochDay(date));
}

export function startOfEpochDay(day: EpochDay): Date {
  return new Date(day * MS_PER_DAY - CST_OFFSET_MS);
}

/** 23:59:59.999 CST of `date`: a deadline day lasts until its last millisecond. */
export function endOfLocalDay(date: LocalDate): Date {
  return endOfEpochDay(toEpochDay(date));
}

export function endOfEpochDay(day: EpochDay): Date {
  return new Date((day + 1) * MS_PER_DAY - CST_OFFSET_MS - 1);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Same day-of-month `months` later, clamped to the month end when that day does
 * not exist (Civil Code art. 202: no corresponding day → the last day of the month).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const p = checkedParts(date);
  const monthIndex = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return fromEpochDay(epochDay(year, month, Math.min(p.day, daysInMonth(year, month))));
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function dayOfWeek(date: LocalDate): number {
  return weekdayOf(toEpochDay(date));
}

/** 0 = Sunday … 6 = Saturday of an epoch day. */
export function weekdayOf(day: EpochDay): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}
