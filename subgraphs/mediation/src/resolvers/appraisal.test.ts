// 鉴定 drives a medical case's clock: commissioning one pauses it from the request, recording the opinion
// resumes it with the appraisal's days left off; both steps leave their event and audit entry, and a
// refused step leaves nothing.
import { describe, expect, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const { store, run: runAs, notify } = useSubgraphKit(subgraph, { seed: true });
const MEDIATOR = caller("mediator", { userId: "mediator-1", department: "mediation" });
/** Another department's staff read the case as a summary. */
const ARBITRATOR = caller("arbitrator", { department: "arbitration" });
let sequence = 760_000;

async function sentCode(): Promise<string> {
  const code = formatDisputeCode({ region: "330122", year: 2026, sequence: sequence++ });
  await notify(code);
  return code;
}

async function run(source: string, variables: Record<string, unknown>, who = MEDIATOR) {
  const { data, errors } = await runAs(who, source, variables);
  return { data: data as Record<string, any> | null, errors };
}
async function ok(source: string, variables: Record<string, unknown>, who = MEDIATOR) {
  const { data, errors } = await run(source, variables, who);
  expect(errors, JSON.stringify(errors)).toEqual([]);
  return data!;
}

const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id version } }`;
const REQUEST = `mutation ($input: RequestMediationAppraisalInput!) {
  requestMediationAppraisal(input: $input) { id status version clock { state pausedDays } } }`;
const RESULT = `mutation ($input: RecordMediationAppraisalResultInput!) {
  recordMediationAppraisalResult(input: $input) { id status version clock { state pausedDays } } }`;
const PAUSE = `mutation ($input: PauseMediationClockInput!) { pauseMediationClock(input: $input) { id version } }`;
const RESUME = `mutation ($input: ResumeMediationClockInput!) { resumeMediationClock(input: $input) { id version } }`;
const APPRAISALS = `query ($id: ID!) { mediationCase(id: $id) {
  clockPauses { from to reason }
  appraisals { id body kind requestedAt receivedAt conclusionSummary liabilityShare feePayer version createdBy } } }`;

async function accept(committee: string): Promise<{ caseId: string; code: string; nodeId: string }> {
  const code = await sentCode();
  const committeeId = (await store().committee.findUniqueOrThrow({ where: { name: committee } })).id;
  const data = await ok(ACCEPT, {
    input: { disputeCode: code, committeeId, source: "DISPATCH", acceptedAt: "2026-11-16T01:00:00.000Z" },
  });
  return { caseId: recordKey(data.acceptMediationCase.id), nodeId: data.acceptMediationCase.id, code };
}

const request = (caseId: string, extra: Record<string, unknown> = {}) => ({
  input: {
    caseId,
    body: "杭州市医学会",
    kind: "MEDICAL_MALPRACTICE",
    requestedAt: "2026-11-18T02:00:00.000Z",
    feePayer: "PATIENT_SIDE",
    ...extra,
  },
});

describe("appraisals (鉴定) of a medical case", () => {
  it("pauses the clock from the request and resumes it at the opinion, with the paused days counted", async () => {
    const { caseId, code, nodeId } = await accept("桐庐县医疗纠纷人民调解委员会");
    const requested = (await ok(REQUEST, request(caseId, { expectedVersion: 1 }))).requestMediationAppraisal;
    expect(requested).toMatchObject({ status: "ACCEPTED", version: 2, clock: { state: "PAUSED" } });

    const appraisal = await store().mediationAppraisal.findFirstOrThrow({ where: { caseId } });
    expect(appraisal).toMatchObject({ body: "杭州市医学会", receivedAt: null, version: 1, createdBy: "mediator-1" });
    const pause = await store().mediationClockPause.findUniqueOrThrow({ where: { id: appraisal.pauseId } });
    expect(pause).toMatchObject({ reason: "医疗损害鉴定（杭州市医学会）", to: null });
    expect(pause.from.toISOString()).toBe("2026-11-18T02:00:00.000Z");

    const resulted = (
      await ok(RESULT, {
        input: {
          appraisalId: appraisal.id,
          expectedVersion: 1,
          receivedAt: "2026-11-27T06:00:00.000Z",
          conclusionSummary: "医方存在过错，承担次要责任（30%）",
          liabilityShare: 30,
        },
      })
    ).recordMediationAppraisalResult;
    expect(resulted.version).toBe(3);
    expect(resulted.clock.state).not.toBe("PAUSED");
    expect(resulted.clock.pausedDays).toBeGreaterThan(0);

    const read = (await ok(APPRAISALS, { id: nodeId })).mediationCase;
    expect(read.appraisals).toEqual([
      expect.objectContaining({
        body: "杭州市医学会",
        kind: "MEDICAL_MALPRACTICE",
        receivedAt: "2026-11-27T06:00:00.000Z",
        conclusionSummary: "医方存在过错，承担次要责任（30%）",
        liabilityShare: 30,
        feePayer: "PATIENT_SIDE",
        version: 2,
        createdBy: "mediator-1",
      }),
    ]);
    expect(read.clockPauses).toEqual([
      { from: "2026-11-18T02:00:00.000Z", to: "2026-11-27T06:00:00.000Z", reason: "医疗损害鉴定（杭州市医学会）" },
    ]);

    // Another department's staff see that an appraisal paused the clock, not who judged or what was found.
    const summary = (await ok(APPRAISALS, { id: nodeId }, ARBITRATOR)).mediationCase;
    expect(summary.appraisals[0]).toMatchObject({
      kind: "MEDICAL_MALPRACTICE",
      body: null,
      conclusionSummary: null,
      liabilityShare: null,
      createdBy: null,
    });

    const events = await store().outboxEvent.findMany({ where: { disputeCode: code }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => [e.type, e.summary])).toEqual([
      ["MEDIATION_ACCEPTED", expect.any(String)],
      ["MEDIATION_CLOCK_PAUSED", "委托杭州市医学会进行医疗损害鉴定，调解期限中止"],
      ["MEDIATION_CLOCK_RESUMED", "收到鉴定意见，调解期限恢复计算"],
    ]);
    const audit = await store().auditEntry.findMany({
      where: { entityId: caseId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(audit.map((a) => a.action)).toEqual([
      "acceptMediationCase",
      "requestMediationAppraisal",
      "recordMediationAppraisalResult",
    ]);
  });

  it("refuses a non-medical case, a second open appraisal and an opinion before the request, writing nothing", async () => {
    const labour = await accept("桐庐县劳动争议人民调解委员会");
    const notMedical = await run(REQUEST, request(labour.caseId));
    expect(notMedical.errors[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "NOT_MEDICAL",
      messageZh: "仅医疗纠纷调解可委托鉴定",
    });

    const { caseId, code } = await accept("桐庐县医疗纠纷人民调解委员会");
    await ok(REQUEST, request(caseId));
    const second = await run(REQUEST, request(caseId, { body: "浙江迪安司法鉴定中心", kind: "DISABILITY_GRADE" }));
    expect(second.errors[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "APPRAISAL_OPEN" });

    const appraisal = await store().mediationAppraisal.findFirstOrThrow({ where: { caseId } });
    const early = await run(RESULT, {
      input: { appraisalId: appraisal.id, receivedAt: "2026-11-17T02:00:00.000Z", conclusionSummary: "不构成医疗事故" },
    });
    expect(early.errors[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "BEFORE_REQUEST" });

    const badInput = await run(RESULT, {
      input: {
        appraisalId: appraisal.id,
        receivedAt: "2026-11-27T02:00:00.000Z",
        conclusionSummary: " ",
        liabilityShare: 130,
      },
    });
    expect(badInput.errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(
      (badInput.errors[0]?.extensions?.problems as { field: string[] }[]).map((p) => p.field.join(".")).sort(),
    ).toEqual(["input.conclusionSummary", "input.liabilityShare"]);

    // Nothing of the refused steps was written.
    expect(await store().mediationAppraisal.count({ where: { caseId: { in: [caseId, labour.caseId] } } })).toBe(1);
    expect(await store().mediationClockPause.count({ where: { caseId: { in: [caseId, labour.caseId] } } })).toBe(1);
    expect(await store().mediationAppraisal.findUniqueOrThrow({ where: { id: appraisal.id } })).toMatchObject({
      receivedAt: null,
      version: 1,
    });
    expect(
      (await store().outboxEvent.findMany({ where: { disputeCode: code }, orderBy: { sequence: "asc" } })).map(
        (e) => e.type,
      ),
    ).toEqual(["MEDIATION_ACCEPTED", "MEDIATION_CLOCK_PAUSED"]);
  });

  it("refuses a stale appraisal version, and a second opinion on the same appraisal", async () => {
    const { caseId } = await accept("桐庐县医疗纠纷人民调解委员会");
    await ok(REQUEST, request(caseId, { feePayer: "SHARED" }));
    const { id } = await store().mediationAppraisal.findFirstOrThrow({ where: { caseId } });
    const result = (expectedVersion: number) => ({
      input: {
        appraisalId: id,
        expectedVersion,
        receivedAt: "2026-11-25T02:00:00.000Z",
        conclusionSummary: "医方无过错",
      },
    });
    const stale = await run(RESULT, result(7));
    expect(stale.errors[0]?.extensions?.code).toBe("CONFLICT");
    expect((await store().mediationClockPause.findFirstOrThrow({ where: { caseId } })).to).toBeNull();
    await ok(RESULT, result(1));
    const again = await run(RESULT, result(2));
    expect(again.errors[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "ALREADY_RECEIVED" });
  });

  it("has the database refuse a share outside 0–100 and an opinion before its request", async () => {
    const { caseId } = await accept("桐庐县医疗纠纷人民调解委员会");
    await ok(
      REQUEST,
      request(caseId, { kind: "DISABILITY_GRADE", body: "浙江迪安司法鉴定中心", feePayer: "HOSPITAL" }),
    );
    const { id } = await store().mediationAppraisal.findFirstOrThrow({ where: { caseId } });
    const write = (data: Record<string, unknown>) => store().mediationAppraisal.update({ where: { id }, data });
    await expect(
      write({ receivedAt: new Date("2026-11-25T02:00:00.000Z"), conclusionSummary: "七级伤残", liabilityShare: 130 }),
    ).rejects.toThrow();
    await expect(
      write({ receivedAt: new Date("2026-11-17T02:00:00.000Z"), conclusionSummary: "七级伤残" }),
    ).rejects.toThrow();
    await expect(write({ receivedAt: new Date("2026-11-25T02:00:00.000Z") })).rejects.toThrow();
  });

  it("leaves the free-text pause and resume working, and an appraisal waits until that pause ends", async () => {
    const { caseId } = await accept("桐庐县医疗纠纷人民调解委员会");
    await ok(PAUSE, { input: { caseId, reason: "患方申请暂缓调解", from: "2026-11-17T02:00:00.000Z" } });
    const blocked = await run(REQUEST, request(caseId));
    expect(blocked.errors[0]?.extensions?.reason).toBe("ALREADY_PAUSED");
    await ok(RESUME, { input: { caseId, at: "2026-11-18T01:00:00.000Z" } });
    await ok(REQUEST, request(caseId));
    expect(await store().mediationClockPause.count({ where: { caseId } })).toBe(2);
    // The appraisal's pause ends with its opinion, not with a bare resume.
    const bare = await run(RESUME, { input: { caseId, at: "2026-11-20T01:00:00.000Z" } });
    expect(bare.errors[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "APPRAISAL_PAUSE" });
  });
});
