// 更正 through the gateway: a committee that accepted a dispute in error (误受理) voids its acceptance with a
// reason. The resident's timeline keeps the acceptance, marked voided (by whom, when, why), and shows the void
// as a correction, never as a withdrawal; the registry's view follows (the dispute is again only dispatched to
// the body it was sent to, which may accept it anew); the audit has the void.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { STAFF, as, resident } from "../support/callers.js";
import { registeredAndSentTo } from "../support/registration.js";
import { timelineOf } from "../support/timeline.js";
import { auditEntries, type AuditSection } from "../support/audit.js";
import { chinaDaysAgo } from "../support/calendar.js";

const gql = sharedGateway(inject("gatewayUrl"));
const COMMITTEE = "桐庐县城南街道人民调解委员会";
const PARTY = residentId();

const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id status version } }`;
const VOID = /* GraphQL */ `
  mutation ($input: VoidMediationAcceptanceInput!) {
    voidMediationAcceptance(input: $input) {
      id
      status
      voidReason
      voidExplanation
      closedAt
    }
  }
`;
const ASSIGN = `mutation ($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`;

interface Step {
  source: string;
  type: string;
  summary: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
}

async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { body } = await gql<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function errorOf(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const { body } = await gql(query, variables, headers);
  expect(body.errors).toBeDefined();
  return body.errors![0]!.extensions as Record<string, unknown>;
}

/** A quarrel over a shared passage, registered with the resident as party and dispatched to the committee. */
const dispatched = () =>
  registeredAndSentTo(
    gql,
    {
      title: "相邻通道占用纠纷",
      description: "邻居在共用通道堆放杂物，多次协商未果，请求人民调解委员会调解。",
      category: "邻里",
      region: "330122",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "孙丽娟", residentId: PARTY, phone: "139 5718 3052" }],
    },
    "MEDIATION",
    COMMITTEE,
  );

let committeeId: string;
let mediatorId: string;

beforeAll(async () => {
  const data = await ok<{
    committees: { edges: { node: { id: string; name: string } }[] };
    mediators: { edges: { node: { id: string; name: string; committee: { name: string } } }[] };
  }>(
    `{ committees(first: 100) { edges { node { id name } } } mediators(first: 100) { edges { node { id name committee { name } } } } }`,
    {},
  );
  committeeId = data.committees.edges.find((e) => e.node.name === COMMITTEE)!.node.id;
  mediatorId = data.mediators.edges.find((e) => e.node.committee.name === COMMITTEE)!.node.id;
});

const accept = async (disputeCode: string) =>
  (
    await ok<{ acceptMediationCase: { id: string; status: string; version: number } }>(ACCEPT, {
      input: { disputeCode, committeeId, source: "DISPATCH", sourceReference: "桐矛派〔2026〕1205-03" },
    })
  ).acceptMediationCase;

// One story, told in order: refused attempts, the void, what the resident and the registry then see, the audit.
describe("voiding a mediation acceptance made in error (撤销受理)", { shuffle: false }, () => {
  let code: string;
  let voidedCaseId: string;

  beforeAll(async () => {
    code = await dispatched();
    voidedCaseId = (await accept(code)).id;
  });

  it("needs an explanation, and is refused to another department's staff", async () => {
    expect(
      await errorOf(VOID, { input: { caseId: voidedCaseId, reason: "ACCEPTED_IN_ERROR", explanation: "  " } }),
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["input", "explanation"],
      messageZh: expect.stringContaining("更正说明"),
    });
    expect(
      await errorOf(
        VOID,
        { input: { caseId: voidedCaseId, reason: "ACCEPTED_IN_ERROR", explanation: "仲裁员代为撤销" } },
        await as(STAFF.arbitration),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("voids the acceptance: the case ends VOIDED with its reason, and cannot be voided twice", async () => {
    const input = {
      caseId: voidedCaseId,
      reason: "ACCEPTED_IN_ERROR",
      explanation: "受理时误选派单来源，该纠纷尚待当事人补充材料后再行受理。",
    };
    const { voidMediationAcceptance: voided } = await ok<{
      voidMediationAcceptance: { status: string; voidReason: string; voidExplanation: string; closedAt: string };
    }>(VOID, { input });
    expect(voided).toMatchObject({
      status: "VOIDED",
      voidReason: "ACCEPTED_IN_ERROR",
      voidExplanation: input.explanation,
      closedAt: expect.any(String),
    });
    expect(await errorOf(VOID, { input })).toMatchObject({ code: "INVALID_STATE", reason: "NOT_VOIDABLE" });
  });

  it("shows the resident the acceptance marked voided and the correction, never a withdrawal", async () => {
    const headers = await as(resident(PARTY));
    const mediationSteps = async () =>
      ((await timelineOf<Step>(gql, code, "source type summary voidedAt voidedBy voidReason", headers)) ?? []).filter(
        (s) => s.source === "MEDIATION",
      );
    await expect
      .poll(async () => (await mediationSteps()).map((s) => s.type), { timeout: 15_000, interval: 250 })
      .toEqual(["MEDIATION_ACCEPTED", "STEP_VOIDED"]);
    const [acceptance, correction] = await mediationSteps();
    expect(acceptance).toMatchObject({
      voidedAt: expect.any(String),
      voidedBy: COMMITTEE,
      voidReason: "ACCEPTED_IN_ERROR",
    });
    expect(correction).toMatchObject({
      summary: `更正：${COMMITTEE}撤销此前的受理登记（误受理）`,
      voidedAt: null,
    });
    expect(JSON.stringify(await mediationSteps())).not.toMatch(/撤回|WITHDRAWN|派单来源/);
  });

  it("leaves the dispute dispatched to the committee, which accepts it anew; the first case stays voided", async () => {
    await expect
      .poll(
        async () =>
          (
            await ok<{ dispute: { status: string; handlingBody: string } }>(
              `query ($code: ID!) { dispute(code: $code) { status handlingBody } }`,
              { code },
            )
          ).dispute,
        { timeout: 15_000, interval: 250 },
      )
      .toEqual({ status: "DISPATCHED", handlingBody: COMMITTEE });
    const again = await accept(code);
    expect(again).toMatchObject({ status: "ACCEPTED" });
    expect(again.id).not.toBe(voidedCaseId);
    const { mediationCases } = await ok<{ mediationCases: { edges: { node: { id: string; status: string } }[] } }>(
      `query ($code: String!) { mediationCases(first: 10, filter: { disputeCode: $code, statuses: [ACCEPTED, IN_MEDIATION] }) { edges { node { id status } } } }`,
      { code },
    );
    expect(mediationCases.edges.map((e) => e.node)).toEqual([{ id: again.id, status: "ACCEPTED" }]);
  });

  it("audits the void with its field names, never the explanation's text", async () => {
    const entries = await auditEntries<{ action: string; fields: string[] }>(
      gql,
      "mediation",
      { entityId: voidedCaseId },
      "action fields",
    );
    expect(entries.map((e) => e.action).reverse()).toEqual(["acceptMediationCase", "voidMediationAcceptance"]);
    expect(entries[0]!.fields).toEqual(["caseId", "reason", "explanation"]);
    expect(JSON.stringify(entries)).not.toContain("派单来源");
  });
});

describe("an acceptance with later steps", () => {
  it("is not voided once a mediator was assigned: that step is the case's last now", async () => {
    const { id } = await accept(await dispatched());
    await ok(ASSIGN, { input: { caseId: id, mediatorId } });
    expect(
      await errorOf(VOID, { input: { caseId: id, reason: "ACCEPTED_IN_ERROR", explanation: "误受理" } }),
    ).toMatchObject({ code: "INVALID_STATE", reason: "LATER_STEPS" });
  });
});

// The same mechanism in a second department: the legal aid center voids an application it received in error.
describe("voiding a legal aid application received in error", { shuffle: false }, () => {
  const APPLICANT = { name: "汪秀芳", residentId: residentId() };
  const APPLY = `mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { id status } }`;
  const VOID_AID = /* GraphQL */ `
    mutation ($input: VoidLegalAidApplicationInput!) {
      voidLegalAidApplication(input: $input) {
        id
        status
        voidReason
        voidExplanation
        clocks {
          kind
          state
        }
      }
    }
  `;
  let code: string;
  let caseId: string;

  beforeAll(async () => {
    code = await registeredAndSentTo(
      gql,
      {
        title: "申请人请求法律援助",
        description: "申请人因追索劳动报酬需要法律帮助，到综合受理窗口登记后转法律援助中心。",
        category: "劳动争议",
        region: "330122",
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", ...APPLICANT, phone: "138 5712 6630" }],
      },
      "LEGAL_AID",
    );
    const { applyForLegalAid } = await ok<{ applyForLegalAid: { id: string; status: string } }>(APPLY, {
      input: { disputeCode: code, matter: "CLAIM_LABOUR_REMUNERATION", applicant: APPLICANT },
    });
    caseId = applyForLegalAid.id;
  });

  it("voids the application: VOIDED, its decision clock stopped, refused a second time", async () => {
    const input = { caseId, reason: "DUPLICATE", explanation: "同一申请人同一事项已于当日登记，本条为重复录入。" };
    const { voidLegalAidApplication: voided } = await ok<{
      voidLegalAidApplication: { status: string; voidReason: string; clocks: { kind: string; state: string }[] };
    }>(VOID_AID, { input });
    expect(voided).toMatchObject({ status: "VOIDED", voidReason: "DUPLICATE" });
    expect(voided.clocks).toEqual([{ kind: "LEGAL_AID_DECISION", state: "STOPPED" }]);
    expect(await errorOf(VOID_AID, { input })).toMatchObject({ code: "INVALID_STATE", reason: "NOT_VOIDABLE" });
  });

  it("shows the resident the application marked voided and the correction", async () => {
    const headers = await as(resident(APPLICANT.residentId));
    const aidSteps = async () =>
      ((await timelineOf<Step>(gql, code, "source type summary voidedAt voidedBy voidReason", headers)) ?? []).filter(
        (s) => s.source === "LEGAL_AID",
      );
    await expect
      .poll(async () => (await aidSteps()).map((s) => [s.type, s.voidReason]), { timeout: 15_000, interval: 250 })
      .toEqual([
        ["LEGAL_AID_APPLIED", "DUPLICATE"],
        ["STEP_VOIDED", null],
      ]);
    const [, correction] = await aidSteps();
    expect(correction!.summary).toBe("更正：桐庐县法律援助中心撤销此前的法律援助申请受理登记（重复登记）");
  });

  it("audits the void", async () => {
    const entries = await auditEntries<{ action: string; fields: string[] }>(
      gql,
      "legalAid",
      { entityId: caseId },
      "action fields",
    );
    expect(entries.map((e) => e.action)).toContain("voidLegalAidApplication");
    expect(JSON.stringify(entries)).not.toContain("重复录入");
  });
});

// The same correction in the court, arbitration and administrative review: each voids its acceptance (立案,
// 受理) recorded in error with a reason; the resident's timeline keeps the step, marked voided by the body with
// the reason, and shows the void as a correction, never a false step; the audit has the void; a void after a
// later step is refused.
interface Correction {
  /** The registry's name for the department, as the timeline shows its source. */
  source: string;
  audit: AuditSection;
  /** The step voided, and the correction's summary. */
  voidedType: string;
  summary: string;
  /** The void mutation, answering `status`. */
  void: { query: string; field: string; input: (id: string) => Record<string, unknown> };
}

/** A dispute with its resident as party, sent to `to`; `extra` completes what the department needs of it. */
const disputeFor = (to: "LITIGATION" | "ARBITRATION" | "ADMINISTRATIVE_REVIEW", party: string, extra = {}) =>
  registeredAndSentTo(
    gql,
    {
      title: "工程款结算纠纷",
      description: "申请人称工程完工后对方拖欠结算款，多次协商未果，到综合受理窗口登记。",
      category: "劳动争议",
      region: "330122",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "钟建平", residentId: party, phone: "137 5719 2284" }],
      ...extra,
    },
    to,
  );

async function voidedAsCorrection(c: Correction, code: string, party: string, caseId: string) {
  const { body } = await gql<Record<string, { status: string; voidReason: string }>>(c.void.query, {
    input: c.void.input(caseId),
  });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(body.data![c.void.field]).toMatchObject({ status: "VOIDED", voidReason: "ACCEPTED_IN_ERROR" });
  // A second void is refused: the case is VOIDED now.
  expect(await errorOf(c.void.query, { input: c.void.input(caseId) })).toMatchObject({
    code: "INVALID_STATE",
    reason: "NOT_VOIDABLE",
  });
  const headers = await as(resident(party));
  const steps = async () =>
    ((await timelineOf<Step>(gql, code, "source type summary voidedAt voidedBy voidReason", headers)) ?? []).filter(
      (s) => s.source === c.source && (s.type === c.voidedType || s.type === "STEP_VOIDED"),
    );
  await expect
    .poll(async () => (await steps()).map((s) => [s.type, s.voidReason]), { timeout: 15_000, interval: 250 })
    .toEqual([
      [c.voidedType, "ACCEPTED_IN_ERROR"],
      ["STEP_VOIDED", null],
    ]);
  const [voided, correction] = await steps();
  expect(voided).toMatchObject({ voidedAt: expect.any(String), voidedBy: expect.stringContaining("桐庐县") });
  expect(correction!.summary).toBe(c.summary);
  // No false step: nothing withdrawn, rejected or terminated, and the explanation stays off the timeline.
  const all = (await timelineOf<Step>(gql, code, "source type summary", headers)) ?? [];
  expect(all.filter((s) => s.source === c.source).map((s) => s.type)).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/REJECTED|TERMINATED|WITHDRAWN/)]),
  );
  expect(JSON.stringify(all)).not.toContain("经核实");
  const entries = await auditEntries<{ action: string; fields: string[] }>(
    gql,
    c.audit,
    { entityId: caseId },
    "action fields",
  );
  expect(entries[0]).toMatchObject({ action: c.void.field, fields: expect.arrayContaining(["reason", "explanation"]) });
  expect(JSON.stringify(entries)).not.toContain("经核实");
}

const EXPLANATION = "经核实，该事项已由其他机构先行受理，本次登记有误。";

describe("voiding a court filing recorded in error (撤销立案)", () => {
  const court: Correction = {
    source: "LITIGATION",
    audit: "litigation",
    voidedType: "CASE_FILED",
    summary: "更正：桐庐县人民法院诉讼服务中心撤销此前的立案登记（误受理）",
    void: {
      query: `mutation ($input: VoidCourtCaseFilingInput!) { voidCourtCaseFiling(input: $input) { id status voidReason voidExplanation } }`,
      field: "voidCourtCaseFiling",
      input: (caseId) => ({ caseId, reason: "ACCEPTED_IN_ERROR", explanation: EXPLANATION }),
    },
  };
  const FILE = `mutation ($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`;
  const file = async (code: string, party: string) =>
    (
      await ok<{ fileCourtCase: { id: string } }>(FILE, {
        input: {
          disputeCode: code,
          causeOfActionCode: "PRIVATE_LENDING",
          parties: [
            { role: "PLAINTIFF", kind: "PERSON", name: "钟建平", idNumber: party },
            { role: "DEFENDANT", kind: "PERSON", name: "潘志明" },
          ],
          claims: [{ description: "归还借款", amount: "30000" }],
          trialProcedure: "SMALL_CLAIMS",
        },
      })
    ).fileCourtCase.id;

  it("voids the filing: the timeline marks it voided and shows the correction; audited", async () => {
    const party = residentId();
    const code = await disputeFor("LITIGATION", party);
    await voidedAsCorrection(court, code, party, await file(code, party));
  });

  it("is refused to another department's staff, and once the case was judged", async () => {
    const party = residentId();
    const caseId = await file(await disputeFor("LITIGATION", party), party);
    expect(
      await errorOf(court.void.query, { input: court.void.input(caseId) }, await as(STAFF.arbitration)),
    ).toMatchObject({ code: "FORBIDDEN" });
    await ok(`mutation ($input: RecordJudgmentInput!) { recordJudgment(input: $input) { id } }`, {
      input: { caseId },
    });
    expect(await errorOf(court.void.query, { input: court.void.input(caseId) })).toMatchObject({
      code: "INVALID_STATE",
      reason: "NOT_VOIDABLE",
      messageZh: expect.stringContaining("立案"),
    });
  });
});

describe("voiding an arbitration acceptance recorded in error (撤销受理)", () => {
  const arbitration: Correction = {
    source: "ARBITRATION",
    audit: "arbitration",
    voidedType: "ARBITRATION_ACCEPTED",
    summary: "更正：桐庐县劳动人事争议仲裁委员会撤销此前的受理登记（误受理）",
    void: {
      query: `mutation ($input: VoidArbitrationAcceptanceInput!) { voidArbitrationAcceptance(input: $input) { id status voidReason voidExplanation } }`,
      field: "voidArbitrationAcceptance",
      input: (caseId) => ({ caseId, reason: "ACCEPTED_IN_ERROR", explanation: EXPLANATION }),
    },
  };
  const accepted = async (party: string) => {
    const code = await disputeFor("ARBITRATION", party);
    const { fileArbitrationApplication: filed } = await ok<{ fileArbitrationApplication: { id: string } }>(
      `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id } }`,
      {
        input: {
          disputeCode: code,
          applicants: [{ name: "钟建平", residentId: party, phone: "13757192284" }],
          respondent: {
            name: "桐庐某建筑劳务有限公司",
            creditCode: "91330122MA2H3K7P50",
            legalRepresentative: "邵国良",
          },
          claims: [
            {
              kind: "WAGE_ARREARS",
              description: "支付拖欠工资6000元",
              amount: "6000.00",
              knewOfInfringementOn: chinaDaysAgo(20),
            },
          ],
        },
      },
    );
    await ok(`mutation ($input: AcceptArbitrationCaseInput!) { acceptArbitrationCase(input: $input) { id } }`, {
      input: { caseId: filed.id },
    });
    return { code, caseId: filed.id };
  };

  it("voids the acceptance: the timeline marks it voided and shows the correction; audited", async () => {
    const party = residentId();
    const { code, caseId } = await accepted(party);
    await voidedAsCorrection(arbitration, code, party, caseId);
  });

  it("is refused once the application was served on the respondent", async () => {
    const { caseId } = await accepted(residentId());
    await ok(`mutation ($input: RecordArbitrationServiceInput!) { recordArbitrationService(input: $input) { id } }`, {
      input: { caseId },
    });
    expect(await errorOf(arbitration.void.query, { input: arbitration.void.input(caseId) })).toMatchObject({
      code: "INVALID_STATE",
      reason: "LATER_STEPS",
    });
  });
});

describe("voiding an administrative review acceptance recorded in error (撤销受理)", () => {
  const review: Correction = {
    source: "ADMINISTRATIVE_REVIEW",
    audit: "administrativeReview",
    voidedType: "ADMINISTRATIVE_REVIEW_ACCEPTED",
    summary: "更正：桐庐县人民政府行政复议办公室撤销此前的受理登记（误受理）",
    void: {
      query: `mutation ($input: VoidAdministrativeReviewAcceptanceInput!) { voidAdministrativeReviewAcceptance(input: $input) { id status voidReason voidExplanation } }`,
      field: "voidAdministrativeReviewAcceptance",
      input: (id) => ({ id, reason: "ACCEPTED_IN_ERROR", explanation: EXPLANATION }),
    },
  };
  const accepted = async (party: string) => {
    const code = await disputeFor("ADMINISTRATIVE_REVIEW", party, {
      category: "山林土地",
      flags: ["ADMINISTRATIVE_ACT"],
      respondents: [{ kind: "ORGANISATION", name: "桐庐县自然资源和规划局" }],
    });
    const { receiveAdministrativeReviewCase: received } = await ok<{ receiveAdministrativeReviewCase: { id: string } }>(
      `mutation ($input: ReceiveAdministrativeReviewCaseInput!) { receiveAdministrativeReviewCase(input: $input) { id } }`,
      {
        input: {
          disputeCode: code,
          request: "请求撤销桐自然资罚〔2026〕33号行政处罚决定",
          respondentAgency: "桐庐县自然资源和规划局",
          contestedAct: "桐自然资罚〔2026〕33号行政处罚决定",
          actKnownOn: chinaDaysAgo(15),
          applicantResidentId: party,
        },
      },
    );
    await ok(
      `mutation ($input: AcceptAdministrativeReviewCaseInput!) { acceptAdministrativeReviewCase(input: $input) { id } }`,
      { input: { id: received.id, procedure: "ORDINARY" } },
    );
    return { code, caseId: received.id };
  };

  it("voids the acceptance: the timeline marks it voided and shows the correction; audited", async () => {
    const party = residentId();
    const { code, caseId } = await accepted(party);
    await voidedAsCorrection(review, code, party, caseId);
  });

  it("is refused once the decision period was extended", async () => {
    const { caseId } = await accepted(residentId());
    await ok(
      `mutation ($input: ExtendAdministrativeReviewCaseInput!) { extendAdministrativeReviewCase(input: $input) { id } }`,
      { input: { id: caseId, days: 10, reason: "案情复杂，需现场勘验" } },
    );
    expect(await errorOf(review.void.query, { input: review.void.input(caseId) })).toMatchObject({
      code: "INVALID_STATE",
      reason: "LATER_STEPS",
    });
  });
});
