// Clocks in hours (首次响应 and the like): a working hour is one inside the office periods of a working day,
// 08:30–12:00 and 13:30–17:30 China time; an urgent matter counts clock hours instead. The holiday calendar
// decides which days are working days, as for clocks in days.
import type { HolidayCalendar } from "./calendar.js";
import { daysBetween, epochDayOf, startOfEpochDay, toLocalDate, type LocalDate } from "./local-date.js";
import type { ClockStatus } from "./clock.js";

const MINUTE_MS = 60_000;

/** Office periods of a working day, as [open, close) in minutes after China-time midnight. */
export const WORKING_PERIODS: readonly (readonly [number, number])[] = [
  [8 * 60 + 30, 12 * 60],
  [13 * 60 + 30, 17 * 60 + 30],
];

/** Working minutes in a whole working day (7.5 hours). */
export const WORKING_DAY_MINUTES = WORKING_PERIODS.reduce((sum, [open, close]) => sum + close - open, 0);

// Ten years of days: far beyond any clock in hours, and a bound on a loop over a calendar with no working day.
const MAX_DAYS = 3_660;

/** The instant `minutes` working minutes after `start` (the start itself counts only inside office hours). */
export function addWorkingMinutes(start: Date, minutes: number, calendar: HolidayCalendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Not a length of time: ${minutes} minutes`);
  let remaining = minutes;
  const first = epochDayOf(start.getTime());
  for (let day = first; day < first + MAX_DAYS; day++) {
    if (!calendar.isWorkingEpochDay(day)) continue;
    const midnight = startOfEpochDay(day).getTime();
    for (const [open, close] of WORKING_PERIODS) {
      const begin = Math.max(start.getTime(), midnight + open * MINUTE_MS);
      const end = midnight + close * MINUTE_MS;
      if (begin >= end) continue;
      const available = (end - begin) / MINUTE_MS;
      if (remaining <= available) return new Date(begin + remaining * MINUTE_MS);
      remaining -= available;
    }
  }
  throw new RangeError(`No working time within ${MAX_DAYS} days of ${start.toISOString()}`);
}

/** Working minutes from `from` to `to` (0 when `to` is not later). */
export function workingMinutesBetween(from: Date, to: Date, calendar: HolidayCalendar): number {
  let total = 0;
  const last = epochDayOf(to.getTime());
  for (let day = epochDayOf(from.getTime()); day <= last; day++) {
    if (!calendar.isWorkingEpochDay(day)) continue;
    const midnight = startOfEpochDay(day).getTime();
    for (const [open, close] of WORKING_PERIODS) {
      const begin = Math.max(from.getTime(), midnight + open * MINUTE_MS);
      const end = Math.min(to.getTime(), midnight + close * MINUTE_MS);
      if (end > begin) total += (end - begin) / MINUTE_MS;
    }
  }
  return total;
}

/** A clock in hours: how long, and whether it counts working hours or clock hours. */
export interface HoursClockSpec {
  minutes: number;
  /** Working hours (the office periods of working days), or every hour of every day (an urgent matter). */
  counts: "WORKING_HOURS" | "CLOCK_HOURS";
}

/**
 * The status of a clock in hours started at `startedAt`, stopped at `stoppedAt` when the awaited act
 * happened. Its deadline is the exact instant, not the end of a day; `remainingDays` counts China-time days
 * to the deadline's day, as for clocks in days. Clocks in hours are not paused or extended.
 */
export function hoursClockStatus(
  spec: HoursClockSpec,
  startedAt: Date,
  stoppedAt: Date | null,
  now: Date,
  calendar: HolidayCalendar,
): ClockStatus {
  const deadline =
    spec.counts === "CLOCK_HOURS"
      ? new Date(startedAt.getTime() + spec.minutes * MINUTE_MS)
      : addWorkingMinutes(startedAt, spec.minutes, calendar);
  const deadlineDate: LocalDate = toLocalDate(deadline);
  const at = stoppedAt ?? now;
  const provisionalYears = calendar.provisionalYearsOf(toLocalDate(startedAt), deadlineDate);
  const base = {
    deadline,
    deadlineDate,
    remainingDays: daysBetween(toLocalDate(at), deadlineDate),
    pausedDays: 0,
    extendedDays: 0,
    calendarVersion: calendar.version,
    provisionalCalendar: provisionalYears.length > 0,
    provisionalYears,
  };
  if (stoppedAt) return { ...base, state: "STOPPED", onTime: stoppedAt.getTime() <= deadline.getTime() };
  return { ...base, state: now.getTime() > deadline.getTime() ? "OVERDUE" : "RUNNING" };
}

/**
 * The latest start whose clock in hours is overdue at `now`: every clock started at or before it is overdue,
 * none started after it, because a deadline never moves earlier as its start moves later. Lets a query select
 * overdue clocks by their start, without storing deadlines.
 */
export function lastOverdueStart(spec: HoursClockSpec, now: Date, calendar: HolidayCalendar): Date {
  if (spec.counts === "CLOCK_HOURS") return new Date(now.getTime() - spec.minutes * MINUTE_MS - 1);
  const overdue = (start: number) =>
    addWorkingMinutes(new Date(start), spec.minutes, calendar).getTime() < now.getTime();
  // A start at `now` is never overdue; step back a week at a time (a long holiday) until one is.
  const week = 7 * 24 * 60 * MINUTE_MS;
  let notOverdue = now.getTime();
  let isOverdue = notOverdue - week;
  while (!overdue(isOverdue)) {
    notOverdue = isOverdue;
    isOverdue -= week;
  }
  while (notOverdue - isOverdue > 1) {
    const middle = Math.floor((isOverdue + notOverdue) / 2);
    if (overdue(middle)) isOverdue = middle;
    else notOverdue = middle;
  }
  return new Date(isOverdue);
}
