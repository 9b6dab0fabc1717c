// China's holiday table as data, one file per year of official notice (holidays/official/<year>.json) and one
// file of festival dates (holidays/festival-dates.json). Adding a year is adding a file: no code change.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { HolidayCalendarData } from "./calendar.js";
import { addDays, daysBetween, isLocalDate, type LocalDate } from "./local-date.js";

/** One year as the State Council General Office's notice (国务院办公厅关于某年部分节假日安排的通知) sets it. */
export interface OfficialHolidayYear {
  year: number;
  source: { title: string; issuedOn: LocalDate };
  /** Ranges as the notice states them ("1月28日至2月4日"), both days included. */
  holidays: readonly { name: string; from: LocalDate; to: LocalDate }[];
  /** Weekend days worked because of a swap (调休上班). */
  makeUpWorkdays: readonly { name: string; date: LocalDate }[];
}

/** The days of one year's statutory holidays that move with the Chinese calendar or a solar term. */
export interface FestivalDates {
  /** 农历除夕 */
  springFestivalEve: LocalDate;
  /** 正月初一 */
  springFestival: LocalDate;
  /** 清明 (solar term) */
  qingming: LocalDate;
  /** 端午, 五月初五 */
  dragonBoat: LocalDate;
  /** 中秋, 八月十五 */
  midAutumn: LocalDate;
}

export interface FestivalDateTable {
  /** Where the dates come from. */
  about: string;
  years: Readonly<Record<string, FestivalDates>>;
}

export interface HolidayTable {
  official: readonly OfficialHolidayYear[];
  festivals: FestivalDateTable;
}

/**
 * 《全国年节及纪念日放假办法》 as amended by the State Council on 2024-11-10, in force from 2025: the holidays
 * for all citizens. A year without its notice gets these days and weekends, and no make-up workdays (调休 is
 * only known from the notice).
 */
export const STATUTORY_HOLIDAYS = {
  title: "全国年节及纪念日放假办法（2024年11月10日修订）",
  firstYear: 2025,
  /** Month-day of the fixed days: 元旦 1 day, 劳动节 2 days, 国庆节 3 days. */
  solarDays: ["01-01", "05-01", "05-02", "10-01", "10-02", "10-03"],
  /** 春节 4 days: 除夕, then 正月初一至初三. */
  springFestivalDaysFromNewYear: 3,
} as const;

/** The last year for which the fixed solar days are listed; the rules are likely amended long before. */
const LAST_LISTED_YEAR = 2099;

function span(first: LocalDate, last: LocalDate): LocalDate[] {
  return Array.from({ length: daysBetween(first, last) + 1 }, (_, i) => addDays(first, i));
}

/** Rejects data that would silently move deadlines: wrong year, bad dates, ranges backwards, a year twice. */
function checkTable(table: HolidayTable): void {
  const seen = new Set<number>();
  for (const year of table.official) {
    const where = `Holiday table ${year.year}`;
    if (!Number.isInteger(year.year) || seen.has(year.year)) throw new RangeError(`${where}: year missing or twice`);
    seen.add(year.year);
    if (!year.source?.title?.trim() || !isLocalDate(year.source.issuedOn ?? "")) {
      throw new RangeError(`${where}: the notice's title and date of issue are required`);
    }
    const dates = [...year.holidays.flatMap((h) => [h.from, h.to]), ...year.makeUpWorkdays.map((m) => m.date)];
    const bad = dates.find((date) => !isLocalDate(date) || Number(date.slice(0, 4)) !== year.year);
    if (bad !== undefined) throw new RangeError(`${where}: "${bad}" is not a date of ${year.year}`);
    const backwards = year.holidays.find((h) => h.to < h.from);
    if (backwards) throw new RangeError(`${where}: ${backwards.name} ends before it starts`);
  }
  const festivalKeys: (keyof FestivalDates)[] = [
    "springFestivalEve",
    "springFestival",
    "qingming",
    "dragonBoat",
    "midAutumn",
  ];
  for (const [year, dates] of Object.entries(table.festivals.years)) {
    for (const date of festivalKeys.map((key) => dates[key] ?? "missing")) {
      if (!isLocalDate(date) || date.slice(0, 4) !== year) {
        throw new RangeError(`Festival dates ${year}: "${date}" is not a date of ${year}`);
      }
    }
  }
}

/** Days off of a year without its notice: the statutory holidays that can be placed, nothing else. */
function provisionalDaysOff(year: number, festivals: FestivalDates | undefined): LocalDate[] {
  if (year < STATUTORY_HOLIDAYS.firstYear) return [];
  const days = STATUTORY_HOLIDAYS.solarDays.map((monthDay) => `${year}-${monthDay}`);
  if (festivals) {
    days.push(
      ...span(
        festivals.springFestivalEve,
        addDays(festivals.springFestival, STATUTORY_HOLIDAYS.springFestivalDaysFromNewYear - 1),
      ),
      festivals.qingming,
      festivals.dragonBoat,
      festivals.midAutumn,
    );
  }
  return days;
}

/**
 * The calendar's data: official years as their notices say, every later year provisional (statutory
 * holidays where their dates are known, fixed solar days beyond). Years before the first notice have
 * weekends only and are provisional too.
 */
export function holidayCalendarData(table: HolidayTable): HolidayCalendarData {
  checkTable(table);
  const official = [...table.official].sort((a, b) => a.year - b.year);
  const officialYears = official.map((y) => y.year);
  const first = officialYears[0] ?? STATUTORY_HOLIDAYS.firstYear;
  const holidays = new Set<LocalDate>();
  const makeUpWorkdays: LocalDate[] = [];
  for (let year = first; year <= LAST_LISTED_YEAR; year++) {
    const notice = official.find((y) => y.year === year);
    if (notice) {
      for (const range of notice.holidays) for (const day of span(range.from, range.to)) holidays.add(day);
      makeUpWorkdays.push(...notice.makeUpWorkdays.map((m) => m.date));
    } else {
      for (const day of provisionalDaysOff(year, table.festivals.years[year])) holidays.add(day);
    }
  }
  const festivalYears = Object.keys(table.festivals.years).map(Number);
  const officialPart = officialYears.length > 0 ? `${officialYears[0]}-${officialYears.at(-1)}` : "none";
  return {
    // Names what decided the days: the official years and the last year with festival dates.
    version: `CN-${officialPart}+provisional-${Math.max(...festivalYears, 0)}`,
    effectiveFrom: `${first}-01-01`,
    holidays: [...holidays].sort(),
    makeUpWorkdays,
    officialYears,
  };
}

/** Reads the table from its folder: every `official/<year>.json` and `festival-dates.json`. */
export function readHolidayTable(folder: string): HolidayTable {
  const officialFolder = join(folder, "official");
  const official = readdirSync(officialFolder)
    .filter((name) => /^\d{4}\.json$/.test(name))
    .map((name) => {
      const year = JSON.parse(readFileSync(join(officialFolder, name), "utf8")) as OfficialHolidayYear;
      if (`${year.year}.json` !== name) throw new RangeError(`Holiday table ${name}: holds the year ${year.year}`);
      return year;
    });
  const festivals = JSON.parse(readFileSync(join(folder, "festival-dates.json"), "utf8")) as FestivalDateTable;
  return { official, festivals };
}
