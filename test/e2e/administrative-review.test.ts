// 行政复议 through the gateway, as the seed documents tell it: a villager contests a county bureau's fine at the
// center's window; routing sends an administrative act to the administrative review body (not to 信访); the
// review body receives, accepts, extends its decision period once, approved, and revokes the fine. Every step
// reaches the registry's timeline, and the villager follows it by code. Played over 80 days of simulated time.
// The review body receives an application only on a dispute the registry sent it.
import { describe, expect, inject, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { contestedFine, fineApplication } from "../support/administrative-review.js";
import { as, STAFF } from "../support/callers.js";
import { daysAfter } from "../support/simulated-time.js";
import { chinaDaysAgo } from "../support/calendar.js";
import { registerDispute, registeredAndSentTo, sentTo } from "../support/registration.js";
import { timelineOf } from "../support/timeline.js";

const gql = sharedGateway(inject("gatewayUrl"));
const ok = async <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => {
  const { body } = await gql<T>(query, variables, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
};

const VILLAGER = { kind: "PERSON", name: "王春生", residentId: residentId(), phone: "13588126907" };
const BUREAU = { kind: "ORGANISATION", name: "桐庐县自然资源和规划局" };

interface ReviewCase {
  id: string;
  status: string;
  version: number;
  extensionDays: number;
  decisionKind: string | null;
  clocks: { kind: string; state: string; deadline: string; onTime: boolean | null }[];
}
const CASE = "id status version extensionDays decisionKind clocks { kind state deadline onTime }";

describe("administrative review of a county bureau's fine", { shuffle: false }, () => {
  it("routes the act to review, and the review body decides within its extended period, step by step on the timeline", async () => {
    const start = new Date();
    // Each step at its own simulated time, so the timeline's order is the story's order.
    const day = (n: number, hours = 0) => daysAfter(start, n, hours);
    const { registerDispute } = await ok<{
      registerDispute: { code: string; suggestedRouting: { department: string; body: string; ruleId: string } };
    }>(
      `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code suggestedRouting { department body ruleId } } }`,
      {
        input: {
          title: "不服县自然资源和规划局非法占地行政处罚",
          description:
            "江南镇村民在承包地上搭建农机棚，县自然资源和规划局认定非法占用耕地，责令拆除并处罚款。村民认为农机棚属设施农业用地，请求撤销处罚。",
          category: "山林土地",
          region: "330122",
          channel: "WALK_IN",
          flags: ["ADMINISTRATIVE_ACT"],
          parties: [VILLAGER],
          respondents: [BUREAU],
        },
      },
      day(0),
    );
    const { code, suggestedRouting } = registerDispute;
    expect(suggestedRouting).toEqual({
      department: "ADMINISTRATIVE_REVIEW",
      body: "桐庐县人民政府行政复议办公室",
      ruleId: "administrative-review",
    });
    await ok(
      `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: ADMINISTRATIVE_REVIEW }) { code } }`,
      { code },
      day(0, 1),
    );

    const { receiveAdministrativeReviewCase: received } = await ok<{ receiveAdministrativeReviewCase: ReviewCase }>(
      `mutation ($input: ReceiveAdministrativeReviewCaseInput!) { receiveAdministrativeReviewCase(input: $input) { ${CASE} } }`,
      {
        input: {
          disputeCode: code,
          request: "请求撤销桐自然资罚〔2026〕18号行政处罚决定",
          respondentAgency: BUREAU.name,
          contestedAct: "桐自然资罚〔2026〕18号行政处罚决定（责令限期拆除农机棚并处罚款）",
          actKnownOn: chinaDaysAgo(20),
          applicantResidentId: VILLAGER.residentId,
        },
      },
      day(0, 2),
    );
    expect(received.status).toBe("RECEIVED");
    expect(received.clocks.map((c) => [c.kind, c.state])).toEqual([
      ["ADMINISTRATIVE_REVIEW_APPLICATION", "STOPPED"],
      ["ADMINISTRATIVE_REVIEW_ACCEPTANCE", "RUNNING"],
    ]);

    const { acceptAdministrativeReviewCase: accepted } = await ok<{ acceptAdministrativeReviewCase: ReviewCase }>(
      `mutation ($input: AcceptAdministrativeReviewCaseInput!) { acceptAdministrativeReviewCase(input: $input) { ${CASE} } }`,
      { input: { id: received.id, expectedVersion: received.version, procedure: "ORDINARY" } },
      day(2),
    );
    expect(accepted.clocks[1]).toMatchObject({ state: "STOPPED", onTime: true });
    const decisionDue = accepted.clocks[2]!.deadline;

    // Day 55: a site inspection is needed; the head of the review body approves 30 more days.
    const { extendAdministrativeReviewCase: extended } = await ok<{ extendAdministrativeReviewCase: ReviewCase }>(
      `mutation ($input: ExtendAdministrativeReviewCaseInput!) { extendAdministrativeReviewCase(input: $input) { ${CASE} } }`,
      {
        input: {
          id: received.id,
          expectedVersion: accepted.version,
          days: 30,
          reason: "案情复杂，需现场勘验农机棚用地性质",
        },
      },
      day(55),
    );
    expect(extended.extensionDays).toBe(30);
    expect(new Date(extended.clocks[2]!.deadline).getTime()).toBeGreaterThan(new Date(decisionDue).getTime());

    // Day 80: past the first 60 days, inside the extension: on time.
    const { decideAdministrativeReviewCase: decided } = await ok<{ decideAdministrativeReviewCase: ReviewCase }>(
      `mutation ($input: DecideAdministrativeReviewCaseInput!) { decideAdministrativeReviewCase(input: $input) { ${CASE} } }`,
      {
        input: {
          id: received.id,
          expectedVersion: extended.version,
          decisionKind: "REVOKE",
          summary: "农机棚属设施农业用地，原处罚认定事实不清，决定撤销",
        },
      },
      day(80),
    );
    expect(decided).toMatchObject({ status: "DECIDED", decisionKind: "REVOKE" });
    expect(decided.clocks[2]).toMatchObject({ kind: "ADMINISTRATIVE_REVIEW_DECISION", state: "STOPPED", onTime: true });

    // The registry's one history: its own steps, then the review body's, in order.
    const expected = [
      ["PETITIONS", "DISPUTE_REGISTERED"],
      ["PETITIONS", "DISPUTE_DISPATCHED"],
      ["ADMINISTRATIVE_REVIEW", "ADMINISTRATIVE_REVIEW_RECEIVED"],
      ["ADMINISTRATIVE_REVIEW", "ADMINISTRATIVE_REVIEW_ACCEPTED"],
      ["ADMINISTRATIVE_REVIEW", "ADMINISTRATIVE_REVIEW_EXTENDED"],
      ["ADMINISTRATIVE_REVIEW", "ADMINISTRATIVE_REVIEW_DECIDED"],
    ];
    const timeline = async () =>
      (await timelineOf<{ source: string; type: string }>(gql, code, "source type"))!.map((s) => [s.source, s.type]);
    await expect.poll(timeline, { timeout: 20_000, interval: 300 }).toEqual(expected);

    // The villager follows it anonymously by code: the steps and the decision's kind, nobody's personal data.
    const tracked = await gql<{ trackDispute: { leadDepartment: string; timeline: { summary: string }[] } | null }>(
      `query ($code: String!, $v: String!) { trackDispute(code: $code, verification: $v) { leadDepartment timeline { summary } } }`,
      { code, v: VILLAGER.phone.slice(-4) },
      await as(null),
    );
    expect(tracked.body.errors).toBeUndefined();
    const { trackDispute } = tracked.body.data!;
    expect(trackDispute!.leadDepartment).toBe("ADMINISTRATIVE_REVIEW");
    expect(trackDispute!.timeline.at(-1)!.summary).toBe("行政复议机构作出复议决定：撤销");
    const shown = JSON.stringify(trackDispute);
    for (const secret of [VILLAGER.name, VILLAGER.residentId, VILLAGER.phone]) expect(shown).not.toContain(secret);
  });

  it("shows the demo story's review on its dispute, without the request to other departments' staff", async () => {
    const mediator = await as(STAFF.mediation);
    const { body } = await gql<{
      dispute: { administrativeReviewCases: { request: string | null; status: string }[] };
    }>(
      `query ($code: ID!) { dispute(code: $code) { administrativeReviewCases { request status } } }`,
      { code: "330122260000069" },
      mediator,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.dispute.administrativeReviewCases).toEqual([{ request: null, status: "DECIDED" }]);
  });
});

describe("receiving an application only on a dispute the registry sent to the review body (派件)", () => {
  const RECEIVE = `mutation ($input: ReceiveAdministrativeReviewCaseInput!) { receiveAdministrativeReviewCase(input: $input) { id status } }`;
  const receive = (disputeCode: string) =>
    gql<{ receiveAdministrativeReviewCase: { id: string; status: string } | null }>(RECEIVE, {
      input: fineApplication(disputeCode),
    });
  /** The review body's refusal, which leaves no case behind. */
  async function refusal(disputeCode: string) {
    const { body } = await receive(disputeCode);
    expect(body.data?.receiveAdministrativeReviewCase ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    return body.errors![0]!.extensions as { code: string; reason: string; messageZh: string; disputeCode: string };
  }
  const casesOn = async (code: string) =>
    (
      await ok<{ dispute: { administrativeReviewCases: { id: string }[] } | null }>(
        `query ($code: ID!) { dispute(code: $code) { administrativeReviewCases { id } } }`,
        { code },
      )
    ).dispute?.administrativeReviewCases ?? [];

  it("refuses a code the registry never registered", async () => {
    const code = formatDisputeCode({
      region: "330122",
      year: 2026,
      sequence: 500_000 + Math.floor(Math.random() * 500_000),
    });
    expect(await refusal(code)).toEqual(
      expect.objectContaining({
        code: "INVALID_STATE",
        reason: "NOT_SENT_HERE",
        disputeCode: code,
        messageZh: "登记中心未将该纠纷派送或移交本部门（未登记，或已派往其他单位）",
      }),
    );
  });

  it("refuses a dispute dispatched to another department", async () => {
    const code = await registeredAndSentTo(gql, contestedFine(), "MEDIATION");
    expect(await refusal(code)).toMatchObject({ code: "INVALID_STATE", reason: "NOT_SENT_HERE" });
    expect(await casesOn(code)).toEqual([]);
  });

  it("refuses a dispute closed at the registry after its dispatch here, and receives one dispatched here", async () => {
    const closed = await registerDispute(gql, contestedFine());
    await sentTo(gql, closed, "ADMINISTRATIVE_REVIEW");
    await ok(
      `mutation ($code: ID!, $result: String!) { closeDispute(input: { code: $code, outcome: WITHDRAWN, result: $result }) { code } }`,
      {
        code: closed,
        result: "被申请人已自行撤销处罚决定，申请人不再申请复议。",
      },
    );
    // Dispatched after that closure: the review body reads the registry's notices in order, so by the time it
    // knows of this dispatch it also knows of the closure before it.
    const open = await registeredAndSentTo(gql, contestedFine(), "ADMINISTRATIVE_REVIEW");
    const received = await receive(open);
    expect(received.body.errors, JSON.stringify(received.body.errors)).toBeUndefined();
    expect(received.body.data!.receiveAdministrativeReviewCase).toMatchObject({ status: "RECEIVED" });
    expect(await refusal(closed)).toMatchObject({
      code: "INVALID_STATE",
      reason: "CLOSED",
      messageZh: "该纠纷已在登记中心办结",
    });
    expect(await casesOn(closed)).toEqual([]);
  });
});
