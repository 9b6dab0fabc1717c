// Legal aid through the gateway: eligibility by the Legal Aid Law with the article recorded,
// refusal with written reasons, the urgent rule, material requests pausing the clock, assignment,
// work log, closure and review, consultations and the queue. An application on a dispute needs the dispute
// registered at the one window and dispatched (or handed over) to the center; one without a dispute does not.
import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { sharedGateway, type GraphQLResponse } from "../support/system.js";
import { COCKPIT_VIEWER, STAFF, as, directoryAdministrator, resident, refusalFor } from "../support/callers.js";
import { residentId as validResidentId } from "../support/identities.js";
import { registerDispute, registeredAndSentTo, sentTo } from "../support/registration.js";
import { timelineOf } from "../support/timeline.js";
import { auditEntries } from "../support/audit.js";
import { nodeId, recordKey } from "@onedoor/shared/graphql/node-id";
import { demoCountyCentre } from "@onedoor/shared/demo/legal-aid-directory";

const gql = sharedGateway(inject("gatewayUrl"));
/** 桐庐县法律援助中心, whose roster the lawyers of these stories join. */
const TONGLU_CENTRE = demoCountyCentre("330122").id;
const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: randomInt(500_000, 1_000_000) });
const DAY_MS = 86_400_000;

const CASE_FIELDS = /* GraphQL */ `
  id disputeCode matter matterLabel status regionCode urgentDeadline
  applicant { name residentIdFull phone groups }
  financialSituation { householdSize monthlyIncomePerHead }
  arbitrationCase { id }
  courtCase { id }
  decision { granted basis article ruleVersion meansTestApplied hardshipStandard hardshipStandardSource explanation refusalReasons decidedBy }
  provisionalAid { startedAt legalDeadline article note }
  materialRequests { items suppliedAt }
  assignment { provider { name specialties openCases } }
  workLog { totalCount edges { node { activity description minutes provider { name } } } }
  closure { outcome summary }
  review { rating reviewer comment }
  clocks { kind state deadline remainingDays pausedDays onTime }
`;

interface CaseView {
  id: string;
  disputeCode: string | null;
  matter: string;
  matterLabel: string;
  status: string;
  applicant: { name: string; residentIdFull: string; groups: string[] };
  arbitrationCase: { id: string } | null;
  courtCase: { id: string } | null;
  decision: {
    granted: boolean;
    basis: string;
    article: string;
    ruleVersion: string;
    meansTestApplied: boolean;
    hardshipStandard: string | null;
    hardshipStandardSource: string | null;
    explanation: string | null;
    refusalReasons: string[];
  } | null;
  provisionalAid: { startedAt: string; legalDeadline: string; article: string; note: string } | null;
  materialRequests: { items: string; suppliedAt: string | null }[];
  assignment: { provider: { name: string; specialties: string[]; openCases: number } } | null;
  workLog: {
    totalCount: number;
    edges: { node: { activity: string; description: string; minutes: number | null } }[];
  };
  closure: { outcome: string; summary: string } | null;
  review: { rating: string; reviewer: string } | null;
  clocks: { kind: string; state: string; pausedDays: number; onTime: boolean | null }[];
}

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

/** A mutation of the center with its one input, named after it (decideLegalAid → DecideLegalAidInput). */
async function mutate(name: string, input: Record<string, unknown>): Promise<{ data?: CaseView; errors: Errors }> {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const { body } = await gql<Record<string, CaseView>>(
    `mutation ($input: ${type}!) { ${name}(input: $input) { ${CASE_FIELDS} } }`,
    { input },
  );
  return { data: body.data?.[name], errors: body.errors };
}

async function apply(input: Record<string, unknown>): Promise<CaseView> {
  const { data, errors } = await mutate("applyForLegalAid", input);
  expect(errors).toBeUndefined();
  return data!;
}
async function decide(caseId: string) {
  return mutate("decideLegalAid", { caseId });
}

/** A dispute as the window registers it, with `party` as its applicant. */
const aidDispute = (party: { name: string; residentId: string }): Record<string, unknown> => ({
  title: "申请人请求法律援助",
  description: "申请人因纠纷需要法律帮助，到综合受理窗口登记后转法律援助中心。",
  category: "劳动争议",
  region: "330122",
  channel: "WALK_IN",
  parties: [
    {
      kind: "PERSON",
      name: party.name,
      residentId: party.residentId,
      phone: `1385712${party.residentId.slice(-5, -1)}`,
    },
  ],
  respondents: [{ kind: "ORGANISATION", name: "桐庐横村锦绣针织服饰有限公司" }],
});
/** A dispute registered for `party` and dispatched to the legal aid center; returns its 解纷码. */
const sentToLegalAid = (party: { name: string; residentId: string }): Promise<string> =>
  registeredAndSentTo(gql, aidDispute(party), "LEGAL_AID");

const WORKERS = [
  { name: "汪建新", residentId: "330122198503142016", phone: "13567123408" },
  { name: "陈月娥", residentId: "330122198607153035", phone: "13605712281" },
  { name: "吴国强", residentId: "33012219900412212X", phone: "13758190432" },
  { name: "俞小红", residentId: "330122197501015238", phone: "15157163390" },
  { name: "蒋海波", residentId: "330122199311203341", phone: "18868120517" },
  { name: "潘丽娟", residentId: "330122198709096457", phone: "13858076614" },
];

describe("legal aid (法律援助中心)", () => {
  it("grants the six unpaid workers without a means check and records that art. 42 applied", async () => {
    const code = await sentToLegalAid(WORKERS[0]!);
    const decided: CaseView[] = [];
    for (const worker of WORKERS) {
      const applied = await apply({
        disputeCode: code,
        matter: "CLAIM_LABOUR_REMUNERATION",
        applicant: { ...worker, groups: ["MIGRANT_WORKER"] },
      });
      expect(applied).toMatchObject({
        status: "SUBMITTED",
        matterLabel: "追索劳动报酬",
        disputeCode: code,
        regionCode: "330122",
      });
      expect(applied.clocks).toEqual([expect.objectContaining({ kind: "LEGAL_AID_DECISION", state: "RUNNING" })]);
      const { data, errors } = await decide(applied.id);
      expect(errors).toBeUndefined();
      decided.push(data!);
    }
    for (const c of decided) {
      expect(c.status).toBe("GRANTED");
      expect(c.matterLabel).toBe("追索劳动报酬");
      expect(c.decision).toMatchObject({
        granted: true,
        basis: "MEANS_CHECK_EXEMPT",
        article: "《法律援助法》第四十二条第三项",
        ruleVersion: "LAL-2022.1",
        meansTestApplied: false,
        hardshipStandard: null,
        refusalReasons: [],
      });
      expect(c.decision!.explanation).toContain("免予核查经济困难状况");
      expect(c.clocks.map((k) => [k.kind, k.state])).toEqual([
        ["LEGAL_AID_DECISION", "STOPPED"],
        ["LEGAL_AID_ASSIGNMENT", "RUNNING"],
      ]);
      expect(c.clocks[0]!.onTime).toBe(true);
    }
    expect(new Set(decided.map((c) => c.applicant.residentIdFull)).size).toBe(6);

    const { body } = await gql<{
      legalAidCases: { edges: { node: { matterLabel: string; status: string; decision: { article: string } } }[] };
    }>(
      `query ($code: String) { legalAidCases(filter: { disputeCode: $code }, first: 10) { edges { node { matterLabel status decision { article } } } } }`,
      { code },
    );
    expect(body.data!.legalAidCases.edges.map((e) => e.node)).toEqual(
      Array(6).fill({
        matterLabel: "追索劳动报酬",
        status: "GRANTED",
        decision: { article: "《法律援助法》第四十二条第三项" },
      }),
    );
  });

  it("refuses a means-tested matter above the hardship standard, with written reasons in Chinese", async () => {
    // The window can pre-check (预审) the same facts without filing anything.
    const { body: precheck } = await gql<{
      legalAidEligibility: { outcome: string; basis: string; messages: string[] };
    }>(
      `{ legalAidEligibility(input: { matter: SUPPORT_PAYMENT, householdSize: 3, monthlyIncomePerHead: "4500.00", regionCode: "330122" }) { outcome basis messages } }`,
    );
    expect(precheck.data!.legalAidEligibility).toMatchObject({ outcome: "INELIGIBLE", basis: "MEANS_TEST_FAILED" });

    const applicant = { name: "沈志明", residentId: "330122196505052277", phone: "0571-64381234" };
    const applied = await apply({
      disputeCode: await sentToLegalAid(applicant),
      matter: "SUPPORT_PAYMENT",
      applicant,
      householdSize: 3,
      monthlyIncomePerHead: "4500.00",
    });
    const { data, errors } = await decide(applied.id);
    expect(errors).toBeUndefined();
    expect(data!.status).toBe("REFUSED");
    expect(data!.decision).toMatchObject({
      granted: false,
      basis: "MEANS_TEST_FAILED",
      article: "《法律援助法》第三十一条、第三十四条",
      meansTestApplied: true,
      hardshipStandard: "2766.00",
    });
    expect(data!.decision!.hardshipStandardSource).toContain("verify");
    expect(data!.decision!.refusalReasons.join("")).toContain(
      "人均月收入4500元，高于杭州市（含桐庐县）经济困难标准2766元",
    );
    expect(data!.clocks).toEqual([expect.objectContaining({ kind: "LEGAL_AID_DECISION", state: "STOPPED" })]);
    // A refusal ends the case: no assignment.
    const assign = await mutate("assignLegalAidCase", { caseId: applied.id });
    expect(assign.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      messageZh: "案件当前状态为“不予法律援助”，不能指派承办人员",
    });
  });

  it("starts aid at once when the arbitration deadline is 5 days away, and says so", async () => {
    const arbitrationCaseId = randomUUID();
    const deadline = new Date(Date.now() + 5 * DAY_MS);
    const applied = await apply({
      arbitrationCaseId,
      regionCode: "330122",
      matter: "WORK_INJURY_DAMAGES",
      applicant: { name: "龚德华", residentId: "330122198808081189", groups: ["MIGRANT_WORKER"] },
      urgentDeadline: deadline.toISOString(),
    });
    expect(applied.status).toBe("PROVISIONAL_AID");
    expect(applied.disputeCode).toBeNull();
    expect(applied.arbitrationCase).toEqual({ id: nodeId("ArbitrationCase", arbitrationCaseId) });
    expect(applied.provisionalAid).toMatchObject({
      article: "《法律援助法》第四十四条第一项",
      legalDeadline: deadline.toISOString(),
    });
    expect(applied.provisionalAid!.note).toContain("先行提供法律援助");
    expect(applied.provisionalAid!.note).toContain("5日");
    expect(applied.clocks.map((c) => c.kind)).toEqual(["LEGAL_AID_DECISION", "LEGAL_AID_ASSIGNMENT"]);

    // Aid is under way before any decision: a lawyer is assigned and works; the decision follows.
    const assigned = await mutate("assignLegalAidCase", { caseId: applied.id });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignment!.provider.specialties).toContain("LABOUR");
    expect(assigned.data!.clocks[1]).toMatchObject({ kind: "LEGAL_AID_ASSIGNMENT", state: "STOPPED", onTime: true });
    const decided = await decide(applied.id);
    expect(decided.data).toMatchObject({ status: "GRANTED", decision: { basis: "MEANS_CHECK_EXEMPT" } });
  });

  it("follows the ordinary procedure when the deadline is 10 days away", async () => {
    const applied = await apply({
      courtCaseId: randomUUID(),
      regionCode: "330122",
      matter: "CLAIM_LABOUR_REMUNERATION",
      applicant: { name: "陈月娥", residentId: "330122198607153035", groups: ["MIGRANT_WORKER"] },
      urgentDeadline: new Date(Date.now() + 10 * DAY_MS).toISOString(),
    });
    expect(applied.status).toBe("SUBMITTED");
    expect(applied.provisionalAid).toBeNull();
    expect(applied.courtCase).toEqual({ id: expect.any(String) });

    // The court later sets a hearing 3 days away: aid starts at once from then on.
    const start = (days: number) =>
      mutate("startProvisionalLegalAid", {
        caseId: applied.id,
        legalDeadline: new Date(Date.now() + days * DAY_MS).toISOString(),
      });
    expect((await start(9)).errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    const started = await start(3);
    expect(started.errors).toBeUndefined();
    expect(started.data).toMatchObject({
      status: "PROVISIONAL_AID",
      provisionalAid: { article: "《法律援助法》第四十四条第一项" },
    });
  });

  it("answers NOT_FOUND for an unknown or malformed case id", async () => {
    for (const caseId of [randomUUID(), "not-a-uuid"]) {
      expect((await decide(caseId)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  it("pauses the decision clock while material is requested, then decides on the supplied facts", async () => {
    const applicant = { name: "沈志明", residentId: "330122196505052277" };
    const applied = await apply({
      disputeCode: await sentToLegalAid(applicant),
      matter: "TRAFFIC_ACCIDENT_DAMAGES",
      applicant,
    });
    const early = await decide(applied.id);
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      missing: ["householdSize", "monthlyIncomePerHead"],
    });

    const requested = await mutate("requestLegalAidMaterials", {
      caseId: applied.id,
      items: "家庭经济状况说明表、收入证明",
    });
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.status).toBe("MATERIALS_REQUESTED");
    expect(requested.data!.clocks[0]!.state).toBe("PAUSED");
    expect((await decide(applied.id)).errors?.[0]?.extensions?.code).toBe("INVALID_STATE");

    const supplied = await mutate("supplyLegalAidMaterials", {
      caseId: applied.id,
      householdSize: 4,
      monthlyIncomePerHead: "1500.00",
    });
    expect(supplied.errors).toBeUndefined();
    expect(supplied.data!.status).toBe("SUBMITTED");
    expect(supplied.data!.materialRequests).toEqual([
      { items: "家庭经济状况说明表、收入证明", suppliedAt: expect.any(String) },
    ]);
    const decided = await decide(applied.id);
    expect(decided.data).toMatchObject({
      status: "GRANTED",
      decision: { basis: "MEANS_TEST_PASSED", meansTestApplied: true, hardshipStandard: "2766.00" },
    });
  });

  it("assigns a lawyer, records the work, closes the case and reviews it", async () => {
    const { body: registered } = await gql<{ registerLegalAidProvider: { id: string; openCases: number } }>(
      `mutation ($input: RegisterLegalAidProviderInput!) { registerLegalAidProvider(input: $input) { id openCases } }`,
      {
        input: {
          name: "柳青",
          kind: "LAWYER",
          organisation: "浙江桐君律师事务所",
          licenseNumber: "13301201810234567",
          centreId: TONGLU_CENTRE,
          specialties: ["LABOUR"],
          maxOpenCases: 3,
        },
      },
      await as(directoryAdministrator("legal-aid")),
    );
    expect(registered.errors).toBeUndefined();
    const providerId = registered.data!.registerLegalAidProvider.id;

    const applicant = { name: "俞小红", residentId: "330122197501015238" };
    const applied = await apply({
      disputeCode: await sentToLegalAid(applicant),
      matter: "CONFIRM_LABOUR_RELATION",
      applicant: { ...applicant, groups: ["SOCIAL_ASSISTANCE"] },
    });
    const decided = await decide(applied.id);
    expect(decided.data!.decision).toMatchObject({
      basis: "MEANS_CHECK_EXEMPT",
      article: "《法律援助法》第四十二条第二项",
    });
    const early = await mutate("closeLegalAidCase", {
      caseId: applied.id,
      outcome: "MEDIATED",
      summary: "调解结案",
    });
    expect(early.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");

    const assigned = await mutate("assignLegalAidCase", {
      caseId: applied.id,
      providerId,
    });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignment!.provider).toMatchObject({ name: "柳青", openCases: 1 });

    const { body: work } = await gql(
      `mutation ($input: RecordLegalAidWorkInput!) { recordLegalAidWork(input: $input) { id activity } }`,
      {
        input: {
          caseId: applied.id,
          activity: "MEETING",
          description: "会见申请人，了解用工情况并收集工资条。",
          minutes: 90,
        },
      },
    );
    expect(work.errors).toBeUndefined();

    const closed = await mutate("closeLegalAidCase", {
      caseId: applied.id,
      outcome: "MEDIATED",
      summary: "经调解确认劳动关系，用人单位补签劳动合同。",
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data).toMatchObject({
      status: "CLOSED",
      closure: { outcome: "MEDIATED" },
      workLog: { totalCount: 1, edges: [{ node: { activity: "MEETING", minutes: 90, provider: { name: "柳青" } } }] },
    });
    expect(closed.data!.assignment!.provider.openCases).toBe(0);

    const review = { rating: "EXCELLENT", reviewer: "桐庐县司法局 周敏", comment: "卷宗材料完整，办理及时。" };
    const reviewed = await mutate("reviewLegalAidCase", {
      caseId: applied.id,
      ...review,
    });
    expect(reviewed.data!.review).toMatchObject({ rating: "EXCELLENT", reviewer: "桐庐县司法局 周敏" });
    const again = await mutate("reviewLegalAidCase", {
      caseId: applied.id,
      ...review,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
  });

  it("rejects an application with every bad field named, in Chinese and English", async () => {
    const { body } = await gql(`mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { id } }`, {
      input: {
        matter: "CLAIM_LABOUR_REMUNERATION",
        applicant: { name: " ", residentId: "330122198503142017", phone: "12345" },
      },
    });
    const ext = body.errors?.[0]?.extensions as { code: string; problems: { field: string[] }[] };
    expect(ext.code).toBe("BAD_USER_INPUT");
    expect(ext.problems.map((p) => p.field.join("."))).toEqual(
      expect.arrayContaining([
        "input.disputeCode",
        "input.applicant.name",
        "input.applicant.residentId",
        "input.applicant.phone",
        "input.regionCode",
      ]),
    );
  });

  it("serves the queue as a filtered Relay connection, and keeps the seeded story granted", async () => {
    const page = async (after: string | null) =>
      (
        await gql<{
          legalAidCases: {
            edges: { cursor: string; node: { id: string; status: string; matter: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>(
          `query ($after: String) { legalAidCases(filter: { statuses: [GRANTED], matters: [CLAIM_LABOUR_REMUNERATION] }, first: 4, after: $after) {
             edges { cursor node { id status matter } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        )
      ).body.data!.legalAidCases;
    const first = await page(null);
    expect(first.edges).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    const ids = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      [...first.edges, ...second.edges].every(
        (e) => e.node.status === "GRANTED" && e.node.matter === "CLAIM_LABOUR_REMUNERATION",
      ),
    ).toBe(true);

    const { body: overdue } = await gql<{
      legalAidCases: { edges: { node: { appliedAt: string; clocks: { overdue: boolean }[] } }[] };
    }>(`{ legalAidCases(filter: { overdue: true }, first: 50) { edges { node { appliedAt clocks { overdue } } } } }`);
    expect(overdue.errors).toBeUndefined();
    for (const edge of overdue.data!.legalAidCases.edges) expect(edge.node.clocks.some((c) => c.overdue)).toBe(true);

    const { body: story } = await gql<{
      dispute: { legalAidCases: { matterLabel: string; status: string; decision: { article: string } }[] };
    }>(`{ dispute(code: "330122260000027") { legalAidCases { matterLabel status decision { article } } } }`);
    expect(story.data!.dispute.legalAidCases).toEqual([
      { matterLabel: "追索劳动报酬", status: "GRANTED", decision: { article: "《法律援助法》第四十二条第三项" } },
    ]);
  });

  it("records consultations at the window and by phone, linked to a dispute when there is one", async () => {
    const code = freshCode();
    const record = (input: Record<string, unknown>) =>
      gql<{ recordLegalConsultation: { id: string; disputeCode: string | null; channel: string } }>(
        `mutation ($input: RecordLegalConsultationInput!) { recordLegalConsultation(input: $input) { id disputeCode channel } }`,
        { input },
      );
    const window = await record({
      channel: "WINDOW",
      disputeCode: code,
      enquirerName: "蒋海波",
      topic: "拖欠工资",
      question: "工厂停产能否申请法律援助？",
      answer: "进城务工人员追索劳动报酬，免予核查经济困难状况，可当场申请。",
      answeredBy: "叶志刚",
    });
    expect(window.body.errors).toBeUndefined();
    const phone = await record({
      channel: "PHONE",
      enquirerPhone: "13805710012",
      topic: "婚姻家庭",
      question: "离婚时孩子抚养费怎么算？",
      answer: "一般按月总收入的百分之二十至三十确定，可申请法律援助。",
      answeredBy: "方晓燕",
    });
    expect(phone.body.data!.recordLegalConsultation.disputeCode).toBeNull();

    const { body } = await gql<{ legalConsultations: { edges: { node: { id: string; topic: string } }[] } }>(
      `query ($code: String) { legalConsultations(filter: { disputeCode: $code }, first: 10) { edges { node { id topic } } } }`,
      { code },
    );
    expect(body.data!.legalConsultations.edges).toEqual([
      { node: { id: window.body.data!.recordLegalConsultation.id, topic: "拖欠工资" } },
    ]);
  });

  it("counts a consultation at the window as a visit of its dispute (到场), and one by phone not", async () => {
    const worker = { name: "蒋海波", residentId: validResidentId(), phone: "18868120517" };
    const code = await registerDispute(gql, {
      title: "针织厂拖欠工人工资",
      description: "工人在桐庐县横村镇某针织厂工作，工厂停产后工资未发放，来窗口咨询法律援助。",
      category: "拖欠农民工工资",
      region: "330122",
      amountInvolved: "9000",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: worker.name, residentId: worker.residentId, phone: worker.phone }],
      respondents: [{ kind: "ORGANISATION", name: "桐庐横村锦绣针织服饰有限公司" }],
    });
    for (const channel of ["WINDOW", "PHONE"]) {
      const { body } = await gql(
        `mutation ($input: RecordLegalConsultationInput!) { recordLegalConsultation(input: $input) { id } }`,
        {
          input: {
            channel,
            disputeCode: code,
            topic: "拖欠工资",
            question: "工厂停产能否申请法律援助？",
            answer: "进城务工人员追索劳动报酬，免予核查经济困难状况，可申请法律援助。",
          },
        },
      );
      expect(body.errors).toBeUndefined();
    }
    // Both reach the timeline; only the window's is a trip to the center.
    await expect
      .poll(
        async () =>
          ((await timelineOf<{ type: string }>(gql, code, "type")) ?? []).filter(
            (e) => e.type === "LEGAL_CONSULTATION_RECORDED",
          ).length,
        { timeout: 15_000, interval: 250 },
      )
      .toBe(2);
    const { body } = await gql<{
      dispute: {
        runs: { visits: number; runs: number };
        visits: { edges: { node: { place: string; source: string } }[] };
      };
    }>(
      `query ($code: ID!) { dispute(code: $code) { runs { visits runs } visits { edges { node { place source } } } } }`,
      {
        code,
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.dispute.visits.edges.map((e) => [e.node.source, e.node.place])).toEqual([
      ["WINDOW", expect.any(String)],
      ["LEGAL_AID", "桐庐县法律援助中心窗口"],
    ]);
    // Registered and consulted the same day: two visits, one run.
    expect(body.data!.dispute.runs).toEqual({ visits: 2, runs: 1 });
  });

  it("reports every step to the registry: the dispute's timeline lists the legal aid events in order, without personal data", async () => {
    // A dispute registered at the one window, so the registry has it; legal aid reports under its 解纷码.
    const worker = { name: "蒋海波", residentId: "330122199311203341", phone: "18868120517" };
    const { body: registered } = await gql<{ registerDispute: { code: string } }>(
      `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
      {
        input: {
          title: "针织厂拖欠工人三个月工资",
          description: "工人在桐庐县横村镇某针织厂工作，工厂停产后三个月工资未发放，申请法律援助。",
          category: "拖欠农民工工资",
          region: "330122",
          amountInvolved: "21000",
          channel: "WALK_IN",
          parties: [{ kind: "PERSON", name: worker.name, residentId: worker.residentId, phone: worker.phone }],
          respondents: [{ kind: "ORGANISATION", name: "桐庐横村锦绣针织服饰有限公司" }],
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const code = registered.data!.registerDispute.code;
    await sentTo(gql, code, "LEGAL_AID");

    const { body: consulted } = await gql<{ recordLegalConsultation: { id: string } }>(
      `mutation ($input: RecordLegalConsultationInput!) { recordLegalConsultation(input: $input) { id } }`,
      {
        input: {
          channel: "WINDOW",
          disputeCode: code,
          enquirerName: worker.name,
          topic: "拖欠工资",
          question: "工厂停产能否申请法律援助？",
          answer: "进城务工人员追索劳动报酬，免予核查经济困难状况，可当场申请。",
          answeredBy: "叶志刚",
        },
      },
    );
    expect(consulted.errors).toBeUndefined();
    const { body: provider } = await gql<{ registerLegalAidProvider: { id: string } }>(
      `mutation ($input: RegisterLegalAidProviderInput!) { registerLegalAidProvider(input: $input) { id } }`,
      {
        input: {
          name: "詹伟民",
          kind: "LAWYER",
          organisation: "浙江富春江律师事务所",
          centreId: TONGLU_CENTRE,
          specialties: ["LABOUR"],
          maxOpenCases: 3,
        },
      },
      await as(directoryAdministrator("legal-aid")),
    );
    expect(provider.errors).toBeUndefined();

    const applied = await apply({
      disputeCode: code,
      matter: "CLAIM_LABOUR_REMUNERATION",
      applicant: { ...worker, groups: ["MIGRANT_WORKER"] },
    });
    const ok = async (name: string, variables: Record<string, unknown>) => {
      const { errors } = await mutate(name, { caseId: applied.id, ...variables });
      expect(errors).toBeUndefined();
    };
    await ok("requestLegalAidMaterials", { items: "工资条、考勤记录" });
    await ok("supplyLegalAidMaterials", {});
    await ok("decideLegalAid", {});
    // Refused (not assigned yet, so it cannot close as mediated): no event.
    const early = await mutate("closeLegalAidCase", {
      caseId: applied.id,
      outcome: "MEDIATED",
      summary: "调解结案",
    });
    expect(early.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    await ok("assignLegalAidCase", {
      providerId: provider.data!.registerLegalAidProvider.id,
    });
    const { body: work } = await gql(
      `mutation ($input: RecordLegalAidWorkInput!) { recordLegalAidWork(input: $input) { id } }`,
      {
        input: {
          caseId: applied.id,
          activity: "MEDIATION",
          description: "陪同蒋海波参加劳动争议联合调解，代为提出工资支付方案。",
          minutes: 120,
        },
      },
    );
    expect(work.errors).toBeUndefined();
    await ok("closeLegalAidCase", {
      outcome: "MEDIATED",
      summary: "经调解，厂方分两期支付工资21000元。",
    });
    await ok("reviewLegalAidCase", {
      rating: "GOOD",
      reviewer: "桐庐县司法局 周敏",
    });

    interface TimelineEvent {
      source: string;
      type: string;
      summary: string;
      occurredAt: string;
      recordId: string | null;
    }
    const legalAidTimeline = async (): Promise<TimelineEvent[]> => {
      const steps = await timelineOf<TimelineEvent>(gql, code, "source type summary occurredAt recordId");
      return (steps ?? []).filter((e) => e.source.toLowerCase().replace("_", "-") === "legal-aid");
    };
    await expect
      .poll(async () => (await legalAidTimeline()).map((e) => e.type), { timeout: 15_000, interval: 250 })
      .toEqual([
        "LEGAL_CONSULTATION_RECORDED",
        "LEGAL_AID_APPLIED",
        "LEGAL_AID_MATERIALS_REQUESTED",
        "LEGAL_AID_MATERIALS_SUPPLIED",
        "LEGAL_AID_GRANTED",
        "LEGAL_AID_ASSIGNED",
        "LEGAL_AID_WORK_RECORDED",
        "LEGAL_AID_CLOSED",
        "LEGAL_AID_REVIEWED",
      ]);
    const timeline = await legalAidTimeline();
    // The timeline names records by their own keys, as departments stored them.
    expect(timeline[0]!.recordId).toBe(consulted.data!.recordLegalConsultation.id);
    expect(timeline.slice(1).every((e) => e.recordId === recordKey(applied.id))).toBe(true);
    const times = timeline.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(timeline.map((e) => e.summary)).toEqual([
      "法律援助窗口提供法律咨询",
      "法律援助中心收到法律援助申请（追索劳动报酬），七日内作出决定",
      "法律援助中心通知补充材料，审查期限暂停计算",
      "申请人补充材料，审查期限继续计算",
      "法律援助中心决定给予法律援助（追索劳动报酬）",
      "法律援助中心指派浙江富春江律师事务所律师承办",
      "法律援助承办人员参与调解",
      "法律援助案件经调解结案",
      "法律援助案件完成质量评查（良好）",
    ]);
    const text = JSON.stringify(timeline);
    for (const personal of [worker.name, worker.residentId, worker.phone, "詹伟民", "叶志刚", "周敏"])
      expect(text).not.toContain(personal);
  });

  it("reports the seeded unpaid-wages story, so the demo timeline is complete from the first start", async () => {
    const storyTimeline = async () => {
      const steps = await timelineOf<{ source: string; type: string; occurredAt: string }>(
        gql,
        "330122260000027",
        "source type occurredAt",
      );
      return (steps ?? []).filter((e) => e.source.toLowerCase().replace("_", "-") === "legal-aid");
    };
    await expect
      .poll(async () => (await storyTimeline()).map((e) => e.type), { timeout: 15_000, interval: 250 })
      .toEqual([
        "LEGAL_CONSULTATION_RECORDED",
        "LEGAL_AID_APPLIED",
        "LEGAL_AID_GRANTED",
        "LEGAL_AID_ASSIGNED",
        "LEGAL_AID_WORK_RECORDED",
        "LEGAL_AID_WORK_RECORDED",
        "LEGAL_AID_WORK_RECORDED",
        "LEGAL_AID_WORK_RECORDED",
      ]);
    const story = await storyTimeline();
    expect(story.slice(0, 3).map((e) => e.occurredAt)).toEqual([
      "2026-10-12T01:10:00.000Z",
      "2026-10-13T02:10:00.000Z",
      "2026-10-14T01:30:00.000Z",
    ]);
  });
});

describe("the center takes an application on a dispute only when the registry sent it there", () => {
  const applicant = { name: "钟建平", residentId: validResidentId() };
  const onDispute = (disputeCode: string) => ({
    disputeCode,
    matter: "CLAIM_LABOUR_REMUNERATION",
    applicant: { ...applicant, groups: ["MIGRANT_WORKER"] },
  });

  /** An application on `code` at the center's window must be refused for `reason`, and nothing opened. */
  async function refusedOn(code: string, reason: string): Promise<void> {
    const { data, errors } = await mutate("applyForLegalAid", onDispute(code));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason, disputeCode: code });
    expect(String(errors?.[0]?.extensions?.messageZh)).toMatch(/[\u4e00-\u9fff]/);
    expect(data ?? null).toBeNull();
    const { body } = await gql<{ legalAidCases: { edges: unknown[] } }>(
      `query ($code: String) { legalAidCases(filter: { disputeCode: $code }, first: 10) { edges { cursor } } }`,
      { code },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.legalAidCases.edges).toEqual([]);
  }

  /**
   * The center reads the registry's feed in the background, and at once only for a code it holds no notice on:
   * a refusal for a code never registered makes it read everything sent so far, so a later notice on a code it
   * already holds (a closure, a recall) is in its inbox before the next attempt, whatever the background did.
   */
  const centerHasReadTheFeed = () => refusedOn(freshCode(), "NOT_SENT_HERE");

  const referToLegalAid = async (code: string): Promise<string> => {
    const { body } = await gql<{ handOffDispute: { id: string } }>(
      `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: LEGAL_AID, reason: "当事人经济困难，需法律援助" }) { id } }`,
      { code },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.handOffDispute.id;
  };

  it("refuses a code the registry never registered", async () => {
    await refusedOn(freshCode(), "NOT_SENT_HERE");
  });

  it("refuses a dispute dispatched to another department, from the center and from the applicant online", async () => {
    const code = await registeredAndSentTo(gql, aidDispute(applicant), "MEDIATION");
    await refusedOn(code, "NOT_SENT_HERE");
    const { body } = await gql(
      `mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { id } }`,
      { input: onDispute(code) },
      await as(resident(applicant.residentId)),
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "NOT_SENT_HERE" });
  });

  it("refuses a dispute closed at the registry after it was dispatched to the center", async () => {
    const code = await sentToLegalAid(applicant);
    const { body } = await gql(
      `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: ANSWERED, result: "经窗口释法，申请人不再申请法律援助" }) { status } }`,
      { code },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await centerHasReadTheFeed();
    await refusedOn(code, "CLOSED");
  });

  it("refuses a dispute whose referral the center rejected", async () => {
    const code = await registeredAndSentTo(gql, aidDispute(applicant), "MEDIATION");
    const handOff = await referToLegalAid(code);
    const { body } = await gql(
      `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: false, reason: "不属于法律援助事项范围" }) { status } }`,
      { id: handOff },
      await as(STAFF["legal-aid"]),
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await centerHasReadTheFeed();
    await refusedOn(code, "RECALLED");
  });

  it("takes applications at once on a dispute dispatched to the center and on one referred to it", async () => {
    const dispatched = await sentToLegalAid(applicant);
    expect(await apply(onDispute(dispatched))).toMatchObject({ status: "SUBMITTED", disputeCode: dispatched });
    const referred = await registeredAndSentTo(gql, aidDispute(applicant), "MEDIATION");
    await referToLegalAid(referred);
    expect(await apply(onDispute(referred))).toMatchObject({ status: "SUBMITTED", disputeCode: referred });
  });

  it("still takes an application without a dispute, on a pending court case", async () => {
    const applied = await apply({
      ...onDispute(""),
      disputeCode: null,
      regionCode: "330122",
      courtCaseId: randomUUID(),
    });
    expect(applied).toMatchObject({ status: "SUBMITTED", disputeCode: null });
  });
});

// The legal aid section of the data cockpit through the gateway: the petitions subgraph owns
// Query.cockpit; this subgraph contributes Cockpit.legalAid.
const COCKPIT_SECTION = /* GraphQL */ `
  legalAid {
    applications { value sameperiodLastYear formula }
    grantRate { value numerator denominator sameperiodLastYear formula }
    averageDaysToDecision { value decided totalDays sameperiodLastYear formula }
    provisionalStarts { value sameperiodLastYear formula }
    consultations { value sameperiodLastYear formula }
    note
  }
`;

interface LegalAidSection {
  applications: { value: number; sameperiodLastYear: number | null; formula: string };
  grantRate: {
    value: number | null;
    numerator: number;
    denominator: number;
    sameperiodLastYear: number | null;
    formula: string;
  };
  averageDaysToDecision: {
    value: number | null;
    decided: number;
    totalDays: number;
    sameperiodLastYear: number | null;
    formula: string;
  };
  provisionalStarts: { value: number; sameperiodLastYear: number | null; formula: string };
  consultations: { value: number; sameperiodLastYear: number | null; formula: string };
  note: string | null;
}

async function cockpitSection(filter: Record<string, string>): Promise<LegalAidSection> {
  const { body } = await gql<{ cockpit: { legalAid: LegalAidSection | null } }>(
    `query ($filter: CockpitFilter!) { cockpit(filter: $filter) { ${COCKPIT_SECTION} } }`,
    { filter },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data!.cockpit.legalAid).not.toBeNull();
  return body.data!.cockpit.legalAid!;
}

/** The same measures recounted by hand from the records the graph lists (every page). */
async function recount(from: string, to: string) {
  type CaseNode = {
    status: string;
    appliedAt: string;
    decision: { granted: boolean; decidedAt: string } | null;
    provisionalAid: { startedAt: string } | null;
  };
  type Page<N> = { edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  const cases: CaseNode[] = [];
  for (let after: string | null = null; ;) {
    const { body }: GraphQLResponse<{ legalAidCases: Page<CaseNode> }> = await gql<{ legalAidCases: Page<CaseNode> }>(
      `query ($filter: LegalAidCaseFilter, $after: String) { legalAidCases(filter: $filter, first: 100, after: $after) {
         edges { node { status appliedAt decision { granted decidedAt } provisionalAid { startedAt } } } pageInfo { hasNextPage endCursor } } }`,
      { filter: { from, to }, after },
    );
    expect(body.errors).toBeUndefined();
    // An application voided as received in error (更正) was never one: the cockpit counts it nowhere.
    cases.push(...body.data!.legalAidCases.edges.map((e) => e.node).filter((c) => c.status !== "VOIDED"));
    if (!body.data!.legalAidCases.pageInfo.hasNextPage) break;
    after = body.data!.legalAidCases.pageInfo.endCursor;
  }
  let consultations = 0;
  for (let after: string | null = null; ;) {
    const { body }: GraphQLResponse<{ legalConsultations: Page<unknown> }> = await gql<{
      legalConsultations: Page<unknown>;
    }>(
      `query ($filter: LegalAidConsultationFilter, $after: String) { legalConsultations(filter: $filter, first: 100, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }`,
      { filter: { from, to }, after },
    );
    expect(body.errors).toBeUndefined();
    consultations += body.data!.legalConsultations.edges.length;
    if (!body.data!.legalConsultations.pageInfo.hasNextPage) break;
    after = body.data!.legalConsultations.pageInfo.endCursor;
  }
  const decided = cases.filter((c) => c.decision !== null);
  const decisionDays = decided.reduce(
    (sum, c) => sum + (Date.parse(c.decision!.decidedAt) - Date.parse(c.appliedAt)) / DAY_MS,
    0,
  );
  return {
    applications: cases.length,
    decided: decided.length,
    granted: decided.filter((c) => c.decision!.granted).length,
    decisionDays,
    provisionalStarts: cases.filter((c) => c.provisionalAid !== null).length,
    consultations,
  };
}

describe("legal aid in the data cockpit (数据驾驶舱)", () => {
  // The seed's months, long past: tests apply and consult by the clock, so these days hold only the seed.
  const SEED_MONTHS = { from: "2026-01-01", to: "2026-11-30" };

  it("gives 2026 the numbers the records give, by hand, with the same days of 2025", async () => {
    const section = await cockpitSection({ from: "2026-01-01", to: "2026-12-31" });
    const [now, lastYear] = await Promise.all([
      recount("2026-01-01", "2026-12-31"),
      recount("2025-01-01", "2025-12-31"),
    ]);
    expect(section.applications).toMatchObject({ value: now.applications, sameperiodLastYear: lastYear.applications });
    expect(section.grantRate).toMatchObject({
      numerator: now.granted,
      denominator: now.decided,
      sameperiodLastYear: lastYear.granted / lastYear.decided,
    });
    expect(section.grantRate.value).toBeCloseTo(now.granted / now.decided, 9);
    expect(section.averageDaysToDecision.decided).toBe(now.decided);
    expect(section.averageDaysToDecision.totalDays).toBeCloseTo(now.decisionDays, 6);
    expect(section.averageDaysToDecision.value).toBe(Math.round((now.decisionDays / now.decided) * 100) / 100);
    expect(section.provisionalStarts).toMatchObject({
      value: now.provisionalStarts,
      sameperiodLastYear: lastYear.provisionalStarts,
    });
    expect(section.consultations).toMatchObject({
      value: now.consultations,
      sameperiodLastYear: lastYear.consultations,
    });
    expect(section.note).toBeNull();
    expect(section.grantRate.formula).toContain("准予率");
  });

  it("shows the demo figures of the seed's months: four 2026 applications, three granted, 2.82 days to decide", async () => {
    const section = await cockpitSection(SEED_MONTHS);
    // Seed (subgraphs/legal-aid/src/db/demo-data.ts): 汪建新 10-13, 徐国强 08-18 (refused), 罗永军 09-08 (provisional), 李桂芳 11-06;
    // 2025: 陈阿根 10-27. Σ days = (84 000 + 273 600 + 262 800 + 352 800) s / 86 400 = 11.26; / 4 = 2.82.
    expect(section.applications).toMatchObject({ value: 4, sameperiodLastYear: 1 });
    expect(section.grantRate).toMatchObject({ value: 0.75, numerator: 3, denominator: 4, sameperiodLastYear: 1 });
    expect(section.averageDaysToDecision).toMatchObject({ value: 2.82, decided: 4, sameperiodLastYear: 2.02 });
    expect(section.provisionalStarts).toMatchObject({ value: 1, sameperiodLastYear: 0 });
    expect(section.consultations).toMatchObject({ value: 3, sameperiodLastYear: 1 });
  });

  it("filters by county, and says a category does not apply to legal aid", async () => {
    const putuo = await cockpitSection({ ...SEED_MONTHS, regionCode: "330903" });
    expect(putuo.applications.value).toBe(0);
    expect(putuo.grantRate.value).toBeNull();
    expect(putuo.averageDaysToDecision.value).toBeNull();
    const withCategory = await cockpitSection({ from: "2026-01-01", to: "2026-10-31", category: "劳动争议" });
    expect(withCategory.note).toContain("类别筛选仅适用于综合受理与总体指标");
    expect(withCategory.applications.value).toBe(
      (await cockpitSection({ from: "2026-01-01", to: "2026-10-31" })).applications.value,
    );
  });
});

// Who sees what of legal aid: an application discloses household income and hardship material,
// so only the center, the commander and the applicant see it in full.
describe("access to legal aid", () => {
  const worker = { name: "邵春燕", residentId: validResidentId(), phone: "13957182264" };
  const VIEW = /* GraphQL */ `
    id status applicantPartyId
    applicant { name residentId phone groups partyId }
    financialSituation { householdSize monthlyIncomePerHead }
    decision { basis explanation refusalReasons }
    materialRequests { items }
  `;
  interface View {
    id: string;
    status: string;
    applicantPartyId: string;
    applicant: {
      name: string;
      residentId: string;
      phone: string;
      groups: string[] | null;
      partyId: string;
      residentIdFull?: string | null;
      phoneFull?: string | null;
    };
    financialSituation: { householdSize: number; monthlyIncomePerHead: string } | null;
    decision: { basis: string; explanation: string | null; refusalReasons: string[] | null } | null;
    materialRequests: { items: string | null }[];
  }
  type Body<T> = GraphQLResponse<T>["body"];
  const codeOf = (body: Body<unknown>) => body.errors?.[0]?.extensions?.code;
  const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;
  const readAs = (id: string, headers: Record<string, string>, fields = VIEW) =>
    gql<{ legalAidCase: View | null }>(`query ($id: ID!) { legalAidCase(id: $id) { ${fields} } }`, { id }, headers);
  const APPLY = `mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { ${VIEW} } }`;

  /**
   * A dispute registered at the one window with the worker as a party and dispatched to the center, and the
   * worker's own online application on it.
   */
  async function workerApplies(): Promise<{ code: string; kase: View }> {
    const { body: registered } = await gql<{ registerDispute: { code: string } }>(
      `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
      {
        input: {
          title: "服装厂拖欠缝纫工两个月工资",
          description: "邵春燕在桐庐县分水镇某服装厂做缝纫工，工厂以订单减少为由拖欠两个月工资。",
          category: "拖欠农民工工资",
          region: "330122",
          amountInvolved: "9600",
          channel: "WALK_IN",
          parties: [{ kind: "PERSON", ...worker }],
          respondents: [{ kind: "ORGANISATION", name: "桐庐分水宏达服饰有限公司" }],
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const code = registered.data!.registerDispute.code;
    await sentTo(gql, code, "LEGAL_AID");
    const { body } = await gql<{ applyForLegalAid: View }>(
      APPLY,
      {
        input: {
          disputeCode: code,
          matter: "CLAIM_LABOUR_REMUNERATION",
          applicant: worker,
          householdSize: 3,
          monthlyIncomePerHead: "1800.00",
        },
      },
      await as(resident(worker.residentId)),
    );
    expect(body.errors).toBeUndefined();
    return { code, kase: body.data!.applyForLegalAid };
  }

  it("lets a resident apply in their own name and see the case in full: by id, as their party and through their dispute", async () => {
    const { code, kase } = await workerApplies();
    expect(kase).toMatchObject({
      status: "SUBMITTED",
      applicant: { name: worker.name, residentId: masked(worker.residentId), phone: "139****2264", groups: [] },
      financialSituation: { householdSize: 3, monthlyIncomePerHead: "1800.00" },
    });
    expect(kase.applicant.partyId).toBe(kase.applicantPartyId);
    const own = await as(resident(worker.residentId));

    const { body: read } = await readAs(kase.id, own, `id applicant { residentIdFull }`);
    expect(read.errors).toBeUndefined();
    expect(read.data!.legalAidCase!.applicant.residentIdFull).toBe(worker.residentId);

    const { body: me } = await gql<{
      me: { id: string; legalAidCases: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(`{ me { id legalAidCases(first: 100) { totalCount edges { node { id } } } } }`, {}, own);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.id).toBe(kase.applicantPartyId);
    expect(me.data!.me.legalAidCases.edges.map((e) => e.node.id)).toContain(kase.id);
    expect(me.data!.me.legalAidCases.totalCount).toBe(me.data!.me.legalAidCases.edges.length);

    const { body: dispute } = await gql<{
      dispute: { legalAidCases: { id: string; financialSituation: { monthlyIncomePerHead: string } | null }[] };
    }>(
      `query ($code: ID!) { dispute(code: $code) { legalAidCases { id financialSituation { monthlyIncomePerHead } } } }`,
      { code },
      own,
    );
    expect(dispute.errors).toBeUndefined();
    expect(dispute.data!.dispute.legalAidCases).toEqual([
      { id: kase.id, financialSituation: { monthlyIncomePerHead: "1800.00" } },
    ]);

    // The center asks for material; the applicant supplies it herself (another resident may not).
    const requested = await mutate("requestLegalAidMaterials", {
      caseId: kase.id,
      items: "工资条、考勤记录",
    });
    expect(requested.errors).toBeUndefined();
    const SUPPLY = `mutation ($caseId: ID!) { supplyLegalAidMaterials(input: { caseId: $caseId }) { status } }`;
    expect(codeOf((await gql(SUPPLY, { caseId: kase.id }, await as(resident(validResidentId())))).body)).toBe(
      "FORBIDDEN",
    );
    const { body: supplied } = await gql<{ supplyLegalAidMaterials: { status: string } }>(
      SUPPLY,
      { caseId: kase.id },
      own,
    );
    expect(supplied.errors).toBeUndefined();
    expect(supplied.data!.supplyLegalAidMaterials.status).toBe("SUBMITTED");
  });

  it("refuses a resident's application in another person's name, and the case to another resident", async () => {
    const { kase } = await workerApplies();
    const neighbour = { name: "钟丽萍", residentId: validResidentId(), phone: "13588230145" };
    const forOther = await gql(
      APPLY,
      { input: { regionCode: "330122", courtCaseId: randomUUID(), matter: "SUPPORT_PAYMENT", applicant: neighbour } },
      await as(resident(worker.residentId)),
    );
    expect(codeOf(forOther.body)).toBe("FORBIDDEN");
    // Nothing was filed in the neighbour's name.
    const { body: theirs } = await gql<{ me: { legalAidCases: { edges: { node: { id: string } }[] } } }>(
      `{ me { legalAidCases(first: 100) { edges { node { id } } } } }`,
      {},
      await as(resident(neighbour.residentId)),
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.me.legalAidCases.edges).toEqual([]);

    const refused = await readAs(kase.id, await as(resident(neighbour.residentId)));
    expect(codeOf(refused.body)).toBe("FORBIDDEN");
    expect(refused.body.data?.legalAidCase ?? null).toBeNull();
  });

  it("shows a mediator a summary without income, hardship material or written reasons, and refuses the full resident ID", async () => {
    // Means-tested and above the standard: refused, with reasons that state the income.
    const refused = await apply({
      disputeCode: await sentToLegalAid(worker),
      matter: "SUPPORT_PAYMENT",
      applicant: worker,
      householdSize: 3,
      monthlyIncomePerHead: "4500.00",
    });
    expect((await decide(refused.id)).data!.status).toBe("REFUSED");
    const fields = `${VIEW} applicant { residentIdFull }`;

    const { body: officer } = await readAs(refused.id, await as(STAFF["legal-aid"]), VIEW);
    expect(officer.errors).toBeUndefined();
    expect(officer.data!.legalAidCase!.decision!.refusalReasons!.join("")).toContain("人均月收入4500元");

    const { body } = await readAs(refused.id, await as(STAFF.mediation), fields);
    expect(body.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([
      ["legalAidCase.applicant.residentIdFull", "FORBIDDEN"],
    ]);
    const summary = body.data!.legalAidCase!;
    expect(summary).toMatchObject({
      status: "REFUSED",
      applicant: {
        name: "邵**",
        residentId: masked(worker.residentId),
        phone: "139****2264",
        groups: null,
        residentIdFull: null,
      },
      financialSituation: null,
      decision: { basis: null, explanation: null, refusalReasons: null },
    });
    // Without the random ids, which may themselves contain the digits 4500.
    const text = JSON.stringify(summary, (key, value: unknown) =>
      /^(id|.*PartyId|partyId)$/.test(key) ? undefined : value,
    );
    for (const personal of [worker.name, worker.residentId, worker.phone, "4500", "450000"])
      expect(text).not.toContain(personal);
  });

  it("lets the legal aid officer read the full resident ID and phone, audited, and an auditor read back who did what", async () => {
    const { kase } = await workerApplies();
    const { body } = await readAs(kase.id, await as(STAFF["legal-aid"]), `id applicant { residentIdFull phoneFull }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.legalAidCase!.applicant).toEqual({ residentIdFull: worker.residentId, phoneFull: worker.phone });

    type Entry = { action: string; entity: string; entityId: string | null; fields: string[]; roles: string[] };
    const entries = await auditEntries<Entry>(
      gql,
      "legalAid",
      { entity: "LegalAidCase", entityId: recordKey(kase.id) },
      `action entity entityId fields roles`,
    );
    expect(entries).toContainEqual({
      action: "READ_PERSONAL_DATA",
      entity: "LegalAidCase",
      entityId: recordKey(kase.id),
      fields: ["residentId"],
      roles: ["legalAidOfficer"],
    });
    expect(entries).toContainEqual({
      action: "READ_PERSONAL_DATA",
      entity: "LegalAidCase",
      entityId: recordKey(kase.id),
      fields: ["phone"],
      roles: ["legalAidOfficer"],
    });
    expect(entries).toContainEqual({
      action: "applyForLegalAid",
      entity: "LegalAidCase",
      entityId: recordKey(kase.id),
      fields: expect.arrayContaining(["disputeCode", "matter", "applicant.residentId", "monthlyIncomePerHead"]),
      roles: ["resident"],
    });
    // The log says what was read, never the value.
    expect(JSON.stringify(entries)).not.toContain(worker.residentId);
    const AUDIT = `{ auditLog { legalAid(first: 1) { edges { node { action } } } } }`;
    expect(codeOf((await gql(AUDIT, {}, await as(STAFF["legal-aid"]))).body)).toBe("FORBIDDEN");
  });

  it("masks an enquirer's name and phone in consultations, and leaves the question and answer to the center", async () => {
    const { code } = await workerApplies();
    const { body: recorded } = await gql<{ recordLegalConsultation: { id: string } }>(
      `mutation ($input: RecordLegalConsultationInput!) { recordLegalConsultation(input: $input) { id } }`,
      {
        input: {
          channel: "PHONE",
          disputeCode: code,
          enquirerName: worker.name,
          enquirerPhone: worker.phone,
          topic: "拖欠工资",
          question: "厂里说订单少就不发工资，合法吗？",
          answer: "用人单位应按月足额支付工资，可申请调解或劳动仲裁，并可申请法律援助。",
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const FIELDS = `id enquirerName enquirerPhone enquirerPhoneFull question answer`;
    type Consultation = {
      id: string;
      enquirerName: string;
      enquirerPhone: string;
      enquirerPhoneFull: string | null;
      question: string | null;
      answer: string | null;
    };
    const throughDispute = (headers: Record<string, string>, fields = FIELDS) =>
      gql<{ dispute: { legalConsultations: { edges: { node: Consultation }[] } } }>(
        `query ($code: ID!) { dispute(code: $code) { legalConsultations { edges { node { ${fields} } } } } }`,
        { code },
        headers,
      );

    // A dispute's consultations are a list: full phones are read one record at a time, whoever asks.
    const { body: summary } = await throughDispute(await as(STAFF.mediation));
    expect(summary.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([
      ["dispute.legalConsultations.edges.0.node.enquirerPhoneFull", "FORBIDDEN"],
    ]);
    expect(summary.data!.dispute.legalConsultations.edges.map((e) => e.node)).toEqual([
      {
        id: recorded.data!.recordLegalConsultation.id,
        enquirerName: "邵**",
        enquirerPhone: "139****2264",
        enquirerPhoneFull: null,
        question: null,
        answer: null,
      },
    ]);

    // The center's queue names the enquirer but keeps full phones out of a list; one record gives it.
    const { body: queue } = await gql<{ legalConsultations: { edges: { node: Consultation }[] } }>(
      `query ($code: String) { legalConsultations(filter: { disputeCode: $code }) { edges { node { ${FIELDS} } } } }`,
      { code },
      await as(STAFF["legal-aid"]),
    );
    expect(queue.errors?.map((e) => [e.path?.join("."), e.extensions?.reason])).toEqual([
      ["legalConsultations.edges.0.node.enquirerPhoneFull", "BULK_PERSONAL_DATA"],
    ]);
    expect(queue.data!.legalConsultations.edges[0]!.node).toMatchObject({
      enquirerName: worker.name,
      enquirerPhone: "139****2264",
      enquirerPhoneFull: null,
      question: "厂里说订单少就不发工资，合法吗？",
    });
    const { body: center } = await gql<{ legalConsultation: Consultation }>(
      `query ($id: ID!) { legalConsultation(id: $id) { ${FIELDS} } }`,
      { id: recorded.data!.recordLegalConsultation.id },
      await as(STAFF["legal-aid"]),
    );
    expect(center.errors).toBeUndefined();
    expect(center.data!.legalConsultation).toMatchObject({
      enquirerName: worker.name,
      enquirerPhoneFull: worker.phone,
      answer: "用人单位应按月足额支付工资，可申请调解或劳动仲裁，并可申请法律援助。",
    });
    const { body: mediator } = await gql(
      `query ($id: ID!) { legalConsultation(id: $id) { enquirerPhoneFull } }`,
      { id: recorded.data!.recordLegalConsultation.id },
      await as(STAFF.mediation),
    );
    expect(codeOf(mediator)).toBe("FORBIDDEN");

    // The enquirer is not identified at a consultation: no resident sees one, not even a party to the dispute.
    const { body: own } = await throughDispute(await as(resident(worker.residentId)), "id");
    expect(own.errors).toBeUndefined();
    expect(own.data!.dispute.legalConsultations.edges).toEqual([]);
  });

  it("pages a dispute's consultations, oldest first unless sorted otherwise, and filters them by channel", async () => {
    const { code } = await workerApplies();
    const ids: string[] = [];
    for (const channel of ["WINDOW", "PHONE", "WINDOW"]) {
      const { body } = await gql<{ recordLegalConsultation: { id: string } }>(
        `mutation ($input: RecordLegalConsultationInput!) { recordLegalConsultation(input: $input) { id } }`,
        {
          input: {
            channel,
            disputeCode: code,
            topic: "拖欠工资",
            question: "服装厂拖欠两个月工资怎么办？",
            answer: "可申请劳动仲裁，并可申请法律援助。",
          },
        },
      );
      expect(body.errors).toBeUndefined();
      ids.push(body.data!.recordLegalConsultation.id);
    }
    type Page = {
      dispute: {
        legalConsultations: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };
    const LIST = `query ($code: ID!, $filter: LegalAidDisputeConsultationFilter, $sort: LegalAidConsultationSort, $after: String) {
      dispute(code: $code) {
        legalConsultations(filter: $filter, sort: $sort, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
      }
    }`;
    const everyPage = async (variables: Record<string, unknown>): Promise<string[]> => {
      const seen: string[] = [];
      for (let after: string | null = null; ;) {
        const { body }: GraphQLResponse<Page> = await gql<Page>(LIST, { code, ...variables, after });
        expect(body.errors).toBeUndefined();
        const page: Page["dispute"]["legalConsultations"] = body.data!.dispute.legalConsultations;
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    };
    expect(await everyPage({})).toEqual(ids);
    expect(await everyPage({ sort: "NEWEST_FIRST" })).toEqual([...ids].reverse());
    expect(await everyPage({ filter: { channel: "PHONE" } })).toEqual([ids[1]]);
  });

  it("refuses anonymous callers and cockpit viewers, the queue to other departments, and the center's decisions to everyone else", async () => {
    const { kase } = await workerApplies();
    for (const caller of [null, COCKPIT_VIEWER]) {
      const headers = await as(caller);
      expect(codeOf((await readAs(kase.id, headers)).body)).toBe(refusalFor(caller));
      expect(codeOf((await gql(`{ legalAidCases(first: 1) { edges { cursor } } }`, {}, headers)).body)).toBe(
        refusalFor(caller),
      );
    }
    const PRECHECK = `{ legalAidEligibility(input: { matter: SUPPORT_PAYMENT, householdSize: 3, monthlyIncomePerHead: "1500.00", regionCode: "330122" }) { outcome } }`;
    expect(codeOf((await gql(PRECHECK, {}, await as(null))).body)).toBe("UNAUTHENTICATED");
    // The pre-check is a calculator on the facts given: any signed-in caller, a resident too.
    const { body: precheck } = await gql<{ legalAidEligibility: { outcome: string } }>(
      PRECHECK,
      {},
      await as(resident(worker.residentId)),
    );
    expect(precheck.data!.legalAidEligibility.outcome).toBe("ELIGIBLE");
    expect(
      codeOf((await gql(`{ legalAidCases(first: 1) { edges { cursor } } }`, {}, await as(STAFF.mediation))).body),
    ).toBe("FORBIDDEN");

    const DECIDE = `mutation ($caseId: ID!) { decideLegalAid(input: { caseId: $caseId }) { status } }`;
    for (const caller of [STAFF.mediation, resident(worker.residentId)]) {
      expect(codeOf((await gql(DECIDE, { caseId: kase.id }, await as(caller))).body)).toBe("FORBIDDEN");
    }
    expect((await readAs(kase.id, await as(STAFF["legal-aid"]))).body.data!.legalAidCase!.status).toBe("SUBMITTED");
    const providers = await gql(
      `{ legalAidProviders(first: 1) { edges { node { name } } } }`,
      {},
      await as(resident(worker.residentId)),
    );
    expect(providers.body.errors).toBeUndefined();
  });
});
