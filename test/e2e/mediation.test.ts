// People's mediation through the gateway: the manhole-cover and six-workers stories on disputes registered and
// dispatched to mediation for each test, acceptance only of what the registry sent, the state machine's
// refusals, recusal, concurrency, queues and clocks, and who may see what.
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { sharedGateway } from "../support/system.js";
import { residentId as validResidentId } from "../support/identities.js";
import { COCKPIT_VIEWER, STAFF, as, resident, type Caller, refusalFor } from "../support/callers.js";
import { daysAroundNow } from "../support/calendar.js";
import { registerDispute, registeredAndSentTo, sentTo } from "../support/registration.js";
import { timelineOf } from "../support/timeline.js";
import { auditEntries } from "../support/audit.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { demoId } from "@onedoor/shared/demo/mediation-directory";
import { demoMemberUnitId } from "@onedoor/shared/demo/member-units";

const gql = sharedGateway(inject("gatewayUrl"));

/** A code the registry never issued. */
const freshCode = () =>
  formatDisputeCode({ region: "330122", year: 2026, sequence: 500_000 + Math.floor(Math.random() * 500_000) });

/** A quarrel in `region` registered at the window, each with its own applicant (no possible duplicate). */
const quarrel = (region = "330122", category = "邻里") => ({
  title: "相邻通道占用纠纷",
  description: "邻居在共用通道堆放杂物，多次协商未果，请求人民调解委员会调解。",
  category,
  region,
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: "孙丽娟", residentId: validResidentId({ region }), phone: "139 5718 3052" }],
});

/**
 * A dispute registered and dispatched to `committee`, of a category it takes (the registry sends a committee only
 * what it takes): where a committee's case begins.
 */
const dispatchedTo = (committee: string, region = "330122") =>
  registeredAndSentTo(gql, quarrel(region, specialtiesOf.get(committee)![0]), "MEDIATION", committee);

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await gql<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function refused(query: string, variables: Record<string, unknown>) {
  const { body } = await gql(query, variables);
  expect(body.errors).toBeDefined();
  return body.errors![0]!.extensions as { code: string; messageZh: string; reason?: string };
}

const CASE_FIELDS = /* GraphQL */ `
  id status version disputeCode committee mediatorName clockKind participatingDepartments
  source sourceReference suggestedNextStep failureReason mayApplyForArbitration deemedFailed
  mediators { lead recused recusalRequestedBy assignedBy mediator { name committee { name } } }
  sessions { mode place attendees }
  expertPicks { pickedBy expert { name organization } }
  clock { kind state overdue onTime deadline }
`;

const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { ${CASE_FIELDS} } }`;
const ASSIGN = `mutation ($input: AssignMediatorInput!) { assignMediator(input: $input) { ${CASE_FIELDS} } }`;
const SESSION = `mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { ${CASE_FIELDS} } }`;
const FAIL = `mutation ($input: FailMediationInput!) { failMediation(input: $input) { ${CASE_FIELDS} } }`;
const WITHDRAW = `mutation ($input: WithdrawMediationInput!) { withdrawMediation(input: $input) { ${CASE_FIELDS} } }`;
const AGREE = /* GraphQL */ `
  mutation ($input: ReachMediationAgreementInput!) {
    reachMediationAgreement(input: $input) {
      id
      terms
      signatories
      totalAmount
      performanceStatus
      eligibleForJudicialRemedy
      obligations {
        payer
        payee
        amount
        description
      }
      judicialConfirmationClock {
        kind
        state
      }
      case {
        id
        status
        clock {
          state
          onTime
        }
      }
    }
  }
`;
const FOLLOW_UP = `mutation ($input: RecordPerformanceFollowUpInput!) { recordPerformanceFollowUp(input: $input) { id performanceStatus eligibleForJudicialRemedy followUps { status notes } } }`;

interface CaseView {
  id: string;
  disputeCode: string;
  status: string;
  version: number;
  committee: string;
  mediatorName: string | null;
  clockKind: string;
  participatingDepartments: string[];
  suggestedNextStep: string | null;
  mayApplyForArbitration: boolean;
  mediators: {
    lead: boolean;
    recused: boolean;
    recusalRequestedBy: string | null;
    mediator: { name: string; committee: { name: string } };
  }[];
  sessions: { mode: string; attendees: string[] }[];
  expertPicks: { pickedBy: string; expert: { name: string } }[];
  clock: { kind: string; state: string; overdue: boolean; onTime: boolean | null; deadline: string };
}

let committees: Map<string, string>;
let specialtiesOf: Map<string, string[]>;
let mediators: Map<string, string>;
let experts: Map<string, string>;

const onePage = async <T extends { name: string; id: string }>(field: string): Promise<Map<string, string>> => {
  const data = await ok<Record<string, { edges: { node: T }[] }>>(
    `{ ${field}(first: 100) { edges { node { id name } } } }`,
  );
  return new Map(data[field]!.edges.map((e) => [e.node.name, e.node.id]));
};

beforeAll(async () => {
  committees = await onePage("committees");
  const listed = await ok<{ committees: { edges: { node: { name: string; specialties: string[] } }[] } }>(
    `{ committees(first: 100) { edges { node { name specialties } } } }`,
  );
  specialtiesOf = new Map(listed.committees.edges.map((e) => [e.node.name, e.node.specialties]));
  mediators = await onePage("mediators");
  experts = await onePage("experts");
});

/** Accepts a case on `code`, or on a dispute dispatched to `committee` for it. */
async function accept(committee: string, departments: string[] = [], code?: string): Promise<CaseView> {
  const data = await ok<{ acceptMediationCase: CaseView }>(ACCEPT, {
    input: {
      disputeCode: code ?? (await dispatchedTo(committee)),
      committeeId: committees.get(committee),
      source: "DISPATCH",
      sourceReference: "桐矛派〔2026〕1123-01",
      participatingDepartments: departments,
    },
  });
  return data.acceptMediationCase;
}

const assign = async (caseId: string, mediator: string, extra: Record<string, unknown> = {}) =>
  (await ok<{ assignMediator: CaseView }>(ASSIGN, { input: { caseId, mediatorId: mediators.get(mediator), ...extra } }))
    .assignMediator;

const session = async (caseId: string, attendees: string[], mode = "IN_PERSON") =>
  (
    await ok<{ recordMediationSession: CaseView }>(SESSION, {
      input: {
        caseId,
        mode,
        startsAt: new Date().toISOString(),
        place: "桐庐县社会治理综合服务中心三楼联合调解室",
        attendees,
        notes: "各方陈述意见，调解员释法说理。",
      },
    })
  ).recordMediationSession;

describe("the directory of committees, mediators and experts", () => {
  it("lists the seeded committees of both counties with their type and level", async () => {
    const data = await ok<{
      committees: { edges: { node: { name: string; type: string; level: string; regionCode: string } }[] };
    }>(`{ committees(filter: { regionCode: "330903" }, first: 50) { edges { node { name type level regionCode } } } }`);
    const putuo = data.committees.edges.map((e) => e.node);
    expect(putuo).toContainEqual({
      name: "普陀区海事渔业人民调解委员会",
      type: "MARINE_FISHERY",
      level: "PROFESSIONAL",
      regionCode: "330903",
    });
    expect(putuo.every((c) => c.regionCode === "330903")).toBe(true);
    expect(committees.has("桐庐县劳动争议人民调解委员会") && committees.has("桐庐县商会人民调解委员会")).toBe(true);
  });

  it("pages mediators with a cursor and filters by dialect", async () => {
    type Page = {
      mediators: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = await ok<Page>(
      `{ mediators(first: 2) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.mediators.edges).toHaveLength(2);
    expect(first.mediators.pageInfo.hasNextPage).toBe(true);
    const second = await ok<Page>(
      `query ($after: String) { mediators(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
      {
        after: first.mediators.pageInfo.endCursor,
      },
    );
    expect(second.mediators.edges.map((e) => e.node.name)).not.toContain(first.mediators.edges[0]!.node.name);
    const zhoushan = await ok<{
      mediators: { edges: { node: { name: string; dialects: string[]; role: string; currentLoad: number } }[] };
    }>(`{ mediators(filter: { dialect: "舟山话" }, first: 10) { edges { node { name dialects role currentLoad } } } }`);
    expect(zhoushan.mediators.edges.map((e) => e.node.name)).toContain("林志海");
  });

  it("lists the expert pool by specialty", async () => {
    const data = await ok<{ experts: { edges: { node: { name: string; kind: string } }[] } }>(
      `{ experts(filter: { specialty: "医疗" }, first: 10) { edges { node { name kind } } } }`,
    );
    expect(data.experts.edges.map((e) => e.node.name)).toContain("吴建国");
  });
});

describe("acceptance only of a dispute the registry sent to mediation (派件)", () => {
  const COMMITTEE = "桐庐县联合人民调解委员会";
  /** The committee's refusal to accept a case on `disputeCode`, which leaves no case behind. */
  async function refusal(disputeCode: string) {
    const { body } = await gql<{ acceptMediationCase: CaseView | null }>(ACCEPT, {
      input: { disputeCode, committeeId: committees.get(COMMITTEE), source: "DISPATCH" },
    });
    expect(body.data?.acceptMediationCase ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    return body.errors![0]!.extensions as { code: string; reason: string; messageZh: string; disputeCode: string };
  }
  const casesOn = async (code: string) =>
    (
      await ok<{ dispute: { mediationCases: { id: string }[] } | null }>(
        `query ($code: ID!) { dispute(code: $code) { mediationCases { id } } }`,
        { code },
      )
    ).dispute?.mediationCases ?? [];

  it("refuses a code the registry never registered", async () => {
    const code = freshCode();
    expect(await refusal(code)).toEqual(
      expect.objectContaining({
        code: "INVALID_STATE",
        reason: "NOT_SENT_HERE",
        disputeCode: code,
        messageZh: "登记中心未将该纠纷派送或移交本部门（未登记，或已派往其他单位）",
      }),
    );
  });

  it("refuses a dispute dispatched to another department, and accepts it once handed over to mediation", async () => {
    const code = await registeredAndSentTo(gql, quarrel(), "LITIGATION");
    expect(await refusal(code)).toMatchObject({ code: "INVALID_STATE", reason: "NOT_SENT_HERE" });
    expect(await casesOn(code)).toEqual([]);
    await ok(
      `mutation ($code: ID!, $body: String!, $reason: String!) { handOffDispute(input: { code: $code, to: MEDIATION, body: $body, reason: $reason }) { id } }`,
      { code, body: COMMITTEE, reason: "当事人同意先行人民调解" },
    );
    const accepted = await accept(COMMITTEE, [], code);
    expect(accepted).toMatchObject({ status: "ACCEPTED", disputeCode: code, committee: COMMITTEE });
  });

  it("refuses a dispute the registry sent to another committee, and accepts it once dispatched here by id", async () => {
    const TRAFFIC = "桐庐县道路交通事故人民调解委员会";
    const code = await dispatchedTo(TRAFFIC);
    expect(await refusal(code)).toMatchObject({
      code: "INVALID_STATE",
      reason: "SENT_TO_ANOTHER_BODY",
      messageZh: expect.stringContaining(TRAFFIC),
    });
    expect(await casesOn(code)).toEqual([]);
    await ok(
      `mutation ($code: ID!, $bodyId: ID!, $reason: String!) { dispatchDispute(input: { code: $code, to: MEDIATION, bodyId: $bodyId, reason: $reason }) { code } }`,
      { code, bodyId: committees.get(COMMITTEE), reason: "交通事故调委会调解员回避，改派联合调委会" },
    );
    expect(await accept(COMMITTEE, [], code)).toMatchObject({ status: "ACCEPTED", committee: COMMITTEE });
  });

  it("refuses a dispute closed at the registry after its dispatch here, and accepts one dispatched here", async () => {
    const closed = await registerDispute(gql, quarrel());
    await sentTo(gql, closed, "MEDIATION", COMMITTEE);
    await ok(
      `mutation ($code: ID!, $result: String!) { closeDispute(input: { code: $code, outcome: WITHDRAWN, result: $result }) { code } }`,
      {
        code: closed,
        result: "双方已自行和解，申请人撤回诉求。",
      },
    );
    // Dispatched after that closure: the committee reads the registry's notices in order, so by the time it
    // knows of this dispatch it also knows of the closure before it.
    const open = await dispatchedTo(COMMITTEE);
    expect(await accept(COMMITTEE, [], open)).toMatchObject({ status: "ACCEPTED", disputeCode: open });
    expect(await refusal(closed)).toMatchObject({
      code: "INVALID_STATE",
      reason: "CLOSED",
      messageZh: "该纠纷已在登记中心办结",
    });
    expect(await casesOn(closed)).toEqual([]);
  });
});

describe("the manhole-cover story: one joint session with five departments, partial medical costs paid the same day", () => {
  const FIVE = [
    "桐庐县综合行政执法局",
    "桐庐县住房和城乡建设局",
    "桐庐县城南街道办事处",
    "城南街道迎春社区居民委员会",
    "桐庐县信访局",
  ];

  it("runs from acceptance to a performed agreement, and then refuses to go on", async () => {
    const accepted = await accept("桐庐县联合人民调解委员会", FIVE);
    expect(accepted).toMatchObject({
      status: "ACCEPTED",
      committee: "桐庐县联合人民调解委员会",
      mediatorName: null,
      clockKind: "PEOPLE",
      participatingDepartments: FIVE,
    });
    expect(accepted.clock).toMatchObject({ kind: "PEOPLE_MEDIATION", state: "RUNNING", overdue: false });

    const suggestions = await ok<{ suggestMediators: { mediator: { name: string }; reasons: string[] }[] }>(
      `query ($input: SuggestMediatorsInput!) { suggestMediators(input: $input) { mediator { name } score reasons } }`,
      { input: { caseId: accepted.id, specialties: ["损害赔偿", "征地拆迁"] } },
    );
    expect(suggestions.suggestMediators[0]!.mediator.name).toBe("何建华");

    const assigned = await assign(accepted.id, "何建华");
    expect(assigned.mediatorName).toBe("何建华");
    expect(assigned.mediators).toMatchObject([{ lead: true, recused: false, mediator: { name: "何建华" } }]);

    const held = await session(accepted.id, ["周秀英", "何建华", ...FIVE]);
    expect(held.status).toBe("IN_MEDIATION");
    expect(held.sessions[0]!.attendees).toEqual(expect.arrayContaining(FIVE));

    const endOfToday = new Date(Date.now() + 12 * 3_600_000).toISOString();
    const { reachMediationAgreement: agreement } = await ok<{
      reachMediationAgreement: Record<string, unknown> & { id: string };
    }>(AGREE, {
      input: {
        caseId: accepted.id,
        terms: "一、桐庐县综合行政执法局当日先行支付周秀英医疗费一千八百六十元；二、县住建局三日内整改窨井盖。",
        obligations: [
          { payer: "桐庐县综合行政执法局", payee: "周秀英", amount: "1860", description: "先行垫付部分医疗费" },
        ],
        performanceDeadline: endOfToday,
        signatories: ["周秀英", "桐庐县综合行政执法局"],
      },
    });
    expect(agreement).toMatchObject({
      totalAmount: "1860.00",
      performanceStatus: "DUE",
      eligibleForJudicialRemedy: false,
      obligations: [{ payer: "桐庐县综合行政执法局", payee: "周秀英", amount: "1860.00" }],
      judicialConfirmationClock: { kind: "JUDICIAL_CONFIRMATION_APPLICATION", state: "RUNNING" },
      case: { status: "AGREEMENT_REACHED", clock: { state: "STOPPED", onTime: true } },
    });

    const performed = await ok<{ recordPerformanceFollowUp: Record<string, unknown> }>(FOLLOW_UP, {
      input: { agreementId: agreement.id, status: "PERFORMED", notes: "当日下午款项到账，当事人确认收到。" },
    });
    expect(performed.recordPerformanceFollowUp).toMatchObject({
      performanceStatus: "PERFORMED",
      eligibleForJudicialRemedy: false,
    });

    // Closed: a second agreement, another session or a later follow-up are refused and change nothing.
    const again = await refused(AGREE, {
      input: {
        caseId: accepted.id,
        terms: "重复协议",
        obligations: [],
        performanceDeadline: endOfToday,
        signatories: ["周秀英", "桐庐县综合行政执法局"],
      },
    });
    expect(again).toMatchObject({ code: "INVALID_STATE", messageZh: "案件已达成协议，不能达成调解协议" });
    const late = await refused(SESSION, {
      input: {
        caseId: accepted.id,
        mode: "IN_PERSON",
        startsAt: new Date().toISOString(),
        place: "调解室",
        attendees: ["周秀英"],
        notes: "补充调解",
      },
    });
    expect(late).toMatchObject({ code: "INVALID_STATE", messageZh: "案件已达成协议，不能记录调解会" });
    expect(
      await refused(FOLLOW_UP, { input: { agreementId: agreement.id, status: "NOT_PERFORMED", notes: "误录" } }),
    ).toMatchObject({ code: "INVALID_STATE" });

    // The litigation subgraph references the agreement by id: `_entities` resolves it.
    const byId = await ok<{ mediationAgreement: { performanceStatus: string; case: { id: string } } }>(
      `query ($id: ID!) { mediationAgreement(id: $id) { performanceStatus case { id } } }`,
      { id: agreement.id },
    );
    expect(byId.mediationAgreement).toEqual({ performanceStatus: "PERFORMED", case: { id: accepted.id } });
  });

  it("shows the seeded story on the registry's dispute", async () => {
    const data = await ok<{
      dispute: {
        mediationCases: {
          committee: string;
          mediatorName: string;
          status: string;
          participatingDepartments: string[];
          agreement: { performanceStatus: string };
        }[];
      };
    }>(
      `{ dispute(code: "${DEMO_DISPUTES[0]!.code}") { mediationCases { committee mediatorName status participatingDepartments agreement { performanceStatus } } } }`,
    );
    expect(data.dispute.mediationCases).toEqual([
      {
        committee: "桐庐县联合人民调解委员会",
        mediatorName: "何建华",
        status: "AGREEMENT_REACHED",
        participatingDepartments: FIVE,
        agreement: { performanceStatus: "PERFORMED" },
      },
    ]);
  });
});

describe("the six-workers story: labour and commercial committees jointly", () => {
  const WORKERS = ["刘永富", "张桂芳", "王建军", "李小红", "陈国庆", "赵春梅"];
  const JOINT = ["桐庐县商会人民调解委员会", "桐庐县人力资源和社会保障局劳动保障监察大队", "桐庐县横村镇人民政府"];

  async function jointCase(): Promise<CaseView> {
    const accepted = await accept("桐庐县劳动争议人民调解委员会", JOINT);
    await assign(accepted.id, "钱卫东");
    const both = await assign(accepted.id, "俞丽萍");
    expect(both.mediators.map((m) => [m.mediator.name, m.mediator.committee.name, m.lead])).toEqual([
      ["钱卫东", "桐庐县劳动争议人民调解委员会", true],
      ["俞丽萍", "桐庐县商会人民调解委员会", false],
    ]);
    return both;
  }

  it("reaches an agreement with an amount per worker, performed in two steps", async () => {
    const joint = await jointCase();
    expect(joint).toMatchObject({
      clockKind: "LABOUR",
      mayApplyForArbitration: false,
      clock: { kind: "LABOUR_ENTERPRISE_MEDIATION", state: "RUNNING" },
    });
    const picked = await ok<{ pickMediationExpert: CaseView }>(
      `mutation ($input: PickMediationExpertInput!) { pickMediationExpert(input: $input) { ${CASE_FIELDS} } }`,
      {
        input: { caseId: joint.id, expertId: experts.get("章晓东"), pickedBy: "刘永富" },
      },
    );
    expect(picked.pickMediationExpert.expertPicks).toEqual([
      { pickedBy: "刘永富", expert: { name: "章晓东", organization: "浙江富春江律师事务所" } },
    ]);
    await session(joint.id, [...WORKERS, "钱卫东", "俞丽萍", "厂房出租方代表"]);
    await session(joint.id, [...WORKERS, "钱卫东", "俞丽萍"], "ONLINE_VIDEO");

    const amounts = ["21000", "21000", "24500", "19500", "21000", "19000"];
    const { reachMediationAgreement: agreement } = await ok<{
      reachMediationAgreement: { id: string; totalAmount: string; obligations: { payee: string; amount: string }[] };
    }>(AGREE, {
      input: {
        caseId: joint.id,
        terms: "厂房出租方以设备变卖款代为支付六名工人被拖欠的三个月工资，共计十二万六千元。",
        obligations: WORKERS.map((w, i) => ({
          payer: "桐庐县某针织服装厂",
          payee: w,
          amount: amounts[i],
          description: "2026年7—9月工资",
        })),
        performanceDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        signatories: ["桐庐县某针织服装厂（出租方代为）", ...WORKERS],
      },
    });
    expect(agreement.totalAmount).toBe("126000.00");
    expect(agreement.obligations.map((o) => o.payee)).toEqual(WORKERS);

    const partly = await ok<{
      recordPerformanceFollowUp: { performanceStatus: string; eligibleForJudicialRemedy: boolean };
    }>(FOLLOW_UP, {
      input: { agreementId: agreement.id, status: "PARTLY_PERFORMED", notes: "已支付四名工人工资。" },
    });
    // Partly performed before the deadline: not yet a matter for the court.
    expect(partly.recordPerformanceFollowUp).toMatchObject({
      performanceStatus: "PARTLY_PERFORMED",
      eligibleForJudicialRemedy: false,
    });
    const labour = await ok<{ mediationCase: { mayApplyForArbitration: boolean } }>(
      `query ($id: ID!) { mediationCase(id: $id) { mayApplyForArbitration } }`,
      { id: joint.id },
    );
    expect(labour.mediationCase.mayApplyForArbitration).toBe(true); // art. 15: agreement not (fully) performed
    const done = await ok<{
      recordPerformanceFollowUp: { performanceStatus: string; followUps: { status: string }[] };
    }>(FOLLOW_UP, {
      input: { agreementId: agreement.id, status: "PERFORMED", notes: "六名工人工资全部到账。" },
    });
    expect(done.recordPerformanceFollowUp.performanceStatus).toBe("PERFORMED");
    expect(done.recordPerformanceFollowUp.followUps.map((f) => f.status)).toEqual(["PARTLY_PERFORMED", "PERFORMED"]);
  });

  it("when mediation fails, suggests arbitration and opens the way to it", async () => {
    const joint = await jointCase();
    await session(joint.id, [...WORKERS, "钱卫东", "俞丽萍"]);
    const failed = (
      await ok<{ failMediation: CaseView }>(FAIL, {
        input: { caseId: joint.id, reason: "经营者下落不明，无人承担付款责任。", suggestedNextStep: "ARBITRATION" },
      })
    ).failMediation;
    expect(failed).toMatchObject({
      status: "FAILED",
      suggestedNextStep: "ARBITRATION",
      mayApplyForArbitration: true,
      clock: { kind: "LABOUR_ENTERPRISE_MEDIATION", state: "STOPPED" },
    });
    expect(await refused(WITHDRAW, { input: { caseId: joint.id, reason: "撤回" } })).toMatchObject({
      code: "INVALID_STATE",
      messageZh: "案件调解不成，不能撤回调解申请",
    });
  });

  it("shows the 15-day labour clock on the seeded story, long past: a party may apply for arbitration", async () => {
    const data = await ok<{
      dispute: {
        mediationCases: {
          committee: string;
          clockKind: string;
          mayApplyForArbitration: boolean;
          clock: { kind: string; overdue: boolean };
        }[];
      };
    }>(
      `{ dispute(code: "${DEMO_DISPUTES[1]!.code}") { mediationCases { committee clockKind mayApplyForArbitration clock { kind overdue } } } }`,
    );
    expect(data.dispute.mediationCases).toEqual([
      {
        committee: "桐庐县劳动争议人民调解委员会",
        clockKind: "LABOUR",
        mayApplyForArbitration: true,
        clock: { kind: "LABOUR_ENTERPRISE_MEDIATION", overdue: true },
      },
      {
        committee: "桐庐县商会人民调解委员会",
        clockKind: "PEOPLE",
        mayApplyForArbitration: false,
        clock: { kind: "PEOPLE_MEDIATION", overdue: true },
      },
    ]);
  });
});

describe("attendance at sessions counts as runs (到场计入跑动次数)", () => {
  const DAY = 86_400_000;
  const RUNS = `query ($code: ID!) { dispute(code: $code) {
    visitCount runs { visits runs } visits { edges { node { at place source } } } } }`;
  interface Runs {
    dispute: {
      visitCount: number;
      runs: { visits: number; runs: number };
      visits: { edges: { node: { at: string; place: string; source: string } }[] };
    };
  }

  it("counts an in-person session's day once, and an online session not at all", async () => {
    const accepted = await accept("桐庐县联合人民调解委员会");
    let version = (await assign(accepted.id, "何建华")).version;
    // Registered at the window today; two sessions in person the next day, one online the day after.
    const held = async (mode: string, startsAt: number) => {
      const input = { caseId: accepted.id, expectedVersion: version, mode, startsAt: new Date(startsAt).toISOString() };
      const recorded = await ok<{ recordMediationSession: CaseView }>(SESSION, {
        input: { ...input, place: "桐庐县社会治理综合服务中心三楼联合调解室", attendees: ["孙丽娟"], notes: "调解" },
      });
      version = recorded.recordMediationSession.version;
    };
    const nextDay = Date.now() + DAY;
    await held("IN_PERSON", nextDay);
    await held("IN_PERSON", nextDay + 3_600_000);
    await held("ONLINE_VIDEO", nextDay + DAY);

    const read = async () => (await ok<Runs>(RUNS, { code: accepted.disputeCode })).dispute;
    await vi.waitFor(async () => expect((await read()).visitCount).toBe(3), { timeout: 10_000, interval: 200 });
    const dispute = await read();
    expect(dispute.runs).toEqual({ visits: 3, runs: 2 });
    expect(dispute.visits.edges.map((e) => [e.node.source, e.node.place])).toEqual([
      ["WINDOW", expect.stringContaining("综合受理窗口")],
      ["MEDIATION", "桐庐县社会治理综合服务中心三楼联合调解室"],
      ["MEDIATION", "桐庐县社会治理综合服务中心三楼联合调解室"],
    ]);
    expect(dispute.visits.edges.map((e) => Date.parse(e.node.at)).slice(1)).toEqual([nextDay, nextDay + 3_600_000]);
  });
});

describe("rules that hold on every case", () => {
  it("moves the lead to the next mediator when a party has the lead recused", async () => {
    const accepted = await accept("桐庐县劳动争议人民调解委员会");
    await assign(accepted.id, "钱卫东");
    await assign(accepted.id, "蒋晓燕");
    const recused = await ok<{ recuseMediator: CaseView }>(
      `mutation ($input: RecuseMediatorInput!) { recuseMediator(input: $input) { ${CASE_FIELDS} } }`,
      {
        input: {
          caseId: accepted.id,
          mediatorId: mediators.get("钱卫东"),
          requestedBy: "刘永富",
          reason: "调解员与被申请人系亲属关系",
        },
      },
    );
    expect(recused.recuseMediator.mediatorName).toBe("蒋晓燕");
    expect(recused.recuseMediator.mediators.find((m) => m.mediator.name === "钱卫东")).toMatchObject({
      recused: true,
      lead: false,
      recusalRequestedBy: "刘永富",
    });
    const again = await refused(ASSIGN, { input: { caseId: accepted.id, mediatorId: mediators.get("钱卫东") } });
    expect(again).toMatchObject({ code: "INVALID_STATE", messageZh: "调解员钱卫东已在本案回避，不能再指派" });
  });

  it("needs a mediator before a session and refuses an agreement on a withdrawn case", async () => {
    const accepted = await accept("桐庐县商事人民调解委员会");
    expect(
      await refused(SESSION, {
        input: {
          caseId: accepted.id,
          mode: "IN_PERSON",
          startsAt: new Date().toISOString(),
          place: "调解室",
          attendees: ["甲"],
          notes: "记录",
        },
      }),
    ).toMatchObject({ code: "INVALID_STATE", messageZh: "须先指派调解员，才能召开调解会" });
    await ok(WITHDRAW, { input: { caseId: accepted.id, reason: "双方已自行和解" } });
    const agreement = await refused(AGREE, {
      input: {
        caseId: accepted.id,
        terms: "协议",
        obligations: [],
        performanceDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        signatories: ["甲", "乙"],
      },
    });
    expect(agreement).toMatchObject({ code: "INVALID_STATE", messageZh: "案件已撤回，不能达成调解协议" });
  });

  it("lets only one of two people acting on the same version win", async () => {
    const accepted = await accept("桐庐县联合人民调解委员会");
    const results = await Promise.all([
      gql(FAIL, {
        input: {
          caseId: accepted.id,
          reason: "对方拒绝调解",
          suggestedNextStep: "LITIGATION",
          expectedVersion: accepted.version,
        },
      }),
      gql(WITHDRAW, { input: { caseId: accepted.id, reason: "申请人撤回", expectedVersion: accepted.version } }),
    ]);
    const errors = results.map((r) => r.body.errors?.[0]?.extensions?.code);
    expect(errors.filter((e) => e === undefined)).toHaveLength(1);
    expect(errors.filter((e) => e !== undefined)).toEqual([expect.stringMatching(/^(CONFLICT|INVALID_STATE)$/)]);
  });

  it("pauses only a medical clock for appraisal", async () => {
    const PAUSE = `mutation ($input: PauseMediationClockInput!) { pauseMediationClock(input: $input) { clockKind clock { kind state } clockPauses { reason to } } }`;
    const people = await accept("桐庐县联合人民调解委员会");
    expect(await refused(PAUSE, { input: { caseId: people.id, reason: "医疗损害鉴定" } })).toMatchObject({
      code: "INVALID_STATE",
      messageZh: "仅医疗纠纷调解可因鉴定暂停计时",
    });
    const medical = await accept("桐庐县医疗纠纷人民调解委员会");
    expect(medical.clock.kind).toBe("MEDICAL_MEDIATION");
    const paused = await ok<{
      pauseMediationClock: { clock: { state: string }; clockPauses: { reason: string; to: string | null }[] };
    }>(PAUSE, {
      input: { caseId: medical.id, reason: "医疗损害鉴定" },
    });
    expect(paused.pauseMediationClock).toMatchObject({
      clock: { state: "PAUSED" },
      clockPauses: [{ reason: "医疗损害鉴定", to: null }],
    });
  });

  it("pauses a medical clock for an appraisal (鉴定) and resumes it with the opinion, on the timeline", async () => {
    const APPRAISAL = `id status version clock { state } clockPauses { reason to }
      appraisals { id body kind receivedAt conclusionSummary liabilityShare feePayer }`;
    const REQUEST = `mutation ($input: RequestMediationAppraisalInput!) { requestMediationAppraisal(input: $input) { ${APPRAISAL} } }`;
    const RESULT = `mutation ($input: RecordMediationAppraisalResultInput!) { recordMediationAppraisalResult(input: $input) { ${APPRAISAL} } }`;
    interface Seen {
      version: number;
      clock: { state: string };
      clockPauses: { reason: string | null; to: string | null }[];
      appraisals: {
        id: string;
        body: string | null;
        conclusionSummary: string | null;
        liabilityShare: number | null;
      }[];
    }
    const people = await accept("桐庐县联合人民调解委员会");
    const request = (caseId: string) => ({
      input: {
        caseId,
        body: "杭州市医学会",
        kind: "MEDICAL_MALPRACTICE",
        requestedAt: new Date().toISOString(),
        feePayer: "PATIENT_SIDE",
      },
    });
    expect(await refused(REQUEST, request(people.id))).toMatchObject({ code: "INVALID_STATE", reason: "NOT_MEDICAL" });

    const code = await dispatchedTo("桐庐县医疗纠纷人民调解委员会");
    const medical = await accept("桐庐县医疗纠纷人民调解委员会", [], code);
    const { requestMediationAppraisal: paused } = await ok<{ requestMediationAppraisal: Seen }>(
      REQUEST,
      request(medical.id),
    );
    expect(paused).toMatchObject({
      clock: { state: "PAUSED" },
      clockPauses: [{ reason: "医疗损害鉴定（杭州市医学会）", to: null }],
    });
    expect(await refused(REQUEST, request(medical.id))).toMatchObject({ reason: "APPRAISAL_OPEN" });

    const { recordMediationAppraisalResult: resumed } = await ok<{ recordMediationAppraisalResult: Seen }>(RESULT, {
      input: {
        appraisalId: paused.appraisals[0]!.id,
        expectedVersion: 1,
        receivedAt: new Date().toISOString(),
        conclusionSummary: "医方存在过错，承担次要责任（30%）",
        liabilityShare: 30,
      },
    });
    expect(resumed.clock.state).not.toBe("PAUSED");
    expect(resumed.appraisals).toEqual([
      expect.objectContaining({ body: "杭州市医学会", conclusionSummary: "医方存在过错，承担次要责任（30%）" }),
    ]);

    // Another department's staff learn that an appraisal paused the clock, not who judged or what was found.
    const { body } = await gql<{ mediationCase: Seen }>(
      `query ($id: ID!) { mediationCase(id: $id) { ${APPRAISAL} } }`,
      { id: medical.id },
      await as(STAFF.arbitration),
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.mediationCase.appraisals).toEqual([
      expect.objectContaining({
        kind: "MEDICAL_MALPRACTICE",
        body: null,
        conclusionSummary: null,
        liabilityShare: null,
      }),
    ]);

    await expect
      .poll(
        async () =>
          (
            (await timelineOf<{ source: string; type: string; summary: string }>(gql, code, "source type summary")) ??
            []
          )
            .filter((e) => e.source.toLowerCase() === "mediation")
            .map((e) => [e.type, e.summary]),
        { timeout: 15_000, interval: 250 },
      )
      .toEqual([
        ["MEDIATION_ACCEPTED", expect.any(String)],
        ["MEDIATION_CLOCK_PAUSED", "委托杭州市医学会进行医疗损害鉴定，调解期限中止"],
        ["MEDIATION_CLOCK_RESUMED", "收到鉴定意见，调解期限恢复计算"],
      ]);
  });

  it("shows on the dispute the committee's clock as the committee runs it, and pauses the service clock with it", async () => {
    const CLOCK = "kind state deadline remainingDays pausedDays";
    interface Clock {
      kind: string;
      state: string;
      deadline: string;
      remainingDays: number;
      pausedDays: number;
    }
    const code = await dispatchedTo("桐庐县医疗纠纷人民调解委员会");
    const medical = await accept("桐庐县医疗纠纷人民调解委员会", [], code);
    const registryClocks = async () =>
      (
        await gql<{ dispute: { clocks: Clock[] } }>(
          `query ($code: ID!) { dispute(code: $code) { clocks { ${CLOCK} } } }`,
          {
            code,
          },
        )
      ).body.data!.dispute.clocks;
    const caseClock = async () =>
      (
        await gql<{ mediationCase: { clock: Clock } }>(
          `query ($id: ID!) { mediationCase(id: $id) { clock { ${CLOCK} } } }`,
          {
            id: medical.id,
          },
        )
      ).body.data!.mediationCase.clock;
    // The registry shows what the committee reported once its acceptance arrives, never its own approximation.
    await expect
      .poll(registryClocks, { timeout: 15_000, interval: 250 })
      .toEqual([expect.objectContaining({ kind: "CENTER_SERVICE_ORDINARY", state: "RUNNING" }), await caseClock()]);
    await ok(`mutation ($input: RequestMediationAppraisalInput!) { requestMediationAppraisal(input: $input) { id } }`, {
      input: {
        caseId: medical.id,
        body: "杭州市医学会",
        kind: "MEDICAL_MALPRACTICE",
        requestedAt: new Date().toISOString(),
        feePayer: "PATIENT_SIDE",
      },
    });
    const paused = await caseClock();
    expect(paused.state).toBe("PAUSED");
    // The center's promise does not run while the appraisal holds the procedure (local policy).
    await expect
      .poll(registryClocks, { timeout: 15_000, interval: 250 })
      .toEqual([expect.objectContaining({ kind: "CENTER_SERVICE_ORDINARY", state: "PAUSED" }), paused]);
  });

  it("rejects a mistyped dispute code with the field and a Chinese message", async () => {
    const { body } = await gql(ACCEPT, {
      input: {
        disputeCode: "330122260000015",
        committeeId: committees.get("桐庐县联合人民调解委员会"),
        source: "DISPATCH",
      },
    });
    expect(body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "disputeCode"] });
    const court = await refused(ACCEPT, {
      input: {
        disputeCode: freshCode(),
        committeeId: committees.get("桐庐县商事人民调解委员会"),
        source: "COURT_DELEGATION",
      },
    });
    expect(court).toMatchObject({
      code: "BAD_USER_INPUT",
      messageZh: expect.stringContaining("法院委派调解须填写法院案号"),
    });
  });
});

describe("queues", () => {
  it("pages a committee's queue newest first (or oldest first) and filters on status and overdue clocks", async () => {
    const labour = committees.get("桐庐县劳动争议人民调解委员会");
    const first = await accept("桐庐县劳动争议人民调解委员会");
    const second = await accept("桐庐县劳动争议人民调解委员会");
    type Page = {
      mediationCases: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const Q = `query ($filter: MediationCaseFilter, $after: String) { mediationCases(filter: $filter, first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const filter = { committeeId: labour, statuses: ["ACCEPTED"] };
    const p1 = await ok<Page>(Q, { filter });
    expect(p1.mediationCases.edges[0]!.node.id).toBe(second.id);
    const p2 = await ok<Page>(Q, { filter, after: p1.mediationCases.pageInfo.endCursor });
    expect(p2.mediationCases.edges[0]!.node.id).toBe(first.id);
    // Other tests also accept cases at this committee, so page oldest first to the end rather than assume one
    // page holds them all: the two just accepted come last.
    const oldestIds: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await ok<Page>(
        `query ($filter: MediationCaseFilter, $after: String) { mediationCases(filter: $filter, first: 50, after: $after, sort: OLDEST_ACCEPTED) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { filter, after },
      );
      oldestIds.push(...page.mediationCases.edges.map((e) => e.node.id));
      if (!page.mediationCases.pageInfo.hasNextPage) break;
      after = page.mediationCases.pageInfo.endCursor;
    }
    expect(oldestIds.slice(-2)).toEqual([first.id, second.id]);

    const overdueOf = async (disputeCode?: string) =>
      (
        await ok<{
          mediationCases: { edges: { node: { disputeCode: string; clock: { overdue: boolean } } }[] };
        }>(
          `query ($filter: MediationCaseFilter) { mediationCases(filter: $filter, first: 50) { edges { node { disputeCode clock { overdue } } } } }`,
          { filter: { committeeId: labour, overdue: true, disputeCode } },
        )
      ).mediationCases.edges.map((e) => e.node);
    expect((await overdueOf(DEMO_DISPUTES[1]!.code)).map((n) => n.disputeCode)).toEqual([DEMO_DISPUTES[1]!.code]);
    expect(await overdueOf(first.disputeCode)).toEqual([]);
    expect((await overdueOf()).every((n) => n.clock.overdue)).toBe(true);
  });

  it("filters the queue on the days of acceptance (China time)", async () => {
    const data = await ok<{
      mediationCases: { edges: { node: { disputeCode: string; acceptedAt: string; committee: string } }[] };
    }>(
      `{ mediationCases(filter: { from: "2026-07-01", to: "2026-07-31" }, first: 20) { edges { node { disputeCode acceptedAt committee } } } }`,
    );
    expect(data.mediationCases.edges.map((e) => e.node)).toEqual([
      {
        disputeCode: DEMO_DISPUTES[3]!.code,
        acceptedAt: "2026-07-02T01:00:00.000Z",
        committee: "普陀区海事渔业人民调解委员会",
      },
    ]);
  });

  it("shows a mediator's workload", async () => {
    const mine = await accept(
      "普陀区海事渔业人民调解委员会",
      [],
      await dispatchedTo("普陀区海事渔业人民调解委员会", "330903"),
    );
    await assign(mine.id, "林志海");
    const data = await ok<{
      mediationCases: { edges: { node: { id: string } }[] };
      mediators: { edges: { node: { currentLoad: number } }[] };
    }>(
      `query ($m: ID!) { mediationCases(filter: { mediatorId: $m, statuses: [ACCEPTED] }, first: 100) { edges { node { id } } } mediators(filter: { dialect: "舟山话", specialty: "海事渔事", role: CHIEF }, first: 5) { edges { node { currentLoad } } } }`,
      { m: mediators.get("林志海") },
    );
    expect(data.mediationCases.edges.map((e) => e.node.id)).toContain(mine.id);
    expect(data.mediators.edges[0]!.node.currentLoad).toBeGreaterThanOrEqual(1);
  });
});

describe("reporting to the registry (统一归集)", () => {
  interface TimelineEvent {
    source: string;
    type: string;
    summary: string;
    occurredAt: string;
    recordId: string | null;
  }
  const mediationTimeline = async (code: string): Promise<TimelineEvent[]> => {
    const steps = await timelineOf<TimelineEvent>(gql, code, "source type summary occurredAt recordId");
    return (steps ?? []).filter((e) => e.source.toLowerCase() === "mediation");
  };

  it("lists every step of the six-workers joint mediation on the dispute's timeline, in order, without personal data", async () => {
    // Registered at the one window and dispatched to mediation, so the registry knows the 解纷码 the
    // committees report under, and sent it to them.
    // The chamber of commerce's committee leads, with the labour committee named beside it (联合调解).
    const code = await registerDispute(gql, {
      title: "针织厂经营者失联拖欠六名工人工资",
      description: "横村镇某针织厂经营者失联，六名工人两个月工资共计十二万六千元未发放，请求联合调解。",
      category: "拖欠农民工工资",
      region: "330122",
      amountInvolved: "126000",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "刘永富", residentId: residentId(417), phone: "138 5712 6021" }],
    });
    await ok(
      `mutation ($code: ID!, $labour: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION, body: "桐庐县商会人民调解委员会",
        coHandlerIds: [$labour], reason: "横村镇商会牵头，劳动争议调委会协办" }) { code } }`,
      { code, labour: demoId("桐庐县劳动争议人民调解委员会") },
    );

    // 商会 settles for five workers; the labour committee's case for the sixth fails and goes to arbitration.
    const chamber = await accept("桐庐县商会人民调解委员会", ["桐庐县横村镇商会"], code);
    // The joint dispatch reaches the case as sent: its co-handler at the table, before whom the committee adds.
    expect(chamber.participatingDepartments).toEqual(["桐庐县劳动争议人民调解委员会", "桐庐县横村镇商会"]);
    await assign(chamber.id, "俞丽萍");
    await session(chamber.id, ["刘永富等五名工人", "俞丽萍", "厂房出租方代表"]);
    const agreed = await ok<{ reachMediationAgreement: { id: string } }>(AGREE, {
      input: {
        caseId: chamber.id,
        terms: "厂房出租方以设备变卖款于十日内支付五名工人工资共计十万五千元。",
        obligations: [{ payer: "厂房出租方", payee: "刘永富等五名工人", amount: "105000", description: "拖欠工资" }],
        performanceDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        signatories: ["刘永富", "厂房出租方"],
      },
    });
    const agreementId = agreed.reachMediationAgreement.id;
    await ok(FOLLOW_UP, { input: { agreementId, status: "PERFORMED", notes: "工人确认工资已到账。" } });

    const labour = await accept("桐庐县劳动争议人民调解委员会", [], code);
    expect(labour.participatingDepartments).toEqual(["桐庐县商会人民调解委员会"]);
    await assign(labour.id, "钱卫东");
    await assign(labour.id, "蒋晓燕");
    await ok(`mutation ($input: RecuseMediatorInput!) { recuseMediator(input: $input) { id } }`, {
      input: {
        caseId: labour.id,
        mediatorId: mediators.get("钱卫东"),
        requestedBy: "刘永富",
        reason: "调解员曾为用人单位提供咨询",
      },
    });
    await session(labour.id, ["第六名工人", "蒋晓燕"]);
    await ok(FAIL, {
      input: { caseId: labour.id, reason: "工人不同意分期支付，要求申请仲裁", suggestedNextStep: "ARBITRATION" },
    });
    // Refused (the case is closed): no event.
    expect((await refused(WITHDRAW, { input: { caseId: labour.id, reason: "撤回" } })).code).toBe("INVALID_STATE");

    const expected: [string, string][] = [
      ["MEDIATION_ACCEPTED", chamber.id],
      ["MEDIATOR_ASSIGNED", chamber.id],
      ["MEDIATION_SESSION_HELD", chamber.id],
      ["MEDIATION_AGREEMENT_REACHED", agreementId],
      ["AGREEMENT_PERFORMANCE_RECORDED", agreementId],
      ["MEDIATION_ACCEPTED", labour.id],
      ["MEDIATOR_ASSIGNED", labour.id],
      ["MEDIATOR_ASSIGNED", labour.id],
      ["MEDIATOR_RECUSED", labour.id],
      ["MEDIATION_SESSION_HELD", labour.id],
      ["MEDIATION_FAILED", labour.id],
    ];
    await expect
      .poll(async () => (await mediationTimeline(code)).map((e) => [e.type, e.recordId]), {
        timeout: 15_000,
        interval: 250,
      })
      // The timeline names records by their own keys, as departments stored them.
      .toEqual(expected.map(([type, id]) => [type, recordKey(id)]));
    const timeline = await mediationTimeline(code);
    const times = timeline.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(timeline[0]!.summary).toBe("桐庐县商会人民调解委员会受理矛调中心派发的调解案件");
    expect(timeline.at(-1)!.summary).toBe("桐庐县劳动争议人民调解委员会调解不成，终结调解，可申请劳动人事争议仲裁");
    const text = JSON.stringify(timeline);
    // The phone in any written form; a bare "138" would also match record ids (UUIDs).
    for (const personal of [
      "刘永富",
      "俞丽萍",
      "钱卫东",
      "蒋晓燕",
      "13857126021",
      "138 5712 6021",
      "****6021",
      residentId(417),
    ])
      expect(text).not.toContain(personal);
  });

  it("has the seeded story's mediation on its timeline at its historical times", async () => {
    const story = async () => (await mediationTimeline(DEMO_DISPUTES[0]!.code)).map((e) => [e.type, e.occurredAt]);
    await expect.poll(story, { timeout: 15_000, interval: 250 }).toEqual([
      ["MEDIATION_ACCEPTED", "2026-03-09T02:05:00.000Z"],
      ["MEDIATOR_ASSIGNED", "2026-03-09T02:05:00.000Z"],
      ["MEDIATION_SESSION_HELD", "2026-03-09T03:00:00.000Z"],
      ["MEDIATION_AGREEMENT_REACHED", "2026-03-09T05:30:00.000Z"],
      ["AGREEMENT_PERFORMANCE_RECORDED", "2026-03-09T08:00:00.000Z"],
    ]);
  });
});

describe("the mediation section of the data cockpit (数据驾驶舱)", () => {
  const COCKPIT = /* GraphQL */ `
    query ($filter: CockpitFilter!) {
      cockpit(filter: $filter) {
        key
        mediation {
          acceptedCases {
            value
            sameperiodLastYear
            formula
          }
          successRate {
            value
            numerator
            denominator
            sameperiodLastYear
            formula
          }
          agreementPerformanceRate {
            value
            numerator
            denominator
            sameperiodLastYear
            formula
          }
          byCommittee {
            label
            count
          }
          overdueOpenCases {
            value
            sameperiodLastYear
            formula
          }
          note
        }
      }
    }
  `;
  interface Section {
    acceptedCases: { value: number; sameperiodLastYear: number | null; formula: string };
    successRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      sameperiodLastYear: number | null;
      formula: string;
    };
    agreementPerformanceRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      sameperiodLastYear: number | null;
    };
    byCommittee: { label: string; count: number }[];
    overdueOpenCases: { value: number; sameperiodLastYear: number | null };
    note: string | null;
  }
  const YEAR_2026 = { from: "2026-01-01", to: "2026-12-31" };
  const cockpit = async (filter: Record<string, unknown>) =>
    (await ok<{ cockpit: { key: string; mediation: Section } }>(COCKPIT, { filter })).cockpit;

  interface Row {
    status: string;
    committee: string;
    clock: { overdue: boolean };
    agreement: { performanceStatus: string } | null;
  }
  /** Every 2026 case through the ordinary queue, to recompute the section by hand. */
  async function cases2026(): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        mediationCases: { edges: { node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await ok(
        `query ($after: String) { mediationCases(first: 100, after: $after, filter: { from: "2026-01-01", to: "2026-12-31" }) {
          edges { node { status committee clock { overdue } agreement { performanceStatus } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      rows.push(...page.mediationCases.edges.map((e) => e.node));
      if (!page.mediationCases.pageInfo.hasNextPage) return rows;
      after = page.mediationCases.pageInfo.endCursor;
    }
  }

  it("gives for 2026 the numbers the case records give by hand", async () => {
    const { key, mediation } = await cockpit(YEAR_2026);
    expect(key).toBe("2026-01-01|2026-12-31||");
    // A case voided as accepted in error (更正) was never a case: the cockpit counts it nowhere.
    const rows = (await cases2026()).filter((r) => r.status !== "VOIDED");
    const agreements = rows.filter((r) => r.status === "AGREEMENT_REACHED");
    const failed = rows.filter((r) => r.status === "FAILED");
    const open = rows.filter((r) => r.status === "ACCEPTED" || r.status === "IN_MEDIATION");
    expect(mediation.acceptedCases.value).toBe(rows.length);
    expect(mediation.successRate).toMatchObject({
      numerator: agreements.length,
      denominator: agreements.length + failed.length,
    });
    expect(mediation.agreementPerformanceRate).toMatchObject({
      numerator: agreements.filter((r) => r.agreement?.performanceStatus === "PERFORMED").length,
      denominator: agreements.length,
    });
    const perCommittee = new Map<string, number>();
    for (const r of rows) perCommittee.set(r.committee, (perCommittee.get(r.committee) ?? 0) + 1);
    expect(new Map(mediation.byCommittee.map((c) => [c.label, c.count]))).toEqual(perCommittee);
    expect(mediation.overdueOpenCases.value).toBe(open.filter((r) => r.clock.overdue).length);
    // The seed alone: 6 cases, 4 agreements, 3 performed, 2 overdue wage cases; tests only add to them.
    expect(mediation.acceptedCases.value).toBeGreaterThanOrEqual(6);
    expect(mediation.agreementPerformanceRate.numerator).toBeGreaterThanOrEqual(3);
    expect(mediation.overdueOpenCases.value).toBeGreaterThanOrEqual(2);
    // No mediation records in 2025.
    expect(mediation.acceptedCases.sameperiodLastYear).toBe(0);
    expect(mediation.successRate.sameperiodLastYear).toBeNull();
    expect(mediation.successRate.formula).toContain("化解成功率");
    expect(mediation.note).toBeNull();
  });

  it("counts a newly failed mediation in the period and its committee, and notes a category it cannot apply", async () => {
    // The days around now hold the case this test accepts, whatever the year.
    const before = (await cockpit({ ...daysAroundNow(), regionCode: "330122" })).mediation;
    const created = await accept("桐庐县联合人民调解委员会");
    await assign(created.id, "何建华");
    await session(created.id, ["何建华"]);
    await ok(FAIL, {
      input: { caseId: created.id, reason: "双方分歧过大，调解不成。", suggestedNextStep: "LITIGATION" },
    });
    // A town of 桐庐县 matches by its county; the category does not apply to this section.
    const after = (await cockpit({ ...daysAroundNow(), regionCode: "330122101", category: "损害赔偿" })).mediation;
    expect(after.acceptedCases.value).toBe(before.acceptedCases.value + 1);
    expect(after.successRate.denominator).toBe(before.successRate.denominator + 1);
    expect(after.successRate.numerator).toBe(before.successRate.numerator);
    const joint = (s: Section) => s.byCommittee.find((c) => c.label === "桐庐县联合人民调解委员会")?.count ?? 0;
    expect(joint(after)).toBe(joint(before) + 1);
    expect(after.note).toBe(
      "类别筛选仅适用于综合受理与总体指标 / category applies to intake and overall measures only",
    );
  });
});

describe("access", () => {
  const PARTY_ID = validResidentId();
  const OTHER_ID = validResidentId();
  const CASE_SEEN = /* GraphQL */ `id status committee acceptedAt acceptedBy mediatorName sessions { attendees notes recordedBy } clock { kind state }`;
  let code: string;
  let caseId: string;

  const as$ = async (caller: Caller | null, query: string, variables: Record<string, unknown> = {}) =>
    (await gql(query, variables, await as(caller))).body;
  const codesOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    (body.errors ?? []).map((e) => e.extensions?.code);

  beforeAll(async () => {
    // A neighbours' quarrel registered at the window with a resident as party, dispatched, then mediated.
    code = await registeredAndSentTo(
      gql,
      {
        title: "楼上住户装修噪音扰民",
        description: "城南街道某小区楼上住户连续两个月夜间装修，楼下住户多次协商未果，请求调解。",
        category: "邻里",
        region: "330122",
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", name: "吴秀兰", residentId: PARTY_ID, phone: "139 5718 2046" }],
      },
      "MEDIATION",
      "桐庐县城南街道人民调解委员会",
    );
    const accepted = await accept("桐庐县城南街道人民调解委员会", [], code);
    caseId = accepted.id;
    await assign(caseId, "方志强");
    await ok(SESSION, {
      input: {
        caseId,
        mode: "IN_PERSON",
        startsAt: new Date().toISOString(),
        place: "城南街道人民调解室",
        attendees: ["吴秀兰", "方志强"],
        notes: "楼上住户同意晚八点后停止施工。",
      },
    });
  });

  it("shows a resident the mediation of their own dispute, with the notes but without staff details", async () => {
    const body = await as$(
      resident(PARTY_ID),
      `query ($code: ID!) { dispute(code: $code) { mediationCases { ${CASE_SEEN} } } }`,
      { code },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const cases = (body.data as { dispute: { mediationCases: Record<string, unknown>[] } }).dispute.mediationCases;
    expect(cases).toEqual([
      expect.objectContaining({
        id: caseId,
        status: "IN_MEDIATION",
        committee: "桐庐县城南街道人民调解委员会",
        acceptedBy: null,
        mediatorName: "方志强",
      }),
    ]);
    // Her own name in full, and the mediator's: he sat in office, not as a private person.
    expect(cases[0]!.sessions).toEqual([
      { attendees: ["吴秀兰", "方志强"], notes: "楼上住户同意晚八点后停止施工。", recordedBy: null },
    ]);
    // 我的纠纷: the same case through the resident's party.
    const mine = await as$(resident(PARTY_ID), `{ me { mediationCases(first: 100) { edges { node { id } } } } }`);
    expect(mine.errors, JSON.stringify(mine.errors)).toBeUndefined();
    expect(
      (mine.data as { me: { mediationCases: { edges: { node: { id: string } }[] } } }).me.mediationCases.edges,
    ).toEqual([{ node: { id: caseId } }]);
  });

  it("masks each name on a mediation record as the registry masks that party: her own in full, the other person's masked, an organisation named", async () => {
    // A resident of her own: the test above expects PARTY_ID's "my cases" to hold its case alone.
    const APPLICANT_ID = validResidentId();
    const RESPONDENT_ID = validResidentId();
    const neighbours = await registeredAndSentTo(
      gql,
      {
        title: "楼上住户漏水损坏楼下吊顶",
        description: "城南街道某小区楼上住户卫生间漏水，楼下住户吊顶受损，物业公司维修不及时，请求调解。",
        category: "邻里",
        region: "330122",
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", name: "吴秀兰", residentId: APPLICANT_ID, phone: "139 5718 2046" }],
        respondents: [
          { kind: "PERSON", name: "蔡建明", residentId: RESPONDENT_ID, phone: "138 5718 6620" },
          { kind: "ORGANISATION", name: "桐庐县安居物业服务有限公司", creditCode: "91330122MA2H3K7P50" },
        ],
      },
      "MEDIATION",
      "桐庐县城南街道人民调解委员会",
    );
    const mediated = await accept("桐庐县城南街道人民调解委员会", [], neighbours);
    await assign(mediated.id, "方志强");
    await ok(SESSION, {
      input: {
        caseId: mediated.id,
        mode: "IN_PERSON",
        startsAt: new Date().toISOString(),
        place: "城南街道人民调解室",
        attendees: ["吴秀兰", "蔡建明", "方志强"],
        notes: "双方同意由楼上住户承担吊顶修复费用。",
      },
    });
    await ok(AGREE, {
      input: {
        caseId: mediated.id,
        terms: "蔡建明于十日内支付吴秀兰吊顶修复费二千四百元；桐庐县安居物业服务有限公司负责检修管道。",
        obligations: [{ payer: "蔡建明", payee: "吴秀兰", amount: "2400", description: "吊顶修复费" }],
        performanceDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        signatories: ["吴秀兰", "蔡建明", "桐庐县安居物业服务有限公司"],
      },
    });
    const AGREEMENT_SEEN = /* GraphQL */ `
      query ($code: ID!) {
        dispute(code: $code) {
          mediationCases {
            sessions {
              attendees
            }
            agreement {
              terms
              signatories
              obligations {
                payer
                payee
              }
            }
          }
        }
      }
    `;
    type Seen = {
      dispute: {
        mediationCases: {
          sessions: { attendees: string[] }[];
          agreement: { terms: string; signatories: string[]; obligations: { payer: string; payee: string }[] };
        }[];
      };
    };
    const read = async (caller: Caller) => {
      const body = await as$(caller, AGREEMENT_SEEN, { code: neighbours });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return (body.data as Seen).dispute.mediationCases[0]!;
    };

    // 我的纠纷: the same case through the resident's party, masked exactly as through the dispute.
    const MINE = /* GraphQL */ `
      {
        me {
          mediationCases(first: 100) {
            edges {
              node {
                sessions {
                  attendees
                }
                agreement {
                  terms
                  signatories
                  obligations {
                    payer
                    payee
                  }
                }
              }
            }
          }
        }
      }
    `;
    const readMine = async (caller: Caller) => {
      const body = await as$(caller, MINE);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      const edges = (
        body.data as { me: { mediationCases: { edges: { node: Seen["dispute"]["mediationCases"][0] }[] } } }
      ).me.mediationCases.edges;
      expect(edges).toHaveLength(1);
      return edges[0]!.node;
    };

    const applicant = await read(resident(APPLICANT_ID));
    expect(await readMine(resident(APPLICANT_ID))).toEqual(applicant);
    expect(applicant.sessions[0]!.attendees).toEqual(["吴秀兰", "蔡**", "方志强"]);
    expect(applicant.agreement).toEqual({
      terms: "蔡**于十日内支付吴秀兰吊顶修复费二千四百元；桐庐县安居物业服务有限公司负责检修管道。",
      signatories: ["吴秀兰", "蔡**", "桐庐县安居物业服务有限公司"],
      obligations: [{ payer: "蔡**", payee: "吴秀兰" }],
    });
    const respondent = await read(resident(RESPONDENT_ID));
    expect(await readMine(resident(RESPONDENT_ID))).toEqual(respondent);
    expect(respondent.agreement).toEqual({
      terms: "蔡建明于十日内支付吴**吊顶修复费二千四百元；桐庐县安居物业服务有限公司负责检修管道。",
      signatories: ["吴**", "蔡建明", "桐庐县安居物业服务有限公司"],
      obligations: [{ payer: "蔡建明", payee: "吴**" }],
    });
    // The committee handling it reads every name in full.
    const committee = await read(STAFF.mediation);
    expect(committee.agreement.signatories).toEqual(["吴秀兰", "蔡建明", "桐庐县安居物业服务有限公司"]);
    expect(committee.agreement.terms).toContain("蔡建明于十日内支付吴秀兰");
  });

  it("mediates jointly by reference: the dispatch's co-handlers reach the case by id, a session records units with their representatives, and a resident reads staff in full and the other party masked", async () => {
    // The manhole-cover story (五方联合调解): a pedestrian hurt by a loose cover; the window dispatches to the
    // joint committee with four member units beside it, named by id.
    const APPLICANT_ID = validResidentId();
    const OTHER_PARTY_ID = validResidentId();
    const units = [
      "桐庐县综合行政执法局",
      "桐庐县住房和城乡建设局",
      "桐庐县城南街道办事处",
      "城南街道迎春社区居民委员会",
    ];
    const code = await registerDispute(gql, {
      title: "行人踩翻窨井盖摔伤",
      description: "迎春南路人行道窨井盖松动，行人踩翻摔伤门牙，责任单位不明，请求联合调解。",
      category: "损害赔偿",
      region: "330122",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "周玉芬", residentId: APPLICANT_ID, phone: "138 5712 3456" }],
      respondents: [{ kind: "PERSON", name: "韩志刚", residentId: OTHER_PARTY_ID, phone: "139 5712 7788" }],
    });
    const DISPATCH = `mutation ($code: ID!, $ids: [ID!]) { dispatchDispute(input: { code: $code, to: MEDIATION,
      body: "桐庐县联合人民调解委员会", coHandlerIds: $ids }) { coHandlingUnits { id name } routing { coHandlers coHandlerIds } } }`;
    // A unit of another county, or one that is no unit at all, is refused by name and nothing is sent.
    const { body: refusedBody } = await gql(DISPATCH, {
      code,
      ids: [demoMemberUnitId("普陀区综合行政执法局"), "not-a-unit"],
    });
    expect(refusedBody.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const problems = refusedBody.errors![0]!.extensions!.problems as { reason: string; messageZh: string }[];
    expect(problems.map((p) => p.reason)).toEqual(["NOT_IN_COUNTY", "UNKNOWN"]);
    expect(problems[0]!.messageZh).toContain("普陀区综合行政执法局");

    const ids = units.map(demoMemberUnitId);
    type CoHandling = { coHandlingUnits: { id: string; name: string }[] };
    const sent = await ok<{
      dispatchDispute: CoHandling & { routing: { coHandlers: string[]; coHandlerIds: string[] } };
    }>(DISPATCH, { code, ids });
    const byReference = units.map((name) => ({ id: demoMemberUnitId(name), name }));
    expect(sent.dispatchDispute).toEqual({
      coHandlingUnits: byReference,
      routing: { coHandlers: units, coHandlerIds: ids },
    });
    // The dispute reads its co-handling units back by reference, as the registry holds them.
    const read = await ok<{
      dispute: { coHandlingUnits: { id: string; name: string; kind: string; status: string }[] };
    }>(`query ($code: ID!) { dispute(code: $code) { coHandlingUnits { id name kind status } } }`, { code });
    expect(read.dispute.coHandlingUnits).toEqual(
      byReference.map((unit) => ({ ...unit, kind: expect.any(String), status: "ACTIVE" })),
    );

    const JOINT = "id participatingDepartments participatingUnits { unitId name }";
    const accepted = await ok<{
      acceptMediationCase: { id: string; participatingDepartments: string[]; participatingUnits: unknown[] };
    }>(`mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { ${JOINT} } }`, {
      input: { disputeCode: code, committeeId: committees.get("桐庐县联合人民调解委员会"), source: "DISPATCH" },
    });
    // The case lists the co-handlers as the registry named them: by id, with their names.
    expect(accepted.acceptMediationCase.participatingUnits).toEqual(units.map((name, i) => ({ unitId: ids[i], name })));
    expect(accepted.acceptMediationCase.participatingDepartments).toEqual(units);
    const caseId = accepted.acceptMediationCase.id;
    // The petitions bureau joins later by id, checked against the registry's list; a unit it does not list is refused.
    const ADD = `mutation ($input: AddParticipatingDepartmentsInput!) { addParticipatingDepartments(input: $input) { ${JOINT} } }`;
    const notListed = await refused(ADD, { input: { caseId, unitIds: [demoMemberUnitId("普陀区信访局")] } });
    expect(notListed.code).toBe("BAD_USER_INPUT");
    const joined = await ok<{ addParticipatingDepartments: { participatingUnits: { name: string }[] } }>(ADD, {
      input: { caseId, unitIds: [demoMemberUnitId("桐庐县信访局")] },
    });
    expect(joined.addParticipatingDepartments.participatingUnits.map((u) => u.name)).toEqual([
      ...units,
      "桐庐县信访局",
    ]);

    await assign(caseId, "何建华");
    const SEATED = `mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id } }`;
    const sessionInput = {
      caseId,
      mode: "IN_PERSON",
      startsAt: new Date().toISOString(),
      place: "桐庐县社会治理综合服务中心三楼联合调解室",
      attendees: ["周玉芬", "韩志刚", "李婷"],
      mediatorIds: [mediators.get("何建华")],
      notes: "五家单位到场，确认窨井盖属市政排水设施。",
    };
    // A unit that is not at this case's table cannot have attended it.
    const stranger = await refused(SEATED, {
      input: {
        ...sessionInput,
        attendingUnits: [{ unitId: demoMemberUnitId("桐庐县人民法院"), representative: "徐法官" }],
      },
    });
    expect(stranger.code).toBe("BAD_USER_INPUT");
    await ok(SEATED, {
      input: {
        ...sessionInput,
        attendingUnits: [
          { unitId: ids[0], representative: "王建军" },
          { unitId: ids[1], representative: "陈立新" },
          { unitId: demoMemberUnitId("桐庐县信访局"), representative: "赵晓燕" },
        ],
      },
    });

    const SEEN = `query ($code: ID!) { dispute(code: $code) { mediationCases { participatingUnits { name }
      sessions { attendees mediators { name } attendingUnits { unitId name representative } } } } }`;
    type Seen = {
      dispute: {
        mediationCases: {
          sessions: {
            attendees: string[];
            mediators: { name: string }[];
            attendingUnits: { unitId: string; name: string; representative: string }[];
          }[];
        }[];
      };
    };
    const body = await as$(resident(APPLICANT_ID), SEEN, { code });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const [seen] = (body.data as Seen).dispute.mediationCases[0]!.sessions;
    // Her own name in full, the other party and a private person masked; the mediator and representatives in full.
    expect(seen!.attendees).toEqual(["周玉芬", "韩**", "李*"]);
    expect(seen!.mediators).toEqual([{ name: "何建华" }]);
    expect(seen!.attendingUnits).toEqual([
      { unitId: ids[0], name: "桐庐县综合行政执法局", representative: "王建军" },
      { unitId: ids[1], name: "桐庐县住房和城乡建设局", representative: "陈立新" },
      { unitId: demoMemberUnitId("桐庐县信访局"), name: "桐庐县信访局", representative: "赵晓燕" },
    ]);
  });

  it("refuses another resident, and residents reach mediation only through their dispute, not by case id", async () => {
    const other = await as$(
      resident(OTHER_ID),
      `query ($code: ID!) { dispute(code: $code) { mediationCases { id sessions { notes } } } }`,
      { code },
    );
    expect(codesOf(other)).toContain("FORBIDDEN");
    expect(JSON.stringify(other.data ?? null)).not.toContain(caseId);
    const byId = await as$(resident(PARTY_ID), `query ($id: ID!) { mediationCase(id: $id) { id } }`, { id: caseId });
    expect(codesOf(byId)).toEqual(["FORBIDDEN"]);
  });

  it("gives an arbitrator a summary: status, dates and committee; the party's name masked, the mediator's in full, notes and staff ids null", async () => {
    const body = await as$(STAFF.arbitration, `query ($id: ID!) { mediationCase(id: $id) { ${CASE_SEEN} } }`, {
      id: caseId,
    });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const seen = (body.data as { mediationCase: Record<string, unknown> & { sessions: unknown[] } }).mediationCase;
    expect(seen).toMatchObject({
      id: caseId,
      status: "IN_MEDIATION",
      committee: "桐庐县城南街道人民调解委员会",
      acceptedBy: null,
      clock: { kind: "PEOPLE_MEDIATION", state: "RUNNING" },
    });
    expect(seen.sessions).toEqual([{ attendees: ["吴**", "方志强"], notes: null, recordedBy: null }]);
  });

  it("refuses anonymous callers and cockpit viewers", async () => {
    for (const caller of [null, COCKPIT_VIEWER]) {
      expect(codesOf(await as$(caller, `query ($id: ID!) { mediationCase(id: $id) { id } }`, { id: caseId }))).toEqual([
        refusalFor(caller),
      ]);
      expect(codesOf(await as$(caller, `{ mediationCases(first: 1) { edges { node { id } } } }`))).toEqual([
        refusalFor(caller),
      ]);
    }
  });

  it("refuses a mutation by an arbitrator and leaves the case as it was", async () => {
    const body = await as$(
      STAFF.arbitration,
      `mutation ($input: WithdrawMediationInput!) { withdrawMediation(input: $input) { status } }`,
      { input: { caseId, reason: "仲裁员代为撤回" } },
    );
    expect(codesOf(body)).toEqual(["FORBIDDEN"]);
    expect(
      (
        await ok<{ mediationCase: { status: string } }>(`query ($id: ID!) { mediationCase(id: $id) { status } }`, {
          id: caseId,
        })
      ).mediationCase.status,
    ).toBe("IN_MEDIATION");
  });

  it("audits every mutation, readable by auditors only, with field names but no values", async () => {
    type Entry = { action: string; entity: string; entityId: string; fields: string[]; actor: string };
    const entries = await auditEntries<Entry>(
      gql,
      "mediation",
      { entityId: caseId },
      `action entity entityId fields actor`,
    );
    expect(entries.map((e) => [e.action, e.entity]).reverse()).toEqual([
      ["acceptMediationCase", "MediationCase"],
      ["assignMediator", "MediationCase"],
      ["recordMediationSession", "MediationCase"],
    ]);
    expect(entries.every((e) => e.actor === STAFF.mediation.sub)).toBe(true);
    expect(entries[0]!.fields).toEqual(["caseId", "mode", "startsAt", "place", "attendees", "notes"]);
    expect(JSON.stringify(entries)).not.toMatch(/吴秀兰|停止施工/);
    const LOG = `{ auditLog { mediation(first: 1) { edges { node { action } } } } }`;
    expect(codesOf(await as$(STAFF.mediation, LOG))).toEqual(["FORBIDDEN"]);
  });
});

/** A worker born 1979-03-05 in 桐庐县, told apart by the sequence number. */
function residentId(sequence: number): string {
  return validResidentId({ birthDate: "19790305", sequence });
}
