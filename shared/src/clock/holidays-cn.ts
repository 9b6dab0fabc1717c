import { HolidayCalendar, type HolidayCalendarData } from "./calendar.js";
import { addDays, daysBetween, type LocalDate } from "./local-date.js";

/** Every day from `first` to `last`, both included, as the notices state ranges ("1月28日至2月4日"). */
function span(first: LocalDate, last: LocalDate): LocalDate[] {
  return Array.from({ length: daysBetween(first, last) + 1 }, (_, i) => addDays(first, i));
}

/**
 * CONFIGURATION, NOT LAW: China's public holidays and make-up workdays (调休) as
 * published by the General Office of the State Council each November for the next
 * year. Check this data against the notice every year and add the next year as a
 * new version before 1 January; dates not listed fall back to Monday–Friday.
 */
export const CN_HOLIDAY_DATA: HolidayCalendarData = {
  version: "CN-2025-2026",
  effectiveFrom: "2025-01-01",
  holidays: [
    // 国务院办公厅关于2025年部分节假日安排的通知 (2024-11-12)
    "2025-01-01", // 元旦
    ...span("2025-01-28", "2025-02-04"), // 春节
    ...span("2025-04-04", "2025-04-06"), // 清明节
    ...span("2025-05-01", "2025-05-05"), // 劳动节
    ...span("2025-05-31", "2025-06-02"), // 端午节
    ...span("2025-10-01", "2025-10-08"), // 国庆节、中秋节
    // 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)
    ...span("2026-01-01", "2026-01-03"), // 元旦
    ...span("2026-02-15", "2026-02-23"), // 春节
    ...span("2026-04-04", "2026-04-06"), // 清明节
    ...span("2026-05-01", "2026-05-05"), // 劳动节
    ...span("2026-06-19", "2026-06-21"), // 端午节
    ...span("2026-09-25", "2026-09-27"), // 中秋节
    ...span("2026-10-01", "2026-10-07"), // 国庆节
  ],
  makeUpWorkdays: [
    // 2025
    "2025-01-26",
    "2025-02-08", // 春节
    "2025-04-27", // 劳动节
    "2025-09-28",
    "2025-10-11", // 国庆节、中秋节
    // 2026
    "2026-01-04", // 元旦
    "2026-02-14",
    "2026-02-28", // 春节
    "2026-05-09", // 劳动节
    "2026-09-20",
    "2026-10-10", // 国庆节
  ],
};

export const CN_HOLIDAY_CALENDAR = new HolidayCalendar(CN_HOLIDAY_DATA);
