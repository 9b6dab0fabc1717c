import { describe, expect, it } from "vitest";
import { causeListByVersion, findCause } from "./causes-of-action.js";
import { checkConfirmationApplication, confirmedPerformance, isEnforceable } from "./judicial-confirmation.js";
import { courtClockStatus } from "./clocks.js";
import { nextStep, STEPS } from "./procedures.js";

const list = causeListByVersion("2020")!;
const labour = findCause(list, "LABOUR_SERVICE_CONTRACT")!;
const divorce = findCause(list, "DIVORCE")!;
const both = [{ joinsApplication: true }, { joinsApplication: true }];
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
    if (decision.ok) expect(decision.value.applicationClock.stoppedAt).toEqual(at("2026-07-06T02:00:00Z"));
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
    const decision = checkConfirmationApplication({
      agreement: { effectiveAt: at("2026-07-03T02:00:00Z") },
      appliedAt: at("2026-07-04T02:00:00Z"),
      parties: [{ joinsApplication: true }, { joinsApplication: false }],
      cause: labour,
    });
    expect(decision).toMatchObject({ ok: false, refusals: [{ code: "NOT_JOINT_APPLICATION" }] });
    const alone = checkConfirmationApplication({
      agreement: { effectiveAt: at("2026-07-03T02:00:00Z") },
      appliedAt: at("2026-07-04T02:00:00Z"),
      parties: [{ joinsApplication: true }],
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
      parties: [{ joinsApplication: true }],
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
