import { join } from "node:path";
import { HolidayCalendar, type HolidayCalendarData } from "./calendar.js";
import { holidayCalendarData, readHolidayTable } from "./holiday-table.js";

/**
 * CONFIGURATION, NOT LAW: China's public holidays and make-up workdays (调休) as published by the General
 * Office of the State Council each November for the next year, read from `holidays/` (docs/calendar.md).
 * A year without its notice is provisional: weekends and the fixed statutory holidays only.
 */
export const CN_HOLIDAY_DATA: HolidayCalendarData = holidayCalendarData(
  readHolidayTable(join(import.meta.dirname, "holidays")),
);

export const CN_HOLIDAY_CALENDAR = new HolidayCalendar(CN_HOLIDAY_DATA);
