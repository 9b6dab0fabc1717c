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
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01; setUTCFullYear avoids Date.UTC's 0..99 → 19xx mapping. */
function epochDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}

function fromEpochDay(days: number): LocalDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

function parts(value: string): { year: number; month: number; day: number } | undefined {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** True when `value` is "YYYY-MM-DD" and names a real calendar day (no Feb 30). */
export function isLocalDate(value: string): boolean {
  const p = parts(value);
  return p !== undefined && p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
}

function checkedParts(date: LocalDate): { year: number; month: number; day: number } {
  const p = parts(date);
  if (p === undefined || !isLocalDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  return p;
}

function toEpochDay(date: LocalDate): number {
  const p = checkedParts(date);
  return epochDay(p.year, p.month, p.day);
}

export function daysInMonth(year: number, month: number): number {
  return epochDay(year, month + 1, 1) - epochDay(year, month, 1);
}

/** The CST calendar day on which `instant` falls. */
export function toLocalDate(instant: Date): LocalDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError("Invalid Date");
  return new Date(time + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00:00.000 CST of `date`. */
export function startOfLocalDay(date: LocalDate): Date {
  return new Date(toEpochDay(date) * MS_PER_DAY - CST_OFFSET_MS);
}

/** 23:59:59.999 CST of `date`: a deadline day lasts until its last millisecond. */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date(startOfLocalDay(addDays(date, 1)).getTime() - 1);
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
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}
