import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR, endOfLocalDay } from "@onedoor/shared/clock/index";
import { disputeClocks, lastOverdueRegistrationDay, serviceTierFor } from "./clocks.js";

const registeredAt = new Date("2026-03-09T01:20:00Z"); // Monday 09:20 China time

describe("dispute clocks", () => {
  it("derives the tier: chosen, else complex for major disputes", () => {
    expect(serviceTierFor("SIMPLE", true)).toBe("SIMPLE");
    expect(serviceTierFor(null, true)).toBe("COMPLEX");
    expect(serviceTierFor(null, false)).toBe("ORDINARY");
  });

  it("runs the service clock from registration and adds the mediation clock after dispatch", () => {
    const now = new Date("2026-03-10T02:00:00Z");
    const clocks = disputeClocks(
      {
        serviceTier: "ORDINARY",
        registeredAt,
        leadDepartment: "MEDIATION",
        dispatchedAt: new Date("2026-03-09T02:05:00Z"),
        closedAt: null,
      },
      now,
      CN_HOLIDAY_CALENDAR,
    );
    expect(clocks.map((c) => c.kind)).toEqual(["centerServiceOrdinary", "peopleMediation"]);
    expect(clocks[0]!.status.deadline).toEqual(endOfLocalDay("2026-03-16"));
    expect(clocks[0]!.status.state).toBe("RUNNING");
    expect(clocks[1]!.status.deadlineDate).toBe("2026-04-09");
  });

  it("stops both clocks at closure, on time", () => {
    const closedAt = new Date("2026-03-09T08:00:00Z");
    const clocks = disputeClocks(
      {
        serviceTier: "ORDINARY",
        registeredAt,
        leadDepartment: "MEDIATION",
        dispatchedAt: new Date("2026-03-09T02:05:00Z"),
        closedAt,
      },
      new Date("2026-06-01T00:00:00Z"),
      CN_HOLIDAY_CALENDAR,
    );
    expect(clocks.every((c) => c.status.state === "STOPPED" && c.status.onTime)).toBe(true);
  });

  it("has no mediation clock for other departments", () => {
    const clocks = disputeClocks(
      {
        serviceTier: "SIMPLE",
        registeredAt,
        leadDepartment: "ARBITRATION",
        dispatchedAt: registeredAt,
        closedAt: null,
      },
      registeredAt,
      CN_HOLIDAY_CALENDAR,
    );
    expect(clocks.map((c) => c.kind)).toEqual(["centerServiceSimple"]);
  });

  it("runs a 12345 work order's first-response clock from the call until the first contact, or closure", () => {
    const hotline = {
      serviceTier: "SIMPLE" as const,
      registeredAt,
      leadDepartment: null,
      dispatchedAt: null,
      closedAt: null,
      // Friday 17:00 China time: an ordinary order is due by 17:00 on Monday (7.5 working hours).
      hotlineCalledAt: new Date("2026-03-06T09:00:00Z"),
    };
    const monday = new Date("2026-03-09T02:00:00Z");
    const [, ordinary] = disputeClocks(hotline, monday, CN_HOLIDAY_CALENDAR);
    expect(ordinary).toMatchObject({ kind: "firstResponse", startedAt: hotline.hotlineCalledAt });
    expect(ordinary!.status).toMatchObject({ state: "RUNNING", deadline: new Date("2026-03-09T09:00:00Z") });
    // Urgent: one clock hour, over the weekend as any other time.
    const [, urgent] = disputeClocks({ ...hotline, urgent: true }, monday, CN_HOLIDAY_CALENDAR);
    expect(urgent!.status).toMatchObject({ state: "OVERDUE", deadline: new Date("2026-03-06T10:00:00Z") });
    const answered = { ...hotline, urgent: true, firstContactAt: new Date("2026-03-06T09:40:00Z") };
    expect(disputeClocks(answered, monday, CN_HOLIDAY_CALENDAR)[1]!.status).toMatchObject({
      state: "STOPPED",
      onTime: true,
    });
    const closedUncalled = { ...hotline, closedAt: new Date("2026-03-09T03:00:00Z") };
    expect(disputeClocks(closedUncalled, monday, CN_HOLIDAY_CALENDAR)[1]!.status).toMatchObject({
      state: "STOPPED",
      onTime: true,
    });
    // No work order, no first-response clock.
    expect(disputeClocks({ ...hotline, hotlineCalledAt: null }, monday, CN_HOLIDAY_CALENDAR)).toHaveLength(1);
  });

  it("finds the last registration day that is overdue now", () => {
    const now = new Date("2026-03-20T02:00:00Z"); // Friday 20 March
    const day = lastOverdueRegistrationDay("ORDINARY", now, CN_HOLIDAY_CALENDAR);
    expect(day).toBe("2026-03-12"); // 12 March + 7 = 19 March, a working day, passed
    const overdue = disputeClocks(
      {
        serviceTier: "ORDINARY",
        registeredAt: new Date(`${day}T23:00:00+08:00`),
        leadDepartment: null,
        dispatchedAt: null,
        closedAt: null,
      },
      now,
      CN_HOLIDAY_CALENDAR,
    );
    expect(overdue[0]!.status.state).toBe("OVERDUE");
    const notYet = disputeClocks(
      {
        serviceTier: "ORDINARY",
        registeredAt: new Date("2026-03-13T00:30:00+08:00"),
        leadDepartment: null,
        dispatchedAt: null,
        closedAt: null,
      },
      now,
      CN_HOLIDAY_CALENDAR,
    );
    expect(notYet[0]!.status.remainingDays).toBeGreaterThanOrEqual(0);
  });
});
