import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR, computeClock, STATUTORY_CLOCKS } from "@onedoor/shared/clock/index";
import { reportClock, reportedClockRecord } from "@onedoor/shared/events/reported-clock";
import { disputeClocks, lastOverdueRegistrationDay, SERVICE_CLOCKS, serviceTierFor } from "./clocks.js";

const registeredAt = new Date("2026-03-09T01:20:00Z"); // Monday 09:20 China time

describe("dispute clocks", () => {
  it("derives the tier: chosen, else complex for major disputes", () => {
    expect(serviceTierFor("SIMPLE", true)).toBe("SIMPLE");
    expect(serviceTierFor(null, true)).toBe("COMPLEX");
    expect(serviceTierFor(null, false)).toBe("ORDINARY");
  });

  // The committee's medical clock as mediation reports it: accepted Monday 9 March, paused for an appraisal
  // from 13 March to 10 April (China time).
  const medical = (to?: string, stoppedAt?: string) =>
    reportClock("7d1c1f0e-5b7a-4c55-9d43-0d8b2f8a6e11", STATUTORY_CLOCKS.clocks.medicalMediation, {
      startedAt: new Date("2026-03-09T02:05:00Z"),
      pauses: [{ from: new Date("2026-03-13T02:00:00Z"), ...(to ? { to: new Date(to) } : {}), reason: "医疗损害鉴定" }],
      extensions: [],
      ...(stoppedAt ? { stoppedAt: new Date(stoppedAt) } : {}),
    });

  it("shows a department's procedure clock exactly as reported, after the service clock", () => {
    const now = new Date("2026-03-20T02:00:00Z");
    const report = medical();
    const clocks = disputeClocks(
      { serviceTier: "ORDINARY", registeredAt, closedAt: null },
      [report],
      now,
      CN_HOLIDAY_CALENDAR,
    );
    expect(clocks.map((c) => c.kind)).toEqual(["centerServiceOrdinary", "medicalMediation"]);
    // The same engine on the same inputs as the committee: paused, not overdue.
    expect(clocks[1]!.status).toEqual(
      computeClock(STATUTORY_CLOCKS.clocks.medicalMediation, reportedClockRecord(report), now, CN_HOLIDAY_CALENDAR),
    );
    expect(clocks[1]!.status.state).toBe("PAUSED");
  });

  it("pauses the service clock while a procedure clock is paused (local policy), and not when policy says no", () => {
    const now = new Date("2026-03-20T02:00:00Z");
    const facts = { serviceTier: "ORDINARY" as const, registeredAt, closedAt: null };
    const [paused] = disputeClocks(facts, [medical()], now, CN_HOLIDAY_CALENDAR);
    expect(paused!.status).toMatchObject({ state: "PAUSED", pausedDays: 7 });
    const [unpaused] = disputeClocks(facts, [medical()], now, CN_HOLIDAY_CALENDAR, {
      ...SERVICE_CLOCKS,
      pausesWithProcedures: false,
    });
    expect(unpaused!.status.state).toBe("OVERDUE");
  });

  it("closes the service clock on time when the appraisal's time is left out", () => {
    // Registered 9 March, appraisal 13 March – 10 April, closed 13 April: 35 days, of which 28 paused.
    const closedAt = new Date("2026-04-13T08:00:00Z");
    const report = medical("2026-04-10T02:00:00Z", "2026-04-13T07:00:00Z");
    const [service, procedure] = disputeClocks(
      { serviceTier: "ORDINARY", registeredAt, closedAt },
      [report],
      new Date("2026-06-01T00:00:00Z"),
      CN_HOLIDAY_CALENDAR,
    );
    expect(service!.status).toMatchObject({ state: "STOPPED", onTime: true });
    expect(procedure!.status).toMatchObject({ state: "STOPPED", onTime: true });
  });

  it("ends a pause still open when its procedure stopped there", () => {
    const report = medical(undefined, "2026-03-16T02:00:00Z");
    const [service] = disputeClocks(
      { serviceTier: "ORDINARY", registeredAt, closedAt: null },
      [report],
      new Date("2026-04-01T00:00:00Z"),
      CN_HOLIDAY_CALENDAR,
    );
    expect(service!.status).toMatchObject({ state: "OVERDUE", pausedDays: 3 });
  });

  it("has only the service clock when no department reported one", () => {
    const clocks = disputeClocks(
      { serviceTier: "SIMPLE", registeredAt, closedAt: null },
      [],
      registeredAt,
      CN_HOLIDAY_CALENDAR,
    );
    expect(clocks.map((c) => c.kind)).toEqual(["centerServiceSimple"]);
  });

  it("runs a 12345 work order's first-response clock from the call until the first contact, or closure", () => {
    const hotline = {
      serviceTier: "SIMPLE" as const,
      registeredAt,
      closedAt: null,
      // Friday 17:00 China time: an ordinary order is due by 17:00 on Monday (7.5 working hours).
      hotlineCalledAt: new Date("2026-03-06T09:00:00Z"),
    };
    const monday = new Date("2026-03-09T02:00:00Z");
    const [, ordinary] = disputeClocks(hotline, [], monday, CN_HOLIDAY_CALENDAR);
    expect(ordinary).toMatchObject({ kind: "firstResponse", startedAt: hotline.hotlineCalledAt });
    expect(ordinary!.status).toMatchObject({ state: "RUNNING", deadline: new Date("2026-03-09T09:00:00Z") });
    // Urgent: one clock hour, over the weekend as any other time.
    const [, urgent] = disputeClocks({ ...hotline, urgent: true }, [], monday, CN_HOLIDAY_CALENDAR);
    expect(urgent!.status).toMatchObject({ state: "OVERDUE", deadline: new Date("2026-03-06T10:00:00Z") });
    const answered = { ...hotline, urgent: true, firstContactAt: new Date("2026-03-06T09:40:00Z") };
    expect(disputeClocks(answered, [], monday, CN_HOLIDAY_CALENDAR)[1]!.status).toMatchObject({
      state: "STOPPED",
      onTime: true,
    });
    const closedUncalled = { ...hotline, closedAt: new Date("2026-03-09T03:00:00Z") };
    expect(disputeClocks(closedUncalled, [], monday, CN_HOLIDAY_CALENDAR)[1]!.status).toMatchObject({
      state: "STOPPED",
      onTime: true,
    });
    // No work order, no first-response clock.
    expect(disputeClocks({ ...hotline, hotlineCalledAt: null }, [], monday, CN_HOLIDAY_CALENDAR)).toHaveLength(1);
  });

  it("finds the last registration day that is overdue now", () => {
    const now = new Date("2026-03-20T02:00:00Z"); // Friday 20 March
    const day = lastOverdueRegistrationDay("ORDINARY", now, CN_HOLIDAY_CALENDAR);
    expect(day).toBe("2026-03-12"); // 12 March + 7 = 19 March, a working day, passed
    const overdue = disputeClocks(
      {
        serviceTier: "ORDINARY",
        registeredAt: new Date(`${day}T23:00:00+08:00`),
        closedAt: null,
      },
      [],
      now,
      CN_HOLIDAY_CALENDAR,
    );
    expect(overdue[0]!.status.state).toBe("OVERDUE");
    const notYet = disputeClocks(
      {
        serviceTier: "ORDINARY",
        registeredAt: new Date("2026-03-13T00:30:00+08:00"),
        closedAt: null,
      },
      [],
      now,
      CN_HOLIDAY_CALENDAR,
    );
    expect(notYet[0]!.status.remainingDays).toBeGreaterThanOrEqual(0);
  });
});
