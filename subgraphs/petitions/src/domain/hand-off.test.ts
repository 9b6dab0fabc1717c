import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import {
  canRequestHandOff,
  canRespond,
  handOffForRouteOut,
  handOffFromEvent,
  handOffRespondBy,
  ownerAfter,
  takingDepartment,
} from "./hand-off.js";

describe("hand-offs between departments", () => {
  it("gives the receiver three working days, across a weekend", () => {
    // Friday 2026-11-20 10:00 CST → Wednesday 2026-11-25, end of day.
    const respondBy = handOffRespondBy(new Date("2026-11-20T02:00:00Z"), CN_HOLIDAY_CALENDAR);
    expect(respondBy.toISOString()).toBe("2026-11-25T15:59:59.999Z");
  });

  it("keeps exactly one lead owner: the sender while pending, the receiver once accepted, the catch-all window otherwise", () => {
    expect(ownerAfter("PENDING", "MEDIATION", "ARBITRATION")).toBe("MEDIATION");
    expect(ownerAfter("ACCEPTED", "MEDIATION", "ARBITRATION")).toBe("ARBITRATION");
    expect(ownerAfter("REJECTED", "MEDIATION", "ARBITRATION")).toBe("COMPREHENSIVE_WINDOW");
    expect(ownerAfter("EXPIRED", "MEDIATION", "ARBITRATION")).toBe("COMPREHENSIVE_WINDOW");
  });

  it("refuses a second hand-off while one waits, one to the same department, and one of a closed dispute", () => {
    expect(canRequestHandOff("MEDIATION", "ARBITRATION", false, true)).toBeUndefined();
    expect(canRequestHandOff("MEDIATION", "ARBITRATION", true, true)?.code).toBe("HAND_OFF_PENDING");
    expect(canRequestHandOff("MEDIATION", "MEDIATION", false, true)?.code).toBe("SAME_DEPARTMENT");
    expect(canRequestHandOff("MEDIATION", "ARBITRATION", false, false)?.code).toBe("NOT_OPEN");
  });

  it("accepts an answer only while pending and in time", () => {
    const respondBy = new Date("2026-11-25T15:59:59.999Z");
    expect(canRespond("PENDING", respondBy, new Date("2026-11-25T10:00:00Z"))).toBeUndefined();
    expect(canRespond("PENDING", respondBy, new Date("2026-11-26T00:00:00Z"))?.code).toBe("EXPIRED");
    expect(canRespond("ACCEPTED", respondBy, new Date("2026-11-21T00:00:00Z"))?.code).toBe("ANSWERED");
  });

  it("derives hand-offs and acceptances from department events", () => {
    expect(handOffFromEvent({ type: "MEDIATION_FAILED", data: { nextStep: "ARBITRATION" } })?.to).toBe("ARBITRATION");
    expect(handOffFromEvent({ type: "MEDIATION_FAILED", data: { nextStep: "OTHER" } })).toBeUndefined();
    expect(handOffFromEvent({ type: "MEDIATION_SESSION_HELD" })).toBeUndefined();
    const delegated = {
      caseNumber: "(2026)浙0122民诉前调601号",
      mediatorKind: "MEDIATION_COMMITTEE",
      mediatorBody: "桐庐县商事人民调解委员会",
    };
    expect(handOffFromEvent({ type: "PRE_FILING_MEDIATION_DELEGATED", data: delegated })).toEqual({
      to: "MEDIATION",
      toBody: "桐庐县商事人民调解委员会",
      reasonZh: "法院委派诉前调解（(2026)浙0122民诉前调601号）",
    });
    expect(
      handOffFromEvent({
        type: "PRE_FILING_MEDIATION_DELEGATED",
        data: { ...delegated, mediatorKind: "INVITED_MEDIATOR" },
      }),
    ).toBeUndefined();
    expect(
      handOffFromEvent({ type: "AGREEMENT_PERFORMANCE_RECORDED", data: { performance: "NOT_PERFORMED" } })?.to,
    ).toBe("LITIGATION");
    expect(
      handOffFromEvent({ type: "AGREEMENT_PERFORMANCE_RECORDED", data: { performance: "PERFORMED" } }),
    ).toBeUndefined();
    expect(handOffForRouteOut("ARBITRATION")?.to).toBe("ARBITRATION");
    expect(handOffForRouteOut("ADMINISTRATIVE_REVIEW")).toBeUndefined();
    expect(takingDepartment("ARBITRATION_ACCEPTED")).toBe("ARBITRATION");
    expect(takingDepartment("LEGAL_AID_GRANTED")).toBeUndefined();
  });
});
