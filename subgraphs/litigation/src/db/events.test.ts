// Every step of a court case writes its case event in the same transaction as the change (统一归集):
// the mutations run against an in-memory PGlite with the real migrations, and the outbox is read back.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { changeRecord } from "@onedoor/shared/db/write-path";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { courtEvents } from "../domain/timeline-events.js";
import { nextStep } from "../domain/procedures.js";
import { courtCaseKind } from "./write.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const DAY = 86_400_000;
const CLERK = caller("courtClerk", { userId: "clerk-1", department: "litigation" });
const code = (region: string, sequence: number) => formatDisputeCode({ region, year: 2026, sequence });

describe("court case events in the outbox", () => {
  const kit = useSubgraphKit(subgraph, { seed: true });

  async function mutate(
    field: string,
    inputType: string,
    input: unknown,
  ): Promise<{ id: string; status: string; caseNumber: string }> {
    const result = await kit.run(
      CLERK,
      `mutation ($v: ${inputType}) { r: ${field}(input: $v) { id status caseNumber } }`,
      { v: input },
    );
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    // The graph answers the case's node id; the outbox and the audit log store its own key.
    const kase = result.data!.r as { id: string; status: string; caseNumber: string };
    return { ...kase, id: recordKey(kase.id) };
  }

  async function refused(field: string, inputType: string, input: unknown): Promise<unknown> {
    const result = await kit.run(CLERK, `mutation ($v: ${inputType}) { r: ${field}(input: $v) { id } }`, {
      v: input,
    });
    expect(result.errors).toHaveLength(1);
    return result.errors[0]!.extensions;
  }

  const eventsOf = (disputeCode: string) =>
    kit.store().outboxEvent.findMany({ where: { disputeCode }, orderBy: { sequence: "asc" } });

  it("seeds the demo stories' events with their historical times", async () => {
    const island = await eventsOf("330903260000011");
    expect(island.map((e) => [e.type, e.occurredAt.toISOString()])).toEqual([
      ["JUDICIAL_CONFIRMATION_FILED", "2026-07-06T02:00:00.000Z"],
      ["JUDICIAL_CONFIRMATION_CONSENTED", "2026-07-06T02:00:00.000Z"],
      ["JUDICIAL_CONFIRMATION_CONSENTED", "2026-07-06T02:00:00.000Z"],
      ["JUDICIAL_CONFIRMATION_APPLIED", "2026-07-06T02:00:00.000Z"],
      ["JUDICIAL_CONFIRMATION_ACCEPTANCE_DECIDED", "2026-07-07T01:30:00.000Z"],
      ["JUDICIAL_CONFIRMATION_RULED", "2026-07-10T07:00:00.000Z"],
      ["PERFORMANCE_RECORDED", "2026-07-17T06:00:00.000Z"],
    ]);
    expect(island[5]!.data).toMatchObject({ confirmed: true, caseNumber: "(2026)浙0903民特45号", status: "CONFIRMED" });
    expect((await eventsOf("330122260000034")).map((e) => e.type)).toEqual([
      "PRE_FILING_MEDIATION_DELEGATED",
      "PRE_FILING_MEDIATION_RESOLVED",
    ]);
    expect(island.every((e) => e.deliveredAt === null && e.attempts === 0)).toBe(true);
  });

  it("records one event per step of pre-filing mediation → filing → judgment → enforcement, with the change", async () => {
    const disputeCode = code("330122", 700_001);
    await kit.notify(disputeCode); // dispatched to the court
    const mediation = await mutate("delegatePreFilingMediation", "DelegatePreFilingMediationInput!", {
      disputeCode,
      causeOfActionCode: "PREMISES_LEASE",
      parties: [
        { role: "PLAINTIFF", kind: "ORGANISATION", name: "桐庐某纺织有限公司" },
        { role: "DEFENDANT", kind: "PERSON", name: "徐建明" },
      ],
      claims: [{ description: "支付拖欠厂房租金", amount: "186000.50" }],
      mediatorKind: "INVITED_MEDIATOR",
      mediatorBody: "桐庐县律师协会特邀调解工作室",
      mediatorName: "叶文涛",
    });
    await mutate("extendPreFilingMediation", "ExtendPreFilingMediationInput!", {
      caseId: mediation.id,
      days: 15,
      reason: "双方当事人同意延长调解期限",
    });
    const filed = await mutate("fileAfterFailedPreFilingMediation", "FileAfterFailedPreFilingMediationInput!", {
      caseId: mediation.id,
      trialProcedure: "SIMPLIFIED",
      fastTrack: true,
    });
    const judged = await mutate("recordJudgment", "RecordJudgmentInput!", { caseId: filed.id });
    const enforcement = await mutate("applyForEnforcement", "ApplyForEnforcementInput!", { basisCaseId: filed.id });
    await mutate("concludeEnforcement", "ConcludeEnforcementInput!", {
      caseId: enforcement.id,
      outcome: "SETTLED",
      note: "双方达成执行和解",
    });

    const events = await eventsOf(disputeCode);
    expect(events.map((e) => [e.type, e.recordId, (e.data as { status: string }).status])).toEqual([
      ["PRE_FILING_MEDIATION_DELEGATED", mediation.id, "IN_MEDIATION"],
      ["PRE_FILING_MEDIATION_EXTENDED", mediation.id, "IN_MEDIATION"],
      ["PRE_FILING_MEDIATION_FAILED", mediation.id, "MEDIATION_FAILED"],
      ["CASE_FILED", filed.id, "FILED"],
      ["JUDGMENT_RECORDED", filed.id, "JUDGED"],
      ["ENFORCEMENT_APPLIED", enforcement.id, "ENFORCING"],
      ["ENFORCEMENT_CONCLUDED", enforcement.id, "CONCLUDED"],
    ]);
    expect(judged.status).toBe("JUDGED");
    expect(events[2]!.data).toMatchObject({ nextStep: "LITIGATION" });
    expect(events[3]!.data).toMatchObject({
      trialProcedure: "SIMPLIFIED",
      fastTrack: true,
      caseNumber: filed.caseNumber,
    });
    expect(events[3]!.summary).toBe(`法院立案受理，适用简易程序并纳入速裁（${filed.caseNumber}）`);
    expect(events[5]!.data).toMatchObject({ basisCaseNumber: filed.caseNumber });
    expect(events[6]!.data).toMatchObject({ outcome: "SETTLED" });
    // Summaries are for residents: the parties' and mediator's names never appear.
    for (const e of events) expect(e.summary).not.toMatch(/徐建明|叶文涛|纺织/);
    // The changes themselves were committed with them.
    const rows = await kit.store().courtCase.findMany({ where: { disputeCode }, orderBy: { filedAt: "asc" } });
    expect(rows.map((r) => r.status)).toEqual(["MEDIATION_FAILED", "JUDGED", "CONCLUDED"]);
    expect(rows[1]!.performance).toBe("ENFORCEMENT_APPLIED");
    // Each step is audited with its change: who, which case, which input fields (never their values).
    const audit = await kit.store().auditEntry.findMany({
      where: { entityId: { in: [mediation.id, filed.id, enforcement.id] } },
    });
    expect(audit.map((a) => [a.action, a.entityId]).sort()).toEqual(
      [
        ["delegatePreFilingMediation", mediation.id],
        ["extendPreFilingMediation", mediation.id],
        ["fileAfterFailedPreFilingMediation", filed.id],
        ["recordJudgment", filed.id],
        ["applyForEnforcement", enforcement.id],
        ["concludeEnforcement", enforcement.id],
      ].sort(),
    );
    expect(audit.every((a) => a.actor === "clerk-1" && a.entity === "CourtCase")).toBe(true);
    expect(audit.find((a) => a.action === "delegatePreFilingMediation")!.fields).toEqual(
      expect.arrayContaining(["disputeCode", "parties", "claims", "mediatorName"]),
    );
  });

  it("records judicial confirmation steps, and nothing for refused steps", async () => {
    const disputeCode = code("330903", 700_002);
    const agreementId = randomUUID();
    await kit.notify(disputeCode, "AGREEMENT_REACHED", undefined, {
      recordId: agreementId,
      occurredAt: new Date(Date.now() - 3 * DAY),
    });
    const confirmationInput = (causeOfActionCode: string) => ({
      disputeCode,
      causeOfActionCode,
      online: true,
      agreementId,
      parties: [
        { role: "APPLICANT", kind: "PERSON", name: "王海军" },
        { role: "APPLICANT", kind: "PERSON", name: "陈阿福" },
      ],
      claims: [{ description: "确认调解协议有效", amount: "42000" }],
    });
    // Refused before any write: a marriage relation cannot be confirmed.
    expect(
      await refused("applyForJudicialConfirmation", "ApplyForJudicialConfirmationInput!", confirmationInput("DIVORCE")),
    ).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await eventsOf(disputeCode)).toEqual([]);

    const applied = await mutate(
      "applyForJudicialConfirmation",
      "ApplyForJudicialConfirmationInput!",
      confirmationInput("LABOUR_SERVICE_CONTRACT"),
    );
    expect(
      await refused("ruleOnJudicialConfirmation", "RuleOnJudicialConfirmationInput!", {
        caseId: applied.id,
        granted: true,
      }),
    ).toMatchObject({ code: "INVALID_STATE" });
    // Not joint until both parties consented: the court cannot accept yet.
    const acceptance = { caseId: applied.id, granted: true };
    const DECIDE = "DecideJudicialConfirmationAcceptanceInput!";
    expect(await refused("decideJudicialConfirmationAcceptance", DECIDE, acceptance)).toMatchObject({
      code: "INVALID_STATE",
      reason: "CONSENT_MISSING",
    });
    const parties = await kit.store().courtCaseParty.findMany({ where: { caseId: applied.id } });
    for (const party of parties) {
      await mutate("consentToJudicialConfirmation", "ConsentToJudicialConfirmationInput!", {
        caseId: applied.id,
        casePartyId: party.id,
        channel: "IN_PERSON",
      });
    }
    await mutate("decideJudicialConfirmationAcceptance", DECIDE, acceptance);
    await mutate("extendJudicialConfirmationRuling", "ExtendJudicialConfirmationRulingInput!", {
      caseId: applied.id,
      days: 10,
      reason: "院长批准：需核实履行能力",
    });
    expect(
      await refused("extendJudicialConfirmationRuling", "ExtendJudicialConfirmationRulingInput!", {
        caseId: applied.id,
        days: 1,
        reason: "再延长",
      }),
    ).toMatchObject({ code: "BAD_USER_INPUT" });
    await mutate("ruleOnJudicialConfirmation", "RuleOnJudicialConfirmationInput!", {
      caseId: applied.id,
      granted: true,
    });
    await mutate("recordCourtPerformance", "RecordCourtPerformanceInput!", { caseId: applied.id });
    expect(
      await refused("recordCourtPerformance", "RecordCourtPerformanceInput!", { caseId: applied.id }),
    ).toMatchObject({ code: "INVALID_STATE" });
    expect(
      await refused("applyForEnforcement", "ApplyForEnforcementInput!", { basisCaseId: applied.id }),
    ).toMatchObject({ code: "INVALID_STATE" });

    const events = await eventsOf(disputeCode);
    expect(events.map((e) => e.type)).toEqual([
      "JUDICIAL_CONFIRMATION_FILED",
      "JUDICIAL_CONFIRMATION_CONSENTED",
      "JUDICIAL_CONFIRMATION_CONSENTED",
      "JUDICIAL_CONFIRMATION_APPLIED",
      "JUDICIAL_CONFIRMATION_ACCEPTANCE_DECIDED",
      "JUDICIAL_CONFIRMATION_RULING_EXTENDED",
      "JUDICIAL_CONFIRMATION_RULED",
      "PERFORMANCE_RECORDED",
    ]);
    expect(events.map((e) => e.summary)).toEqual([
      `当事人在线提交司法确认申请，待各方当事人同意（${applied.caseNumber}）`,
      `一方当事人同意共同申请司法确认（${applied.caseNumber}）`,
      `各方当事人均已同意，司法确认共同申请完成（${applied.caseNumber}）`,
      `各方当事人共同申请司法确认调解协议（${applied.caseNumber}）`,
      `法院受理司法确认申请（${applied.caseNumber}）`,
      `经院长批准，司法确认审查期限延长10日（${applied.caseNumber}）`,
      `法院裁定调解协议有效，具有强制执行力（${applied.caseNumber}）`,
      `经司法确认的调解协议已履行完毕（${applied.caseNumber}）`,
    ]);
    expect(events[6]!.data).toMatchObject({ confirmed: true, performance: "PENDING" });
    // The joint application carries the agreement, which the registry relays to the committee.
    expect(events[3]!.data).toMatchObject({ agreementId: expect.any(String) });
    expect(events[0]!.data).toMatchObject({ agreementId: expect.any(String) });
    expect(await kit.store().courtCase.count({ where: { disputeCode } })).toBe(1);
  });

  it("rolls the event back with a step that loses a race (no event without its change)", async () => {
    const disputeCode = code("330122", 700_003);
    await kit.notify(disputeCode);
    const filed = await mutate("fileCourtCase", "FileCourtCaseInput!", {
      disputeCode,
      causeOfActionCode: "PRIVATE_LENDING",
      trialProcedure: "SMALL_CLAIMS",
      parties: [
        { role: "PLAINTIFF", kind: "PERSON", name: "方志强" },
        { role: "DEFENDANT", kind: "PERSON", name: "钱小军" },
      ],
      claims: [{ description: "归还借款", amount: "30000" }],
    });
    // A second judgment decided on the case as first read, while the first one commits: its guarded update
    // finds the version moved on and the whole step, event included, is rolled back.
    await expect(
      changeRecord(kit.store(), { identity: CLERK, requestId: "race" }, courtCaseKind, {
        id: filed.id,
        decide: async (row) => {
          await mutate("recordJudgment", "RecordJudgmentInput!", { caseId: filed.id });
          return nextStep(row, "JUDGMENT_RENDERED");
        },
        events: ({ after }) => [courtEvents.judgmentRecorded(after, new Date())],
        audit: { action: "recordJudgment" },
      }),
    ).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    expect((await eventsOf(disputeCode)).map((e) => e.type)).toEqual(["CASE_FILED", "JUDGMENT_RECORDED"]);
  });
});
