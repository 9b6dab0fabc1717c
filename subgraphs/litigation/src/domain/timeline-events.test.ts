import { describe, expect, it } from "vitest";
import { courtEvents, courtServiceCentre, type CaseFacts } from "./timeline-events.js";

const at = new Date("2026-07-10T07:00:00.000Z");
const confirmation: CaseFacts = {
  id: "c1",
  disputeCode: "330903260000011",
  caseNumber: "(2026)浙0903民特45号",
  procedure: "JUDICIAL_CONFIRMATION",
  status: "CONFIRMED",
};
const judgment: CaseFacts = {
  id: "c2",
  disputeCode: "330122260000034",
  caseNumber: "(2026)浙0122民初88号",
  procedure: "FIRST_INSTANCE",
  status: "JUDGED",
};
const enforcement: CaseFacts = {
  id: "c3",
  disputeCode: "330122260000034",
  caseNumber: "(2026)浙0122执12号",
  procedure: "ENFORCEMENT",
  status: "ENFORCING",
};

describe("court events for the registry's timeline", () => {
  it("names the committee a pre-filing mediation is delegated to, so the registry can hand the dispute on, but no invited mediator", () => {
    expect(
      courtEvents.preFilingMediationDelegated(judgment, "MEDIATION_COMMITTEE", "桐庐县商事人民调解委员会", at).data,
    ).toMatchObject({ mediatorKind: "MEDIATION_COMMITTEE", mediatorBody: "桐庐县商事人民调解委员会" });
    expect(
      courtEvents.preFilingMediationDelegated(judgment, "INVITED_MEDIATOR", "桐庐县人民法院特邀调解员", at).data,
    ).not.toHaveProperty("mediatorBody");
  });

  it("names each event in SCREAMING_SNAKE_CASE, about its case, with the case number in summary and data", () => {
    const events = [
      courtEvents.preFilingMediationDelegated(judgment, "INVITED_MEDIATOR", "桐庐县人民法院特邀调解员", at),
      courtEvents.preFilingMediationExtended(judgment, 15, at),
      courtEvents.preFilingMediationResolved(judgment, "MEDIATION_STATEMENT", at),
      courtEvents.preFilingMediationFailed(judgment, at),
      courtEvents.caseFiled(judgment, "ORDINARY", false, at),
      courtEvents.judgmentRecorded(judgment, at),
      courtEvents.judicialConfirmationFiled(confirmation, false, at, "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45"),
      courtEvents.judicialConfirmationApplied(confirmation, at, "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45"),
      courtEvents.judicialConfirmationAcceptanceDecided(confirmation, false, at),
      courtEvents.judicialConfirmationRulingExtended(confirmation, 10, at),
      courtEvents.judicialConfirmationRuled(confirmation, false, at),
      courtEvents.performanceRecorded(confirmation, at),
      courtEvents.enforcementConcluded(enforcement, "TERMINATED_THIS_ROUND", at),
    ];
    for (const e of events) {
      expect(e.type).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(e.summary.endsWith(`）`)).toBe(true);
      expect(e.data).toMatchObject({ caseNumber: expect.any(String), status: expect.any(String) });
      expect(e.occurredAt).toBe(at);
    }
    expect(events[2]!.summary).toBe("诉前调解成功，法院出具调解书（(2026)浙0122民初88号）");
    expect(events[8]!.summary).toBe("法院决定不予受理司法确认申请（(2026)浙0903民特45号）");
    expect(events[10]!.data).toEqual({
      caseNumber: "(2026)浙0903民特45号",
      procedure: "JUDICIAL_CONFIRMATION",
      status: "CONFIRMED",
      confirmed: false,
    });
    expect(events[12]!.summary).toBe("执行结案：终结本次执行程序（(2026)浙0122执12号）");
  });

  it("registers an application, and applies jointly with the agreement only at the last consent", () => {
    const agreementId = "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45";
    expect(courtEvents.judicialConfirmationFiled(confirmation, true, at, agreementId)).toMatchObject({
      type: "JUDICIAL_CONFIRMATION_FILED",
      summary: "当事人在线提交司法确认申请，待各方当事人同意（(2026)浙0903民特45号）",
      data: { online: true, agreementId },
    });
    expect(courtEvents.judicialConfirmationApplied(confirmation, at, agreementId)).toMatchObject({
      type: "JUDICIAL_CONFIRMATION_APPLIED",
      summary: "各方当事人共同申请司法确认调解协议（(2026)浙0903民特45号）",
      data: { agreementId },
    });
  });

  it("says what was performed: a confirmed agreement or a judgment", () => {
    expect(courtEvents.performanceRecorded(confirmation, at).summary).toContain("经司法确认的调解协议");
    expect(courtEvents.performanceRecorded(judgment, at).summary).toContain("生效判决");
  });

  it("records enforcement on the 执 case and names its basis by case number", () => {
    const e = courtEvents.enforcementApplied(enforcement, judgment, at);
    expect(e).toMatchObject({
      type: "ENFORCEMENT_APPLIED",
      recordId: "c3",
      disputeCode: "330122260000034",
      data: { basisCaseNumber: "(2026)浙0122民初88号", basisProcedure: "FIRST_INSTANCE" },
    });
    expect(e.summary).toBe("义务人未履行，依据(2026)浙0122民初88号申请强制执行，法院执行立案（(2026)浙0122执12号）");
  });

  it("carries the party's attendance for a consent given in person at the court, and none for one online", () => {
    const applied = { ...confirmation, status: "APPLIED" as const };
    const place = courtServiceCentre(applied.disputeCode);
    expect(place).toBe("普陀区人民法院诉讼服务中心");
    expect(courtEvents.judicialConfirmationConsented(applied, { channel: "IN_PERSON", place }, false, at).data).toEqual(
      {
        caseNumber: applied.caseNumber,
        procedure: "JUDICIAL_CONFIRMATION",
        status: "APPLIED",
        channel: "IN_PERSON",
        joint: false,
        attendance: { at: at.toISOString(), place, inPerson: true },
      },
    );
    const online = courtEvents.judicialConfirmationConsented(applied, { channel: "ONLINE" }, true, at);
    expect(online.data).toMatchObject({ channel: "ONLINE", joint: true });
    expect(online.data).not.toHaveProperty("attendance");
  });
});
