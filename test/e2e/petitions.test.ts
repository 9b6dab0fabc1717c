// The one window through the gateway: intake with validation and idempotency, 解纷码, dispatch,
// visits, closure, evaluation, duplicates and merges, queues. Records are created fresh, so the
// file runs against the shared system next to the other departments' files.
import { inject, describe, expect, it } from "vitest";
import { displayDisputeCode, parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { sharedGateway, type GraphQLResponse } from "../support/system.js";
import { COCKPIT_VIEWER, STAFF, as, resident, refusalFor } from "../support/callers.js";
import { residentId, withWrongCheckDigit } from "../support/identities.js";
import { addDays } from "@onedoor/shared/clock/index";
import { parseNodeId } from "@onedoor/shared/graphql/node-id";
import { chinaDate, chinaYear } from "../support/calendar.js";
import { auditEntries } from "../support/audit.js";
import { demoMemberUnitId } from "@onedoor/shared/demo/member-units";

const gql = sharedGateway(inject("gatewayUrl"));
/** The day (China time) this file started: registrations since then are this file's or later. */
const startedOn = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const DISPUTE_FIELDS = /* GraphQL */ `
  code title description category regionCode localityCode channel status registeredAt amountInvolved peopleInvolved major serviceTier
  parties { id kind name residentId phone residentIdFull phoneFull partyId }
  respondents { kind name creditCode }
  leadDepartment handlingBody coHandlingUnits { id name kind } coHandlers
  routing { department body coHandlers coHandlerIds ruleId rulesVersion suggestedDepartment overridden reason by }
  suggestedRouting { ruleId department body }
  visits { edges { node { at place purpose } } }
  visitCount
  runs { visits runs }
  closedAt closureResult closedOnTheSpot
  evaluation { satisfaction comment }
  followUps { method notes agreementPerformed }
  clocks { kind state deadline remainingDays overdue onTime }
  deadline remainingDays overdue
  possibleDuplicates: links(filter: { kinds: [POSSIBLE_DUPLICATE] }) { edges { node { otherCode } } }
  mergedInto { code }
  mergedFrom: links(filter: { kinds: [MERGED], directions: [INCOMING] }) { edges { node { other { code status } } } }
  mediationCases { committee }
`;

type Links<Node> = { edges: { node: Node }[] };
/** The links a dispute shows to the given codes, in order. */
const linksTo = (...codes: string[]): Links<{ otherCode: string }> => ({
  edges: codes.map((otherCode) => ({ node: { otherCode } })),
});

interface DisputeView {
  code: string;
  status: string;
  registeredAt: string;
  major: boolean;
  serviceTier: string;
  leadDepartment: string | null;
  coHandlingUnits: { id: string; name: string; kind: string }[];
  coHandlers: string[];
  routing: {
    ruleId: string | null;
    overridden: boolean;
    reason: string | null;
    department: string;
    suggestedDepartment: string;
  } | null;
  suggestedRouting: { ruleId: string | null; department: string; body: string };
  visitCount: number;
  runs: { visits: number; runs: number };
  closedOnTheSpot: boolean;
  evaluation: { satisfaction: string; comment: string | null } | null;
  clocks: { kind: string; state: string; overdue: boolean; onTime: boolean | null; remainingDays: number }[];
  overdue: boolean;
  possibleDuplicates: Links<{ otherCode: string }>;
  mergedInto: { code: string } | null;
  mergedFrom: Links<{ other: { code: string; status: string } }>;
  parties: {
    id: string;
    name: string;
    residentId: string | null;
    phone: string | null;
    residentIdFull: string | null;
    partyId: string | null;
  }[];
  [field: string]: unknown;
}

const REGISTER = /* GraphQL */ `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { ${DISPUTE_FIELDS} } }`;
const GET = /* GraphQL */ `query ($code: ID!) { dispute(code: $code) { ${DISPUTE_FIELDS} } }`;

function manholeInput(over: Record<string, unknown> = {}) {
  return {
    title: "行人被凸起窨井盖绊倒致牙齿脱落索赔",
    description:
      "居民在城南街道迎春南路人行道被凸起的窨井盖绊倒，门牙脱落一颗。城管、住建、街道办、社区居委会、信访五家单位均可能负有责任。",
    category: "损害赔偿",
    region: "330122001",
    amountInvolved: "3800",
    peopleInvolved: 1,
    channel: "WALK_IN",
    serviceTier: "SIMPLE",
    parties: [{ kind: "PERSON", name: "周秀英", residentId: residentId(), phone: "138 5712 3456" }],
    respondents: [{ kind: "ORGANISATION", name: "桐庐县综合行政执法局" }],
    ...over,
  };
}

async function register(input: Record<string, unknown>) {
  const { body } = await gql<{ registerDispute: DisputeView }>(REGISTER, { input });
  expect(body.errors).toBeUndefined();
  return body.data!.registerDispute;
}

async function get(code: string) {
  const { body } = await gql<{ dispute: DisputeView | null }>(GET, { code });
  expect(body.errors).toBeUndefined();
  return body.data!.dispute;
}

async function mutate<T = Record<string, DisputeView>>(query: string, variables: Record<string, unknown>) {
  return (await gql<T>(query, variables)).body;
}

/** One page of disputes, as `registeredSinceStart` reads them. */
interface DisputePage {
  disputes: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** Codes of every dispute registered since the day this file started, every page (other files register that day too). */
async function registeredSinceStart(): Promise<string[]> {
  const codes: string[] = [];
  for (let after: string | null = null; ;) {
    const { body }: { body: GraphQLResponse<DisputePage>["body"] } = await gql<DisputePage>(
      `query ($from: LocalDate!, $after: String) {
        disputes(filter: { from: $from }, first: 100, after: $after) {
          edges { node { code } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { from: startedOn, after },
    );
    expect(body.errors).toBeUndefined();
    codes.push(...body.data!.disputes.edges.map((e) => e.node.code));
    if (!body.data!.disputes.pageInfo.hasNextPage) return codes;
    after = body.data!.disputes.pageInfo.endCursor;
  }
}

describe("petitions: the one window (一窗受理)", () => {
  it("runs the manhole-cover story: window, mediation with five co-handlers, visits, closure, evaluation", async () => {
    const registered = await register(manholeInput());
    const parsed = parseDisputeCode(registered.code);
    // The code's year is the registration's (China time), whatever the calendar says today.
    expect(parsed).toMatchObject({ ok: true, region: "330122", year: chinaYear(registered.registeredAt) });
    expect(registered).toMatchObject({
      status: "REGISTERED",
      channel: "WALK_IN",
      regionCode: "330122",
      localityCode: "330122001",
      amountInvolved: "3800.00",
      major: false,
      serviceTier: "SIMPLE",
      // Masked by default; the window reads the full number on a separate, audited field.
      parties: [{ name: "周秀英", phone: "138****3456", phoneFull: "13857123456" }],
      respondents: [{ kind: "ORGANISATION", name: "桐庐县综合行政执法局", creditCode: null }],
      suggestedRouting: { ruleId: "mediation-default", department: "MEDIATION", body: "桐庐县联合人民调解委员会" },
      visitCount: 1, // coming to the window is the first visit
      leadDepartment: null,
    });

    const coHandlers = [
      "桐庐县综合行政执法局",
      "桐庐县住房和城乡建设局",
      "桐庐县城南街道办事处",
      "城南街道迎春社区居民委员会",
      "桐庐县信访局",
    ];
    const dispatched = await mutate(
      `mutation ($code: ID!, $co: [ID!]) { dispatchDispute(input: { code: $code, to: MEDIATION, coHandlerIds: $co }) { ${DISPUTE_FIELDS} } }`,
      { code: displayDisputeCode(registered.code), co: coHandlers.map(demoMemberUnitId) },
    );
    expect(dispatched.errors).toBeUndefined();
    expect(dispatched.data!.dispatchDispute).toMatchObject({
      status: "DISPATCHED",
      leadDepartment: "MEDIATION",
      handlingBody: "桐庐县联合人民调解委员会",
      // The co-handlers by reference, in the order the dispatch named them.
      coHandlingUnits: coHandlers.map((name) => ({ id: demoMemberUnitId(name), name, kind: expect.any(String) })),
      // Still served while deprecated: the same units by their names as at the dispatch.
      coHandlers,
      routing: {
        coHandlers,
        ruleId: "mediation-default",
        overridden: false,
        suggestedDepartment: "MEDIATION",
        by: STAFF.petitions.sub,
      },
    });

    const visited = await mutate(
      `mutation ($code: ID!) { recordVisit(input: { code: $code, place: "桐庐县社会治理综合服务中心联合调解室", purpose: "五方联合调解" }) { visitCount runs { visits runs } } }`,
      { code: registered.code },
    );
    expect(visited.errors).toBeUndefined();
    expect(visited.data!.recordVisit).toMatchObject({ visitCount: 2, runs: { visits: 2, runs: 1 } });
    const VISITS = `query ($code: ID!, $after: String) { dispute(code: $code) {
      visits(first: 1, sort: NEWEST_FIRST, after: $after) { totalCount edges { node { purpose } } pageInfo { hasNextPage endCursor } } } }`;
    type Visits = {
      dispute: {
        visits: {
          totalCount: number;
          edges: { node: { purpose: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const latest = (await gql<Visits>(VISITS, { code: registered.code })).body.data!.dispute.visits;
    expect(latest).toMatchObject({ totalCount: 2, edges: [{ node: { purpose: "五方联合调解" } }] });
    expect(latest.pageInfo.hasNextPage).toBe(true);
    const earlier = (await gql<Visits>(VISITS, { code: registered.code, after: latest.pageInfo.endCursor })).body.data!
      .dispute.visits;
    expect(earlier.edges).toEqual([{ node: { purpose: "窗口登记受理" } }]);
    expect(earlier.pageInfo.hasNextPage).toBe(false);

    const closed = await mutate(
      `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "五方联合调解，产权单位当日先行支付医疗费2000元。" }) { status closedAt closureResult closedOnTheSpot } }`,
      { code: registered.code },
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeDispute).toMatchObject({ status: "CLOSED", closedOnTheSpot: false });

    const evaluate = `mutation ($code: ID!) { evaluateDispute(input: { code: $code, satisfaction: SATISFIED, comment: "一个窗口就办好了" }) { evaluation { satisfaction comment } } }`;
    const evaluated = await mutate(evaluate, { code: registered.code });
    expect(evaluated.data!.evaluateDispute).toEqual({
      evaluation: { satisfaction: "SATISFIED", comment: "一个窗口就办好了" },
    });
    const again = await mutate(evaluate, { code: registered.code });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "ALREADY_EVALUATED" });

    const followed = await mutate(
      `mutation ($code: ID!) { recordDisputeFollowUp(input: { code: $code, method: "电话", notes: "余款已结清，井盖已整改。", agreementPerformed: true }) { followUps { method agreementPerformed } } }`,
      { code: registered.code },
    );
    expect(followed.data!.recordDisputeFollowUp).toEqual({ followUps: [{ method: "电话", agreementPerformed: true }] });

    const final = (await get(registered.code))!;
    // Dispatched to mediation but no committee opened a case: no procedure clock, only the service clock.
    expect(final.clocks.map((c) => c.kind)).toEqual(["CENTER_SERVICE_SIMPLE"]);
    expect(final.clocks.every((c) => c.state === "STOPPED" && c.onTime === true && !c.overdue)).toBe(true);
    expect(final).toMatchObject({ overdue: false, visitCount: 2, runs: { visits: 2, runs: 1 }, mediationCases: [] });
  });

  it("rejects bad input with field-specific errors in Chinese and English, and writes nothing", async () => {
    const before = await registeredSinceStart();
    const cases: [Record<string, unknown>, (string | number)[], string][] = [
      [
        manholeInput({
          parties: [
            { kind: "PERSON", name: "周秀英", residentId: withWrongCheckDigit(residentId()), phone: "13857123456" },
          ],
        }),
        ["input", "parties", 0, "residentId"],
        "CHECK_DIGIT",
      ],
      [manholeInput({ region: "339999" }), ["input", "region"], "UNKNOWN"],
      [manholeInput({ parties: [] }), ["input", "parties"], "EMPTY"],
      [manholeInput({ description: "纠".repeat(5001) }), ["input", "description"], "LENGTH"],
      [manholeInput({ category: "不存在的类别" }), ["input", "category"], "UNKNOWN"],
      [manholeInput({ idempotencyKey: "x" }), ["input", "idempotencyKey"], "FORMAT"],
    ];
    for (const [input, field, reason] of cases) {
      const { status, body } = await gql(REGISTER, { input });
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      const extensions = body.errors![0]!.extensions!;
      expect(extensions).toMatchObject({ code: "BAD_USER_INPUT", field, problems: [{ field, reason }] });
      expect(extensions.messageZh).toEqual(expect.any(String));
      expect(extensions.messageEn).toEqual(expect.any(String));
    }

    // Every problem at once, not just the first.
    const many = await gql(REGISTER, { input: manholeInput({ region: "339999", parties: [], description: "" }) });
    expect(
      (many.body.errors![0]!.extensions!.problems as { field: unknown[] }[]).map((p) => p.field.join(".")),
    ).toEqual(["input.description", "input.region", "input.parties"]);

    // 10 MB never reaches the registry: the gateway refuses the body with a GraphQL-shaped 413.
    const huge = await gql(REGISTER, { input: manholeInput({ description: "纠".repeat((10 * 1024 * 1024) / 3) }) });
    expect(huge.status).toBe(413);
    expect(huge.body.errors![0]!.extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });

    expect(await registeredSinceStart()).toEqual(before);
  });

  it("returns the same dispute for a retried registration with the same key, even concurrently", async () => {
    const key = `window-3-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const input = manholeInput({ idempotencyKey: key });
    const first = await register(input);
    const before = await registeredSinceStart();
    // A retry may differ in spacing and phone formatting: the normalised input is what counts.
    const retry = await register({
      ...input,
      title: ` ${input.title} `,
      parties: [{ ...(input.parties as object[])[0], phone: "13857123456" }],
    });
    expect(retry.code).toBe(first.code);
    expect(retry.visitCount).toBe(1);

    const changed = await gql(REGISTER, { input: { ...input, amountInvolved: "3900" } });
    expect(changed.body.errors![0]!.extensions).toMatchObject({ code: "CONFLICT" });

    const concurrentKey = `${key}-concurrent`;
    const concurrentInput = manholeInput({ idempotencyKey: concurrentKey });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => gql<{ registerDispute: { code: string } }>(REGISTER, { input: concurrentInput })),
    );
    const codes = new Set(results.map((r) => r.body.data?.registerDispute.code));
    expect(results.every((r) => r.body.errors === undefined)).toBe(true);
    expect(codes.size).toBe(1);

    const after = await registeredSinceStart();
    expect(after.length).toBe(before.length + 1);
  });

  it("gives unique 解纷码 under concurrent registrations and finds them with or without separators", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => gql<{ registerDispute: { code: string } }>(REGISTER, { input: manholeInput() })),
    );
    const codes = results.map((r) => r.body.data!.registerDispute.code);
    expect(new Set(codes).size).toBe(8);
    for (const code of codes) expect(parseDisputeCode(code).ok).toBe(true);

    const spaced = displayDisputeCode(codes[0]!).replaceAll("-", " ");
    expect((await get(spaced))?.code).toBe(codes[0]);
    expect((await get(displayDisputeCode(codes[0]!)))?.code).toBe(codes[0]);

    const malformed = await gql(GET, { code: codes[0]!.slice(0, 14) });
    expect(malformed.body.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["code"],
      problems: [{ reason: "FORMAT" }],
    });
    // A mistyped digit fails the check digit: the caller is told, for a lookup as for an action.
    const mistyped = codes[0]!.slice(0, 14) + String((Number(codes[0]![14]) + 1) % 10);
    const lookup = await gql(GET, { code: mistyped });
    expect(lookup.body.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ reason: "CHECK_DIGIT" }],
    });
    const visit = await gql(
      `mutation ($code: ID!) { recordVisit(input: { code: $code, place: "窗口", purpose: "咨询" }) { code } }`,
      { code: mistyped },
    );
    expect(visit.body.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ reason: "CHECK_DIGIT" }],
    });
    // A valid code nobody was given.
    const { formatDisputeCode } = await import("@onedoor/shared/dispute-code/index");
    expect(await get(formatDisputeCode({ region: "330922", year: 2026, sequence: 999_999 }))).toBeNull();
  });

  it("flags a repeat registration as a possible duplicate and merges it without dropping anything", async () => {
    const applicant = { kind: "PERSON", name: "何国强", residentId: residentId(), phone: "13588765432" };
    const factory = { kind: "ORGANISATION", name: "桐庐横村某针织服装厂", creditCode: "91330122MA27XQ6U4Y" };
    const input = {
      ...manholeInput(),
      title: "追索拖欠工资",
      category: "劳动争议",
      parties: [applicant],
      respondents: [factory],
      serviceTier: null,
    };
    const first = await register(input);
    const second = await register({ ...input, channel: "HOTLINE_12345" });
    expect(second.possibleDuplicates).toEqual(linksTo(first.code));
    expect((await get(first.code))!.possibleDuplicates).toEqual(linksTo(second.code));

    const merged = await mutate(
      `mutation ($code: ID!, $into: ID!) { mergeDisputes(input: { code: $code, into: $into, reason: "同一工人同一欠薪事项经12345重复反映" }) { code links(filter: { kinds: [MERGED] }) { totalCount edges { node { direction other { code status } } } } } }`,
      { code: second.code, into: first.code },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeDisputes).toEqual({
      code: first.code,
      links: {
        totalCount: 1,
        edges: [{ node: { direction: "INCOMING", other: { code: second.code, status: "MERGED" } } }],
      },
    });
    const repeat = (await get(second.code))!;
    expect(repeat).toMatchObject({ status: "MERGED", mergedInto: { code: first.code }, parties: [{ name: "何国强" }] });

    // A related but separate matter is linked (关联), and both stay open on their own.
    const related = await register({ ...input, title: "同厂另一名工人欠薪", category: "拖欠农民工工资" });
    const link = `mutation ($code: ID!, $other: ID!) { linkDisputes(input: { code: $code, otherCode: $other, reason: "同一用人单位欠薪" }) { links(filter: { kinds: [LINKED] }) { edges { node { other { code status } } } } } }`;
    const linked = await mutate(link, { code: related.code, other: first.code });
    expect(linked.data!.linkDisputes).toEqual({
      links: { edges: [{ node: { other: { code: first.code, status: "REGISTERED" } } }] },
    });
    expect((await mutate(link, { code: first.code, other: related.code })).errors).toBeUndefined(); // linking again changes nothing
    const merged2 = await mutate(
      `mutation ($code: ID!) { mergeDisputes(input: { code: $code, into: $code, reason: "误操作" }) { code } }`,
      { code: first.code },
    );
    expect(merged2.errors![0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "SAME_DISPUTE" });
  });

  it("shows a resident that her dispute is linked to a stranger's, but not the stranger's code", async () => {
    const her = { kind: "PERSON", name: "方丽娟", residentId: residentId(), phone: "13757123456" };
    const him = { kind: "PERSON", name: "邵建平", residentId: residentId(), phone: "13867234567" };
    const mine = await register({ ...manholeInput(), parties: [her] });
    const his = await register({ ...manholeInput(), parties: [him] });
    const linked = await mutate(
      `mutation ($code: ID!, $other: ID!) { linkDisputes(input: { code: $code, otherCode: $other, reason: "同一窨井盖致害" }) { code } }`,
      { code: mine.code, other: his.code },
    );
    expect(linked.errors).toBeUndefined();
    const LINKS = `query ($code: ID!) { dispute(code: $code) { links { totalCount edges { node { kind otherCode other { code } } } } } }`;
    type LinkView = { dispute: { links: { totalCount: number; edges: { node: Record<string, unknown> }[] } } };
    const own = await gql<LinkView>(LINKS, { code: mine.code }, await as(resident(her.residentId)));
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.dispute.links).toEqual({
      totalCount: 1,
      edges: [{ node: { kind: "LINKED", otherCode: null, other: null } }],
    });
    expect(JSON.stringify(own.body)).not.toContain(his.code);
    const staff = await gql<LinkView>(LINKS, { code: mine.code }, await as(STAFF.petitions));
    expect(staff.body.data!.dispute.links.edges[0]!.node).toEqual({
      kind: "LINKED",
      otherCode: his.code,
      other: { code: his.code },
    });
  });

  it("requires a joint consultation before dispatching a major dispute, and records an override with its reason", async () => {
    const workers = Array.from({ length: 3 }, (_, i) => ({
      kind: "PERSON",
      name: `工人${i + 1}`,
      residentId: residentId(),
      phone: `1390571000${i}`,
    }));
    const major = await register({
      ...manholeInput(),
      title: "服装厂停产 六名工人追索工资",
      category: "拖欠农民工工资",
      peopleInvolved: 6,
      amountInvolved: "126000",
      serviceTier: null,
      parties: workers,
      respondents: [
        { kind: "ORGANISATION", name: "桐庐某服装厂", creditCode: "91330122MA28B7C9DN", legalRepresentative: "郑国华" },
      ],
    });
    expect(major).toMatchObject({
      major: true,
      serviceTier: "COMPLEX",
      suggestedRouting: { ruleId: "mediation-labour", department: "MEDIATION" },
    });

    const dispatch = `mutation ($code: ID!, $reason: String) { dispatchDispute(input: { code: $code, to: ARBITRATION, reason: $reason }) { leadDepartment handlingBody routing { ruleId overridden reason suggestedDepartment } } }`;
    const early = await mutate(dispatch, { code: major.code, reason: "当事人拒绝调解" });
    expect(early.errors![0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "CONSULTATION_REQUIRED" });

    const consulted = await mutate(
      `mutation ($code: ID!) { recordConsultation(input: { code: $code, judge: "方志远", chiefMediator: "钱卫东", legalAidLawyer: "胡晓燕", departments: ["桐庐县人力资源和社会保障局"], conclusion: "工人不同意调解，引导劳动仲裁。" }) { consultations { judge departments } } }`,
      { code: major.code },
    );
    expect(consulted.errors).toBeUndefined();

    const noReason = await mutate(dispatch, { code: major.code, reason: null });
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "reason"] });

    const overridden = await mutate(dispatch, { code: major.code, reason: "当事人拒绝调解" });
    expect(overridden.errors).toBeUndefined();
    expect(overridden.data!.dispatchDispute).toEqual({
      leadDepartment: "ARBITRATION",
      handlingBody: "桐庐县劳动人事争议仲裁委员会",
      routing: {
        ruleId: "mediation-labour",
        overridden: true,
        reason: "当事人拒绝调解",
        suggestedDepartment: "MEDIATION",
      },
    });
  });

  it("closes a simple matter on the spot (当场办结), and not after dispatch", async () => {
    const simple = await register(manholeInput({ category: "邻里", title: "相邻排水沟纠纷" }));
    const close = `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "窗口当场调解，双方达成一致。", onTheSpot: true }) { status closedOnTheSpot } }`;
    const closed = await mutate(close, { code: simple.code });
    expect(closed.data!.closeDispute).toEqual({ status: "CLOSED", closedOnTheSpot: true });

    const other = await register(manholeInput());
    await mutate(`mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`, {
      code: other.code,
    });
    const late = await mutate(close, { code: other.code });
    expect(late.errors![0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "ALREADY_DISPATCHED" });
  });

  it("pages the queue newest first with filters", async () => {
    const query = `query ($after: String) { disputes(filter: { major: false, channel: WALK_IN, statuses: [REGISTERED, DISPATCHED, CLOSED] }, first: 2, after: $after) {
      edges { cursor node { code registeredAt major channel } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      disputes: {
        edges: { node: { code: string; registeredAt: string; major: boolean; channel: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = (await gql<Page>(query)).body.data!.disputes;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql<Page>(query, { after: first.pageInfo.endCursor })).body.data!.disputes;
    const all = [...first.edges, ...second.edges].map((e) => e.node);
    expect(new Set(all.map((n) => n.code)).size).toBe(all.length);
    expect(all.every((n) => !n.major && n.channel === "WALK_IN")).toBe(true);
    const times = all.map((n) => n.registeredAt);
    expect(times).toEqual([...times].sort().reverse());

    const overdue = await gql<{ disputes: { edges: { node: { overdue: boolean; status: string } }[] } }>(
      `{ disputes(filter: { overdue: true }, first: 50) { edges { node { overdue status } } } }`,
    );
    expect(overdue.body.errors).toBeUndefined();
    expect(overdue.body.data!.disputes.edges.every((e) => e.node.overdue && e.node.status !== "CLOSED")).toBe(true);
  });

  it("handles a petition filed by an agent under the 信访工作条例 clocks, with its own queue", async () => {
    const dispute = await register(
      manholeInput({
        category: "征地拆迁",
        title: "征地补偿标准异议",
        channel: "PETITION_AGENT",
        flags: ["PETITION_MATTER", "MEDIATION_DECLINED"],
      }),
    );
    expect(dispute.suggestedRouting).toMatchObject({ ruleId: "petition-declined", department: "PETITIONS" });
    const agent = `代办员${Math.random().toString(36).slice(2, 6)}`;
    const PETITION = "status agent { name phone } clocks { kind state deadline extendedDays } deadline overdue";
    const filed = await mutate<{
      filePetition: { status: string; agent: { name: string; phone: string }; clocks: { kind: string }[] };
    }>(
      `mutation ($code: ID!, $agent: String) { filePetition(input: { code: $code, receivedAt: "2026-03-02T02:00:00Z", agentName: $agent, agentPhone: "0571-64621234" }) { ${PETITION} } }`,
      { code: dispute.code, agent },
    );
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.filePetition).toMatchObject({
      status: "RECEIVED",
      agent: { name: agent, phone: "0571-64621234" },
      clocks: [{ kind: "PETITION_ACCEPTANCE" }],
    });

    const advance = `mutation ($input: AdvancePetitionInput!) { advancePetition(input: $input) { ${PETITION} } }`;
    type Advanced = {
      advancePetition: {
        status: string;
        clocks: { kind: string; state: string; deadline: string; extendedDays: number }[];
      };
    };
    const accepted = await mutate<Advanced>(advance, {
      input: {
        code: dispute.code,
        type: "ACCEPT",
        at: "2026-03-06T02:00:00Z",
      },
    });
    expect(accepted.data!.advancePetition.clocks.map((c) => [c.kind, c.state])).toEqual([
      ["PETITION_ACCEPTANCE", "STOPPED"],
      ["PETITION_HANDLING", "OVERDUE"],
    ]);

    const extend = (days: number) =>
      mutate<Advanced>(advance, {
        input: {
          code: dispute.code,
          type: "EXTEND_HANDLING",
          at: "2026-04-20T02:00:00Z",
          days,
          approvedBy: "县信访局局长 王立新",
          reason: "需多部门联合调查",
        },
      });
    expect((await extend(20)).data!.advancePetition.clocks[1]!.extendedDays).toBe(20);
    expect((await extend(11)).errors![0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "EXTENSION_REFUSED",
    });

    const replied = await mutate<Advanced>(advance, {
      input: {
        code: dispute.code,
        type: "REPLY",
        at: "2026-05-20T02:00:00Z",
      },
    });
    expect(replied.data!.advancePetition).toMatchObject({ status: "REPLIED" });
    expect(replied.data!.advancePetition.clocks[1]).toMatchObject({
      kind: "PETITION_HANDLING",
      state: "STOPPED",
      extendedDays: 20,
    });
    const late = await mutate(advance, {
      input: { code: dispute.code, type: "REQUEST_REVIEW", at: "2026-07-01T02:00:00Z" },
    });
    expect(late.errors![0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "REQUEST_LATE" });

    const queue = await gql<{ petitionQueue: { edges: { node: { disputeCode: string; status: string } }[] } }>(
      `query ($agent: String) { petitionQueue(filter: { agentName: $agent }, first: 10) { edges { node { disputeCode status } } } }`,
      { agent },
    );
    expect(queue.body.data!.petitionQueue.edges).toEqual([{ node: { disputeCode: dispute.code, status: "REPLIED" } }]);
    expect((await get(dispute.code))!).toMatchObject({ channel: "PETITION_AGENT" });
  });

  it("routes a petition that belongs to arbitration out of 信访", async () => {
    const dispute = await register(manholeInput({ category: "劳动争议", title: "信访反映欠薪", channel: "LETTER" }));
    await mutate(`mutation ($code: ID!) { filePetition(input: { code: $code }) { status } }`, { code: dispute.code });
    const routed = await mutate<{ advancePetition: { status: string; routedTo: string; overdue: boolean } }>(
      `mutation ($code: ID!) { advancePetition(input: { code: $code, type: ROUTE_OUT, routeTo: ARBITRATION }) { status routedTo overdue } }`,
      { code: dispute.code },
    );
    expect(routed.data!.advancePetition).toEqual({ status: "ROUTED_OUT", routedTo: "ARBITRATION", overdue: false });
    const again = await mutate(`mutation ($code: ID!) { filePetition(input: { code: $code }) { status } }`, {
      code: dispute.code,
    });
    expect(again.errors![0]!.extensions).toMatchObject({ code: "CONFLICT" });
  });

  it("shows the seeded manhole-cover story with parties, dispatch, runs and evaluation", async () => {
    const story = (await get(displayDisputeCode("330122260000016")))!;
    expect(story).toMatchObject({
      title: "行人被凸起窨井盖绊倒致牙齿脱落索赔",
      status: "CLOSED",
      parties: [{ name: "周秀英" }],
      leadDepartment: "MEDIATION",
      routing: { ruleId: "mediation-default", overridden: false },
      // The window's registration and the committee's joint session attended in person, one day: one run.
      runs: { visits: 2, runs: 1 },
      evaluation: { satisfaction: "SATISFIED" },
      mediationCases: [{ committee: "桐庐县联合人民调解委员会" }],
    });
    expect(story.coHandlingUnits.map((u) => [u.name, u.kind])).toEqual([
      ["桐庐县综合行政执法局", "LAW_ENFORCEMENT"],
      ["桐庐县住房和城乡建设局", "HOUSING_CONSTRUCTION"],
      ["桐庐县城南街道办事处", "SUBDISTRICT_OFFICE"],
      ["城南街道迎春社区居民委员会", "RESIDENTS_COMMITTEE"],
      ["桐庐县信访局", "PETITIONS_BUREAU"],
    ]);
  });
});

const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;
const masked = (id: string) => `${id.slice(0, 6)}${"*".repeat(id.length - 10)}${id.slice(-4)}`;

describe("petitions: access (who sees and does what)", () => {
  const VIEW = /* GraphQL */ `
    query ($code: ID!) {
      dispute(code: $code) {
        code
        status
        description
        closureResult
        visits {
          totalCount
          edges {
            node {
              place
              purpose
            }
          }
        }
        parties {
          id
          name
          residentId
          residentIdFull
          phone
          partyId
        }
        respondents {
          name
          residentId
          residentIdFull
        }
      }
    }
  `;
  type View = {
    dispute: {
      code: string;
      status: string;
      description: string | null;
      visits: { totalCount: number; edges: { node: { place: string; purpose: string | null } }[] };
      parties: {
        id: string;
        name: string;
        residentId: string;
        residentIdFull: string | null;
        phone: string;
        partyId: string;
      }[];
      respondents: { name: string; residentId: string | null; residentIdFull: string | null }[];
    } | null;
  };

  async function neighbourDispute() {
    const applicant = { kind: "PERSON", name: "李建国", residentId: residentId(), phone: "13587654321" };
    const neighbour = { kind: "PERSON", name: "张海明", residentId: residentId() };
    const dispute = await register(
      manholeInput({
        title: "相邻宅基地排水沟占用纠纷",
        category: "邻里",
        parties: [applicant],
        respondents: [neighbour],
      }),
    );
    return { dispute, applicant, neighbour };
  }

  it("shows a resident their own dispute (their own ID in full on request) and refuses it to another resident", async () => {
    const { dispute, applicant, neighbour } = await neighbourDispute();
    const own = await gql<View>(VIEW, { code: dispute.code }, await as(resident(applicant.residentId)));
    // The neighbour is a party too, but not this resident: their ID stays masked and its full value refused.
    expect(own.body.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([
      ["dispute.respondents.0.residentIdFull", "FORBIDDEN"],
    ]);
    expect(own.body.data!.dispute).toMatchObject({
      description: expect.stringContaining("窨井盖"),
      parties: [
        {
          name: "李建国",
          residentId: masked(applicant.residentId),
          residentIdFull: applicant.residentId,
          phone: "135****4321",
        },
      ],
      respondents: [{ name: "张**", residentId: masked(neighbour.residentId), residentIdFull: null }],
    });

    const stranger = await gql<View>(VIEW, { code: dispute.code }, await as(resident(residentId())));
    expect(codeOf(stranger.body)).toBe("FORBIDDEN");
    expect(stranger.body.data?.dispute ?? null).toBeNull();
  });

  it("shows another department's staff a summary: masked names, no narratives, full ID refused", async () => {
    const { dispute, applicant } = await neighbourDispute();
    const { body } = await gql<View>(VIEW, { code: dispute.code }, await as(STAFF.arbitration));
    expect(body.errors?.map((e) => [e.path?.join("."), e.extensions?.code]).sort()).toEqual([
      ["dispute.parties.0.residentIdFull", "FORBIDDEN"],
      ["dispute.respondents.0.residentIdFull", "FORBIDDEN"],
    ]);
    expect(body.data!.dispute).toMatchObject({
      status: "REGISTERED",
      description: null,
      closureResult: null,
      visits: { totalCount: 1, edges: [{ node: { place: expect.stringContaining("综合受理窗口"), purpose: null } }] },
      parties: [{ name: "李**", residentId: masked(applicant.residentId), residentIdFull: null }],
    });
    expect(JSON.stringify(body.data)).not.toContain(applicant.residentId);

    // Once dispatched to mediation, the mediators handle it and see it in full.
    await mutate(`mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`, {
      code: dispute.code,
    });
    const handling = await gql<View>(VIEW, { code: dispute.code }, await as(STAFF.mediation));
    expect(handling.body.errors).toBeUndefined();
    expect(handling.body.data!.dispute!.parties[0]).toMatchObject({
      name: "李建国",
      residentIdFull: applicant.residentId,
    });
  });

  it("refuses anonymous callers and cockpit viewers the record and the queues", async () => {
    const { dispute } = await neighbourDispute();
    for (const caller of [null, COCKPIT_VIEWER]) {
      const headers = await as(caller);
      const one = await gql<View>(VIEW, { code: dispute.code }, headers);
      expect(codeOf(one.body)).toBe(refusalFor(caller));
      expect(one.body.data?.dispute ?? null).toBeNull();
      expect(codeOf((await gql(`{ disputes(first: 1) { edges { node { code } } } }`, {}, headers)).body)).toBe(
        refusalFor(caller),
      );
      expect(codeOf((await gql(`{ petitionQueue(first: 1) { edges { node { id } } } }`, {}, headers)).body)).toBe(
        refusalFor(caller),
      );
    }
    // A department lists only what is routed to it.
    const mediation = await as(STAFF.mediation);
    expect(codeOf((await gql(`{ disputes(first: 1) { edges { node { code } } } }`, {}, mediation)).body)).toBe(
      "FORBIDDEN",
    );
    const routed = await gql<{ disputes: { edges: { node: { leadDepartment: string } }[] } }>(
      `{ disputes(filter: { department: MEDIATION }, first: 5) { edges { node { leadDepartment } } } }`,
      {},
      mediation,
    );
    expect(routed.body.errors).toBeUndefined();
    expect(routed.body.data!.disputes.edges.every((e) => e.node.leadDepartment === "MEDIATION")).toBe(true);
    // The cockpit is for leaders and the commander, aggregates only.
    const EARLY = `{ earlyWarnings { edges { node { count } } } }`;
    expect(codeOf((await gql(EARLY, {}, mediation)).body)).toBe("FORBIDDEN");
    expect((await gql(EARLY, {}, await as(COCKPIT_VIEWER))).body.errors).toBeUndefined();
  });

  it("refuses the window's and the petitions office's acts to other departments' staff, and 信访 acts to the window clerk alone", async () => {
    const { dispute } = await neighbourDispute();
    for (const caller of [STAFF.mediation, STAFF.arbitration, resident(residentId())]) {
      const headers = await as(caller);
      expect(codeOf((await gql(REGISTER, { input: manholeInput() }, headers)).body)).toBe("FORBIDDEN");
      expect(
        codeOf(
          (
            await gql(
              `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`,
              { code: dispute.code },
              headers,
            )
          ).body,
        ),
      ).toBe("FORBIDDEN");
      expect(
        codeOf(
          (
            await gql(
              `mutation ($code: ID!) { filePetition(input: { code: $code }) { status } }`,
              { code: dispute.code },
              headers,
            )
          ).body,
        ),
      ).toBe("FORBIDDEN");
    }
    const clerkOnly = await as({ roles: ["intakeClerk"], department: "petitions", sub: "clerk-only" });
    expect(
      codeOf(
        (
          await gql(
            `mutation ($code: ID!) { filePetition(input: { code: $code }) { status } }`,
            { code: dispute.code },
            clerkOnly,
          )
        ).body,
      ),
    ).toBe("FORBIDDEN");
    const visit = await gql(
      `mutation ($code: ID!) { recordVisit(input: { code: $code, place: "综合受理窗口", purpose: "补交材料" }) { visitCount } }`,
      { code: dispute.code },
      clerkOnly,
    );
    expect(visit.body.errors).toBeUndefined();
    // Nothing half-done by the refused attempts: still not dispatched, not a petition.
    const after = await get(dispute.code);
    expect(after).toMatchObject({ status: "REGISTERED", leadDepartment: null, visitCount: 2 });
  });

  it("lets only the receiving department (or the commander) answer a hand-off", async () => {
    const { dispute } = await neighbourDispute();
    const handed = await mutate<{ handOffDispute: { id: string; status: string } }>(
      `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: ARBITRATION, reason: "邻里纠纷涉及承包地流转合同，转仲裁" }) { id status } }`,
      { code: dispute.code },
    );
    expect(handed.errors).toBeUndefined();
    const respond = `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: true }) { status } }`;
    const id = handed.data!.handOffDispute.id;
    expect(codeOf((await gql(respond, { id }, await as(STAFF.mediation))).body)).toBe("FORBIDDEN");
    expect(
      codeOf((await gql(respond, { id }, await as({ roles: ["intakeClerk"], department: "petitions" }))).body),
    ).toBe("FORBIDDEN");
    const accepted = await gql<{ respondToHandOff: { status: string } }>(respond, { id }, await as(STAFF.arbitration));
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data!.respondToHandOff.status).toBe("ACCEPTED");
  });

  it("audits every mutation and every read of a full ID, and shows the log to auditors only", async () => {
    const { dispute, applicant } = await neighbourDispute();
    const { body } = await gql<View>(VIEW, { code: dispute.code }, await as(STAFF.petitions));
    expect(body.errors).toBeUndefined();
    const party = body.data!.dispute!.parties[0]!;
    expect(party.residentIdFull).toBe(applicant.residentId);

    type Entry = { action: string; entity: string; entityId: string | null; fields: string[]; roles: string[] };
    const FIELDS = `action entity entityId fields roles`;
    const entries = [
      ...(await auditEntries<Entry>(gql, "petitions", { entity: "DisputeParty", entityId: party.id }, FIELDS)),
      ...(await auditEntries<Entry>(gql, "petitions", { entity: "Dispute", entityId: dispute.code }, FIELDS)),
    ];
    expect(entries).toContainEqual({
      action: "READ_PERSONAL_DATA",
      entity: "DisputeParty",
      entityId: party.id,
      fields: ["residentId"],
      roles: STAFF.petitions.roles,
    });
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: "registerDispute",
        entity: "Dispute",
        entityId: dispute.code,
        fields: expect.arrayContaining(["title", "parties", "respondents"]),
      }),
    );
    expect(JSON.stringify(entries)).not.toContain(applicant.residentId);
    const AUDIT = `{ auditLog { petitions(first: 1) { edges { node { action } } } } }`;
    for (const caller of [STAFF.petitions, COCKPIT_VIEWER, resident(applicant.residentId)]) {
      expect(codeOf((await gql(AUDIT, {}, await as(caller))).body)).toBe("FORBIDDEN");
    }
  });
});

describe("petitions: the party (当事人) across disputes", () => {
  const ME = /* GraphQL */ `
    {
      me {
        id
        kind
        displayName
        disputes(first: 20) {
          edges {
            node {
              code
              status
              mergedInto {
                code
              }
              possibleDuplicates: links(filter: { kinds: [POSSIBLE_DUPLICATE] }, first: 5) {
                edges {
                  node {
                    otherCode
                  }
                }
              }
            }
          }
        }
      }
    }
  `;
  type DisputeNode = {
    code: string;
    status: string;
    mergedInto: { code: string } | null;
    possibleDuplicates: Links<{ otherCode: string }>;
  };
  type Me = {
    me: { id: string; kind: string; displayName: string; disputes: { edges: { node: DisputeNode }[] } };
  };
  // 我的纠纷 one page at a time, as a resident's page asks for it.
  const PAGE = /* GraphQL */ `
    query ($id: ID!, $first: Int, $after: String, $filter: PartyDisputeFilter, $sort: DisputeSort) {
      party(id: $id) {
        disputes(first: $first, after: $after, filter: $filter, sort: $sort) {
          edges {
            cursor
            node {
              code
              status
            }
          }
          pageInfo {
            hasNextPage
            hasPreviousPage
            endCursor
          }
        }
      }
    }
  `;
  type Page = {
    party: {
      disputes: {
        edges: { cursor: string; node: { code: string; status: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
    };
  };

  it("knows one person as one party in every dispute, shows them their disputes, and links their repeat petition to the first", async () => {
    const person = { kind: "PERSON", name: "钱志明", residentId: residentId(), phone: "13906712345" };
    const employer = { kind: "ORGANISATION", name: "桐庐横村某针织服装厂", creditCode: "91330122MA27XQ6U4Y" };
    const wages = {
      ...manholeInput(),
      title: "追索拖欠工资",
      category: "劳动争议",
      serviceTier: null,
      parties: [person],
      respondents: [employer],
    };
    const first = await register(wages);
    const repeat = await register({ ...wages, channel: "HOTLINE_12345" });
    const other = await register(manholeInput({ parties: [{ ...person, phone: "139 0671 2345" }] }));
    const ids = [first, repeat, other].map((d) => d.parties[0]!.partyId);
    expect(new Set(ids).size).toBe(1);
    // The party's node id, over its internal party id: a keyed hash, never the ID number.
    expect(parseNodeId(ids[0]!)).toEqual({ type: "Party", key: expect.stringMatching(/^P[A-Z2-7]{20}$/) });
    expect(repeat.possibleDuplicates).toEqual(linksTo(first.code));

    // 重复诉求并单: the repeat is merged into the first and stays on the party's list, pointing to it.
    const merged = await mutate(
      `mutation ($code: ID!, $into: ID!) { mergeDisputes(input: { code: $code, into: $into, reason: "同一事项经12345重复反映" }) { code } }`,
      { code: repeat.code, into: first.code },
    );
    expect(merged.errors).toBeUndefined();

    const own = await as(resident(person.residentId));
    const { body } = await gql<Me>(ME, {}, own);
    expect(body.errors).toBeUndefined();
    expect(body.data!.me).toMatchObject({ id: ids[0], kind: "PERSON", displayName: "钱志明" });
    const byCode = new Map(body.data!.me.disputes.edges.map(({ node }) => [node.code, node]));
    expect([...byCode.keys()].sort()).toEqual([first.code, repeat.code, other.code].sort());
    expect(byCode.get(repeat.code)).toMatchObject({
      status: "MERGED",
      mergedInto: { code: first.code },
      possibleDuplicates: linksTo(first.code),
    });

    // The same through party(id), for the person themself and the registry's staff; other residents are refused.
    const PARTY = `query ($id: ID!) { party(id: $id) { id displayName disputes { edges { node { code } } } } }`;
    const self = await gql<{ party: { displayName: string; disputes: { edges: { node: { code: string } }[] } } }>(
      PARTY,
      { id: ids[0] },
      own,
    );
    expect(self.body.data!.party.disputes.edges).toHaveLength(3);
    const staff = await gql<{ party: { displayName: string } }>(PARTY, { id: ids[0] }, await as(STAFF.petitions));
    expect(staff.body.data!.party.displayName).toBe("钱志明");
    const stranger = await gql(PARTY, { id: ids[0] }, await as(resident(residentId())));
    expect(codeOf(stranger.body)).toBe("FORBIDDEN");
    expect(JSON.stringify(stranger.body)).not.toContain("钱志明");
    // Another department's staff see that the party exists, not who it is; cockpit viewers nothing.
    const summary = await gql<{ party: { displayName: string } }>(PARTY, { id: ids[0] }, await as(STAFF.arbitration));
    expect(summary.body.data!.party.displayName).toBe("钱**");
    expect(codeOf((await gql(PARTY, { id: ids[0] }, await as(COCKPIT_VIEWER))).body)).toBe("FORBIDDEN");
  });

  it("gives a resident with no dispute an empty list, not someone else's", async () => {
    const { body } = await gql<Me>(ME, {}, await as(resident(residentId())));
    expect(body.errors).toBeUndefined();
    expect(body.data!.me.disputes.edges).toEqual([]);
    expect(codeOf((await gql(ME, {}, await as(STAFF.petitions))).body)).toBe("FORBIDDEN");
  });

  it("pages a party's disputes by keyset, filters them by status and day, sorts them either way, and keeps them from strangers", async () => {
    const person = { kind: "PERSON", name: "俞建国", residentId: residentId(), phone: "13906718822" };
    const registered: DisputeView[] = [];
    for (let i = 0; i < 3; i++) registered.push(await register(manholeInput({ parties: [person] })));
    const codes = registered.map((d) => d.code);
    const partyId = registered[0]!.parties[0]!.partyId;
    const own = await as(resident(person.residentId));
    const page = async (variables: Record<string, unknown>, headers = own) => {
      const { body } = await gql<Page>(PAGE, { id: partyId, ...variables }, headers);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data!.party.disputes;
    };

    // Newest first by default, two pages of two and one; the second starts after the first's cursor.
    const first = await page({ first: 2 });
    expect(first.edges.map((e) => e.node.code)).toEqual([codes[2], codes[1]]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.code)).toEqual([codes[0]]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    // Oldest first on request.
    expect((await page({ sort: "OLDEST_FIRST" })).edges.map((e) => e.node.code)).toEqual(codes);

    // By status: one closed, the others not; by day: all registered today, none tomorrow.
    const closed = await mutate(
      `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "窗口当场调解，双方达成一致。", onTheSpot: true }) { status } }`,
      { code: codes[1] },
    );
    expect(closed.errors, JSON.stringify(closed.errors)).toBeUndefined();
    expect((await page({ filter: { statuses: ["CLOSED"] } })).edges.map((e) => e.node.code)).toEqual([codes[1]]);
    const open = [...new Set([registered[0]!.status, registered[2]!.status])];
    expect((await page({ filter: { statuses: open } })).edges.map((e) => e.node.code)).toEqual([codes[2], codes[0]]);
    // Days as the registry dated them (China time), never the test's own clock.
    const [firstDay, lastDay] = [registered[0]!, registered[2]!].map((d) => chinaDate(d.registeredAt));
    expect((await page({ filter: { from: firstDay, to: lastDay } })).edges).toHaveLength(3);
    expect((await page({ filter: { from: addDays(lastDay!, 1) } })).edges).toEqual([]);
    expect(codeOf((await gql(PAGE, { id: partyId, first: 101 }, own)).body)).toBe("BAD_USER_INPUT");

    // Another resident learns nothing of them, whichever page they ask for.
    const stranger = await gql(
      PAGE,
      { id: partyId, after: first.pageInfo.endCursor },
      await as(resident(residentId())),
    );
    expect(codeOf(stranger.body)).toBe("FORBIDDEN");
    expect(JSON.stringify(stranger.body)).not.toContain(codes[0]);
  });
});
