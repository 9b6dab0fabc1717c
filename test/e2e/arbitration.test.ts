// Labour arbitration (劳动人事争议仲裁院) through the gateway: filing, the commission's clocks, the
// hearing-notice rule, awards and which of them are final (一裁终局). Every case is filed on a dispute of its own,
// registered at the one window and dispatched (or handed over) to the commission: it takes nothing else.
import { describe, expect, inject, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { sharedGateway } from "../support/system.js";
import { COCKPIT_VIEWER, STAFF, as, resident, refusalFor } from "../support/callers.js";
import { residentId as validResidentId } from "../support/identities.js";
import { chinaDate, chinaDaysAgo } from "../support/calendar.js";
import { registeredAndSentTo } from "../support/registration.js";
import { timelineOf } from "../support/timeline.js";
import { auditEntries } from "../support/audit.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const gql = sharedGateway(inject("gatewayUrl"));

const DAY = 86_400_000;
const daysAgo = (n: number): string => new Date(Date.now() - n * DAY).toISOString();
const freshCode = (): string =>
  formatDisputeCode({ region: "330122", year: 2026, sequence: 500_000 + Math.floor(Math.random() * 500_000) });

const EMPLOYER = {
  name: "桐庐横村锦绣针织服饰有限公司",
  creditCode: "91330122MA2H3K7P50",
  legalRepresentative: "邵国良",
};

const CASE_FIELDS = /* GraphQL */ `
  id caseNumber status version collective receivedAt disputeCode
  respondent { name creditCode }
  applicants { name residentId representative }
  claims { id kind amount final finalityReason finalityExplanation decision awardedAmount limitation { running expired deadlineDate warningZh } }
  limitationWarnings
  clocks { kind state overdue onTime deadline remainingDays extendedDays }
  mayLitigate
  litigationReasons { code messageZh }
  followOnOptions { party action clockKind open deadline }
  tribunal { kind presidingArbitrator arbitrators }
  hearing { at noticeAt postponements { requestedBy } }
  closing { documentNumber final }
  history { type actor }
`;

interface CaseView {
  id: string;
  disputeCode: string;
  caseNumber: string;
  status: string;
  receivedAt: string;
  version: number;
  collective: boolean;
  claims: {
    id: string;
    kind: string;
    final: boolean | null;
    finalityReason: string | null;
    limitation: { expired: boolean; warningZh: string | null };
  }[];
  limitationWarnings: string[];
  clocks: { kind: string; state: string; overdue: boolean; onTime: boolean | null }[];
  mayLitigate: boolean;
  litigationReasons: { code: string; messageZh: string }[];
  followOnOptions: { party: string; action: string; clockKind: string; open: boolean }[];
  closing: { documentNumber: string; final: boolean | null } | null;
  history: { type: string; actor: string }[];
}

const FILE = /* GraphQL */ `
  mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { ${CASE_FIELDS} } }
`;

interface Worker {
  name: string;
  residentId: string;
}
/** An application on `code`, or on a dispute of its own dispatched to the commission. */
async function application(options: {
  code?: string;
  receivedAt: string;
  workers?: Worker[];
  claims?: Record<string, unknown>[];
}): Promise<Record<string, unknown>> {
  const workers = options.workers ?? [{ name: "吴建军", residentId: "330122198203142516" }];
  return {
    disputeCode: options.code ?? (await sentToArbitration("吴建军", validResidentId())),
    receivedAt: options.receivedAt,
    applicants: workers,
    respondent: EMPLOYER,
    claims: options.claims ?? [
      {
        kind: "WAGE_ARREARS",
        description: "支付2026年8月至9月工资18000元",
        amount: "18000.00",
        knewOfInfringementOn: chinaDaysAgo(60),
        employmentEndedOn: chinaDaysAgo(60),
      },
    ],
    evidence: [{ title: "考勤记录", submittedBy: "申请人" }],
  };
}

async function file(input: Record<string, unknown>): Promise<CaseView> {
  const { body } = await gql<{ fileArbitrationApplication: CaseView }>(FILE, { input });
  expect(body.errors).toBeUndefined();
  return body.data!.fileArbitrationApplication;
}

async function step(mutation: string, inputType: string, input: Record<string, unknown>) {
  return gql<Record<string, CaseView>>(
    `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${CASE_FIELDS} } }`,
    { input },
  );
}
async function ok(mutation: string, inputType: string, input: Record<string, unknown>): Promise<CaseView> {
  const { body } = await step(mutation, inputType, input);
  expect(body.errors).toBeUndefined();
  return body.data![mutation]!;
}
async function read(id: string): Promise<CaseView> {
  const { body } = await gql<{ arbitrationCase: CaseView }>(
    `query ($id: ID!) { arbitrationCase(id: $id) { ${CASE_FIELDS} } }`,
    { id },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.arbitrationCase;
}
interface QueuePage {
  arbitrationCases: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const clock = (c: CaseView, kind: string) => c.clocks.find((k) => k.kind === kind);

/** A wage dispute as the window registers it, for one worker. */
const wageDispute = (worker: string, id: string): Record<string, unknown> => ({
  title: "针织厂拖欠工人两个月工资",
  description: "工人在桐庐县横村镇某针织厂工作，2026年8月至9月工资共计一万八千元未发放，申请劳动仲裁。",
  category: "拖欠农民工工资",
  region: "330122",
  amountInvolved: "18000",
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: worker, residentId: id, phone: `138 5712 ${id.slice(-5, -1)}` }],
  respondents: [{ kind: "ORGANISATION", name: EMPLOYER.name }],
});

/** A dispute registered at the one window for one worker and dispatched to the commission; returns its 解纷码. */
const sentToArbitration = (worker: string, id: string): Promise<string> =>
  registeredAndSentTo(gql, wageDispute(worker, id), "ARBITRATION");
/** The same for the worker with sequence number `idSequence` (residentId below). */
const registeredDispute = (worker: string, idSequence: number): Promise<string> =>
  sentToArbitration(worker, residentId(idSequence));

interface TimelineEvent {
  source: string;
  type: string;
  summary: string;
  occurredAt: string;
  recordId: string | null;
}
/** The arbitration events on the registry's timeline of a dispute (统一归集), in the registry's order. */
async function arbitrationTimeline(disputeCode: string): Promise<TimelineEvent[]> {
  const steps = await timelineOf<TimelineEvent>(gql, disputeCode, "source type summary occurredAt recordId");
  return (steps ?? []).filter((e) => e.source === "ARBITRATION");
}
/** What heardCase reports, in order. */
const HEARD_EVENTS = [
  "ARBITRATION_APPLICATION_RECEIVED",
  "ARBITRATION_ACCEPTED",
  "ARBITRATION_SERVED",
  "ARBITRATION_ANSWER_RECEIVED",
  "ARBITRATION_TRIBUNAL_COMPOSED",
  "ARBITRATION_HEARING_SCHEDULED",
];
/** Delivery is asynchronous (outbox relay): wait up to 15 s for the registry to list `types`. */
const expectTimelineTypes = (disputeCode: string, types: string[]) =>
  expect
    .poll(async () => (await arbitrationTimeline(disputeCode)).map((e) => e.type), { timeout: 15_000, interval: 250 })
    .toEqual(types);

/** Filed 20 days ago and taken through acceptance, service, answer, tribunal and a hearing 11 days ago. */
async function heardCase(claims?: Record<string, unknown>[], code?: string): Promise<CaseView> {
  const filed = await file(await application({ code, receivedAt: daysAgo(20), claims }));
  const id = filed.id;
  await ok("acceptArbitrationCase", "AcceptArbitrationCaseInput", {
    caseId: id,
    expectedVersion: filed.version,
    occurredAt: daysAgo(19),
  });
  await ok("recordArbitrationService", "RecordArbitrationServiceInput", { caseId: id, occurredAt: daysAgo(18) });
  await ok("recordArbitrationAnswer", "RecordArbitrationAnswerInput", { caseId: id, occurredAt: daysAgo(17) });
  await ok("composeArbitrationTribunal", "ComposeArbitrationTribunalInput", {
    caseId: id,
    occurredAt: daysAgo(17),
    kind: "SOLE",
    arbitrators: ["方建明"],
    presidingArbitrator: "方建明",
  });
  return ok("scheduleArbitrationHearing", "ScheduleArbitrationHearingInput", {
    caseId: id,
    occurredAt: daysAgo(16),
    hearingAt: daysAgo(11),
    place: "桐庐县矛调中心第二仲裁庭",
  });
}

/**
 * The labour committee accepts the dispute dispatched to mediation, then fails it naming arbitration as the next
 * step; returns once the registry has handed the dispute over to the commission (移交, pending its answer).
 */
async function mediationFailedTowardsArbitration(code: string): Promise<{ id: string; committee: string }> {
  const { body: list } = await gql<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
    `{ committees(first: 100) { edges { node { id name } } } }`,
  );
  expect(list.errors).toBeUndefined();
  const committee = list.data!.committees.edges.find((e) => e.node.name === "桐庐县劳动争议人民调解委员会")!.node;
  const { body: accepted } = await gql<{ acceptMediationCase: { id: string } }>(
    `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
    {
      input: {
        disputeCode: code,
        committeeId: committee.id,
        source: "DISPATCH",
        sourceReference: "桐矛派〔2026〕1201-08",
      },
    },
  );
  expect(accepted.errors, JSON.stringify(accepted.errors)).toBeUndefined();
  const id = accepted.data!.acceptMediationCase.id;
  const { body: failed } = await gql(`mutation ($input: FailMediationInput!) { failMediation(input: $input) { id } }`, {
    input: { caseId: id, reason: "用人单位不同意支付，申请人要求劳动仲裁", suggestedNextStep: "ARBITRATION" },
  });
  expect(failed.errors, JSON.stringify(failed.errors)).toBeUndefined();
  await expect
    .poll(
      async () =>
        (
          await gql<{ dispute: { handOffs: { toDepartment: string; status: string }[] } }>(
            `query ($code: ID!) { dispute(code: $code) { handOffs { toDepartment status } } }`,
            { code },
          )
        ).body.data?.dispute.handOffs,
      { timeout: 15_000, interval: 250 },
    )
    .toEqual([{ toDepartment: "ARBITRATION", status: "PENDING" }]);
  return { id, committee: committee.name };
}

describe("the commission files only on a dispute the registry sent it", () => {
  const worker = { name: "方德明", residentId: validResidentId() };

  /** An application on `code` at the commission's window must be refused for `reason`, and nothing filed. */
  async function refusedOn(code: string, reason: string): Promise<void> {
    const input = await application({ code, receivedAt: daysAgo(0), workers: [worker] });
    const { body } = await gql<{ fileArbitrationApplication: CaseView | null }>(FILE, { input });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason, disputeCode: code });
    expect(String(body.errors?.[0]?.extensions?.messageZh)).toMatch(/[\u4e00-\u9fff]/);
    expect(body.data?.fileArbitrationApplication ?? null).toBeNull();
    const { body: dispute } = await gql<{ dispute: { arbitrationCases: unknown[] } | null }>(
      `query ($code: ID!) { dispute(code: $code) { arbitrationCases { id } } }`,
      { code },
    );
    expect(dispute.data?.dispute?.arbitrationCases ?? []).toEqual([]);
  }

  /**
   * The commission reads the registry's feed in the background, and at once only for a code it holds no notice
   * on: a refusal for a code never registered makes it read everything sent so far, so a later notice on a code it
   * already holds (a closure, a recall) is in its inbox before the next attempt, whatever the background did.
   */
  const commissionHasReadTheFeed = () => refusedOn(freshCode(), "NOT_SENT_HERE");

  const handOffToArbitration = async (code: string): Promise<string> => {
    const { body } = await gql<{ handOffDispute: { id: string } }>(
      `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: ARBITRATION, reason: "调解不成，劳动者申请仲裁" }) { id } }`,
      { code },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.handOffDispute.id;
  };

  it("refuses a code the registry never registered", async () => {
    await refusedOn(freshCode(), "NOT_SENT_HERE");
  });

  it("refuses a dispute dispatched to another department, at the window and online", async () => {
    const code = await registeredAndSentTo(gql, wageDispute(worker.name, worker.residentId), "MEDIATION");
    await refusedOn(code, "NOT_SENT_HERE");
    // Online, by the worker in their own name: the same answer (online filings carry no receipt time).
    const online = await as(resident(worker.residentId));
    const input = {
      ...(await application({ code, receivedAt: daysAgo(0), workers: [worker] })),
      receivedAt: undefined,
    };
    const { body } = await gql(FILE, { input }, online);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "NOT_SENT_HERE" });
  });

  it("refuses a dispute closed at the registry after it was dispatched to the commission", async () => {
    const code = await sentToArbitration(worker.name, worker.residentId);
    const { body } = await gql(
      `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "双方自行和解，申请人不再申请仲裁" }) { status } }`,
      { code },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await commissionHasReadTheFeed();
    await refusedOn(code, "CLOSED");
  });

  it("refuses a dispute whose hand-off to the commission it rejected", async () => {
    const code = await registeredAndSentTo(gql, wageDispute(worker.name, worker.residentId), "MEDIATION");
    const handOff = await handOffToArbitration(code);
    const { body } = await gql(
      `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: false, reason: "不属于劳动人事争议" }) { status } }`,
      { id: handOff },
      await as(STAFF.arbitration),
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await commissionHasReadTheFeed();
    await refusedOn(code, "RECALLED");
  });

  it("files at once on a dispute dispatched to the commission, and on one handed over to it", async () => {
    const dispatched = await sentToArbitration(worker.name, worker.residentId);
    expect(
      await file(await application({ code: dispatched, receivedAt: daysAgo(0), workers: [worker] })),
    ).toMatchObject({ status: "RECEIVED", disputeCode: dispatched });
    const handedOver = await registeredAndSentTo(gql, wageDispute(worker.name, worker.residentId), "MEDIATION");
    await handOffToArbitration(handedOver);
    expect(
      await file(await application({ code: handedOver, receivedAt: daysAgo(0), workers: [worker] })),
    ).toMatchObject({ status: "RECEIVED", disputeCode: handedOver });
  });
});

describe("labour arbitration through the gateway", () => {
  it("files, accepts, composes the tribunal, hears with 5 days' notice and awards on time: a small wage claim is final", async () => {
    const filed = await file(await application({ receivedAt: daysAgo(20) }));
    // Entered 20 days after it arrived: the 5-day acceptance clock has already run out.
    expect(filed).toMatchObject({ status: "RECEIVED", collective: false, mayLitigate: true });
    expect(filed.caseNumber).toMatch(/^桐劳人仲案字〔\d{4}〕第\d+号$/);
    const id = filed.id;

    const accepted = await ok("acceptArbitrationCase", "AcceptArbitrationCaseInput", {
      caseId: id,
      expectedVersion: filed.version,
      occurredAt: daysAgo(19),
    });
    expect(accepted).toMatchObject({ status: "ACCEPTED", mayLitigate: false });
    expect(clock(accepted, "LABOUR_ARBITRATION_ACCEPTANCE")).toMatchObject({ state: "STOPPED", onTime: true });
    await ok("recordArbitrationService", "RecordArbitrationServiceInput", { caseId: id, occurredAt: daysAgo(18) });
    await ok("composeArbitrationTribunal", "ComposeArbitrationTribunalInput", {
      caseId: id,
      occurredAt: daysAgo(17),
      kind: "PANEL",
      arbitrators: ["方建明", "周丽华", "钟伟"],
      presidingArbitrator: "方建明",
    });

    // Notified 16 days ago of a hearing 13 days ago: 3 days' notice is refused and nothing changes.
    const before = await read(id);
    const short = await step("scheduleArbitrationHearing", "ScheduleArbitrationHearingInput", {
      caseId: id,
      occurredAt: daysAgo(16),
      hearingAt: daysAgo(13),
    });
    expect(short.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(String(short.body.errors?.[0]?.extensions?.messageZh)).toContain("开庭5日前");
    expect(await read(id)).toMatchObject({ status: "TRIBUNAL_FORMED", version: before.version });

    const hearingAt = daysAgo(11);
    const scheduled = await ok("scheduleArbitrationHearing", "ScheduleArbitrationHearingInput", {
      caseId: id,
      occurredAt: daysAgo(16),
      hearingAt,
    });
    expect(scheduled.status).toBe("HEARING_SCHEDULED");
    // The arbitrator's calendar of the hearing's day, in either order.
    const CALENDAR = `query ($filter: ArbitrationCalendarFilter!, $sort: ArbitrationCalendarSort) {
      arbitratorCalendar(filter: $filter, sort: $sort, first: 100) { edges { node { id } } } }`;
    const day = chinaDate(hearingAt);
    for (const sort of ["EARLIEST_FIRST", "LATEST_FIRST"]) {
      const { body: calendar } = await gql<{ arbitratorCalendar: { edges: { node: { id: string } }[] } }>(CALENDAR, {
        filter: { arbitrator: "周丽华", from: day, to: day },
        sort,
      });
      expect(calendar.errors).toBeUndefined();
      expect(calendar.data!.arbitratorCalendar.edges.map((e) => e.node.id)).toContain(id);
    }
    const { body: backwards } = await gql(CALENDAR, {
      filter: { arbitrator: "周丽华", from: day, to: chinaDaysAgo(12) },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["filter", "to"] });

    const awarded = await ok("issueArbitrationAward", "IssueArbitrationAwardInput", {
      caseId: id,
      documentNumber: `${filed.caseNumber.replace("案字", "裁字")}`,
      decisions: [{ claimId: scheduled.claims[0]!.id, decision: "GRANTED", awardedAmount: "18000.00" }],
    });
    expect(awarded.status).toBe("AWARDED");
    expect(clock(awarded, "LABOUR_ARBITRATION_AWARD")).toMatchObject({
      state: "STOPPED",
      onTime: true,
      overdue: false,
    });
    // 18,000 yuan ≤ 12 × the Tonglu minimum wage: final for the employer.
    expect(awarded.claims[0]).toMatchObject({ final: true, finalityReason: "SMALL_CLAIM" });
    expect(awarded.closing).toMatchObject({ final: true });
    expect(awarded.followOnOptions.map((o) => [o.party, o.action, o.clockKind, o.open])).toEqual([
      ["WORKER", "SUE", "LABOUR_FINAL_AWARD_WORKER_SUIT", true],
      ["EMPLOYER", "APPLY_TO_REVOKE", "LABOUR_FINAL_AWARD_EMPLOYER_REVOCATION", true],
    ]);
    expect(awarded.history.map((h) => h.type)).toEqual([
      "FILE",
      "ACCEPT",
      "SERVE",
      "COMPOSE_TRIBUNAL",
      "SCHEDULE_HEARING",
      "ISSUE_AWARD",
    ]);
    expect(awarded.history.at(-1)!.actor).toBeTruthy();
  });

  it("turns a failed labour mediation into an application in one step, on the dispute the registry handed over", async () => {
    // Dispatched to mediation; the committee fails it naming arbitration, and the registry hands it over.
    const code = await registeredAndSentTo(gql, wageDispute("吴建军", validResidentId()), "MEDIATION");
    const labour = await mediationFailedTowardsArbitration(code);
    const filed = await file({
      ...(await application({ code, receivedAt: daysAgo(0) })),
      failedMediationId: labour.id,
    });
    const { body: linked } = await gql<{ arbitrationCase: { failedMediation: { id: string; committee: string } } }>(
      `query ($id: ID!) { arbitrationCase(id: $id) { failedMediation { id committee } } }`,
      { id: filed.id },
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.arbitrationCase.failedMediation).toEqual(labour);
  });

  it("marks an award above 12 months' minimum wage non-final and shows the 15-day window to sue", async () => {
    const code = await registeredDispute("蒋国华", 732);
    const heard = await heardCase(
      [
        {
          kind: "SEVERANCE",
          description: "支付解除劳动合同经济补偿金50000元",
          amount: "50000.00",
          knewOfInfringementOn: chinaDaysAgo(60),
          employmentEndedOn: chinaDaysAgo(60),
        },
        {
          kind: "SOCIAL_INSURANCE",
          description: "补缴2026年社会保险",
          knewOfInfringementOn: chinaDaysAgo(60),
          employmentEndedOn: chinaDaysAgo(60),
        },
      ],
      code,
    );
    const awarded = await ok("issueArbitrationAward", "IssueArbitrationAwardInput", {
      caseId: heard.id,
      documentNumber: heard.caseNumber.replace("案字", "裁字"),
      servedOnIssue: false,
      decisions: [
        { claimId: heard.claims[0]!.id, decision: "PARTIALLY_GRANTED", awardedAmount: "40000.00" },
        { claimId: heard.claims[1]!.id, decision: "GRANTED" },
      ],
    });
    // The window runs from receipt of the award, not from its issue.
    expect(awarded.followOnOptions).toEqual([]);
    expect(awarded.claims.map((c) => [c.final, c.finalityReason])).toEqual([
      [false, "EXCEEDS_SMALL_CLAIM_LIMIT"],
      [true, "LABOUR_STANDARD"],
    ]);
    expect(awarded.closing!.final).toBe(false);
    const served = await ok("recordArbitrationAwardService", "RecordArbitrationAwardServiceInput", {
      caseId: heard.id,
    });
    expect(served.followOnOptions).toEqual([
      expect.objectContaining({ party: "EITHER", action: "SUE", clockKind: "LABOUR_NON_FINAL_AWARD_SUIT", open: true }),
    ]);
    // Issued and served are separate steps here, each reported once.
    await expectTimelineTypes(code, [HEARD_EVENTS, "ARBITRATION_AWARD_ISSUED", "ARBITRATION_AWARD_SERVED"].flat());
    const timeline = await arbitrationTimeline(code);
    expect(timeline.at(-2)!.summary).toBe("仲裁庭作出裁决（非终局裁决）");
    expect(timeline.at(-1)!.summary).toBe(
      "仲裁裁决书已送达双方当事人，当事人不服的可以自收到之日起十五日内向人民法院起诉",
    );
  });

  it("postpones on a party's request, extends the award period only up to 15 days and closes by mediation statement", async () => {
    const code = await registeredDispute("许海燕", 733);
    const heard = await heardCase(undefined, code);
    const postponed = await ok("postponeArbitrationHearing", "PostponeArbitrationHearingInput", {
      caseId: heard.id,
      occurredAt: daysAgo(15),
      newHearingAt: daysAgo(9),
      requestedBy: "被申请人",
      reason: "委托代理人住院治疗",
    });
    expect(postponed.status).toBe("HEARING_SCHEDULED");
    const extend = (days: number) =>
      step("extendArbitrationAwardPeriod", "ExtendArbitrationAwardPeriodInput", {
        caseId: heard.id,
        days,
        approvedBy: "仲裁委员会主任 章国强",
        reason: "案情复杂，需调取社保缴费记录",
      });
    const extended = (await extend(10)).body.data!.extendArbitrationAwardPeriod!;
    expect(clock(extended, "LABOUR_ARBITRATION_AWARD")).toMatchObject({ extendedDays: 10 });
    const tooLong = await extend(6);
    expect(tooLong.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(String(tooLong.body.errors?.[0]?.extensions?.messageZh)).toContain("超过法定上限 15 日");

    const mediated = await ok("closeArbitrationByMediationStatement", "CloseArbitrationByMediationStatementInput", {
      caseId: heard.id,
      documentNumber: heard.caseNumber.replace("案字", "调字"),
      summary: "被申请人于2026年12月10日前一次性支付工资18000元",
    });
    expect(mediated).toMatchObject({ status: "MEDIATED", mayLitigate: false, followOnOptions: [] });
    expect(clock(mediated, "LABOUR_ARBITRATION_AWARD")).toMatchObject({ state: "STOPPED", onTime: true });
    const afterClosing = await step("issueArbitrationAward", "IssueArbitrationAwardInput", {
      caseId: heard.id,
      documentNumber: "x",
      decisions: [],
    });
    expect(afterClosing.body.errors?.[0]?.extensions?.code).toBe("INVALID_STATE"); // The refused extension and the refused award after closing report nothing.
    await expectTimelineTypes(
      code,
      [
        HEARD_EVENTS,
        "ARBITRATION_HEARING_POSTPONED",
        "ARBITRATION_AWARD_PERIOD_EXTENDED",
        "ARBITRATION_MEDIATION_STATEMENT",
      ].flat(),
    );
    const text = JSON.stringify(await arbitrationTimeline(code));
    for (const personal of ["许海燕", "章国强", "住院"]) expect(text).not.toContain(personal);
  });

  it("rejects with a reason, which lets the applicant sue, and refuses to accept afterwards", async () => {
    const code = await registeredDispute("钟晓东", 734);
    const filed = await file(await application({ code, receivedAt: daysAgo(0) }));
    const rejected = await ok("rejectArbitrationCase", "RejectArbitrationCaseInput", {
      caseId: filed.id,
      reason: "申请人与被申请人之间系承揽关系，不属于劳动人事争议",
    });
    expect(rejected).toMatchObject({ status: "REJECTED", mayLitigate: true });
    expect(rejected.litigationReasons.map((r) => r.code)).toEqual(["REJECTED"]);
    const accept = await step("acceptArbitrationCase", "AcceptArbitrationCaseInput", { caseId: filed.id });
    expect(accept.body.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    await expectTimelineTypes(code, ["ARBITRATION_APPLICATION_RECEIVED", "ARBITRATION_REJECTED"]);
    const rejection = (await arbitrationTimeline(code))[1]!;
    expect(rejection.summary).toBe("桐庐县劳动人事争议仲裁委员会决定不予受理仲裁申请，申请人可以向人民法院提起诉讼");
  });

  it("shows mayLitigate with the reason once the 5-day acceptance deadline has passed in silence", async () => {
    const silent = await file(await application({ receivedAt: daysAgo(10) }));
    expect(silent.status).toBe("RECEIVED");
    expect(silent.mayLitigate).toBe(true);
    expect(silent.litigationReasons.map((r) => r.code)).toEqual(["ACCEPTANCE_OVERDUE"]);
    expect(silent.litigationReasons[0]!.messageZh).toContain("逾期未作出受理决定");
    expect(clock(silent, "LABOUR_ARBITRATION_ACCEPTANCE")).toMatchObject({ overdue: true });

    const { body } = await gql<{ arbitrationCases: { edges: { node: { id: string } }[] } }>(
      `query ($filter: ArbitrationCaseFilter) { arbitrationCases(filter: $filter, first: 100) { edges { node { id } } } }`,
      { filter: { overdue: true, statuses: ["RECEIVED"], from: chinaDaysAgo(11) } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.arbitrationCases.edges.map((e) => e.node.id)).toContain(silent.id);

    // The whole queue, unfiltered, newest first.
    const { body: all } = await gql<{ arbitrationCases: { edges: { node: { receivedAt: string } }[] } }>(
      `{ arbitrationCases(first: 100) { edges { node { receivedAt } } } }`,
    );
    expect(all.errors).toBeUndefined();
    const received = all.data!.arbitrationCases.edges.map((e) => e.node.receivedAt);
    expect(received).toEqual([...received].sort().reverse());
  });

  it("records a limitation warning for an old claim without rejecting it", async () => {
    const old = await file(
      await application({
        receivedAt: daysAgo(0),
        claims: [
          {
            kind: "SEVERANCE",
            description: "支付2024年解除劳动合同经济补偿金",
            amount: "12000.00",
            knewOfInfringementOn: "2024-03-01",
            employmentEndedOn: "2024-03-01",
          },
        ],
      }),
    );
    expect(old.status).toBe("RECEIVED");
    expect(old.claims[0]!.limitation.expired).toBe(true);
    expect(old.limitationWarnings).toHaveLength(1);
    expect(old.limitationWarnings[0]).toContain("仲裁时效");
  });

  it("flags ten workers with a common claim as a collective dispute and finds it in the queue", async () => {
    const workers = Array.from({ length: 10 }, (_, i) => ({
      name: `工人${i + 1}`,
      residentId: residentId(101 + i * 2),
      representative: i < 3,
    }));
    const collective = await file(
      await application({
        receivedAt: daysAgo(1),
        workers,
        claims: [
          {
            kind: "WAGE_ARREARS",
            description: "十名工人追索2026年9月工资",
            amount: "55000.00",
            knewOfInfringementOn: chinaDaysAgo(60),
            employmentEndedOn: chinaDaysAgo(45),
          },
        ],
      }),
    );
    expect(collective.collective).toBe(true);
    const { body } = await gql<{
      arbitrationCases: { edges: { node: { id: string; collective: boolean } }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      `query ($filter: ArbitrationCaseFilter) { arbitrationCases(filter: $filter, first: 50) { edges { cursor node { id collective } } pageInfo { hasNextPage endCursor } } }`,
      { filter: { collective: true, from: chinaDaysAgo(2) } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.arbitrationCases.edges.map((e) => e.node.id)).toContain(collective.id);
    expect(body.data!.arbitrationCases.edges.every((e) => e.node.collective)).toBe(true);
  });

  it("pages the queue with cursors and allocates distinct case numbers to concurrent filings", async () => {
    const filed = await Promise.all([1, 2, 3].map(async () => file(await application({ receivedAt: daysAgo(3) }))));
    expect(new Set(filed.map((c) => c.caseNumber)).size).toBe(3);
    const query = `query ($after: String, $filter: ArbitrationCaseFilter) { arbitrationCases(first: 2, after: $after, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const filter = { from: chinaDaysAgo(3), to: chinaDaysAgo(3) };
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { body }: { body: { data?: QueuePage | null; errors?: unknown[] } } = await gql<QueuePage>(query, {
        after,
        filter,
      });
      expect(body.errors).toBeUndefined();
      seen.push(...body.data!.arbitrationCases.edges.map((e) => e.node.id));
      if (!body.data!.arbitrationCases.pageInfo.hasNextPage) break;
      after = body.data!.arbitrationCases.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const c of filed) expect(seen).toContain(c.id);

    // Oldest received first: the same cases in the opposite order.
    const ours = new Set(filed.map((c) => c.id));
    const { body: oldest } = await gql<QueuePage>(
      `query ($filter: ArbitrationCaseFilter) { arbitrationCases(filter: $filter, sort: OLDEST_RECEIVED, first: 100) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { filter },
    );
    expect(oldest.errors).toBeUndefined();
    expect(oldest.data!.arbitrationCases.edges.map((e) => e.node.id).filter((id) => ours.has(id))).toEqual(
      seen.filter((id) => ours.has(id)).reverse(),
    );
  });

  it("lets only one of two concurrent acceptances win", async () => {
    const filed = await file(await application({ receivedAt: daysAgo(1) }));
    const results = await Promise.all(
      [0, 1].map(() =>
        step("acceptArbitrationCase", "AcceptArbitrationCaseInput", {
          caseId: filed.id,
          expectedVersion: filed.version,
        }),
      ),
    );
    const codes = results.map((r) => r.body.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes[0]).not.toBe(codes[1]);
    expect(codes).toContain("OK");
    expect(["CONFLICT", "INVALID_STATE"]).toContain(codes.find((c) => c !== "OK"));
    expect((await read(filed.id)).history.filter((h) => h.type === "ACCEPT")).toHaveLength(1);
  });

  it("names every invalid identifier in one BAD_USER_INPUT and files nothing", async () => {
    const code = freshCode();
    const input = {
      ...(await application({
        code,
        receivedAt: daysAgo(0),
        workers: [{ name: "张德胜", residentId: "341222197908061534" }],
      })),
      respondent: { name: "某公司", creditCode: "91330122MA2H3K7P51" },
    };
    const { body } = await gql(FILE, { input });
    const problems = (body.errors?.[0]?.extensions?.problems ?? []) as { field: (string | number)[]; reason: string }[];
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(problems.map((p) => [p.field.join("."), p.reason])).toEqual([
      ["input.applicants.0.residentId", "CHECK_DIGIT"],
      ["input.respondent.creditCode", "CHECK_DIGIT"],
    ]);
    const { body: dispute } = await gql<{ dispute: { arbitrationCases: unknown[] } | null }>(
      `query ($code: ID!) { dispute(code: $code) { arbitrationCases { id } } }`,
      { code },
    );
    expect(dispute.data?.dispute?.arbitrationCases ?? []).toEqual([]);
  });

  it("shows the six workers' demo case on the dispute, with six applicants and a valid employer", async () => {
    const wages = DEMO_DISPUTES[1]!;
    const { body } = await gql<{
      dispute: {
        arbitrationCases: {
          caseNumber: string;
          status: string;
          receivedAt: string;
          applicants: unknown[];
          respondent: { creditCode: string };
        }[];
      };
    }>(
      `query ($code: ID!) { dispute(code: $code) { arbitrationCases { caseNumber status receivedAt applicants { name } respondent { creditCode } } } }`,
      { code: wages.code },
    );
    expect(body.errors).toBeUndefined();
    const [demo] = body.data!.dispute.arbitrationCases;
    expect(demo).toMatchObject({
      caseNumber: "桐劳人仲案字〔2026〕第87号",
      status: "RECEIVED",
      receivedAt: "2026-11-18T01:30:00.000Z",
    });
    expect(demo!.applicants).toHaveLength(6);
    expect(demo!.respondent.creditCode).toBe("91330122MA2H3K7P50");
  });
  it("reports every step to the registry: the dispute's timeline lists the arbitration events in order, without personal data", async () => {
    const code = await registeredDispute("楼志强", 731);
    const filed = await file(
      await application({ code, receivedAt: daysAgo(20), workers: [{ name: "楼志强", residentId: residentId(731) }] }),
    );
    const id = filed.id;
    await ok("acceptArbitrationCase", "AcceptArbitrationCaseInput", { caseId: id, occurredAt: daysAgo(19) });
    // Refused (already accepted): no event.
    const again = await step("acceptArbitrationCase", "AcceptArbitrationCaseInput", {
      caseId: id,
      occurredAt: daysAgo(19),
    });
    expect(again.body.errors?.[0]?.extensions?.code).toBe("INVALID_STATE");
    await ok("recordArbitrationService", "RecordArbitrationServiceInput", { caseId: id, occurredAt: daysAgo(18) });
    await ok("recordArbitrationAnswer", "RecordArbitrationAnswerInput", { caseId: id, occurredAt: daysAgo(17) });
    await ok("composeArbitrationTribunal", "ComposeArbitrationTribunalInput", {
      caseId: id,
      occurredAt: daysAgo(17),
      kind: "SOLE",
      arbitrators: ["方建明"],
      presidingArbitrator: "方建明",
    });
    const scheduled = await ok("scheduleArbitrationHearing", "ScheduleArbitrationHearingInput", {
      caseId: id,
      occurredAt: daysAgo(16),
      hearingAt: daysAgo(11),
      place: "桐庐县矛调中心第二仲裁庭",
    });
    await ok("issueArbitrationAward", "IssueArbitrationAwardInput", {
      caseId: id,
      occurredAt: daysAgo(10),
      documentNumber: filed.caseNumber.replace("案字", "裁字"),
      decisions: [{ claimId: scheduled.claims[0]!.id, decision: "GRANTED", awardedAmount: "18000.00" }],
    });

    await expectTimelineTypes(code, [...HEARD_EVENTS, "ARBITRATION_AWARD_ISSUED", "ARBITRATION_AWARD_SERVED"]);
    const timeline = await arbitrationTimeline(code);
    // The timeline names records by their own keys, as departments stored them.
    expect(timeline.every((e) => e.recordId === recordKey(id))).toBe(true);
    const times = timeline.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(timeline[0]).toMatchObject({
      occurredAt: filed.receivedAt,
      summary: `桐庐县劳动人事争议仲裁委员会收到劳动争议仲裁申请（${filed.caseNumber}）`,
    });
    expect(timeline.find((e) => e.type === "ARBITRATION_AWARD_ISSUED")!.summary).toBe("仲裁庭作出裁决（一裁终局）");
    const text = JSON.stringify(timeline);
    for (const personal of ["楼志强", "方建明", EMPLOYER.legalRepresentative, residentId(731)])
      expect(text).not.toContain(personal);

    // The seeded story's application is on its timeline at its historical time.
    const story = await arbitrationTimeline(DEMO_DISPUTES[1]!.code);
    expect(story).toContainEqual(
      expect.objectContaining({
        type: "ARBITRATION_APPLICATION_RECEIVED",
        occurredAt: "2026-11-18T01:30:00.000Z",
        summary: "桐庐县劳动人事争议仲裁委员会收到劳动争议仲裁申请（桐劳人仲案字〔2026〕第87号）",
      }),
    );
  });
});

describe("the hearing held (开庭审理) and the parties' attendance (到场计入跑动次数)", () => {
  const HELD = `mutation ($input: RecordArbitrationHearingHeldInput!) { recordArbitrationHearingHeld(input: $input) {
    status version hearing { at place heldAt applicantAppearance respondentAppearance } } }`;
  const held = (input: Record<string, unknown>) =>
    gql<{ recordArbitrationHearingHeld: { status: string; hearing: Record<string, unknown> } }>(HELD, { input });
  interface Visits {
    dispute: { runs: { visits: number; runs: number }; visits: { edges: { node: VisitView }[] } };
  }
  interface VisitView {
    at: string;
    place: string;
    source: string;
  }
  const visitsOf = async (code: string) => {
    const { body } = await gql<Visits>(
      `query ($code: ID!) { dispute(code: $code) { runs { visits runs } visits { edges { node { at place source } } } } }`,
      { code },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.dispute;
  };
  const PLACE = "桐庐县矛调中心第二仲裁庭";

  it("records who appeared, once, and a side in person counts as a visit of the dispute", async () => {
    const heard = await heardCase();
    const code = heard.disputeCode;
    const nobody = await held({
      caseId: heard.id,
      heldAt: daysAgo(11),
      place: PLACE,
      applicantAppearance: "ABSENT",
      respondentAppearance: "ABSENT",
    });
    expect(nobody.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });

    const heldAt = daysAgo(11);
    const input = {
      caseId: heard.id,
      heldAt,
      place: PLACE,
      applicantAppearance: "IN_PERSON",
      respondentAppearance: "ABSENT",
    };
    const { body } = await held(input);
    expect(body.errors).toBeUndefined();
    expect(body.data!.recordArbitrationHearingHeld).toMatchObject({
      status: "HEARING_SCHEDULED",
      hearing: { place: PLACE, heldAt, applicantAppearance: "IN_PERSON", respondentAppearance: "ABSENT" },
    });
    const again = await held(input);
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_STATE", reason: "HEARING_ALREADY_HELD" });

    await expectTimelineTypes(code, [...HEARD_EVENTS, "ARBITRATION_HEARING_HELD"]);
    const summary = (await arbitrationTimeline(code)).at(-1)!.summary;
    expect(summary).toBe("仲裁庭开庭审理（申请人到庭，被申请人缺席）");
    // Registered at the window today, the hearing eleven days ago: two visits, two runs.
    const dispute = await visitsOf(code);
    expect(
      dispute.visits.edges
        .map((e) => [e.node.source, e.node.place, e.node.at])
        .filter(([source]) => source !== "WINDOW"),
    ).toEqual([["ARBITRATION", PLACE, heldAt]]);
    expect(dispute.runs).toEqual({ visits: 2, runs: 2 });
  });

  it("counts no visit for a hearing both sides joined online", async () => {
    const heard = await heardCase();
    const code = heard.disputeCode;
    const { body } = await held({
      caseId: heard.id,
      heldAt: daysAgo(11),
      place: "浙江解纷码在线仲裁庭",
      applicantAppearance: "ONLINE",
      respondentAppearance: "ONLINE",
    });
    expect(body.errors).toBeUndefined();
    await expectTimelineTypes(code, [...HEARD_EVENTS, "ARBITRATION_HEARING_HELD"]);
    const dispute = await visitsOf(code);
    expect(dispute.visits.edges.map((e) => e.node.source)).toEqual(["WINDOW"]);
    expect(dispute.runs).toEqual({ visits: 1, runs: 1 });
  });
});

describe("the arbitration section of the data cockpit (数据驾驶舱) through the gateway", () => {
  const COUNT = "value sameperiodLastYear formula";
  const RATE = "value numerator denominator sameperiodLastYear formula";
  const SECTION = `arbitration { applicationsReceived { ${COUNT} } accepted { ${COUNT} } awardedOnTime { ${RATE} } finalAwardShare { ${RATE} }
    mediationStatementClosures { ${COUNT} } collectiveCases { ${COUNT} } note }`;
  interface Count {
    value: number;
    sameperiodLastYear: number | null;
    formula: string;
  }
  interface Rate {
    value: number | null;
    numerator: number;
    denominator: number;
    sameperiodLastYear: number | null;
    formula: string;
  }
  interface Section {
    applicationsReceived: Count;
    accepted: Count;
    awardedOnTime: Rate;
    finalAwardShare: Rate;
    mediationStatementClosures: Count;
    collectiveCases: Count;
    note: string | null;
  }
  type Cockpits = Record<"year" | "seeded" | "recent", { arbitration: Section }>;

  it("shows the demo docket's figures, and the whole of 2026 as the seeded months plus the recent ones", async () => {
    // One request: the three periods are counted against the same records.
    const { body } = await gql<Cockpits>(
      `{ year: cockpit(filter: { from: "2026-01-01", to: "2026-12-31" }) { ${SECTION} }
         seeded: cockpit(filter: { from: "2026-01-01", to: "2026-10-31" }) { ${SECTION} }
         recent: cockpit(filter: { from: "2026-11-01", to: "2026-12-31" }) { ${SECTION} } }`,
    );
    expect(body.errors).toBeUndefined();
    const { year, seeded, recent } = body.data!;
    // January–October holds only the seeded docket (tests file their cases at most 20 days back, from November on);
    // the arithmetic is in subgraphs/arbitration/src/resolvers/cockpit-resolver.test.ts.
    // Received: 第21、34、52、60、70、79、83号 = 7 (the story's 第87号 came on 11-18); 2025: 第140号 = 1.
    expect(seeded.arbitration.applicationsReceived).toMatchObject({ value: 7, sameperiodLastYear: 1 });
    // Accepted: 21, 34, 52, 60, 70, 83 = 6; 2025: 1.
    expect(seeded.arbitration.accepted).toMatchObject({ value: 6, sameperiodLastYear: 1 });
    // Awards 21, 34, 52, 70; on time 21, 34, 70 (its last day 10-04 rolls past the National Day holiday to 10-08) = 3 / 4.
    expect(seeded.arbitration.awardedOnTime).toMatchObject({
      value: 0.75,
      numerator: 3,
      denominator: 4,
      sameperiodLastYear: 1,
    });
    // Final: 21 and 52 = 2 / 4.
    expect(seeded.arbitration.finalAwardShare).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      sameperiodLastYear: 1,
    });
    expect(seeded.arbitration.mediationStatementClosures).toMatchObject({ value: 1, sameperiodLastYear: 0 });
    expect(seeded.arbitration.collectiveCases).toMatchObject({ value: 1, sameperiodLastYear: 0 });
    expect(seeded.arbitration.note).toBeNull();

    // Every case counts in exactly one of the two parts of the year, measure by measure.
    const counts = ["applicationsReceived", "accepted", "mediationStatementClosures", "collectiveCases"] as const;
    for (const m of counts)
      expect(year.arbitration[m].value).toBe(seeded.arbitration[m].value + recent.arbitration[m].value);
    for (const m of ["awardedOnTime", "finalAwardShare"] as const) {
      expect(year.arbitration[m].numerator).toBe(seeded.arbitration[m].numerator + recent.arbitration[m].numerator);
      expect(year.arbitration[m].denominator).toBe(
        seeded.arbitration[m].denominator + recent.arbitration[m].denominator,
      );
    }
    // The story's application (11-18) is among the recent ones.
    expect(recent.arbitration.applicationsReceived.value).toBeGreaterThanOrEqual(1);
    expect(year.arbitration.awardedOnTime.formula).toContain("按期裁决率");
    expect(year.arbitration.finalAwardShare.formula).toContain("一裁终局占比");
  });

  it("notes that a category does not narrow the section and that a town counts its county, and shows no person", async () => {
    const { body } = await gql<{ cockpit: { arbitration: Section } }>(
      `query ($filter: CockpitFilter!) { cockpit(filter: $filter) { ${SECTION} } }`,
      {
        filter: { from: "2026-01-01", to: "2026-10-31", regionCode: "330122101", category: DEMO_DISPUTES[1]!.category },
      },
    );
    expect(body.errors).toBeUndefined();
    const section = body.data!.cockpit.arbitration;
    expect(section.applicationsReceived.value).toBe(7);
    expect(section.note).toContain("类别筛选仅适用于综合受理与总体指标");
    expect(section.note).toContain("按所属县统计");
    const text = JSON.stringify(section);
    for (const personal of ["李红梅", "陈立新", "桐庐江南建筑劳务有限公司", "330122"])
      expect(text).not.toContain(personal);
  });
});

describe("access to arbitration cases", () => {
  const worker = { name: "陈海波", residentId: validResidentId(), phone: "13857190318" };
  const coworker = { name: "童美玲", residentId: validResidentId() };
  const VIEW = /* GraphQL */ `
    id status rejectionReason
    applicants { id name residentId residentIdFull phone partyId }
    claims { description amount }
    respondent { name creditCode legalRepresentative partyId }
  `;
  interface View {
    id: string;
    status: string;
    applicants: {
      id: string;
      name: string;
      residentId: string;
      residentIdFull: string | null;
      phone: string | null;
      partyId: string;
    }[];
    claims: { description: string | null; amount: number | null }[];
    respondent: { name: string; creditCode: string; legalRepresentative: string | null; partyId: string };
  }
  const readAs = async (id: string, headers: Record<string, string>) =>
    gql<{ arbitrationCase: View | null }>(`query ($id: ID!) { arbitrationCase(id: $id) { ${VIEW} } }`, { id }, headers);
  const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;
  const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;

  /** Filed at the commission's window by an arbitrator, for the worker. */
  const filedForWorker = async () => file(await application({ receivedAt: daysAgo(1), workers: [{ ...worker }] }));

  it("shows a worker their own case in full (their ID only on request) and refuses it to another resident", async () => {
    const filed = await filedForWorker();
    const own = await readAs(filed.id, await as(resident(worker.residentId)));
    expect(own.body.errors).toBeUndefined();
    const [applicant] = own.body.data!.arbitrationCase!.applicants;
    expect(applicant).toMatchObject({
      name: worker.name,
      residentId: masked(worker.residentId),
      residentIdFull: worker.residentId,
      phone: "138****0318",
    });
    expect(own.body.data!.arbitrationCase!.claims[0]!.description).toBe("支付2026年8月至9月工资18000元");
    // The employer is a party too, by its credit code: the same id wherever the employer appears.
    expect(own.body.data!.arbitrationCase!.respondent).toMatchObject({
      creditCode: EMPLOYER.creditCode,
      legalRepresentative: EMPLOYER.legalRepresentative,
    });

    // 我的纠纷: the registry's party, extended with this department's cases.
    const { body: me } = await gql<{
      me: { id: string; arbitrationCases: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(
      `{ me { id arbitrationCases(first: 100) { totalCount edges { node { id } } } } }`,
      {},
      await as(resident(worker.residentId)),
    );
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.id).toBe(applicant!.partyId);
    expect(me.data!.me.arbitrationCases.edges.map((e) => e.node.id)).toContain(filed.id);
    expect(me.data!.me.arbitrationCases.totalCount).toBe(me.data!.me.arbitrationCases.edges.length);

    const stranger = await as(resident(validResidentId()));
    const refused = await readAs(filed.id, stranger);
    expect(codeOf(refused.body)).toBe("FORBIDDEN");
    expect(refused.body.data?.arbitrationCase ?? null).toBeNull();
    const { body: theirs } = await gql<{ me: { arbitrationCases: { edges: { node: { id: string } }[] } } }>(
      `{ me { arbitrationCases(first: 100) { edges { node { id } } } } }`,
      {},
      stranger,
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.me.arbitrationCases.edges.map((e) => e.node.id)).not.toContain(filed.id);
  });

  it("lets a worker file their own application online, and not one for somebody else", async () => {
    const headers = await as(resident(coworker.residentId));
    const input = { ...(await application({ receivedAt: daysAgo(0), workers: [coworker] })), receivedAt: undefined };
    const { body } = await gql<{
      fileArbitrationApplication: { id: string; status: string; applicants: { name: string }[] };
    }>(
      `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id status applicants { name } } }`,
      { input },
      headers,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.fileArbitrationApplication).toMatchObject({
      status: "RECEIVED",
      applicants: [{ name: coworker.name }],
    });

    // Back-dating is the commission's to record, not the applicant's.
    const backDated = await gql(FILE, { input: { ...input, receivedAt: daysAgo(3) } }, headers);
    expect(codeOf(backDated.body)).toBe("BAD_USER_INPUT");
    // For someone else: refused, and nothing filed in that worker's name.
    const code = freshCode();
    const forOther = await gql(FILE, { input: { ...input, disputeCode: code, applicants: [worker] } }, headers);
    expect(codeOf(forOther.body)).toBe("FORBIDDEN");
    const { body: theirs } = await gql<{ me: { arbitrationCases: { edges: { node: { disputeCode: string } }[] } } }>(
      `{ me { arbitrationCases(first: 100) { edges { node { disputeCode } } } } }`,
      {},
      await as(resident(worker.residentId)),
    );
    expect(theirs.data!.me.arbitrationCases.edges.map((e) => e.node.disputeCode)).not.toContain(code);
  });

  it("shows a mediator a summary: masked names, no narratives, and refuses the full resident ID", async () => {
    const filed = await filedForWorker();
    const { body } = await readAs(filed.id, await as(STAFF.mediation));
    expect(body.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([
      ["arbitrationCase.applicants.0.residentIdFull", "FORBIDDEN"],
    ]);
    const summary = body.data!.arbitrationCase!;
    expect(summary.status).toBe("RECEIVED");
    expect(summary.applicants[0]).toMatchObject({
      name: "陈**",
      residentId: masked(worker.residentId),
      residentIdFull: null,
    });
    expect(summary.claims).toEqual([{ description: null, amount: "18000.00" }]);
    expect(summary.respondent).toMatchObject({ creditCode: EMPLOYER.creditCode, legalRepresentative: "邵**" });
    expect(JSON.stringify(summary)).not.toContain(worker.residentId);
  });

  it("lets the arbitrator read the full resident ID and phone, and an auditor read back that it was read", async () => {
    const filed = await filedForWorker();
    const { body } = await gql<{
      arbitrationCase: { applicants: { id: string; residentIdFull: string; phoneFull: string }[] };
    }>(
      `query ($id: ID!) { arbitrationCase(id: $id) { applicants { id residentIdFull phoneFull } } }`,
      { id: filed.id },
      await as(STAFF.arbitration),
    );
    expect(body.errors).toBeUndefined();
    const [applicant] = body.data!.arbitrationCase.applicants;
    expect(applicant).toMatchObject({ residentIdFull: worker.residentId, phoneFull: worker.phone });

    type Entry = { action: string; entity: string; entityId: string | null; fields: string[]; roles: string[] };
    const FIELDS = `action entity entityId fields roles`;
    const entries = [
      ...(await auditEntries<Entry>(gql, "arbitration", { entityId: applicant!.id }, FIELDS)),
      ...(await auditEntries<Entry>(gql, "arbitration", { entityId: filed.id }, FIELDS)),
    ];
    expect(entries).toContainEqual({
      action: "READ_PERSONAL_DATA",
      entity: "ArbitrationApplicant",
      entityId: applicant!.id,
      fields: ["residentId"],
      roles: ["arbitrator"],
    });
    expect(entries).toContainEqual({
      action: "READ_PERSONAL_DATA",
      entity: "ArbitrationApplicant",
      entityId: applicant!.id,
      fields: ["phone"],
      roles: ["arbitrator"],
    });
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: "fileArbitrationApplication",
        entity: "ArbitrationCase",
        entityId: recordKey(filed.id),
        fields: expect.arrayContaining(["disputeCode", "applicants", "respondent", "claims"]),
      }),
    );
    // The log says what was read, never the value.
    expect(JSON.stringify(entries)).not.toContain(worker.residentId);
    const AUDIT = `{ auditLog { arbitration(first: 1) { edges { node { action } } } } }`;
    const { body: notAuditor } = await gql(AUDIT, {}, await as(STAFF.arbitration));
    expect(codeOf(notAuditor)).toBe("FORBIDDEN");
  });

  it("refuses anonymous callers and cockpit viewers, and the commission's steps to other departments' staff and to residents", async () => {
    const filed = await filedForWorker();
    for (const caller of [null, COCKPIT_VIEWER]) {
      const { body } = await readAs(filed.id, await as(caller));
      expect(codeOf(body)).toBe(refusalFor(caller));
      expect(body.data?.arbitrationCase ?? null).toBeNull();
    }
    const { body: queue } = await gql(
      `{ arbitrationCases(first: 1) { edges { node { id } } } }`,
      {},
      await as(STAFF.mediation),
    );
    expect(codeOf(queue)).toBe("FORBIDDEN");
    for (const caller of [STAFF.mediation, STAFF.litigation, resident(worker.residentId)]) {
      const { body } = await gql(
        `mutation ($input: AcceptArbitrationCaseInput!) { acceptArbitrationCase(input: $input) { status } }`,
        { input: { caseId: filed.id } },
        await as(caller),
      );
      expect(codeOf(body)).toBe("FORBIDDEN");
    }
    expect(await read(filed.id)).toMatchObject({ status: "RECEIVED", version: filed.version });
  });

  it("lets a party of the registered dispute reach its arbitration case through the dispute, and nobody else", async () => {
    const code = await registeredDispute("严素芬", 741);
    // Filed by a coworker: the dispute's party is not an applicant, yet reaches the case through their dispute.
    const filed = await file(await application({ code, receivedAt: daysAgo(1), workers: [{ ...coworker }] }));
    const QUERY = `query ($code: ID!) { dispute(code: $code) { arbitrationCases { id applicants { name } } } }`;
    const { body } = await gql<{ dispute: { arbitrationCases: { id: string; applicants: { name: string }[] }[] } }>(
      QUERY,
      { code },
      await as(resident(residentId(741))),
    );
    expect(body.errors).toBeUndefined();
    // Not their own personal data: the coworker's name stays masked.
    expect(body.data!.dispute.arbitrationCases).toEqual([{ id: filed.id, applicants: [{ name: "童**" }] }]);

    const { body: stranger } = await gql<{ dispute: { arbitrationCases: unknown[] } | null }>(
      QUERY,
      { code },
      await as(resident(validResidentId())),
    );
    expect(stranger.data?.dispute?.arbitrationCases ?? []).toEqual([]);
    expect(codeOf(stranger)).toBe("FORBIDDEN");
  });

  it("names a worker, her coworker and the employer on her case alike through her party (我的纠纷) and through the dispute", async () => {
    // Residents of their own: "my cases" then holds this case alone.
    const me = { name: "邵丽萍", residentId: validResidentId() };
    const other = { name: "邵建伟", residentId: validResidentId() };
    const code = await sentToArbitration(me.name, me.residentId);
    const filed = await file(await application({ code, receivedAt: daysAgo(1), workers: [me, other] }));
    const NAMES = `id applicants { name } respondent { name }`;
    type Named = { id: string; applicants: { name: string }[]; respondent: { name: string } };
    const headers = await as(resident(me.residentId));
    const { body: mine } = await gql<{ me: { arbitrationCases: { edges: { node: Named }[] } } }>(
      `{ me { arbitrationCases(first: 100) { edges { node { ${NAMES} } } } } }`,
      {},
      headers,
    );
    expect(mine.errors).toBeUndefined();
    const { body: dispute } = await gql<{ dispute: { arbitrationCases: Named[] } }>(
      `query ($code: ID!) { dispute(code: $code) { arbitrationCases { ${NAMES} } } }`,
      { code },
      headers,
    );
    expect(dispute.errors).toBeUndefined();
    // Her own name in full, her coworker (a private person) masked, the employer named.
    const expected = {
      id: filed.id,
      applicants: [{ name: me.name }, { name: "邵**" }],
      respondent: { name: EMPLOYER.name },
    };
    expect(mine.data!.me.arbitrationCases.edges.map((e) => e.node)).toEqual([expected]);
    expect(dispute.data!.dispute.arbitrationCases).toEqual([expected]);
  });
});

/** A worker born 1985-06-12 in 桐庐县, told apart by the sequence number. */
function residentId(sequence: number): string {
  return validResidentId({ birthDate: "19850612", sequence });
}
