import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR, computeClock, STATUTORY_CLOCKS } from "@onedoor/shared/clock/index";
import { reportClock, reportedClockRecord } from "@onedoor/shared/events/reported-clock";
import {
  caseClock,
  caseClockView,
  clockConfigFromEnv,
  clockKindForCommittee,
  isDeemedFailed,
  mayApplyForArbitration,
  mediationClock,
  reportedCaseClocks,
} from "./mediation-clock.js";

const at = (iso: string) => new Date(iso);
// 2026-10-12 10:00 China time (a Monday).
const accepted = at("2026-10-12T02:00:00Z");

describe("mediation clocks", () => {
  it("runs the committee's clock: medical, labour or people's mediation", () => {
    expect(clockKindForCommittee("MEDICAL")).toBe("MEDICAL");
    expect(clockKindForCommittee("LABOUR")).toBe("LABOUR");
    expect(clockKindForCommittee("COMMERCIAL")).toBe("PEOPLE");
  });

  it("gives people's mediation one month by default and more when configured", () => {
    const record = { startedAt: accepted, pauses: [], extensions: [] };
    expect(mediationClock("PEOPLE", record, accepted).deadlineDate).toBe("2026-11-12");
    const config = clockConfigFromEnv({ MEDIATION_PEOPLE_CLOCK_MONTHS: "2" });
    expect(mediationClock("PEOPLE", record, accepted, config).deadlineDate).toBe("2026-12-14"); // 12-12 is a Saturday
    expect(clockConfigFromEnv({ MEDIATION_PEOPLE_CLOCK_MONTHS: "zero" })).toEqual({ peopleMediationMonths: 1 });
  });

  it("counts labour mediation 15 natural days, after which a party may apply for arbitration", () => {
    const record = { startedAt: accepted, pauses: [], extensions: [] };
    const day10 = mediationClock("LABOUR", record, at("2026-10-22T02:00:00Z"));
    expect(day10.deadlineDate).toBe("2026-10-27");
    expect(mayApplyForArbitration("LABOUR", "IN_MEDIATION", day10, null)).toBe(false);
    const day16 = mediationClock("LABOUR", record, at("2026-10-28T02:00:00Z"));
    expect(day16.state).toBe("OVERDUE");
    expect(mayApplyForArbitration("LABOUR", "IN_MEDIATION", day16, null)).toBe(true);
    expect(mayApplyForArbitration("LABOUR", "FAILED", day10, null)).toBe(true);
    expect(mayApplyForArbitration("LABOUR", "AGREEMENT_REACHED", day16, "PERFORMED")).toBe(false);
    expect(mayApplyForArbitration("LABOUR", "AGREEMENT_REACHED", day16, "NOT_PERFORMED")).toBe(true);
    expect(mayApplyForArbitration("PEOPLE", "FAILED", day16, null)).toBe(false);
  });

  it("counts medical mediation in working days, excludes appraisal, then deems it failed", () => {
    const plain = { startedAt: accepted, pauses: [], extensions: [] };
    // 30 working days from 10-12: 11-23 (no holidays in between).
    expect(mediationClock("MEDICAL", plain, accepted).deadlineDate).toBe("2026-11-23");
    const appraisal = {
      ...plain,
      pauses: [{ from: at("2026-10-20T02:00:00Z"), to: at("2026-10-30T02:00:00Z"), reason: "医疗损害鉴定" }],
    };
    const paused = mediationClock("MEDICAL", appraisal, at("2026-11-24T02:00:00Z"));
    expect(paused.pausedDays).toBe(10);
    expect(paused.state).not.toBe("OVERDUE");
    const late = mediationClock("MEDICAL", plain, at("2026-11-24T02:00:00Z"));
    expect(isDeemedFailed("MEDICAL", "IN_MEDIATION", late)).toBe(true);
    expect(isDeemedFailed("MEDICAL", "AGREEMENT_REACHED", late)).toBe(false);
    expect(isDeemedFailed("PEOPLE", "IN_MEDIATION", late)).toBe(false);
  });

  describe("a court's delegation", () => {
    // The court opened its pre-filing case on 5 October and extended it by 15 days with the parties' consent;
    // the committee accepted the delegation on 12 October.
    const court = reportClock("c0a8f5b2-4e1d-4a7b-8c3e-2f9d6b1a7e40", STATUTORY_CLOCKS.clocks.preFilingMediation, {
      startedAt: at("2026-10-05T01:00:00Z"),
      pauses: [],
      extensions: [{ days: 15, approvedBy: "周法官", reason: "双方同意延长", at: at("2026-10-30T02:00:00Z") }],
    });
    const delegated = {
      id: "5b1e9d7c-2a4f-4c8e-9b6d-1f3a7c5e2d90",
      clockKind: "COURT_PRE_FILING" as const,
      acceptedAt: accepted,
      closedAt: null,
      courtClock: court,
    };

    it("runs the court's clock, from the court's start with the court's extensions, not one of its own", () => {
      const now = at("2026-11-20T02:00:00Z");
      const status = caseClock(delegated, [], now);
      expect(status).toEqual(
        computeClock(STATUTORY_CLOCKS.clocks.preFilingMediation, reportedClockRecord(court), now, CN_HOLIDAY_CALENDAR),
      );
      expect(status.deadlineDate).toBe("2026-11-19");
      expect(caseClockView(delegated, [], now)).toMatchObject({
        kind: "preFilingMediation",
        startedAt: new Date(court.startedAt),
      });
    });

    it("stops it when the case ends, and leaves reporting it to the court", () => {
      const closedAt = at("2026-11-02T06:00:00Z");
      expect(caseClock({ ...delegated, closedAt }, [], at("2026-12-01T00:00:00Z"))).toMatchObject({
        state: "STOPPED",
        onTime: true,
      });
      expect(reportedCaseClocks(delegated, [])).toEqual([]);
      expect(reportedCaseClocks({ ...delegated, clockKind: "MEDICAL", courtClock: null }, [])).toHaveLength(1);
    });
  });
});
