import { describe, expect, it } from "vitest";
import { join } from "node:path";
import {
  ClockError,
  computeClock,
  extendClock,
  provisionalYearsOfStarts,
  type ClockRecord,
  type ClockSpec,
} from "./clock.js";
import { HolidayCalendar } from "./calendar.js";
import { holidayCalendarData, readHolidayTable, type OfficialHolidayYear } from "./holiday-table.js";
import { CN_HOLIDAY_CALENDAR as calendar } from "./holidays-cn.js";

/** An instant given as China wall-clock time. */
const cst = (wallTime: string): Date => new Date(`${wallTime}+08:00`);

const record = (startedAt: Date, extra: Partial<ClockRecord> = {}): ClockRecord => ({
  startedAt,
  pauses: [],
  extensions: [],
  ...extra,
});

const days = (length: number, extra: Partial<ClockSpec> = {}): ClockSpec => ({
  kind: "peopleMediation",
  length,
  unit: "naturalDays",
  ...extra,
});

function expectClockError(action: () => unknown, code: ClockError["code"]): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ClockError);
    expect((error as ClockError).code).toBe(code);
    expect((error as ClockError).messageZh).not.toBe("");
    return;
  }
  expect.fail(`expected ClockError ${code}`);
}

describe("natural-day clocks", () => {
  it("does not count the start day and ends at 23:59:59.999 CST of the last day", () => {
    // Monday 2026-03-02 + 7 days = Monday 2026-03-09.
    const status = computeClock(days(7), record(cst("2026-03-02T10:00:00")), cst("2026-03-03T09:00:00"), calendar);
    expect(status.deadlineDate).toBe("2026-03-09");
    expect(status.deadline.toISOString()).toBe("2026-03-09T15:59:59.999Z");
    expect(status.remainingDays).toBe(6);
    expect(status.state).toBe("RUNNING");
    expect(status.pausedDays).toBe(0);
    expect(status.extendedDays).toBe(0);
    expect(status.calendarVersion).toBe("CN-2025-2026+provisional-2028");
    expect(status.provisionalCalendar).toBe(false);
  });

  it("starts from the CST date, not the UTC date, just before and after midnight", () => {
    // 15:30Z is 23:30 CST on 1 March: counting starts on 2 March.
    const lateEvening = computeClock(
      days(15),
      record(new Date("2026-03-01T15:30:00Z")),
      cst("2026-03-02T09:00:00"),
      calendar,
    );
    expect(lateEvening.deadlineDate).toBe("2026-03-16");
    // 16:30Z on 1 March is already 00:30 CST on 2 March: one day later.
    const afterMidnight = computeClock(
      days(15),
      record(new Date("2026-03-01T16:30:00Z")),
      cst("2026-03-02T09:00:00"),
      calendar,
    );
    expect(afterMidnight.deadlineDate).toBe("2026-03-17");
  });

  it("is due until the last CST millisecond of the deadline day and overdue from the next CST midnight", () => {
    const spec = days(15);
    const started = record(cst("2026-03-01T23:30:00"));
    const lastMoment = computeClock(spec, started, new Date("2026-03-16T15:59:59.999Z"), calendar);
    expect(lastMoment.remainingDays).toBe(0);
    expect(lastMoment.state).toBe("RUNNING");
    const nextMidnight = computeClock(spec, started, new Date("2026-03-16T16:00:00.000Z"), calendar);
    expect(nextMidnight.remainingDays).toBe(-1);
    expect(nextMidnight.state).toBe("OVERDUE");
  });

  it("moves a deadline falling on a weekend to Monday", () => {
    // Wednesday 2026-03-04 + 10 = Saturday 2026-03-14 → Monday 2026-03-16.
    const status = computeClock(days(10), record(cst("2026-03-04T10:00:00")), cst("2026-03-04T10:00:00"), calendar);
    expect(status.deadlineDate).toBe("2026-03-16");
    expect(status.remainingDays).toBe(12);
  });

  it("moves a 15-day clock ending inside the 2026 National Day holiday to the first working day after it", () => {
    // 2026-09-17 + 15 = 2026-10-02, inside the 1–7 October holiday → Thursday 8 October.
    const status = computeClock(days(15), record(cst("2026-09-17T14:00:00")), cst("2026-09-18T09:00:00"), calendar);
    expect(status.deadlineDate).toBe("2026-10-08");
  });

  it("moves a clock ending inside the 2025 eight-day National Day holiday to 9 October", () => {
    // 2025-09-22 + 15 = 2025-10-07; the holiday runs to 8 October.
    const status = computeClock(days(15), record(cst("2025-09-22T14:00:00")), cst("2025-09-22T14:00:00"), calendar);
    expect(status.deadlineDate).toBe("2025-10-09");
  });

  it("keeps a deadline that falls on a make-up Saturday, which is a working day", () => {
    // 2026-09-25 + 15 = Saturday 2026-10-10, a make-up workday.
    expect(
      computeClock(days(15), record(cst("2026-09-25T10:00:00")), cst("2026-09-28T10:00:00"), calendar).deadlineDate,
    ).toBe("2026-10-10");
    // 2026-02-04 + 10 = Saturday 2026-02-14, a make-up workday before the Spring Festival.
    expect(
      computeClock(days(10), record(cst("2026-02-04T10:00:00")), cst("2026-02-04T10:00:00"), calendar).deadlineDate,
    ).toBe("2026-02-14");
  });

  it("honours a different calendar version and reports it", () => {
    const noHolidays = new HolidayCalendar({
      version: "weekends-only",
      effectiveFrom: "2026-01-01",
      holidays: [],
      makeUpWorkdays: [],
    });
    const status = computeClock(days(15), record(cst("2026-09-17T14:00:00")), cst("2026-09-18T09:00:00"), noHolidays);
    expect(status.deadlineDate).toBe("2026-10-02");
    expect(status.calendarVersion).toBe("weekends-only");
  });

  it("ends on the start day itself for a zero-length clock on a working day", () => {
    expect(
      computeClock(days(0), record(cst("2026-03-03T10:00:00")), cst("2026-03-03T10:00:00"), calendar).deadlineDate,
    ).toBe("2026-03-03");
  });
});

describe("month clocks", () => {
  const months = (length: number): ClockSpec => ({ kind: "peopleMediation", length, unit: "months" });

  it("ends on the same day of the month", () => {
    expect(
      computeClock(months(1), record(cst("2026-07-15T10:00:00")), cst("2026-07-15T10:00:00"), calendar).deadlineDate,
    ).toBe(
      "2026-08-17", // 15 August 2026 is a Saturday → Monday 17th
    );
    expect(
      computeClock(months(3), record(cst("2026-03-31T10:00:00")), cst("2026-03-31T10:00:00"), calendar).deadlineDate,
    ).toBe("2026-06-30");
  });

  it("clamps 31 January + 1 month to the end of February (a 2026 make-up Saturday)", () => {
    const status = computeClock(months(1), record(cst("2026-01-31T10:00:00")), cst("2026-02-01T10:00:00"), calendar);
    expect(status.deadlineDate).toBe("2026-02-28");
  });

  it("clamps to 29 February in a leap year", () => {
    expect(
      computeClock(months(1), record(cst("2028-01-31T10:00:00")), cst("2028-01-31T10:00:00"), calendar).deadlineDate,
    ).toBe("2028-02-29");
  });

  it("clamps to 28 February in 2025 and leaves a Friday alone", () => {
    expect(
      computeClock(months(1), record(cst("2025-01-31T10:00:00")), cst("2025-01-31T10:00:00"), calendar).deadlineDate,
    ).toBe("2025-02-28");
  });

  it("rolls a month end falling in a holiday forward", () => {
    // 1 September + 1 month = 1 October 2026, National Day → 8 October.
    expect(
      computeClock(months(1), record(cst("2026-09-01T10:00:00")), cst("2026-09-01T10:00:00"), calendar).deadlineDate,
    ).toBe("2026-10-08");
  });

  it("adds extension days after the months", () => {
    const extended = record(cst("2026-03-31T10:00:00"), {
      extensions: [{ days: 10, approvedBy: "院长", reason: "案情复杂", at: cst("2026-06-01T10:00:00") }],
    });
    // 30 June + 10 days = Friday 10 July.
    expect(computeClock(months(3), extended, cst("2026-06-01T10:00:00"), calendar).deadlineDate).toBe("2026-07-10");
  });
});

describe("working-day clocks", () => {
  const workingDays = (length: number): ClockSpec => ({ kind: "peopleMediation", length, unit: "workingDays" });

  it("counts only working days, including a make-up Saturday, across the 2026 Spring Festival", () => {
    // From Friday 13 Feb: Sat 14 (make-up) 1, then 15–23 off, Tue 24 … Fri 27 = 2..5.
    const status = computeClock(
      workingDays(5),
      record(cst("2026-02-13T16:00:00")),
      cst("2026-02-13T16:00:00"),
      calendar,
    );
    expect(status.deadlineDate).toBe("2026-02-27");
  });

  it("gives 26 March 2026 for 30 working days of medical mediation accepted on 6 February", () => {
    // Feb 9–13 (5), Sat 14 (1), Feb 24–27 (4), Sat 28 (1), then March: 2–6, 9–13, 16–20 (15), 23–26 (4) = 30.
    const status = computeClock(
      workingDays(30),
      record(cst("2026-02-06T10:00:00")),
      cst("2026-02-06T10:00:00"),
      calendar,
    );
    expect(status.deadlineDate).toBe("2026-03-26");
    expect(status.remainingDays).toBe(48);
  });

  it("counts extension days as working days", () => {
    const extended = record(cst("2026-02-13T16:00:00"), {
      extensions: [{ days: 2, approvedBy: "主任", reason: "补充调查", at: cst("2026-02-24T10:00:00") }],
    });
    // Two more working days after Friday 27 Feb: Saturday 28 (make-up) and Monday 2 March.
    expect(computeClock(workingDays(5), extended, cst("2026-02-24T10:00:00"), calendar).deadlineDate).toBe(
      "2026-03-02",
    );
  });

  it("skips working days covered by a pause (appraisal time excluded)", () => {
    // 5 working days from Mon 2 March ends Mon 9 March; paused 3–5 March drops Wed 4 and Thu 5.
    const paused = record(cst("2026-03-02T10:00:00"), {
      pauses: [{ from: cst("2026-03-03T10:00:00"), to: cst("2026-03-05T16:00:00"), reason: "医疗损害鉴定" }],
    });
    const status = computeClock(workingDays(5), paused, cst("2026-03-06T10:00:00"), calendar);
    expect(status.deadlineDate).toBe("2026-03-11");
    expect(status.pausedDays).toBe(2);
  });
});

describe("pauses", () => {
  const legalAid = days(7);
  const started = cst("2026-03-02T10:00:00"); // Monday; unpaused deadline Monday 9 March

  it("pushes the deadline by the local days of a closed pause", () => {
    // Paused Wednesday 4 March 09:00 to Tuesday 10 March 15:00: 6 local days (5th–10th).
    const paused = record(started, {
      pauses: [{ from: cst("2026-03-04T09:00:00"), to: cst("2026-03-10T15:00:00"), reason: "补充材料" }],
    });
    const status = computeClock(legalAid, paused, cst("2026-03-11T09:00:00"), calendar);
    expect(status.pausedDays).toBe(6);
    // 9 March + 6 = Sunday 15 March → Monday 16 March.
    expect(status.deadlineDate).toBe("2026-03-16");
    expect(status.state).toBe("RUNNING");
  });

  it("ignores a pause opened and closed on the same local day", () => {
    const paused = record(started, {
      pauses: [{ from: cst("2026-03-04T09:00:00"), to: cst("2026-03-04T17:00:00"), reason: "补充材料" }],
    });
    const status = computeClock(legalAid, paused, cst("2026-03-05T09:00:00"), calendar);
    expect(status.pausedDays).toBe(0);
    expect(status.deadlineDate).toBe("2026-03-09");
  });

  it("counts an open pause up to now, reports PAUSED and freezes the remaining days", () => {
    const paused = record(started, { pauses: [{ from: cst("2026-03-04T09:00:00"), reason: "补充材料" }] });
    const early = computeClock(legalAid, paused, cst("2026-03-06T12:00:00"), calendar);
    const later = computeClock(legalAid, paused, cst("2026-03-20T12:00:00"), calendar);
    expect(early.state).toBe("PAUSED");
    expect(later.state).toBe("PAUSED");
    expect(early.remainingDays).toBe(5);
    expect(later.remainingDays).toBe(5);
    expect(later.pausedDays).toBe(16);
    expect(later.deadlineDate).toBe("2026-03-25");
  });

  it("counts overlapping pauses once", () => {
    const paused = record(started, {
      pauses: [
        { from: cst("2026-03-04T09:00:00"), to: cst("2026-03-07T09:00:00"), reason: "补充材料" },
        { from: cst("2026-03-05T09:00:00"), to: cst("2026-03-08T09:00:00"), reason: "鉴定" },
      ],
    });
    const status = computeClock(legalAid, paused, cst("2026-03-09T09:00:00"), calendar);
    expect(status.pausedDays).toBe(4); // 5th–8th
    expect(status.deadlineDate).toBe("2026-03-13");
  });

  it("cannot revive a clock that was already overdue when the pause began", () => {
    const paused = record(started, { pauses: [{ from: cst("2026-03-12T09:00:00"), reason: "鉴定" }] });
    const status = computeClock(legalAid, paused, cst("2026-03-14T09:00:00"), calendar);
    expect(status.deadlineDate).toBe("2026-03-09");
    expect(status.pausedDays).toBe(0);
    expect(status.state).toBe("OVERDUE");
  });

  it("rejects a pause that ends before it begins", () => {
    const bad = record(started, {
      pauses: [{ from: cst("2026-03-05T09:00:00"), to: cst("2026-03-04T09:00:00"), reason: "鉴定" }],
    });
    expectClockError(() => computeClock(legalAid, bad, cst("2026-03-06T09:00:00"), calendar), "INVALID_RECORD");
  });
});

describe("states and thresholds", () => {
  const spec = days(15, { dueSoonDays: 3, veryOverdueDays: 10 });
  const started = record(cst("2026-03-01T10:00:00")); // deadline Monday 16 March

  it.each([
    ["2026-03-12T10:00:00", 4, "RUNNING"],
    ["2026-03-13T10:00:00", 3, "DUE_SOON"],
    ["2026-03-16T23:00:00", 0, "DUE_SOON"],
    ["2026-03-17T00:00:01", -1, "OVERDUE"],
    ["2026-03-26T10:00:00", -10, "OVERDUE"],
    ["2026-03-27T10:00:00", -11, "VERY_OVERDUE"],
  ] as const)("at %s CST: %i days remaining, %s", (now, remaining, state) => {
    const status = computeClock(spec, started, cst(now), calendar);
    expect(status.remainingDays).toBe(remaining);
    expect(status.state).toBe(state);
  });

  it("has no DUE_SOON or VERY_OVERDUE state without thresholds", () => {
    expect(computeClock(days(15), started, cst("2026-03-16T10:00:00"), calendar).state).toBe("RUNNING");
    expect(computeClock(days(15), started, cst("2026-12-31T10:00:00"), calendar).state).toBe("OVERDUE");
  });

  it("rejects malformed specs", () => {
    expectClockError(() => computeClock(days(-1), started, cst("2026-03-02T10:00:00"), calendar), "INVALID_SPEC");
    expectClockError(() => computeClock(days(1.5), started, cst("2026-03-02T10:00:00"), calendar), "INVALID_SPEC");
    expectClockError(
      () => computeClock(days(15, { dueSoonDays: -2 }), started, cst("2026-03-02T10:00:00"), calendar),
      "INVALID_SPEC",
    );
  });

  it("rejects an invalid now", () => {
    expectClockError(() => computeClock(spec, started, new Date("nonsense"), calendar), "INVALID_RECORD");
  });
});

describe("stopped clocks", () => {
  const spec = days(15, { dueSoonDays: 3, veryOverdueDays: 10 });

  it("reports STOPPED and on time when concluded on the deadline day", () => {
    const stopped = record(cst("2026-03-01T10:00:00"), { stoppedAt: cst("2026-03-16T23:00:00") });
    const status = computeClock(spec, stopped, cst("2026-05-01T10:00:00"), calendar);
    expect(status.state).toBe("STOPPED");
    expect(status.remainingDays).toBe(0);
    expect(status.state === "STOPPED" && status.onTime).toBe(true);
  });

  it("reports STOPPED and late, with remaining days as of the stop, when concluded after the deadline", () => {
    const stopped = record(cst("2026-03-01T10:00:00"), { stoppedAt: cst("2026-03-18T09:00:00") });
    const status = computeClock(spec, stopped, cst("2026-12-01T10:00:00"), calendar);
    expect(status.state).toBe("STOPPED");
    expect(status.remainingDays).toBe(-2);
    expect(status.state === "STOPPED" && status.onTime).toBe(false);
  });

  it("counts an open pause only up to the stop", () => {
    const stopped = record(cst("2026-03-02T10:00:00"), {
      pauses: [{ from: cst("2026-03-04T09:00:00"), reason: "鉴定" }],
      stoppedAt: cst("2026-03-06T09:00:00"),
    });
    const status = computeClock(days(7), stopped, cst("2026-06-01T10:00:00"), calendar);
    expect(status.pausedDays).toBe(2);
    expect(status.deadlineDate).toBe("2026-03-11");
    expect(status.state).toBe("STOPPED");
  });

  it("rejects a stop before the start", () => {
    const bad = record(cst("2026-03-02T10:00:00"), { stoppedAt: cst("2026-03-01T10:00:00") });
    expectClockError(() => computeClock(spec, bad, cst("2026-03-03T10:00:00"), calendar), "INVALID_RECORD");
  });
});

describe("extensions", () => {
  const petitionHandling = days(60, { maxExtensionDays: 30 });
  const started = record(cst("2026-03-02T10:00:00"));
  const extension = (n: number) => ({
    days: n,
    approvedBy: "县信访局局长",
    reason: "情况复杂，已告知信访人",
    at: cst("2026-04-20T10:00:00"),
  });

  it("adds approved days to the deadline", () => {
    // 2 March + 60 = 1 May (Labour Day holiday) → Wednesday 6 May.
    expect(computeClock(petitionHandling, started, cst("2026-04-20T10:00:00"), calendar).deadlineDate).toBe(
      "2026-05-06",
    );
    const extended = extendClock(petitionHandling, started, extension(30));
    const status = computeClock(petitionHandling, extended, cst("2026-04-20T10:00:00"), calendar);
    // 2 March + 90 = Sunday 31 May → Monday 1 June.
    expect(status.deadlineDate).toBe("2026-06-01");
    expect(status.extendedDays).toBe(30);
  });

  it("allows several extensions up to the cap and returns a new record each time", () => {
    const once = extendClock(petitionHandling, started, extension(20));
    const twice = extendClock(petitionHandling, once, extension(10));
    expect(started.extensions).toHaveLength(0);
    expect(once.extensions).toHaveLength(1);
    expect(twice.extensions.map((e) => e.days)).toEqual([20, 10]);
    expectClockError(() => extendClock(petitionHandling, twice, extension(1)), "EXTENSION_EXCEEDS_MAX");
  });

  it("refuses a single extension beyond the cap", () => {
    expectClockError(() => extendClock(petitionHandling, started, extension(31)), "EXTENSION_EXCEEDS_MAX");
  });

  it("refuses any extension when the cap is 0", () => {
    expectClockError(
      () => extendClock(days(15, { maxExtensionDays: 0 }), started, extension(1)),
      "EXTENSION_EXCEEDS_MAX",
    );
  });

  it("allows extensions without a fixed cap when none is set", () => {
    const extended = extendClock(days(30), started, extension(90));
    expect(extended.extensions[0]?.days).toBe(90);
  });

  it("requires an approver and a reason, and trims them", () => {
    expectClockError(
      () => extendClock(petitionHandling, started, { ...extension(5), approvedBy: "  " }),
      "MISSING_APPROVER",
    );
    expectClockError(() => extendClock(petitionHandling, started, { ...extension(5), reason: "" }), "MISSING_REASON");
    const extended = extendClock(petitionHandling, started, {
      ...extension(5),
      approvedBy: " 主任 ",
      reason: " 需调查 ",
    });
    expect(extended.extensions[0]).toMatchObject({ approvedBy: "主任", reason: "需调查" });
  });

  it("requires a whole positive number of days and a valid date", () => {
    expectClockError(() => extendClock(petitionHandling, started, extension(0)), "INVALID_EXTENSION");
    expectClockError(() => extendClock(petitionHandling, started, extension(2.5)), "INVALID_EXTENSION");
    expectClockError(
      () => extendClock(petitionHandling, started, { ...extension(5), at: new Date("x") }),
      "INVALID_EXTENSION",
    );
  });

  it("refuses to extend a stopped clock", () => {
    const stopped = { ...started, stoppedAt: cst("2026-04-01T10:00:00") };
    expectClockError(() => extendClock(petitionHandling, stopped, extension(5)), "CLOCK_STOPPED");
  });

  it("rejects a stored record whose extension days are not positive", () => {
    const bad = record(cst("2026-03-02T10:00:00"), { extensions: [{ ...extension(5), days: -5 }] });
    expectClockError(() => computeClock(petitionHandling, bad, cst("2026-03-03T10:00:00"), calendar), "INVALID_RECORD");
  });
});

describe("provisional calendar (a year without its holiday notice)", () => {
  const medical: ClockSpec = { kind: "medicalMediation", length: 30, unit: "workingDays", maxExtensionDays: 0 };
  const acceptedAt = cst("2026-12-28T10:00:00"); // Monday

  it("skips New Year's Day and the 2027 Spring Festival days (除夕 to 初三) and says provisional", () => {
    // Dec 29–31: 3; Jan 1 off; Jan 4–29: 20 (23); Feb 1–4: 4 (27); Fri 5 (除夕) and Mon 8 (初三) off;
    // Feb 9, 10, 11: 30. Weekends alone would give Monday 8 February.
    const status = computeClock(medical, record(acceptedAt), cst("2027-01-05T09:00:00"), calendar);
    expect(status.deadlineDate).toBe("2027-02-11");
    expect(calendar.isWorkingDay("2027-02-05")).toBe(false);
    expect(calendar.isWorkingDay("2027-02-08")).toBe(false);
    expect(status.provisionalCalendar).toBe(true);
    expect(status.provisionalYears).toEqual([2027]);
  });

  it("is not provisional for a clock that stays within 2026", () => {
    const status = computeClock(medical, record(cst("2026-10-12T10:00:00")), cst("2026-10-13T09:00:00"), calendar);
    expect(status.deadlineDate).toBe("2026-11-23");
    expect(status.provisionalCalendar).toBe(false);
    expect(status.provisionalYears).toEqual([]);
  });

  it("is provisional when only the move off a holiday reaches 2027 (natural days)", () => {
    // 3 days from Monday 28 December end on Thursday 31 December: still 2026, final.
    expect(computeClock(days(3), record(acceptedAt), acceptedAt, calendar).provisionalCalendar).toBe(false);
    // 4 days end on 1 January 2027 (元旦), moved to Monday 4 January.
    const status = computeClock(days(4), record(acceptedAt), acceptedAt, calendar);
    expect(status.deadlineDate).toBe("2027-01-04");
    expect(status.provisionalYears).toEqual([2027]);
  });

  it("is final once the year's notice is in the table (a made-up fixture notice, not the real 2027 one)", () => {
    const table = readHolidayTable(join(import.meta.dirname, "holidays"));
    const fixture2027: OfficialHolidayYear = {
      year: 2027,
      source: { title: "测试用通知（虚构） / test fixture, not a real notice", issuedOn: "2026-11-01" },
      holidays: [
        { name: "元旦", from: "2027-01-01", to: "2027-01-03" },
        { name: "春节", from: "2027-02-05", to: "2027-02-12" },
      ],
      makeUpWorkdays: [{ name: "春节", date: "2027-02-20" }],
    };
    const withNotice = new HolidayCalendar(
      holidayCalendarData({ ...table, official: [...table.official, fixture2027] }),
    );
    const status = computeClock(medical, record(acceptedAt), cst("2027-01-05T09:00:00"), withNotice);
    // Feb 1–4 as before (27); Feb 5–12 off; Mon 15 – Wed 17: 30.
    expect(status.deadlineDate).toBe("2027-02-17");
    expect(status.provisionalCalendar).toBe(false);
    expect(status.calendarVersion).toBe("CN-2025-2027+provisional-2028");
    // The year after is still provisional.
    expect(computeClock(days(400), record(acceptedAt), acceptedAt, withNotice).provisionalYears).toEqual([2028]);
  });

  it("tells which years clocks started over a period may reach", () => {
    const service = [days(1), days(20)];
    expect(provisionalYearsOfStarts(service, "2026-11-01", "2026-11-30", calendar)).toEqual([]);
    // Started on 31 December, a 20-day clock ends in January 2027.
    expect(provisionalYearsOfStarts(service, "2026-12-01", "2026-12-31", calendar)).toEqual([2027]);
    expect(provisionalYearsOfStarts(service, "2026-06-01", "2028-03-01", calendar)).toEqual([2027, 2028]);
  });

  it("makes no claim for a calendar written by hand without official years", () => {
    const handMade = new HolidayCalendar({
      version: "h",
      effectiveFrom: "2026-01-01",
      holidays: [],
      makeUpWorkdays: [],
    });
    expect(computeClock(days(400), record(acceptedAt), acceptedAt, handMade).provisionalCalendar).toBe(false);
  });
});
