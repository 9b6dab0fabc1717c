import { describe, expect, it } from "vitest";
import {
  clockConfigFromEnv,
  clockKindForCommittee,
  isDeemedFailed,
  mayApplyForArbitration,
  mediationClock,
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
});
