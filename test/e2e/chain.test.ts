// The unpaid-wages story across the chain (法–调–仲–访–诉), through the gateway: intake → joint
// mediation fails for one worker → the registry hands the dispute to arbitration → arbitration hears
// it and awards; legal aid granted on the side; one timeline in order; the worker tracks it by code.
// The story spans two weeks (a hearing needs five days' notice), played at simulated times.
import { describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { as, COMMANDER } from "../support/callers.js";
import { daysAfter } from "../support/simulated-time.js";
import { chinaDaysAgo } from "../support/calendar.js";
import { timelineOf } from "../support/timeline.js";
import { demoId } from "@onedoor/shared/demo/mediation-directory";

const gql = sharedGateway(inject("gatewayUrl"));
const ok = async <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => {
  const { body } = await gql<T>(query, variables, headers);
  expect(body.errors).toBeUndefined();
  return body.data!;
};

const WORKERS = ["章建平", "许美娟", "何志勇", "施丽萍", "郑国强", "俞小燕"].map((name, i) => ({
  kind: "PERSON",
  name,
  residentId: residentId(),
  phone: `1385712${String(4000 + i * 37).padStart(4, "0")}`,
}));
const EMPLOYER = {
  name: "桐庐横村某针织服饰有限公司",
  creditCode: "91330122MA2H3K7P50",
  legalRepresentative: "邵国良",
};

interface Step {
  source: string;
  type: string;
  summary: string;
  occurredAt: string;
}

describe("the chain in one graph: six workers' unpaid wages", () => {
  it("runs intake → joint mediation → hand-off → arbitration → award with legal aid on the side, in one ordered timeline", async () => {
    const start = new Date();
    const day = (n: number, hours = 0) => daysAfter(start, n, hours);
    // 一窗受理: six workers, one dispute; a group dispute needs a joint consultation before dispatch.
    const { registerDispute } = await ok<{ registerDispute: { code: string; major: boolean } }>(
      `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code major } }`,
      {
        input: {
          title: "针织厂停产老板失联 六名工人追索工资",
          description: "针织厂停产，经营者下落不明，六名工人被拖欠三个月工资共计十二万六千元。",
          category: "拖欠农民工工资",
          region: "330122",
          amountInvolved: "126000",
          peopleInvolved: 6,
          channel: "WALK_IN",
          parties: WORKERS,
          respondents: [{ kind: "ORGANISATION", ...EMPLOYER }],
        },
      },
    );
    const code = registerDispute.code;
    expect(registerDispute.major).toBe(true);
    await ok(`mutation ($input: RecordConsultationInput!) { recordConsultation(input: $input) { code } }`, {
      input: {
        code,
        judge: "汪立新",
        chiefMediator: "钱卫东",
        legalAidLawyer: "詹伟民",
        departments: ["县人力社保局", "横村镇政府", "县总工会"],
        conclusion: "劳动争议调委会与商会调委会联合调解，法律援助同步介入。",
      },
    });
    await ok(
      `mutation ($code: ID!, $chamber: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION, coHandlerIds: [$chamber] }) { code } }`,
      { code, chamber: demoId("桐庐县商会人民调解委员会") },
    );

    // 联合调解: the labour committee leads; one worker will not settle.
    const { committees } = await ok<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
      `{ committees(first: 100) { edges { node { id name } } } }`,
    );
    const labour = committees.edges.find((e) => e.node.name === "桐庐县劳动争议人民调解委员会")!.node.id;
    const { mediators } = await ok<{ mediators: { edges: { node: { id: string } }[] } }>(
      `query ($id: ID) { mediators(filter: { committeeId: $id }, first: 5) { edges { node { id } } } }`,
      { id: labour },
    );
    const { acceptMediationCase } = await ok<{ acceptMediationCase: { id: string } }>(
      `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
      {
        input: {
          disputeCode: code,
          committeeId: labour,
          source: "DISPATCH",
          sourceReference: "桐矛派〔2026〕1123-27",
          participatingDepartments: ["桐庐县商会人民调解委员会", "县人力社保局"],
        },
      },
    );
    const caseId = acceptMediationCase.id;
    await ok(`mutation ($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`, {
      input: { caseId, mediatorId: mediators.edges[0]!.node.id },
    });
    await ok(`mutation ($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id } }`, {
      input: {
        caseId,
        mode: "IN_PERSON",
        startsAt: new Date().toISOString(),
        place: "桐庐县社会治理综合服务中心联合调解室",
        attendees: ["工人代表", "商会代表", "人社局代表"],
        notes: "五名工人接受垫付方案，一名工人坚持申请仲裁。",
      },
    });
    await ok(`mutation ($input: FailMediationInput!) { failMediation(input: $input) { id } }`, {
      input: { caseId, reason: "一名工人不接受垫付方案，要求仲裁", suggestedNextStep: "ARBITRATION" },
    });

    // The registry hands the dispute on by itself when the failure names arbitration.
    const handOff = async () =>
      (
        await ok<{ dispute: { handOffs: { toDepartment: string; status: string }[] } }>(
          `query ($code: ID!) { dispute(code: $code) { handOffs { toDepartment status } } }`,
          { code },
        )
      ).dispute.handOffs;
    await expect
      .poll(handOff, { timeout: 15_000, interval: 250 })
      .toEqual([{ toDepartment: "ARBITRATION", status: "PENDING" }]);

    // 劳动仲裁 takes the case: the hand-off is accepted and arbitration leads.
    const worker = WORKERS[3]!;
    // Day 1: the worker files (申请仲裁); day 2: accepted, served, tribunal composed, hearing set for day 9.
    const { fileArbitrationApplication } = await ok<{ fileArbitrationApplication: { id: string; version: number } }>(
      `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id version } }`,
      {
        input: {
          disputeCode: code,
          failedMediationId: caseId,
          applicants: [{ name: worker.name, residentId: worker.residentId, phone: worker.phone }],
          respondent: EMPLOYER,
          claims: [
            {
              kind: "WAGE_ARREARS",
              description: "支付2026年8月至10月工资21000元",
              amount: "21000.00",
              knewOfInfringementOn: chinaDaysAgo(30),
            },
          ],
          evidence: [{ title: "考勤记录", submittedBy: "申请人" }],
        },
      },
      day(1),
    );
    const arbitration = fileArbitrationApplication.id;
    await ok(
      `mutation ($input: AcceptArbitrationCaseInput!) { acceptArbitrationCase(input: $input) { id } }`,
      { input: { caseId: arbitration, expectedVersion: fileArbitrationApplication.version } },
      day(2),
    );
    await ok(
      `mutation ($input: RecordArbitrationServiceInput!) { recordArbitrationService(input: $input) { id } }`,
      { input: { caseId: arbitration } },
      day(2, 1),
    );
    await ok(
      `mutation ($input: ComposeArbitrationTribunalInput!) { composeArbitrationTribunal(input: $input) { id } }`,
      {
        input: { caseId: arbitration, kind: "SOLE", arbitrators: ["方建明"], presidingArbitrator: "方建明" },
      },
      day(2, 2),
    );
    const { scheduleArbitrationHearing } = await ok<{ scheduleArbitrationHearing: { claims: { id: string }[] } }>(
      `mutation ($input: ScheduleArbitrationHearingInput!) { scheduleArbitrationHearing(input: $input) { claims { id } } }`,
      {
        input: {
          caseId: arbitration,
          hearingAt: day(9)["x-onedoor-simulated-time"],
          place: "桐庐县矛调中心第二仲裁庭",
        },
      },
      day(2, 3),
    );

    // 法律援助 on the side: day 2, the center refers the worker (转介); day 3 she applies, and a migrant worker
    // claiming wages needs no means check. Arbitration still leads.
    await ok(
      `mutation ($code: ID!) { referDispute(input: { code: $code, to: LEGAL_AID, reason: "农民工追索劳动报酬，转介法律援助" }) { code } }`,
      { code },
      day(2, 6),
    );
    const { applyForLegalAid } = await ok<{ applyForLegalAid: { id: string } }>(
      `mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { id } }`,
      {
        input: {
          disputeCode: code,
          matter: "CLAIM_LABOUR_REMUNERATION",
          applicant: {
            name: worker.name,
            residentId: worker.residentId,
            phone: worker.phone,
            groups: ["MIGRANT_WORKER"],
          },
        },
      },
      day(3),
    );
    await ok(
      `mutation ($caseId: ID!) { decideLegalAid(input: { caseId: $caseId }) { id } }`,
      { caseId: applyForLegalAid.id },
      day(3, 2),
    );

    // An award before the hearing is refused; on day 9, after the hearing, the tribunal awards (裁决).
    const award = {
      input: {
        caseId: arbitration,
        documentNumber: "桐劳人仲裁字〔2026〕第1123号",
        decisions: [
          { claimId: scheduleArbitrationHearing.claims[0]!.id, decision: "GRANTED", awardedAmount: "21000.00" },
        ],
      },
    };
    const awardMutation = `mutation ($input: IssueArbitrationAwardInput!) { issueArbitrationAward(input: $input) { status claims { final } } }`;
    const early = await gql(awardMutation, award, day(4));
    expect(early.body.errors?.[0]?.extensions).toMatchObject({
      code: "INVALID_STATE",
      messageZh: "尚未开庭，不能作出裁决",
    });
    const { issueArbitrationAward } = await ok<{
      issueArbitrationAward: { status: string; claims: { final: boolean }[] };
    }>(awardMutation, award, day(9, 4));
    // 21,000 yuan is within twelve months of the local minimum wage: final for the employer (一裁终局).
    expect(issueArbitrationAward).toEqual({ status: "AWARDED", claims: [{ final: true }] });

    // One timeline, chronological, with every department's steps in their order.
    const expected = [
      ["PETITIONS", "DISPUTE_REGISTERED"],
      ["PETITIONS", "CONSULTATION_HELD"],
      ["PETITIONS", "DISPUTE_DISPATCHED"],
      ["MEDIATION", "MEDIATION_ACCEPTED"],
      ["MEDIATION", "MEDIATOR_ASSIGNED"],
      ["MEDIATION", "MEDIATION_SESSION_HELD"],
      ["MEDIATION", "MEDIATION_FAILED"],
      ["PETITIONS", "HANDOFF_REQUESTED"],
      ["ARBITRATION", "ARBITRATION_APPLICATION_RECEIVED"],
      ["PETITIONS", "HANDOFF_ACCEPTED"],
      ["ARBITRATION", "ARBITRATION_ACCEPTED"],
      ["ARBITRATION", "ARBITRATION_SERVED"],
      ["ARBITRATION", "ARBITRATION_TRIBUNAL_COMPOSED"],
      ["ARBITRATION", "ARBITRATION_HEARING_SCHEDULED"],
      ["PETITIONS", "DISPUTE_REFERRED"],
      ["LEGAL_AID", "LEGAL_AID_APPLIED"],
      ["LEGAL_AID", "LEGAL_AID_GRANTED"],
      ["ARBITRATION", "ARBITRATION_AWARD_ISSUED"],
      ["ARBITRATION", "ARBITRATION_AWARD_SERVED"],
    ];
    const timeline = async () => (await timelineOf<Step>(gql, code, "source type summary occurredAt"))!;
    await expect
      .poll(async () => (await timeline()).map((s) => [s.source, s.type]), { timeout: 20_000, interval: 300 })
      .toEqual(expected);
    const steps = await timeline();
    expect(steps.map((s) => s.occurredAt)).toEqual([...steps.map((s) => s.occurredAt)].sort());

    // The timeline is a connection: pages of 4 newest first join up to the story backwards; a filter
    // narrows it by type and by day, and counts what it keeps.
    interface Page {
      edges: { node: { type: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      totalCount: number;
    }
    const page = async (args: { filter?: object; sort?: string; first?: number; after?: string | null }) =>
      (
        await ok<{ dispute: { timeline: Page } }>(
          `query ($code: ID!, $filter: TimelineEventFilter, $sort: TimelineEventSort, $first: Int, $after: String) {
            dispute(code: $code) {
              timeline(filter: $filter, sort: $sort, first: $first, after: $after) {
                edges { node { type } }
                pageInfo { hasNextPage endCursor }
                totalCount
              }
            }
          }`,
          { code, ...args },
        )
      ).dispute.timeline;
    const backwards: string[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages++) {
      const { edges, pageInfo, totalCount }: Page = await page({ sort: "NEWEST_FIRST", first: 4, after });
      expect(edges.length).toBeLessThanOrEqual(4);
      expect(totalCount).toBe(expected.length);
      backwards.push(...edges.map((e) => e.node.type));
      if (!pageInfo.hasNextPage) {
        expect(pages).toBe(Math.ceil(expected.length / 4));
        break;
      }
      after = pageInfo.endCursor;
    }
    expect(backwards).toEqual(expected.map(([, type]) => type).reverse());
    const legalAid = await page({ filter: { types: ["LEGAL_AID_GRANTED", "LEGAL_AID_APPLIED"] } });
    expect(legalAid.edges.map((e) => e.node.type)).toEqual(["LEGAL_AID_APPLIED", "LEGAL_AID_GRANTED"]);
    expect(legalAid.totalCount).toBe(2);
    const chinaDay = (instant: string) => new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
    for (const day of [chinaDay(steps[0]!.occurredAt), chinaDay(steps.at(-1)!.occurredAt)]) {
      const onDay = await page({ filter: { from: day, to: day } });
      expect(onDay.totalCount).toBe(steps.filter((s) => chinaDay(s.occurredAt) === day).length);
      expect(onDay.totalCount).toBeLessThan(expected.length);
    }
    const reversed = await gql(
      `query ($code: ID!) { dispute(code: $code) { timeline(filter: { from: "2026-02-02", to: "2026-02-01" }) { totalCount } } }`,
      { code },
    );
    expect(reversed.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["filter", "to"] });

    // The worker follows it by code with the last 4 digits of their phone: their progress, nobody's data.
    // Tracking is for residents without an account: the request is anonymous.
    const tracked = await gql<{ trackDispute: { leadDepartment: string; status: string; timeline: Step[] } | null }>(
      `query ($code: String!, $v: String!) { trackDispute(code: $code, verification: $v) { leadDepartment status timeline { source type summary occurredAt } } }`,
      { code, v: worker.phone.slice(-4) },
      await as(null),
    );
    expect(tracked.body.errors).toBeUndefined();
    const { trackDispute } = tracked.body.data!;
    expect(trackDispute!.leadDepartment).toBe("ARBITRATION");
    expect(trackDispute!.status).toBe("IN_PROGRESS");
    expect(trackDispute!.timeline.map((s) => s.type)).toEqual(expected.map(([, type]) => type));
    const shown = JSON.stringify(trackDispute);
    for (const w of WORKERS) {
      expect(shown).not.toContain(w.name);
      expect(shown).not.toContain(w.residentId);
      expect(shown).not.toContain(w.phone);
    }

    // One fragment reads a party in every department that recorded them, and names the same person alike.
    type Who = { __typename: string; name: string; kind: string; partyId: string | null };
    const { dispute } = await ok<{
      dispute: {
        parties: Who[];
        respondents: Who[];
        arbitrationCases: { applicants: Who[]; respondent: Who }[];
        legalAidCases: { applicant: Who }[];
      };
    }>(
      `fragment Who on CaseParty { __typename name kind partyId }
       query ($code: ID!) { dispute(code: $code) {
         parties { ...Who } respondents { ...Who }
         arbitrationCases { applicants { ...Who } respondent { ...Who } }
         legalAidCases { applicant { ...Who } } } }`,
      { code },
      await as(COMMANDER),
    );
    const inRegistry = dispute.parties.find((p) => p.name === worker.name)!;
    expect(inRegistry).toMatchObject({ __typename: "DisputeParty", kind: "PERSON" });
    expect(inRegistry.partyId).toBeTruthy();
    const [application] = dispute.arbitrationCases;
    expect(application!.applicants.find((a) => a.name === worker.name)).toEqual({
      ...inRegistry,
      __typename: "ArbitrationApplicant",
    });
    expect(dispute.legalAidCases[0]!.applicant).toEqual({ ...inRegistry, __typename: "LegalAidApplicant" });
    const employer = dispute.respondents[0]!;
    expect(employer).toMatchObject({ name: EMPLOYER.name, kind: "ORGANISATION" });
    expect(application!.respondent).toEqual({ ...employer, __typename: "ArbitrationRespondent" });
  });
});
