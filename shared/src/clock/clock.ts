import type { HolidayCalendar } from "./calendar.js";
import type { ClockKind } from "./clock-kinds.js";
import {
  addMonths,
  daysBetween,
  endOfEpochDay,
  epochDayOf,
  fromEpochDay,
  startOfLocalDay,
  type EpochDay,
  type LocalDate,
} from "./local-date.js";

export type ClockUnit = "naturalDays" | "workingDays" | "months";

export interface ClockSpec {
  kind: ClockKind;
  length: number;
  unit: ClockUnit;
  /** DUE_SOON once this many days or fewer remain. Local policy: without it there is no DUE_SOON state. */
  dueSoonDays?: number;
  /** VERY_OVERDUE once more than this many days late. Local policy: without it there is no VERY_OVERDUE state. */
  veryOverdueDays?: number;
  /**
   * Cap on the sum of all extensions. 0 = the law allows none; absent = no fixed cap
   * (e.g. pre-filing mediation extended by the parties' consent), approval still required.
   */
  maxExtensionDays?: number;
}

/** A period that does not count (appraisal, supplementing materials, hearing…). Open while `to` is absent. */
export interface ClockPause {
  from: Date;
  to?: Date;
  reason: string;
}

/** `days` are in the clock's counting unit: working days for a working-day clock, natural days otherwise. */
export interface ClockExtension {
  days: number;
  approvedBy: string;
  reason: string;
  at: Date;
}

export interface ClockRecord {
  startedAt: Date;
  pauses: readonly ClockPause[];
  extensions: readonly ClockExtension[];
  /** Set when the matter is concluded; the clock is then frozen at this instant. */
  stoppedAt?: Date;
}

export type ClockState = "RUNNING" | "PAUSED" | "DUE_SOON" | "OVERDUE" | "VERY_OVERDUE" | "STOPPED";

interface ClockStatusBase {
  /** 23:59:59.999 CST of `deadlineDate`: the whole last day is available. */
  deadline: Date;
  deadlineDate: LocalDate;
  /** Whole days from the local date of now (or of stoppedAt) to deadlineDate; negative when overdue. */
  remainingDays: number;
  /** Local days skipped because the clock was paused. */
  pausedDays: number;
  /** Sum of approved extensions, in the clock's counting unit. */
  extendedDays: number;
  /** Version of the holiday calendar used, so a stored deadline can be traced. */
  calendarVersion: string;
  /**
   * Some day from the start through the deadline lies in a year whose official holiday notice is not in
   * the calendar yet: the deadline may still move when it is published.
   */
  provisionalCalendar: boolean;
  /** Those years, ascending (empty when the calendar is final for the whole clock). */
  provisionalYears: readonly number[];
}

export type ClockStatus =
  | (ClockStatusBase & { state: Exclude<ClockState, "STOPPED"> })
  | (ClockStatusBase & { state: "STOPPED"; onTime: boolean });

export type ClockErrorCode =
  | "INVALID_SPEC"
  | "INVALID_RECORD"
  | "INVALID_EXTENSION"
  | "MISSING_APPROVER"
  | "MISSING_REASON"
  | "EXTENSION_EXCEEDS_MAX"
  | "CLOCK_STOPPED";

export class ClockError extends Error {
  override readonly name = "ClockError";
  readonly code: ClockErrorCode;
  /** Shown to staff, who work in Chinese. */
  readonly messageZh: string;

  constructor(code: ClockErrorCode, message: string, messageZh: string) {
    super(message);
    this.code = code;
    this.messageZh = messageZh;
  }
}

const isNonNegativeInteger = (n: number | undefined): boolean => n === undefined || (Number.isInteger(n) && n >= 0);
const isValidInstant = (d: Date | undefined): boolean => d === undefined || !Number.isNaN(d.getTime());

function assertSpec(spec: ClockSpec): void {
  const numbers = [spec.length, spec.dueSoonDays, spec.veryOverdueDays, spec.maxExtensionDays];
  if (!numbers.every(isNonNegativeInteger)) {
    throw new ClockError(
      "INVALID_SPEC",
      `Clock ${spec.kind}: lengths and thresholds must be whole numbers ≥ 0`,
      `时限 ${spec.kind} 的期限和阈值必须为非负整数`,
    );
  }
}

// Module-level helpers, not closures: the tsx runtime names every closure on each call, which costs in a hot path.
function invalid(why: string, whyZh: string): ClockError {
  return new ClockError("INVALID_RECORD", why, whyZh);
}

function assertRecord(record: ClockRecord, now: Date): void {
  const instants = [now, record.startedAt, record.stoppedAt, ...record.pauses.flatMap((p) => [p.from, p.to])];
  if (!instants.every(isValidInstant)) throw invalid("Clock record holds an invalid date", "时限记录中有无效的时间");
  if (record.stoppedAt && record.stoppedAt < record.startedAt) {
    throw invalid("Clock stopped before it started", "时限的结束时间早于开始时间");
  }
  if (record.pauses.some((p) => p.to !== undefined && p.to < p.from)) {
    throw invalid("A pause ends before it begins", "暂停的结束时间早于开始时间");
  }
  if (!record.extensions.every((e) => Number.isInteger(e.days) && e.days > 0)) {
    throw invalid("Extensions must be whole numbers of days > 0", "延长天数必须为正整数");
  }
}

/**
 * Days removed from the count, as ascending, disjoint, inclusive ranges of days after `startDay`.
 * Resuming is treated like a fresh start, whose day is not counted: a pause from day P to day Q
 * removes P+1 … Q, while day P still counts. An open pause runs until `asOfDay`.
 */
function pausedRanges(pauses: readonly ClockPause[], startDay: EpochDay, asOfDay: EpochDay): [EpochDay, EpochDay][] {
  const ranges = pauses
    .map((pause): [EpochDay, EpochDay] => [
      Math.max(epochDayOf(pause.from.getTime()) + 1, startDay + 1),
      pause.to ? epochDayOf(pause.to.getTime()) : asOfDay,
    ])
    .filter(([first, last]) => first <= last)
    .sort((a, b) => a[0] - b[0]);
  const merged: [EpochDay, EpochDay][] = [];
  for (const [first, last] of ranges) {
    const previous = merged.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

/** Counting days in (after, through]: every day, or working days only, by arithmetic (no day-by-day walk). */
function countingDaysBetween(
  workingDays: boolean,
  calendar: HolidayCalendar,
  after: EpochDay,
  through: EpochDay,
): number {
  return workingDays ? calendar.workingDaysThrough(through) - calendar.workingDaysThrough(after) : through - after;
}

function nthCountingDayAfter(workingDays: boolean, calendar: HolidayCalendar, after: EpochDay, n: number): EpochDay {
  return workingDays ? calendar.nthWorkingDayAfter(after, n) : after + n;
}

function runningState(spec: ClockSpec, record: ClockRecord, remainingDays: number): Exclude<ClockState, "STOPPED"> {
  if (remainingDays < 0) {
    return spec.veryOverdueDays !== undefined && -remainingDays > spec.veryOverdueDays ? "VERY_OVERDUE" : "OVERDUE";
  }
  if (record.pauses.some((p) => p.to === undefined)) return "PAUSED";
  if (spec.dueSoonDays !== undefined && remainingDays <= spec.dueSoonDays) return "DUE_SOON";
  return "RUNNING";
}

/**
 * Where a statutory clock stands at `now`.
 *
 * Rules on periods (期间) of the Civil Procedure Law and Civil Code arts. 201–203: the
 * start day is not counted; a period in months ends on the corresponding day (or the
 * month end); a period whose last day is a day off ends on the next working day.
 * Working-day clocks count working days only.
 */
export function computeClock(spec: ClockSpec, record: ClockRecord, now: Date, calendar: HolidayCalendar): ClockStatus {
  assertSpec(spec);
  assertRecord(record, now);
  const asOf = record.stoppedAt ?? now;
  const startDay = epochDayOf(record.startedAt.getTime());
  const asOfDay = epochDayOf(asOf.getTime());
  const extendedDays = record.extensions.reduce((sum, e) => sum + e.days, 0);
  const startDate = fromEpochDay(startDay);
  const baseDays = spec.unit === "months" ? daysBetween(startDate, addMonths(startDate, spec.length)) : spec.length;
  const countingDays = baseDays + extendedDays;

  const workingDays = spec.unit === "workingDays";
  // The last counted day: walk the gaps between pauses, each counted whole or where the count ends in it.
  let toCount = countingDays;
  let counted = startDay; // days through here are accounted for
  let pausedDays = 0;
  for (const [first, last] of pausedRanges(record.pauses, startDay, asOfDay)) {
    if (toCount === 0) break;
    const inGap = countingDaysBetween(workingDays, calendar, counted, first - 1);
    if (inGap >= toCount) break;
    toCount -= inGap;
    pausedDays += last - first + 1;
    counted = last;
  }
  const lastDay = toCount === 0 ? counted : nthCountingDayAfter(workingDays, calendar, counted, toCount);
  const deadlineDay = workingDays ? lastDay : calendar.firstWorkingEpochDayFrom(lastDay);
  const deadlineDate = fromEpochDay(deadlineDay);
  const remainingDays = deadlineDay - asOfDay;
  const provisionalYears = calendar.provisionalYearsBetween(startDay, deadlineDay);

  const base: ClockStatusBase = {
    deadline: endOfEpochDay(deadlineDay),
    deadlineDate,
    remainingDays,
    pausedDays,
    extendedDays,
    calendarVersion: calendar.version,
    provisionalCalendar: provisionalYears.length > 0,
    provisionalYears,
  };
  if (record.stoppedAt) return { ...base, state: "STOPPED", onTime: remainingDays >= 0 };
  return { ...base, state: runningState(spec, record, remainingDays) };
}

/**
 * Provisional years that clocks of these kinds may reach when started on any day from `first` through
 * `lastStart`: from `first` through the latest of their deadlines, without pauses or extensions (those only
 * a clock's own status can tell). For figures over a period, such as the cockpit's.
 */
export function provisionalYearsOfStarts(
  specs: readonly ClockSpec[],
  first: LocalDate,
  lastStart: LocalDate,
  calendar: HolidayCalendar,
): number[] {
  const startedAt = startOfLocalDay(lastStart);
  const latest = specs
    .map((spec) => computeClock(spec, { startedAt, pauses: [], extensions: [] }, startedAt, calendar).deadlineDate)
    .reduce((a, b) => (a > b ? a : b), lastStart);
  return calendar.provisionalYearsOf(first, latest);
}

/** A new record with `extension` added; throws ClockError when it is not allowed. */
export function extendClock(spec: ClockSpec, record: ClockRecord, extension: ClockExtension): ClockRecord {
  if (record.stoppedAt) {
    throw new ClockError(
      "CLOCK_STOPPED",
      `Clock ${spec.kind} has stopped and cannot be extended`,
      "时限已结束，不能延长",
    );
  }
  if (!Number.isInteger(extension.days) || extension.days <= 0 || !isValidInstant(extension.at)) {
    throw new ClockError(
      "INVALID_EXTENSION",
      "An extension needs a whole number of days > 0 and a valid date",
      "延长天数必须为正整数且日期有效",
    );
  }
  const approvedBy = extension.approvedBy.trim();
  const reason = extension.reason.trim();
  // The law ties every extension to a named approver and a reason given to the party.
  if (approvedBy === "") throw new ClockError("MISSING_APPROVER", "An extension needs an approver", "延长须有批准人");
  if (reason === "") throw new ClockError("MISSING_REASON", "An extension needs a reason", "延长须说明理由");
  const total = record.extensions.reduce((sum, e) => sum + e.days, extension.days);
  if (spec.maxExtensionDays !== undefined && total > spec.maxExtensionDays) {
    throw new ClockError(
      "EXTENSION_EXCEEDS_MAX",
      `Clock ${spec.kind}: extensions would total ${total} days, more than the ${spec.maxExtensionDays} allowed`,
      `延长合计 ${total} 日，超过法定上限 ${spec.maxExtensionDays} 日`,
    );
  }
  return { ...record, extensions: [...record.extensions, { ...extension, approvedBy, reason }] };
}
