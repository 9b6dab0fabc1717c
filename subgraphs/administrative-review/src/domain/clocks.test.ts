import { describe, expect, it } from "vitest";
import { applicationLate, reviewClocks, type ClockInputs } from "./clocks.js";

// China-time instants; the dates are past ones the holiday calendar covers.
const china = (date: string, time = "10:00") => new Date(`${date}T${time}:00+08:00`);
const day = (instant: Date) => instant.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

const base: ClockInputs = {
  status: "RECEIVED",
  actKnownOn: new Date("2025-03-03T00:00:00Z"),
  receivedAt: china("2025-04-25"),
  procedure: null,
  acceptedAt: null,
  closedAt: null,
  extensionDays: 0,
  extensionReason: null,
  extensionApprovedBy: null,
  extendedAt: null,
};

describe("the clocks of an administrative review", () => {
  it("counts 60 natural days from knowing of the act, a last day in the holidays moving to the next working day", () => {
    const [application] = reviewClocks(base, china("2025-04-25"));
    // Day 60 is 2 May, inside the May Day holidays (1–5 May): the period ends on Tuesday 6 May.
    expect(day(application!.status.deadline)).toBe("2025-05-06");
    expect(applicationLate(base.actKnownOn, china("2025-05-06", "17:00"))).toBe(false);
    expect(applicationLate(base.actKnownOn, china("2025-05-07"))).toBe(true);
  });

  it("gives 5 working days to decide on acceptance, skipping the May Day holidays", () => {
    const [, acceptance] = reviewClocks(base, china("2025-04-28"));
    // Received Friday 25 April; 26–27 April: weekend, 27 April a make-up working day; 1–5 May: holidays.
    expect(acceptance!.status.state).toBe("RUNNING");
    expect(day(acceptance!.status.deadline)).toBe("2025-05-06");
  });

  it("runs the decision period from acceptance: 60 days ordinary plus an approved extension, 30 simplified", () => {
    const accepted = { ...base, status: "ACCEPTED" as const, acceptedAt: china("2025-04-28") };
    const ordinary = reviewClocks({ ...accepted, procedure: "ORDINARY" }, china("2025-05-10"))[2]!;
    expect(ordinary.kind).toBe("administrativeReviewDecision");
    expect(day(ordinary.status.deadline)).toBe("2025-06-27");
    const extended = reviewClocks(
      {
        ...accepted,
        procedure: "ORDINARY",
        extensionDays: 30,
        extensionReason: "案情复杂",
        extensionApprovedBy: "reviewOfficer-1",
        extendedAt: china("2025-06-20"),
      },
      china("2025-06-28"),
    )[2]!;
    // 60 + 30 days end on Sunday 27 July: the period ends on Monday.
    expect(day(extended.status.deadline)).toBe("2025-07-28");
    expect(extended.status.state).toBe("RUNNING");
    const simplified = reviewClocks({ ...accepted, procedure: "SIMPLIFIED" }, china("2025-05-10"))[2]!;
    expect(simplified.kind).toBe("administrativeReviewSimplifiedDecision");
    expect(day(simplified.status.deadline)).toBe("2025-05-28");
  });
});
