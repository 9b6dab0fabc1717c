// The calendar as the system sees it. Tests never name a year or a date that "now" falls in: they derive
// it from the instant the system used (a record's own timestamp) or from the clock when the test runs.
import { addDays, toLocalDate, type LocalDate } from "@onedoor/shared/clock/index";

/** The day (China time) of an instant, as every department dates its records. */
export const chinaDate = (instant: Date | string | number): LocalDate => toLocalDate(new Date(instant));

/** The year (China time) of an instant: the 收案年度 of a case number, the year digits of a 解纷码. */
export const chinaYear = (instant: Date | string | number): number => Number(chinaDate(instant).slice(0, 4));

/**
 * Cockpit days that hold whatever a test registers now: yesterday to tomorrow, China time, so a request that
 * crosses midnight (or the new year) still falls inside.
 */
export function daysAroundNow(): { from: LocalDate; to: LocalDate } {
  const today = chinaDate(Date.now());
  return { from: addDays(today, -1), to: addDays(today, 1) };
}

/** The day (China time) `days` before now: a date of a story that happened recently, whatever the year. */
export const chinaDaysAgo = (days: number): LocalDate => chinaDate(Date.now() - days * 86_400_000);
