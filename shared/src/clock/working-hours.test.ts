import { describe, expect, it } from "vitest";
import { HolidayCalendar } from "./calendar.js";
import {
  addWorkingMinutes,
  hoursClockStatus,
  lastOverdueStart,
  WORKING_DAY_MINUTES,
  workingMinutesBetween,
} from "./working-hours.js";

// A schedule written for the test: a Wednesday off, and the Saturday after it worked (调休上班).
const CALENDAR = new HolidayCalendar({
  version: "test-1",
  effectiveFrom: "2026-01-01",
  holidays: ["2026-11-11"],
  makeUpWorkdays: ["2026-11-14"],
});
const at = (local: string) => new Date(`${local}+08:00`);

describe("working hours (08:30–12:00, 13:30–17:30 on working days)", () => {
  it("skip lunch, evenings, weekends and holidays, and count a make-up Saturday", () => {
    expect(WORKING_DAY_MINUTES).toBe(450);
    // Friday 17:00: half an hour today, the rest on Monday morning.
    expect(addWorkingMinutes(at("2026-11-06T17:00:00"), 60, CALENDAR)).toEqual(at("2026-11-09T09:00:00"));
    // Over lunch.
    expect(addWorkingMinutes(at("2026-11-09T11:30:00"), 60, CALENDAR)).toEqual(at("2026-11-09T14:00:00"));
    expect(addWorkingMinutes(at("2026-11-09T12:30:00"), 30, CALENDAR)).toEqual(at("2026-11-09T14:00:00"));
    // One working day from Tuesday 09:00 skips the Wednesday off.
    expect(addWorkingMinutes(at("2026-11-10T09:00:00"), WORKING_DAY_MINUTES, CALENDAR)).toEqual(
      at("2026-11-12T09:00:00"),
    );
    // Friday 16:30 + 2 hours: the make-up Saturday is a working day.
    expect(addWorkingMinutes(at("2026-11-13T16:30:00"), 120, CALENDAR)).toEqual(at("2026-11-14T09:30:00"));
    // A call on Sunday night is answered from Monday's opening.
    expect(addWorkingMinutes(at("2026-11-15T21:00:00"), 0, CALENDAR)).toEqual(at("2026-11-16T08:30:00"));
    expect(() => addWorkingMinutes(at("2026-11-16T08:30:00"), -1, CALENDAR)).toThrow(RangeError);
  });

  it("measure back exactly what they added, from any start", () => {
    // A fixed sequence of starts (every 37 minutes over three weeks) and lengths: no randomness, no today.
    const first = at("2026-11-02T00:00:00").getTime();
    for (let i = 0; i < 800; i++) {
      const start = new Date(first + i * 37 * 60_000);
      const minutes = (i * 53) % 2_000;
      const end = addWorkingMinutes(start, minutes, CALENDAR);
      expect(workingMinutesBetween(start, end, CALENDAR)).toBe(minutes);
    }
    expect(workingMinutesBetween(at("2026-11-09T10:00:00"), at("2026-11-09T09:00:00"), CALENDAR)).toBe(0);
  });
});

describe("a clock in hours", () => {
  const urgent = { minutes: 60, counts: "CLOCK_HOURS" } as const;
  const ordinary = { minutes: WORKING_DAY_MINUTES, counts: "WORKING_HOURS" } as const;

  it("counts clock hours for an urgent matter, even on a Saturday night", () => {
    const called = at("2026-11-07T22:00:00");
    const running = hoursClockStatus(urgent, called, null, at("2026-11-07T22:30:00"), CALENDAR);
    expect(running).toMatchObject({ state: "RUNNING", deadline: at("2026-11-07T23:00:00"), remainingDays: 0 });
    expect(hoursClockStatus(urgent, called, null, at("2026-11-07T23:01:00"), CALENDAR).state).toBe("OVERDUE");
    const answered = hoursClockStatus(urgent, called, at("2026-11-07T22:40:00"), at("2026-11-08T10:00:00"), CALENDAR);
    expect(answered).toMatchObject({ state: "STOPPED", onTime: true });
    const late = hoursClockStatus(urgent, called, at("2026-11-07T23:10:00"), at("2026-11-08T10:00:00"), CALENDAR);
    expect(late).toMatchObject({ state: "STOPPED", onTime: false });
  });

  it("counts working hours for an ordinary one: a Friday-evening call is due on Monday afternoon", () => {
    const called = at("2026-11-06T17:00:00");
    const status = hoursClockStatus(ordinary, called, null, at("2026-11-09T08:00:00"), CALENDAR);
    expect(status).toMatchObject({
      state: "RUNNING",
      deadline: at("2026-11-09T17:00:00"),
      deadlineDate: "2026-11-09",
      remainingDays: 0,
      calendarVersion: "test-1",
    });
    expect(hoursClockStatus(ordinary, called, null, at("2026-11-09T17:01:00"), CALENDAR).state).toBe("OVERDUE");
  });
});

describe("the last overdue start of a clock in hours", () => {
  const urgent = { minutes: 60, counts: "CLOCK_HOURS" } as const;
  const ordinary = { minutes: WORKING_DAY_MINUTES, counts: "WORKING_HOURS" } as const;

  it("splits the starts exactly where the clock's own status turns overdue, around weekends and holidays", () => {
    // Fixed instants to look from (a Monday morning after a weekend, a holiday, a make-up Saturday, a late
    // evening) and starts every 11 minutes over the two weeks before each: no randomness, no today.
    const nows = ["2026-11-09T09:00:00", "2026-11-12T08:31:00", "2026-11-14T10:15:00", "2026-11-16T22:00:00"];
    for (const spec of [urgent, ordinary]) {
      for (const local of nows) {
        const now = at(local);
        const cutoff = lastOverdueStart(spec, now, CALENDAR).getTime();
        for (let start = now.getTime() - 14 * 24 * 3_600_000; start <= now.getTime(); start += 11 * 60_000) {
          const overdue = hoursClockStatus(spec, new Date(start), null, now, CALENDAR).state === "OVERDUE";
          expect(start <= cutoff, `${spec.counts} start ${new Date(start).toISOString()} at ${local}`).toBe(overdue);
        }
        // The boundary itself, to the millisecond.
        expect(hoursClockStatus(spec, new Date(cutoff), null, now, CALENDAR).state).toBe("OVERDUE");
        expect(hoursClockStatus(spec, new Date(cutoff + 1), null, now, CALENDAR).state).toBe("RUNNING");
      }
    }
  });
});
