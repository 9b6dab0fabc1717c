export {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  endOfLocalDay,
  isLocalDate,
  startOfLocalDay,
  toLocalDate,
  type LocalDate,
} from "./local-date.js";
export { HolidayCalendar, type HolidayCalendarData } from "./calendar.js";
export { CN_HOLIDAY_CALENDAR, CN_HOLIDAY_DATA } from "./holidays-cn.js";
export {
  holidayCalendarData,
  readHolidayTable,
  type FestivalDates,
  type FestivalDateTable,
  type HolidayTable,
  type OfficialHolidayYear,
} from "./holiday-table.js";
export {
  ClockError,
  computeClock,
  extendClock,
  provisionalYearsOfStarts,
  type ClockErrorCode,
  type ClockExtension,
  type ClockPause,
  type ClockRecord,
  type ClockSpec,
  type ClockState,
  type ClockStatus,
  type ClockUnit,
} from "./clock.js";
export { STATUTORY_CLOCKS, type StatutoryClockKey } from "./statutory.js";
export { CLOCK_KINDS, clockKindEnumName, type ClockKind } from "./clock-kinds.js";
