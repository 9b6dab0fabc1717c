// Trends (趋势) for the cockpit: counts per day, ISO week (Monday first) or calendar month in China
// time, over the scope's days, with empty buckets kept as zero so a chart's x-axis has no holes.
import { addDays, dayOfWeek, toLocalDate, type LocalDate } from "../clock/index.js";
import type { CockpitScope } from "./scope.js";

export type TrendGranularity = "DAY" | "WEEK" | "MONTH";

/** Longest trend served, in buckets: a year by day, ten years by week or month. */
export const MAX_TREND_BUCKETS = 530;

/** The first day of the bucket holding `day` (for a week: its Monday; for a month: the 1st). */
export function bucketStart(day: LocalDate, granularity: TrendGranularity): LocalDate {
  if (granularity === "DAY") return day;
  if (granularity === "MONTH") return `${day.slice(0, 8)}01`;
  return addDays(day, -((dayOfWeek(day) + 6) % 7));
}

/** Bucket starts covering the scope, first to last (the first may start before `from`). */
export function bucketStarts(scope: Pick<CockpitScope, "from" | "to">, granularity: TrendGranularity): LocalDate[] {
  const starts: LocalDate[] = [];
  for (let day = bucketStart(scope.from, granularity); day <= scope.to;) {
    starts.push(day);
    if (starts.length > MAX_TREND_BUCKETS)
      throw new RangeError(
        `a ${granularity} trend over ${scope.from}..${scope.to} has more than ${MAX_TREND_BUCKETS} points`,
      );
    day = granularity === "DAY" ? addDays(day, 1) : granularity === "WEEK" ? addDays(day, 7) : nextMonth(day);
  }
  return starts;
}

function nextMonth(first: LocalDate): LocalDate {
  const [y, m] = first.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

export interface TrendPoint {
  /** First day of the bucket (YYYY-MM-DD). */
  start: LocalDate;
  count: number;
}

/** Counts instants into buckets; instants outside the scope are ignored. */
export function trendOf(
  instants: Iterable<Date>,
  scope: Pick<CockpitScope, "from" | "to">,
  granularity: TrendGranularity,
): TrendPoint[] {
  const counts = new Map(bucketStarts(scope, granularity).map((start) => [start, 0]));
  for (const instant of instants) {
    const day = toLocalDate(instant);
    if (day < scope.from || day > scope.to) continue;
    const start = bucketStart(day, granularity);
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  return [...counts].map(([start, count]) => ({ start, count }));
}

/** Adds day counts (e.g. from SQL `GROUP BY day`) into buckets. */
export function trendFromDailyCounts(
  days: Iterable<{ day: LocalDate; count: number }>,
  scope: Pick<CockpitScope, "from" | "to">,
  granularity: TrendGranularity,
): TrendPoint[] {
  const counts = new Map(bucketStarts(scope, granularity).map((start) => [start, 0]));
  for (const { day, count } of days) {
    if (day < scope.from || day > scope.to) continue;
    const start = bucketStart(day, granularity);
    counts.set(start, (counts.get(start) ?? 0) + count);
  }
  return [...counts].map(([start, count]) => ({ start, count }));
}
