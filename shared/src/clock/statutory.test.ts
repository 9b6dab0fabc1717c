import { describe, expect, it } from "vitest";
import { computeClock, extendClock, type ClockSpec } from "./clock.js";
import { CN_HOLIDAY_CALENDAR } from "./holidays-cn.js";
import { isLocalDate } from "./local-date.js";
import { STATUTORY_CLOCKS } from "./statutory.js";

const cst = (wallTime: string): Date => new Date(`${wallTime}+08:00`);
const entries = Object.entries(STATUTORY_CLOCKS.clocks) as [string, ClockSpec][];

describe("STATUTORY_CLOCKS", () => {
  it("is versioned with an effective date", () => {
    expect(STATUTORY_CLOCKS.version).not.toBe("");
    expect(isLocalDate(STATUTORY_CLOCKS.effectiveFrom)).toBe(true);
  });

  it.each(entries)("%s names its own kind and has a positive whole length", (key, spec) => {
    expect(spec.kind).toBe(key);
    expect(Number.isInteger(spec.length) && spec.length > 0).toBe(true);
  });

  it.each([
    ["petitionAcceptance", 15, "naturalDays", 0],
    ["petitionHandling", 60, "naturalDays", 30],
    ["petitionReview", 30, "naturalDays", 0],
    ["labourArbitrationAcceptance", 5, "naturalDays", 0],
    ["labourArbitrationAward", 45, "naturalDays", 15],
    ["judicialConfirmationAcceptance", 3, "naturalDays", 0],
    ["judicialConfirmationRuling", 15, "naturalDays", 10],
    ["preFilingMediation", 30, "naturalDays", undefined],
    ["peopleMediation", 1, "months", undefined],
    ["medicalMediation", 30, "workingDays", 0],
    ["legalAidDecision", 7, "naturalDays", 0],
    ["legalAidAssignment", 3, "naturalDays", 0],
    ["trialOrdinary", 6, "months", undefined],
    ["trialSimplified", 3, "months", undefined],
    ["trialSmallClaims", 2, "months", undefined],
  ] as const)("%s: %i %s, extension cap %s", (key, length, unit, maxExtensionDays) => {
    const spec: ClockSpec = STATUTORY_CLOCKS.clocks[key];
    expect(spec).toMatchObject({ length, unit });
    expect(spec.maxExtensionDays).toBe(maxExtensionDays);
  });

  it("leaves local due-soon and very-overdue thresholds unset", () => {
    for (const [, spec] of entries) {
      expect(spec.dueSoonDays).toBeUndefined();
      expect(spec.veryOverdueDays).toBeUndefined();
    }
  });

  it("computes every clock with the China calendar", () => {
    for (const [, spec] of entries) {
      const status = computeClock(
        spec,
        { startedAt: cst("2026-03-02T10:00:00"), pauses: [], extensions: [] },
        cst("2026-03-02T10:00:00"),
        CN_HOLIDAY_CALENDAR,
      );
      expect(status.remainingDays).toBeGreaterThan(0);
      expect(CN_HOLIDAY_CALENDAR.isWorkingDay(status.deadlineDate)).toBe(true);
    }
  });

  it("lets a labour arbitration award be extended by 15 days and no more", () => {
    const spec = STATUTORY_CLOCKS.clocks.labourArbitrationAward;
    const started = { startedAt: cst("2026-03-02T10:00:00"), pauses: [], extensions: [] };
    const approval = { approvedBy: "仲裁委主任", reason: "案情复杂", at: cst("2026-04-10T10:00:00") };
    const extended = extendClock(spec, started, { ...approval, days: 15 });
    // 2 March + 45 + 15 = 1 May, Labour Day → Wednesday 6 May.
    expect(computeClock(spec, extended, cst("2026-04-10T10:00:00"), CN_HOLIDAY_CALENDAR).deadlineDate).toBe(
      "2026-05-06",
    );
    expect(() => extendClock(spec, extended, { ...approval, days: 1 })).toThrow(/15/);
  });

  it("gives a petition received during the National Day run-up until the first working day after the holiday", () => {
    const status = computeClock(
      STATUTORY_CLOCKS.clocks.petitionAcceptance,
      { startedAt: cst("2026-09-20T11:00:00"), pauses: [], extensions: [] },
      cst("2026-09-20T11:00:00"),
      CN_HOLIDAY_CALENDAR,
    );
    // 20 September + 15 = 5 October, inside the holiday → 8 October.
    expect(status.deadlineDate).toBe("2026-10-08");
  });
});
