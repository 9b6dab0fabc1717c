import { describe, expect, it } from "vitest";
import { causeListByVersion, findCause } from "./causes-of-action.js";
import {
  acceptanceStep,
  checkConfirmationApplication,
  closedDisputeRefusal,
  confirmedPerformance,
  consentStep,
  isEnforceable,
  isJoint,
  relayedAgreement,
} from "./judicial-confirmation.js";
import { courtClockStatus } from "./clocks.js";
import { nextStep, STEPS } from "./procedures.js";

const list = causeListByVersion("2020")!;
const labour = findCause(list, "LABOUR_SERVICE_CONTRACT")!;
const divorce = findCause(list, "DIVORCE")!;
const both = [{}, {}];
const at = (iso: string) => new Date(iso);

describe("judicial confirmation application (司法确认申请)", () => {
  it("accepts a joint application within 30 days of the agreement taking effect", () => {
    const decision = checkConfirmationApplication({
      agreement: { effectiveAt: at("2026-07-03T02:00:00Z") },
      appliedAt: at("2026-07-06T02:00:00Z"),
      parties: both,
      cause: labour,
    });
    expect(decision.ok).toBe(true);
    // The period runs from the signing until the last party consents.
    if (decision.ok)
      expect(decision.value.applicationClock).toMatchObject({ startedAt: at("2026-07-03T02:00:00Z"), pauses: [] });
  });

  it("refuses an agreement the registry never relayed for this dispute, whatever else the application says", () => {
    const decision = checkConfirmationApplication({
      agreement: undefined,
      appliedAt: at("2026-07-06T02:00:00Z"),
      parties: both,
      cause: labour,
    });
    expect(decision).toMatchObject({
      ok: false,
      refusals: [{ code: "AGREEMENT_UNKNOWN", field: ["input", "agreementId"] }],
    });
  });

  it("counts 30 natural days from the day after the agreement took effect (2026-06-01 → 2026-07-01)", () => {
    const effective = at("2026-06-01T02:00:00Z");
    const lastDay = checkConfirmationApplication({
      agreement: { effectiveAt: effective },
      appliedAt: at("2026-07-01T15:00:00Z"),
      parties: both,
      cause: labour,
    });
    expect(lastDay.ok).toBe(true);
    const dayAfter = checkConfirmationApplication({
      agreement: { effectiveAt: effective },
      appliedAt: at("2026-07-01T16:30:00Z"),
      parties: both,
      cause: labour,
    });
    expect(dayAfter).toMatchObject({
      ok: false,
      refusals: [{ code: "APPLICATION_LATE", field: ["input", "agreementId"] }],
    });
  });

  it("moves a deadline falling on a holiday to the next working day", () => {
    // 30 days from 2026-09-01 is 2026-10-01, National Day: the period ends on the first working day after the holiday.
    const status = courtClockStatus(
      "judicialConfirmationApplication",
      { startedAt: at("2026-09-01T02:00:00Z"), pauses: [], extensions: [] },
      at("2026-09-02T00:00:00Z"),
    );
    expect(status.deadlineDate > "2026-10-01").toBe(true);
  });

  it("refuses a single-party application", () => {
    const alone = checkConfirmationApplication({
      agreement: { effectiveAt: at("2026-07-03T02:00:00Z") },
      appliedAt: at("2026-07-04T02:00:00Z"),
      parties: [{}],
      cause: labour,
    });
    expect(alone).toMatchObject({ ok: false, refusals: [{ code: "NOT_JOINT_APPLICATION" }] });
  });

  it("refuses marriage, adoption and identity relations", () => {
    const decision = checkConfirmationApplication({
      agreement: { effectiveAt: at("2026-07-03T02:00:00Z") },
      appliedAt: at("2026-07-04T02:00:00Z"),
      parties: both,
      cause: divorce,
    });
    expect(decision).toMatchObject({
      ok: false,
      refusals: [{ code: "EXCLUDED_RELATION", field: ["input", "causeOfActionCode"] }],
    });
    for (const code of ["ADOPTION_CONFIRMATION", "PARENTAGE_CONFIRMATION"]) {
      const refused = checkConfirmationApplication({
        agreement: { effectiveAt: at("2026-07-03T02:00:00Z") },
        appliedAt: at("2026-07-04T02:00:00Z"),
        parties: both,
        cause: findCause(list, code)!,
      });
      expect(refused).toMatchObject({ ok: false, refusals: [{ code: "EXCLUDED_RELATION" }] });
    }
  });

  it("reports every problem at once and refuses an application before the agreement took effect", () => {
    const decision = checkConfirmationApplication({
      agreement: { effectiveAt: at("2026-07-10T02:00:00Z") },
      appliedAt: at("2026-07-04T02:00:00Z"),
      parties: [{}],
      cause: divorce,
    });
    expect(decision.ok).toBe(false);
    if (!decision.ok)
      expect(decision.refusals.map((r) => r.code)).toEqual([
        "NOT_JOINT_APPLICATION",
        "EXCLUDED_RELATION",
        "AGREEMENT_NOT_EFFECTIVE",
      ]);
  });
});

describe("the dispute of the agreement: open, or resolved by that agreement", () => {
  const notice = (kind: "SENT" | "CLOSED" | "AGREEMENT_REACHED", iso: string, recordId: string | null = null) => ({
    kind,
    body: null,
    recordId,
    occurredAt: at(iso),
  });
  const reached = notice("AGREEMENT_REACHED", "2026-07-03T02:00:00Z", "agreement-1");

  it("finds the agreement only among those reached on this dispute, effective at its signing", () => {
    expect(relayedAgreement([reached], "agreement-1")).toEqual({ effectiveAt: at("2026-07-03T02:00:00Z") });
    expect(relayedAgreement([reached], "agreement-2")).toBeUndefined();
  });

  it("allows an open dispute, and one never sent to the court", () => {
    expect(closedDisputeRefusal([reached], "agreement-1")).toBeUndefined();
    expect(closedDisputeRefusal([notice("SENT", "2026-07-01T02:00:00Z"), reached], "agreement-1")).toBeUndefined();
  });

  it("allows a dispute closed after this agreement, the last one reached before the closure", () => {
    const closed = notice("CLOSED", "2026-07-05T02:00:00Z");
    expect(closedDisputeRefusal([reached, closed], "agreement-1")).toBeUndefined();
  });

  it("refuses a dispute closed before the agreement, or after a later agreement, or without one", () => {
    const early = notice("CLOSED", "2026-07-02T02:00:00Z");
    expect(closedDisputeRefusal([early, reached], "agreement-1")).toMatchObject({ code: "DISPUTE_CLOSED" });
    const later = notice("AGREEMENT_REACHED", "2026-07-04T02:00:00Z", "agreement-2");
    const closed = notice("CLOSED", "2026-07-05T02:00:00Z");
    expect(closedDisputeRefusal([reached, later, closed], "agreement-1")).toMatchObject({ code: "DISPUTE_CLOSED" });
    expect(closedDisputeRefusal([reached, later, closed], "agreement-2")).toBeUndefined();
    expect(closedDisputeRefusal([notice("SENT", "2026-07-01T02:00:00Z"), closed], "agreement-1")).toMatchObject({
      code: "DISPUTE_CLOSED",
    });
  });
});

describe("each party's consent (共同申请)", () => {
  const applied = {
    procedure: "JUDICIAL_CONFIRMATION" as const,
    status: "APPLIED" as const,
    agreementEffectiveAt: at("2026-06-01T02:00:00Z"),
  };
  const parties = [
    { id: "a", consented: true },
    { id: "b", consented: false },
  ];

  it("is joint only when both sides are named and every party consented", () => {
    expect(isJoint(parties)).toBe(false);
    expect(isJoint([{ consented: true }, { consented: true }])).toBe(true);
    expect(isJoint([{ consented: true }])).toBe(false);
  });

  it("takes each party's consent once, on an application awaiting acceptance", () => {
    expect(consentStep(applied, parties, "b", at("2026-06-10T02:00:00Z"))).toEqual({ ok: true, status: "APPLIED" });
    expect(consentStep(applied, parties, "a", at("2026-06-10T02:00:00Z"))).toMatchObject({
      ok: false,
      reason: "ALREADY_CONSENTED",
    });
    expect(consentStep(applied, parties, "c", at("2026-06-10T02:00:00Z"))).toMatchObject({
      ok: false,
      reason: "NOT_A_PARTY",
    });
    expect(consentStep({ ...applied, status: "ACCEPTED" }, parties, "b", at("2026-06-10T02:00:00Z"))).toMatchObject({
      ok: false,
      reason: "WRONG_STATUS",
    });
  });

  it("needs the last consent within the 30 days, which it completes; an earlier one may come later", () => {
    const late = at("2026-07-01T16:30:00Z");
    expect(consentStep(applied, parties, "b", late)).toMatchObject({ ok: false, reason: "APPLICATION_LATE" });
    expect(consentStep(applied, parties, "b", at("2026-07-01T15:00:00Z"))).toMatchObject({ ok: true });
    const three = [...parties, { id: "c", consented: false }];
    expect(consentStep(applied, three, "b", late)).toMatchObject({ ok: true });
  });

  it("lets the court accept only a joint application, and refuse one at any time", () => {
    expect(acceptanceStep(applied, parties, true)).toMatchObject({ ok: false, reason: "CONSENT_MISSING" });
    expect(acceptanceStep(applied, parties, false)).toEqual({ ok: true, status: "NOT_ACCEPTED" });
    expect(acceptanceStep(applied, [{ consented: true }, { consented: true }], true)).toEqual({
      ok: true,
      status: "ACCEPTED",
    });
    expect(acceptanceStep({ ...applied, status: "ACCEPTED" }, parties, true)).toMatchObject({
      reason: "WRONG_STATUS",
    });
  });
});

describe("judicial confirmation steps and clocks", () => {
  it("goes applied → accepted → confirmed, and only a confirmed agreement is enforceable", () => {
    const accept = nextStep({ procedure: "JUDICIAL_CONFIRMATION", status: "APPLIED" }, "APPLICATION_ACCEPTED");
    expect(accept).toEqual({ ok: true, status: "ACCEPTED" });
    expect(STEPS.APPLICATION_ACCEPTED).toMatchObject({
      stop: ["judicialConfirmationAcceptance"],
      start: ["judicialConfirmationRuling"],
    });
    expect(nextStep({ procedure: "JUDICIAL_CONFIRMATION", status: "ACCEPTED" }, "AGREEMENT_CONFIRMED")).toMatchObject({
      ok: true,
      status: "CONFIRMED",
    });
    expect(isEnforceable("CONFIRMED")).toBe(true);
    expect(isEnforceable("ACCEPTED")).toBe(false);
    expect(isEnforceable("REJECTED")).toBe(false);
  });

  it("cannot rule before acceptance nor twice", () => {
    expect(nextStep({ procedure: "JUDICIAL_CONFIRMATION", status: "APPLIED" }, "AGREEMENT_CONFIRMED")).toMatchObject({
      ok: false,
      reason: "WRONG_STATUS",
    });
    expect(nextStep({ procedure: "JUDICIAL_CONFIRMATION", status: "CONFIRMED" }, "APPLICATION_REJECTED")).toMatchObject(
      { ok: false, reason: "WRONG_STATUS" },
    );
    expect(nextStep({ procedure: "ENFORCEMENT", status: "ENFORCING" }, "AGREEMENT_CONFIRMED")).toMatchObject({
      ok: false,
      reason: "WRONG_PROCEDURE",
    });
  });

  it("decides acceptance within 3 days and rules within 15, +10 with approval", () => {
    const applied = at("2026-07-06T02:00:00Z"); // Monday
    const acceptance = courtClockStatus(
      "judicialConfirmationAcceptance",
      { startedAt: applied, pauses: [], extensions: [] },
      applied,
    );
    expect(acceptance.deadlineDate).toBe("2026-07-09");
    const ruling = courtClockStatus(
      "judicialConfirmationRuling",
      { startedAt: applied, pauses: [], extensions: [] },
      applied,
    );
    expect(ruling.deadlineDate).toBe("2026-07-21");
    const extended = courtClockStatus(
      "judicialConfirmationRuling",
      {
        startedAt: applied,
        pauses: [],
        extensions: [{ days: 10, approvedBy: "院长", reason: "案情复杂", at: applied }],
      },
      applied,
    );
    expect(extended.deadlineDate).toBe("2026-07-31");
  });
});

describe("one performance of a confirmed agreement", () => {
  it("shows the committee's finding of performance while the court has recorded none, and the court's own record otherwise", () => {
    expect(confirmedPerformance("PENDING", true)).toBe("PERFORMED");
    expect(confirmedPerformance("PENDING", false)).toBe("PENDING");
    expect(confirmedPerformance("ENFORCEMENT_APPLIED", true)).toBe("ENFORCEMENT_APPLIED");
    expect(confirmedPerformance(null, true)).toBeNull();
  });
});
