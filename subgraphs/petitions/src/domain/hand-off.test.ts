import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import type { Transition } from "@onedoor/shared/db/write-path";
import {
  handOffAnswerStep,
  handOffForRouteOut,
  handOffFromEvent,
  handOffRespondBy,
  ownerAfter,
  handOffRequestStep,
  MAX_HAND_OFFS,
  takingDepartment,
} from "./hand-off.js";

/** The status a step leads to, or why it is refused. */
const outcome = (step: Transition<string>) => (step.ok ? step.status : step.reason);

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
    expect(outcome(handOffRequestStep("DISPATCHED", "MEDIATION", "ARBITRATION", false, 0))).toBe("DISPATCHED");
    expect(outcome(handOffRequestStep("DISPATCHED", "MEDIATION", "ARBITRATION", true, 1))).toBe("HAND_OFF_PENDING");
    expect(outcome(handOffRequestStep("DISPATCHED", "MEDIATION", "MEDIATION", false, 0))).toBe("SAME_DEPARTMENT");
    expect(outcome(handOffRequestStep("CLOSED", "MEDIATION", "ARBITRATION", false, 0))).toBe("NOT_OPEN");
    // A few per dispute, far below the cap; beyond it the list would stop being one dispute's own.
    expect(outcome(handOffRequestStep("IN_PROGRESS", "MEDIATION", "ARBITRATION", false, MAX_HAND_OFFS - 1))).toBe(
      "IN_PROGRESS",
    );
    expect(handOffRequestStep("IN_PROGRESS", "MEDIATION", "ARBITRATION", false, MAX_HAND_OFFS)).toMatchObject({
      ok: false,
      reason: "TOO_MANY_HAND_OFFS",
      messageZh: `同一纠纷最多移交 ${MAX_HAND_OFFS} 次`,
    });
  });

  it("accepts an answer only while pending and in time", () => {
    const respondBy = new Date("2026-11-25T15:59:59.999Z");
    const answer = (state: "PENDING" | "ACCEPTED", now: string) =>
      outcome(handOffAnswerStep("IN_PROGRESS", { status: state, respondBy }, new Date(now)));
    expect(answer("PENDING", "2026-11-25T10:00:00Z")).toBe("IN_PROGRESS");
    expect(answer("PENDING", "2026-11-26T00:00:00Z")).toBe("EXPIRED");
    expect(answer("ACCEPTED", "2026-11-21T00:00:00Z")).toBe("ANSWERED");
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
      // A delegation, not a hand-off: the committee hears of it with the court's clock.
      delegated: true,
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
    // The court takes the dispute by filing the confirmation case, before every party has consented.
    expect(takingDepartment("JUDICIAL_CONFIRMATION_FILED")).toBe("LITIGATION");
    expect(takingDepartment("LEGAL_AID_GRANTED")).toBeUndefined();
  });
});
