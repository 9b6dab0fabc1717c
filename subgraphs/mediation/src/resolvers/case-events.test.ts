// Case events for the registry (统一归集) and audit entries are written in the same transaction as the
// change: a committed step leaves exactly one outbox row and one audit entry, a refused or rolled-back
// step leaves neither.
import { beforeEach, describe, expect, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const { store, run: runAs, notify } = useSubgraphKit(subgraph, { seed: true });
const MEDIATOR = caller("mediator", { userId: "mediator-1", department: "mediation" });
let sequence = 700_000;
/** A new dispute code the registry has dispatched to mediation. */
async function sentCode(): Promise<string> {
  const code = formatDisputeCode({ region: "330122", year: 2026, sequence: sequence++ });
  await notify(code);
  return code;
}

async function run<T = Record<string, { id: string; status: string; version: number }>>(
  source: string,
  input: Record<string, unknown>,
) {
  const { data, errors } = await runAs(MEDIATOR, source, { input });
  return { data: data as T | null, errors: errors.length > 0 ? errors : undefined };
}

async function ok<T = Record<string, { id: string; status: string; version: number }>>(
  source: string,
  input: Record<string, unknown>,
): Promise<T> {
  const { data, errors } = await run<T>(source, input);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id status version } }`;
const ASSIGN = `mutation ($input: AssignMediatorInput!) { assignMediator(input: $input) { id status version } }`;
const RECUSE = `mutation ($input: RecuseMediatorInput!) { recuseMediator(input: $input) { id status version } }`;
const SESSION = `mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id status version } }`;
const PAUSE = `mutation ($input: PauseMediationClockInput!) { pauseMediationClock(input: $input) { id status version } }`;
const RESUME = `mutation ($input: ResumeMediationClockInput!) { resumeMediationClock(input: $input) { id status version } }`;
const FAIL = `mutation ($input: FailMediationInput!) { failMediation(input: $input) { id status version } }`;
const AGREE = `mutation ($input: ReachMediationAgreementInput!) { reachMediationAgreement(input: $input) { id } }`;
const FOLLOW_UP = `mutation ($input: RecordPerformanceFollowUpInput!) { recordPerformanceFollowUp(input: $input) { id performanceStatus } }`;

const outbox = (disputeCode: string) =>
  store().outboxEvent.findMany({ where: { disputeCode }, orderBy: { sequence: "asc" } });
const audited = async (entityId: string) =>
  (await store().auditEntry.findMany({ where: { entityId }, orderBy: [{ at: "asc" }, { id: "asc" }] })).map((e) => [
    e.action,
    e.entity,
    e.fields,
  ]);

async function committeeId(name: string) {
  return (await store().committee.findUniqueOrThrow({ where: { name } })).id;
}
async function mediatorId(name: string) {
  return (await store().mediator.findFirstOrThrow({ where: { name } })).id;
}

describe("mediation case events (outbox)", () => {
  let before: number;
  beforeEach(async () => {
    before = await store().outboxEvent.count();
  });

  it("seeds the demo stories' events with their historical times, in order", async () => {
    const rows = await outbox("330122260000016");
    expect(rows.map((r) => r.type)).toEqual([
      "MEDIATION_ACCEPTED",
      "MEDIATOR_ASSIGNED",
      "MEDIATION_SESSION_HELD",
      "MEDIATION_AGREEMENT_REACHED",
      "AGREEMENT_PERFORMANCE_RECORDED",
    ]);
    expect(rows.map((r) => r.occurredAt.toISOString())).toEqual([
      "2026-03-09T02:05:00.000Z",
      "2026-03-09T02:05:00.000Z",
      "2026-03-09T03:00:00.000Z",
      "2026-03-09T05:30:00.000Z",
      "2026-03-09T08:00:00.000Z",
    ]);
    expect(rows[0]!.summary).toBe("桐庐县联合人民调解委员会受理矛调中心派发的调解案件");
    expect(rows[3]!.data).toMatchObject({ status: "AGREEMENT_REACHED", totalAmount: "1860.00" });
    // No person of the story appears in the resident's timeline.
    for (const row of rows) expect(row.summary).not.toMatch(/周秀英|何建华/);
    expect((await outbox("330122260000034"))[0]!.summary).toBe("桐庐县商事人民调解委员会受理人民法院委派的诉前调解");
  });

  it("writes each committed step together with exactly one event, in order", async () => {
    const code = await sentCode();
    const accepted = await ok(ACCEPT, {
      disputeCode: code,
      committeeId: await committeeId("桐庐县劳动争议人民调解委员会"),
      source: "DISPATCH",
      acceptedAt: "2026-11-02T01:00:00.000Z",
    });
    const caseId = recordKey(accepted.acceptMediationCase!.id);
    const qian = await mediatorId("钱卫东");
    const jiang = await mediatorId("蒋晓燕");
    await ok(ASSIGN, { caseId, mediatorId: qian });
    await ok(ASSIGN, { caseId, mediatorId: jiang });
    await ok(RECUSE, { caseId, mediatorId: qian, requestedBy: "申请人张某", reason: "调解员与被申请人有亲属关系" });
    await ok(SESSION, {
      caseId,
      mode: "IN_PERSON",
      startsAt: "2026-11-03T02:00:00.000Z",
      place: "劳动争议调解室",
      attendees: ["张某", "蒋晓燕"],
      notes: "双方分歧较大",
    });
    const failed = await ok(FAIL, { caseId, reason: "用人单位拒绝支付加班费", suggestedNextStep: "ARBITRATION" });
    expect(failed.failMediation!.status).toBe("FAILED");

    const rows = await outbox(code);
    expect(rows.map((r) => r.type)).toEqual([
      "MEDIATION_ACCEPTED",
      "MEDIATOR_ASSIGNED",
      "MEDIATOR_ASSIGNED",
      "MEDIATOR_RECUSED",
      "MEDIATION_SESSION_HELD",
      "MEDIATION_FAILED",
    ]);
    expect(rows.every((r) => r.recordId === caseId && r.deliveredAt === null)).toBe(true);
    expect(rows[0]!.occurredAt.toISOString()).toBe("2026-11-02T01:00:00.000Z");
    expect(rows.map((r) => r.data)).toEqual([
      { status: "ACCEPTED", source: "DISPATCH", clockKind: "LABOUR" },
      { status: "ACCEPTED", lead: true },
      { status: "ACCEPTED", lead: false },
      { status: "ACCEPTED", leadReplaced: true },
      {
        status: "IN_MEDIATION",
        mode: "IN_PERSON",
        sessionNumber: 1,
        // Held in person: the parties' attendance (到场), which the registry counts as a visit.
        attendance: { at: "2026-11-03T02:00:00.000Z", place: "劳动争议调解室", inPerson: true },
      },
      { status: "FAILED", nextStep: "ARBITRATION" },
    ]);
    expect(rows[4]!.occurredAt.toISOString()).toBe("2026-11-03T02:00:00.000Z");
    expect(rows[5]!.summary).toBe("桐庐县劳动争议人民调解委员会调解不成，终结调解，可申请劳动人事争议仲裁");
    for (const row of rows) expect(row.summary).not.toMatch(/钱卫东|蒋晓燕|张某|加班费/);
    expect(await store().outboxEvent.count()).toBe(before + 6);

    // One audit entry per step: who, which mutation, which input fields (never their values).
    expect(await audited(caseId)).toEqual([
      ["acceptMediationCase", "MediationCase", ["disputeCode", "committeeId", "source", "acceptedAt"]],
      ["assignMediator", "MediationCase", ["caseId", "mediatorId"]],
      ["assignMediator", "MediationCase", ["caseId", "mediatorId"]],
      ["recuseMediator", "MediationCase", ["caseId", "mediatorId", "requestedBy", "reason"]],
      ["recordMediationSession", "MediationCase", ["caseId", "mode", "startsAt", "place", "attendees", "notes"]],
      ["failMediation", "MediationCase", ["caseId", "reason", "suggestedNextStep"]],
    ]);
    const entries = await store().auditEntry.findMany({ where: { entityId: caseId } });
    expect(
      entries.every(
        (e) => e.actor === "mediator-1" && e.requestId.startsWith("kit-mediation-") && e.roles.includes("mediator"),
      ),
    ).toBe(true);
  });

  it("records the agreement and the follow-up under the agreement's id", async () => {
    const code = await sentCode();
    const { acceptMediationCase } = await ok(ACCEPT, {
      disputeCode: code,
      committeeId: await committeeId("桐庐县消费纠纷人民调解委员会"),
      source: "DIRECT_APPLICATION",
      acceptedAt: "2026-11-10T01:00:00.000Z",
    });
    const caseId = recordKey(acceptMediationCase!.id);
    await ok(ASSIGN, { caseId, mediatorId: await mediatorId("陈美华") });
    await ok(SESSION, {
      caseId,
      mode: "ONLINE_VIDEO",
      startsAt: "2026-11-11T02:00:00.000Z",
      place: "在线调解",
      attendees: ["消费者", "商家"],
      notes: "核对退款金额",
    });
    const { reachMediationAgreement } = await ok<{ reachMediationAgreement: { id: string } }>(AGREE, {
      caseId,
      terms: "商家退还预付款。",
      obligations: [
        { payer: "商家", payee: "消费者", amount: "1200.5", description: "预付款" },
        { payer: "商家", payee: "消费者", amount: "300", description: "补偿" },
      ],
      performanceDeadline: "2026-11-20T15:59:59.000Z",
      signatories: ["消费者", "商家"],
      signedAt: "2026-11-11T03:00:00.000Z",
    });
    await ok(FOLLOW_UP, {
      agreementId: reachMediationAgreement.id,
      status: "PARTLY_PERFORMED",
      notes: "已退一半",
      at: "2026-11-15T02:00:00.000Z",
    });

    const rows = (await outbox(code)).slice(-2);
    expect(rows.map((r) => [r.type, r.recordId, r.occurredAt.toISOString(), r.summary])).toEqual([
      [
        "MEDIATION_AGREEMENT_REACHED",
        recordKey(reachMediationAgreement.id),
        "2026-11-11T03:00:00.000Z",
        "经桐庐县消费纠纷人民调解委员会调解，当事人达成调解协议",
      ],
      [
        "AGREEMENT_PERFORMANCE_RECORDED",
        recordKey(reachMediationAgreement.id),
        "2026-11-15T02:00:00.000Z",
        "回访确认调解协议部分履行",
      ],
    ]);
    expect(rows[0]!.data).toEqual({
      status: "AGREEMENT_REACHED",
      caseId,
      totalAmount: "1500.50",
      performanceDeadline: "2026-11-20T15:59:59.000Z",
    });
    expect(rows[1]!.data).toEqual({ status: "AGREEMENT_REACHED", caseId, performance: "PARTLY_PERFORMED" });
    expect(await audited(recordKey(reachMediationAgreement.id))).toEqual([
      [
        "reachMediationAgreement",
        "MediationAgreement",
        ["caseId", "terms", "obligations", "performanceDeadline", "signatories", "signedAt"],
      ],
      ["recordPerformanceFollowUp", "MediationAgreement", ["agreementId", "status", "notes", "at"]],
    ]);
  });

  it("writes no event for a refused step or one whose transaction rolls back", async () => {
    const code = await sentCode();
    const { acceptMediationCase } = await ok(ACCEPT, {
      disputeCode: code,
      committeeId: await committeeId("桐庐县医疗纠纷人民调解委员会"),
      source: "DISPATCH",
      acceptedAt: "2026-11-01T01:00:00.000Z",
    });
    const caseId = recordKey(acceptMediationCase!.id);
    const afterAccept = await store().outboxEvent.count();
    expect(afterAccept).toBe(before + 1);

    // Refused by the state machine: a session needs a mediator.
    const noMediator = await run(SESSION, {
      caseId,
      mode: "IN_PERSON",
      startsAt: "2026-11-02T02:00:00.000Z",
      place: "医调委",
      attendees: ["患方"],
      notes: "—",
    });
    expect(noMediator.errors?.[0]?.extensions?.reason).toBe("NO_MEDIATOR");
    // Refused for a stale version.
    const stale = await run(FAIL, { caseId, reason: "分歧大", suggestedNextStep: "LITIGATION", expectedVersion: 99 });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    // Refused inside the transaction after the case row was already updated: all of it rolls back.
    await ok(PAUSE, { caseId, reason: "医疗损害鉴定", from: "2026-11-05T00:00:00.000Z" });
    const version = (await store().mediationCase.findUniqueOrThrow({ where: { id: caseId } })).version;
    const early = await run(RESUME, { caseId, at: "2026-11-04T00:00:00.000Z" });
    expect(early.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    expect((await store().mediationCase.findUniqueOrThrow({ where: { id: caseId } })).version).toBe(version);
    // Refused follow-up on an agreement that does not exist.
    expect(
      (await run(FOLLOW_UP, { agreementId: "00000000-0000-4000-8000-000000000000", status: "PERFORMED", notes: "—" }))
        .errors,
    ).toBeDefined();

    expect((await outbox(code)).map((r) => r.type)).toEqual(["MEDIATION_ACCEPTED", "MEDIATION_CLOCK_PAUSED"]);
    expect((await audited(caseId)).map(([action]) => action)).toEqual(["acceptMediationCase", "pauseMediationClock"]);
    expect(await store().outboxEvent.count()).toBe(afterAccept + 1);
  });
});
