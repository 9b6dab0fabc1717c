// 法院诉讼服务中心 through the gateway: the island story (online agreement → judicial confirmation by the
// mobile court → enforceable → enforcement), pre-filing mediation that fails and is filed at once, refused
// applications, the queue, the Putuo figures in miniature, the court's steps on the registry's timeline, and
// cases opened only on disputes the registry sent to the court.
import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { sharedGateway } from "../support/system.js";
import { COCKPIT_VIEWER, STAFF, as, directoryAdministrator, resident, refusalFor } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { registerDispute, registeredAndSentTo, sentTo } from "../support/registration.js";
import { settledDispute, type SettledDispute } from "../support/agreement.js";
import { timelineOf } from "../support/timeline.js";
import { auditEntries } from "../support/audit.js";
import { chinaDate, chinaDaysAgo, chinaYear, daysAroundNow } from "../support/calendar.js";
import { nodeId, recordKey } from "@onedoor/shared/graphql/node-id";

const gql = sharedGateway(inject("gatewayUrl"));
const DAY = 86_400_000;
/**
 * A code the registry never saw: for judicial confirmation (the parties bring their agreement to the court
 * themselves; nobody dispatches it) and for refusals. A delegation or a filing needs `sentToCourt`.
 */
const freshCode = (region: string) =>
  formatDisputeCode({ region, year: 2026, sequence: randomInt(500_000, 1_000_000) });
/** A matter as the window registers it: a fresh applicant in `region`. */
const registration = (region: string) => ({
  title: "民间借贷纠纷",
  description: "原告称被告借款三万元逾期未还，多次催讨未果，到中心要求起诉。",
  category: "合同",
  region,
  amountInvolved: "30000",
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: "方志强", residentId: residentId({ region }), phone: "138 5712 3456" }],
});
/** A dispute registered at the window and dispatched to the court: what a delegation or a fresh filing needs. */
const sentToCourt = (region: string) => registeredAndSentTo(gql, registration(region), "LITIGATION");

interface Clock {
  kind: string;
  startedAt: string;
  state: string;
  overdue: boolean;
  onTime: boolean | null;
  extendedDays: number;
}
interface Case {
  id: string;
  disputeCode: string;
  caseNumber: string;
  courtCode: string;
  filedAt: string;
  procedure: string;
  status: string;
  version: number;
  online: boolean;
  runs: number;
  fastTrack: boolean;
  trialProcedure: string | null;
  causeOfAction: { code: string; name: string; listVersion: string } | null;
  parties: { id: string; role: string; name: string; joinsApplication: boolean }[];
  claims: { description: string; amount: string | null }[];
  clocks: Clock[];
  origin: { id: string; status: string } | null;
  followUps: { id: string; caseNumber: string }[];
  preFilingMediation: { mediatorKind: string; mediatorName: string; success: string | null } | null;
  judicialConfirmation: {
    agreement: { id: string };
    joint: boolean;
    consents: { channel: string; recorder: string; party: { name: string } }[];
    enforceable: boolean;
    performance: string | null;
    reason: string | null;
  } | null;
  enforcement: { outcome: string | null } | null;
}

const CASE = /* GraphQL */ `
  fragment CaseFields on CourtCase {
    id
    disputeCode
    caseNumber
    courtCode
    filedAt
    procedure
    status
    version
    online
    runs
    fastTrack
    trialProcedure
    causeOfAction {
      code
      name
      listVersion
    }
    parties {
      id
      role
      name
      joinsApplication
    }
    claims {
      description
      amount
    }
    clocks {
      kind
      startedAt
      state
      overdue
      onTime
      extendedDays
    }
    origin {
      id
      status
    }
    followUps {
      id
      caseNumber
    }
    preFilingMediation {
      mediatorKind
      mediatorName
      success
    }
    judicialConfirmation {
      agreement {
        id
      }
      joint
      consents {
        channel
        recorder
        party {
          name
        }
      }
      enforceable
      performance
      reason
    }
    enforcement {
      outcome
    }
  }
`;

interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Runs a mutation returning a case; fails the test on errors. */
async function mutate(field: string, inputType: string, input: unknown): Promise<Case> {
  const { body } = await gql<Record<string, Case>>(
    `${CASE} mutation ($v: ${inputType}) { r: ${field}(input: $v) { ...CaseFields } }`,
    { v: input },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.r!;
}

/** Runs a mutation expected to be refused; returns its error. */
async function refusal(field: string, inputType: string, input: unknown): Promise<GqlError> {
  const { body } = await gql<Record<string, Case>>(`mutation ($v: ${inputType}) { r: ${field}(input: $v) { id } }`, {
    v: input,
  });
  expect(body.errors).toHaveLength(1);
  return body.errors![0]!;
}

async function casesOfDispute(disputeCode: string): Promise<{ totalCount: number; caseNumbers: string[] }> {
  const { body } = await gql<{ courtCases: { totalCount: number; edges: { node: { caseNumber: string } }[] } }>(
    `query ($f: CourtCaseFilter) { courtCases(filter: $f, first: 50) { totalCount edges { node { caseNumber } } } }`,
    { f: { disputeCode } },
  );
  expect(body.errors).toBeUndefined();
  return {
    totalCount: body.data!.courtCases.totalCount,
    caseNumbers: body.data!.courtCases.edges.map((e) => e.node.caseNumber),
  };
}

/** A case's number as the court numbers it: 收案年度 from the day the system filed it, then court and type. */
const numberPattern = (c: Case, courtAndType: string): RegExp =>
  new RegExp(`^\\(${chinaYear(c.filedAt)}\\)${courtAndType}\\d+号$`);

const clock = (c: Case, kind: string): Clock => {
  const found = c.clocks.find((k) => k.kind === kind);
  expect(found, `clock ${kind} on ${c.caseNumber}`).toBeDefined();
  return found!;
};

/**
 * A dispute the county's joint committee settled `days` ago: the court confirms only an agreement reached on the
 * dispute, which the registry relays to it.
 */
const settled = (region = "330903", days = 3): Promise<SettledDispute> =>
  settledDispute(gql, registration(region), {
    payer: "陈阿福",
    payee: "王海军",
    amount: "42000",
    signedAt: new Date(Date.now() - days * DAY),
  });

function confirmationInput(agreed: SettledDispute, overrides: Record<string, unknown> = {}) {
  return {
    disputeCode: agreed.code,
    causeOfActionCode: "LABOUR_SERVICE_CONTRACT",
    online: true,
    agreementId: agreed.agreementId,
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "王海军" },
      { role: "APPLICANT", kind: "PERSON", name: "陈阿福" },
    ],
    claims: [{ description: "确认调解协议有效：陈阿福支付王海军船员劳务费", amount: "42000" }],
    ...overrides,
  };
}

const APPLY = ["applyForJudicialConfirmation", "ApplyForJudicialConfirmationInput!"] as const;
const DECIDE = ["decideJudicialConfirmationAcceptance", "DecideJudicialConfirmationAcceptanceInput!"] as const;
const RULE = ["ruleOnJudicialConfirmation", "RuleOnJudicialConfirmationInput!"] as const;
const ENFORCE = ["applyForEnforcement", "ApplyForEnforcementInput!"] as const;
const CONSENT = ["consentToJudicialConfirmation", "ConsentToJudicialConfirmationInput!"] as const;

/** The clerk records each party's consent (the mobile court's video session): the application becomes joint. */
async function consentAll(applied: Case): Promise<Case> {
  let joint = applied;
  for (const party of applied.parties)
    joint = await mutate(...CONSENT, { caseId: applied.id, casePartyId: party.id, channel: "ONLINE" });
  return joint;
}

/** Registers the application and every party's consent. */
const applyJointly = async (agreed: SettledDispute, overrides: Record<string, unknown> = {}): Promise<Case> =>
  consentAll(await mutate(...APPLY, confirmationInput(agreed, overrides)));

/** Applies, accepts and confirms: the mobile court's whole path for one agreement. */
async function confirmAgreement(agreed: SettledDispute, overrides: Record<string, unknown> = {}): Promise<Case> {
  const applied = await applyJointly(agreed, overrides);
  await mutate(...DECIDE, { caseId: applied.id, granted: true });
  return mutate(...RULE, { caseId: applied.id, granted: true });
}

interface Rate {
  value: number | null;
  numerator: number;
  denominator: number;
}
interface CourtSection {
  preFilingResolutionRate: Rate;
  judicialConfirmationsApplied: { value: number };
  judicialConfirmationsConfirmed: { value: number };
  judicialConfirmationsRefused: { value: number };
  confirmationRate: Rate;
  enforcementsApplied: { value: number };
  enforcementsConcluded: { value: number };
  onlineShare: Rate;
  casesByProcedure: { label: string; count: number }[];
  note: string | null;
}

async function courtCockpit(filter: Record<string, string>): Promise<CourtSection> {
  const rate = "{ value numerator denominator }";
  const { body } = await gql<{ cockpit: { litigation: CourtSection } }>(
    `query ($f: CockpitFilter!) { cockpit(filter: $f) { litigation {
      preFilingResolutionRate ${rate} confirmationRate ${rate} onlineShare ${rate}
      judicialConfirmationsApplied { value } judicialConfirmationsConfirmed { value } judicialConfirmationsRefused { value }
      enforcementsApplied { value } enforcementsConcluded { value }
      casesByProcedure { label count } note
    } } }`,
    { f: filter },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.cockpit.litigation;
}

describe("litigation: the court's section of the cockpit (数据驾驶舱)", () => {
  it("counts the demo cases over their filing days through the gateway, as the subgraph's data test does by hand", async () => {
    // Days in the past that only the seeded cases hold: every test files its cases by the clock, now.
    const filed = DEMO_DISPUTES.flatMap((d) => d.litigation.map((c) => chinaDate(c.filedAt))).sort();
    expect(filed).toHaveLength(2);
    const s = await courtCockpit({ from: filed[0]!, to: filed.at(-1)! });
    // (2026)浙0122民诉前调512号 resolved offline; (2026)浙0903民特45号 confirmed online by the mobile court.
    expect(s.preFilingResolutionRate).toEqual({ value: 1, numerator: 1, denominator: 1 }); // 1 / (1 + 0 filed)
    expect(s.judicialConfirmationsApplied.value).toBe(1);
    expect(s.judicialConfirmationsConfirmed.value).toBe(1);
    expect(s.judicialConfirmationsRefused.value).toBe(0);
    expect(s.confirmationRate).toEqual({ value: 1, numerator: 1, denominator: 1 }); // 1 / (1 + 0)
    expect(s.enforcementsApplied.value).toBe(0);
    expect(s.enforcementsConcluded.value).toBe(0);
    expect(s.onlineShare).toEqual({ value: 0.5, numerator: 1, denominator: 2 }); // 1 online of 2
    expect(s.casesByProcedure.map((p) => p.count)).toEqual([1, 0, 1, 0]);
    expect(s.note).toBeNull();
  });

  it("counts new cases of a county in its section, and answers a category filter without it", async () => {
    // 淳安: no demo court case and no other test's; the days around now hold what this test files.
    const filter = { ...daysAroundNow(), regionCode: "330127" };
    const disputeCode = await sentToCourt("330127");
    const before = await courtCockpit(filter);
    const parties = [
      { role: "PLAINTIFF", kind: "PERSON", name: "方志强" },
      { role: "DEFENDANT", kind: "ORGANISATION", name: "淳安某农家乐有限公司" },
    ];
    const claims = [{ description: "支付拖欠劳务费", amount: "23800" }];
    const mediation = await mutate("delegatePreFilingMediation", "DelegatePreFilingMediationInput!", {
      disputeCode,
      causeOfActionCode: "LABOUR_SERVICE_CONTRACT",
      parties,
      claims,
      mediatorKind: "MEDIATION_COMMITTEE",
      mediatorBody: "淳安县千岛湖镇人民调解委员会",
      mediatorName: "余建华",
    });
    await mutate("recordPreFilingMediationSuccess", "RecordPreFilingMediationSuccessInput!", {
      caseId: mediation.id,
      success: "AGREEMENT",
    });
    await mutate("fileCourtCase", "FileCourtCaseInput!", {
      disputeCode,
      causeOfActionCode: "PRIVATE_LENDING",
      parties,
      claims,
      trialProcedure: "SMALL_CLAIMS",
    });
    await mutate(...APPLY, confirmationInput(await settled("330127")));

    const after = await courtCockpit(filter);
    // +1 resolved before filing, +1 filed: numerator +1, denominator +2; +1 online application; 3 more cases.
    expect(after.preFilingResolutionRate.numerator - before.preFilingResolutionRate.numerator).toBe(1);
    expect(after.preFilingResolutionRate.denominator - before.preFilingResolutionRate.denominator).toBe(2);
    expect(after.judicialConfirmationsApplied.value - before.judicialConfirmationsApplied.value).toBe(1);
    expect(after.onlineShare.numerator - before.onlineShare.numerator).toBe(1);
    expect(after.onlineShare.denominator - before.onlineShare.denominator).toBe(3);
    expect(after.note).toBeNull();

    const byCategory = await courtCockpit({ ...filter, category: "劳动争议" });
    expect(byCategory.casesByProcedure).toEqual(after.casesByProcedure);
    expect(byCategory.note).toBe(
      "类别筛选仅适用于综合受理与总体指标 / category applies to intake and overall measures only",
    );
  });
});

// One story told in steps: its tests run in order even when the suite is shuffled.
describe("litigation: the island story (线上调 → 司法确认 → 执行)", { shuffle: false }, () => {
  let disputeCode: string;
  let agreementId: string;
  let confirmation: Case;

  it("registers the joint online application under a 民特 number with its clocks", async () => {
    const agreed = await settled("330903");
    ({ code: disputeCode, agreementId } = agreed);
    confirmation = await mutate(...APPLY, confirmationInput(agreed));
    // Registered by the clerk, the application is not joint until each party consents.
    expect(confirmation.judicialConfirmation).toMatchObject({ joint: false, consents: [] });
    expect(clock(confirmation, "JUDICIAL_CONFIRMATION_APPLICATION")).toMatchObject({ state: "RUNNING" });
    confirmation = await consentAll(confirmation);
    expect(confirmation.judicialConfirmation).toMatchObject({
      joint: true,
      consents: [
        { channel: "ONLINE", recorder: "COURT_CLERK", party: { name: "王海军" } },
        { channel: "ONLINE", recorder: "COURT_CLERK", party: { name: "陈阿福" } },
      ],
    });
    // The 30 days ran from the signing, as the registry relayed it: no date from the applicants.
    expect(clock(confirmation, "JUDICIAL_CONFIRMATION_APPLICATION").startedAt).toBe(agreed.signedAt.toISOString());
    // The committee's view of the same window stops too: the registry relays the application back to it.
    const committeeWindow = async () =>
      (
        await gql<{ mediationAgreement: { judicialConfirmationClock: { state: string; onTime: boolean | null } } }>(
          `query ($id: ID!) { mediationAgreement(id: $id) { judicialConfirmationClock { state onTime } } }`,
          { id: agreementId },
        )
      ).body.data?.mediationAgreement.judicialConfirmationClock;
    await expect.poll(committeeWindow, { timeout: 20_000, interval: 200 }).toEqual({ state: "STOPPED", onTime: true });
    expect(confirmation.caseNumber).toMatch(numberPattern(confirmation, "浙0903民特"));
    // In the demo's year the court's numbers go on after the demo's (2026)浙0903民特45号; a new year starts at 1.
    const demo = /^\((\d{4})\)浙0903民特(\d+)号$/.exec(
      DEMO_DISPUTES.find((d) => d.code === "330903260000011")!.litigation[0]!.caseNumber,
    )!;
    const numbersBefore = chinaYear(confirmation.filedAt) === Number(demo[1]) ? Number(demo[2]) : 0;
    expect(Number(/民特(\d+)号/.exec(confirmation.caseNumber)![1])).toBeGreaterThan(numbersBefore);
    expect(confirmation).toMatchObject({
      procedure: "JUDICIAL_CONFIRMATION",
      status: "APPLIED",
      courtCode: "浙0903",
      online: true,
      runs: 0,
    });
    expect(confirmation.causeOfAction).toEqual({
      code: "LABOUR_SERVICE_CONTRACT",
      name: "劳务合同纠纷",
      listVersion: "2020",
    });
    expect(confirmation.claims).toEqual([
      { description: "确认调解协议有效：陈阿福支付王海军船员劳务费", amount: "42000.00" },
    ]);
    expect(clock(confirmation, "JUDICIAL_CONFIRMATION_APPLICATION")).toMatchObject({ state: "STOPPED", onTime: true });
    expect(clock(confirmation, "JUDICIAL_CONFIRMATION_ACCEPTANCE")).toMatchObject({ state: "RUNNING", overdue: false });
    expect(confirmation.judicialConfirmation).toMatchObject({
      agreement: { id: agreementId },
      enforceable: false,
      performance: null,
    });
  });

  it("cannot rule before deciding on acceptance", async () => {
    const error = await refusal(...RULE, { caseId: confirmation.id, granted: true });
    expect(error.extensions).toMatchObject({ code: "INVALID_STATE", reason: "WRONG_STATUS" });
  });

  it("accepts within 3 days, extends the ruling period by at most 10 days, and confirms in time", async () => {
    const accepted = await mutate(...DECIDE, { caseId: confirmation.id, granted: true });
    expect(accepted.status).toBe("ACCEPTED");
    expect(clock(accepted, "JUDICIAL_CONFIRMATION_ACCEPTANCE")).toMatchObject({ state: "STOPPED", onTime: true });
    expect(clock(accepted, "JUDICIAL_CONFIRMATION_RULING")).toMatchObject({ state: "RUNNING" });

    const extended = await mutate("extendJudicialConfirmationRuling", "ExtendJudicialConfirmationRulingInput!", {
      caseId: confirmation.id,
      days: 10,
      reason: "院长批准：需核实船东履行能力",
    });
    expect(clock(extended, "JUDICIAL_CONFIRMATION_RULING").extendedDays).toBe(10);
    const tooLong = await refusal("extendJudicialConfirmationRuling", "ExtendJudicialConfirmationRulingInput!", {
      caseId: confirmation.id,
      days: 1,
      reason: "再延长",
    });
    expect(tooLong.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ reason: "EXTENSION_EXCEEDS_MAX" }],
    });

    confirmation = await mutate(...RULE, { caseId: confirmation.id, granted: true });
    expect(confirmation.status).toBe("CONFIRMED");
    expect(clock(confirmation, "JUDICIAL_CONFIRMATION_RULING")).toMatchObject({
      state: "STOPPED",
      onTime: true,
      extendedDays: 10,
    });
    expect(confirmation.clocks.every((c) => !c.overdue)).toBe(true);
    expect(confirmation.judicialConfirmation).toMatchObject({
      agreement: { id: agreementId },
      enforceable: true,
      performance: "PENDING",
    });
    expect(confirmation.runs).toBe(0); // never left the island
  });

  it("opens an enforcement case numbered 执 when the agreement is not performed, once", async () => {
    const enforcement = await mutate(...ENFORCE, { basisCaseId: confirmation.id, online: true });
    expect(enforcement.caseNumber).toMatch(numberPattern(enforcement, "浙0903执"));
    expect(enforcement).toMatchObject({
      procedure: "ENFORCEMENT",
      status: "ENFORCING",
      disputeCode,
      origin: { id: confirmation.id, status: "CONFIRMED" },
    });
    expect(enforcement.parties.map((p) => p.name)).toEqual(["王海军", "陈阿福"]);
    expect(clock(enforcement, "ENFORCEMENT")).toMatchObject({ state: "RUNNING" });

    const again = await refusal(...ENFORCE, { basisCaseId: confirmation.id });
    expect(again.extensions).toMatchObject({ code: "INVALID_STATE", reason: "ALREADY_IN_ENFORCEMENT" });

    const concluded = await mutate("concludeEnforcement", "ConcludeEnforcementInput!", {
      caseId: enforcement.id,
      outcome: "FULLY_ENFORCED",
      note: "船东已履行全部款项",
    });
    expect(concluded).toMatchObject({ status: "CONCLUDED", enforcement: { outcome: "FULLY_ENFORCED" } });
    expect(clock(concluded, "ENFORCEMENT")).toMatchObject({ state: "STOPPED", onTime: true });

    const { body } = await gql<{ courtCase: Case }>(
      `${CASE} query ($id: ID!) { courtCase(id: $id) { ...CaseFields } }`,
      { id: confirmation.id },
    );
    expect(body.data!.courtCase).toMatchObject({
      judicialConfirmation: { performance: "ENFORCEMENT_APPLIED", enforceable: true },
      followUps: [{ id: enforcement.id }],
    });
    expect((await casesOfDispute(disputeCode)).caseNumbers.sort()).toEqual(
      [confirmation.caseNumber, enforcement.caseNumber].sort(),
    );
  });

  it("shows the seeded island dispute's confirmation as enforceable on the dispute, with its agreement reference", async () => {
    const island = DEMO_DISPUTES.find((d) => d.code === "330903260000011")!;
    const { body } = await gql<{ dispute: { courtCases: Case[] } }>(
      `query ($code: ID!) { dispute(code: $code) { courtCases { caseNumber procedure status online runs judicialConfirmation { agreement { id } enforceable performance } } } }`,
      { code: island.code },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.dispute.courtCases).toEqual([
      {
        caseNumber: "(2026)浙0903民特45号",
        procedure: "JUDICIAL_CONFIRMATION",
        status: "CONFIRMED",
        online: true,
        runs: 0,
        judicialConfirmation: {
          agreement: { id: nodeId("MediationAgreement", "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45") },
          enforceable: true,
          performance: "PERFORMED",
        },
      },
    ]);
  });

  it("finds a case by its number in either parenthesis style", async () => {
    const fullWidth = confirmation.caseNumber.replace("(", "（").replace(")", "）");
    const { body } = await gql<{ courtCaseByNumber: { id: string } | null }>(
      `query ($n: String!) { courtCaseByNumber(caseNumber: $n) { id } }`,
      { n: fullWidth },
    );
    expect(body.data!.courtCaseByNumber).toEqual({ id: confirmation.id });
  });
});

describe("litigation: refused judicial confirmation applications change nothing", () => {
  it("refuses a marriage relation (离婚纠纷)", async () => {
    const agreed = await settled();
    const disputeCode = agreed.code;
    const error = await refusal(...APPLY, confirmationInput(agreed, { causeOfActionCode: "DIVORCE" }));
    expect(error.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["input", "causeOfActionCode"],
      problems: [{ reason: "EXCLUDED_RELATION" }],
    });
    expect(String(error.extensions!.messageZh)).toContain("婚姻关系");
    expect((await casesOfDispute(disputeCode)).totalCount).toBe(0);
  });

  it("refuses a joint application made more than 30 days after the agreement took effect", async () => {
    // Signed three days ago, applied for 42 days later (simulated): no story is dated into other files' periods.
    const agreed = await settled("330903");
    const late = new Date(agreed.signedAt.getTime() + 45 * DAY).toISOString();
    const { body } = await gql<Record<string, Case>>(
      `mutation ($v: ${APPLY[1]}) { r: ${APPLY[0]}(input: $v) { id } }`,
      { v: confirmationInput(agreed) },
      { "x-onedoor-simulated-time": late },
    );
    expect(body.errors).toHaveLength(1);
    const error = body.errors![0]!;
    expect(error.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ reason: "APPLICATION_LATE", field: ["input", "agreementId"] }],
    });
    expect((await casesOfDispute(agreed.code)).totalCount).toBe(0);
  });

  it("refuses an agreement nobody reached, and another dispute's agreement, and takes the date from the signing", async () => {
    const agreed = await settled();
    const other = await settled();
    for (const agreementId of [randomUUID(), other.agreementId]) {
      const error = await refusal(...APPLY, confirmationInput(agreed, { agreementId }));
      expect(error.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        problems: [{ reason: "AGREEMENT_UNKNOWN", field: ["input", "agreementId"] }],
      });
    }
    expect((await casesOfDispute(agreed.code)).totalCount).toBe(0);
  });

  it("records a decision not to accept, which needs a reason, and a rejecting ruling; neither is enforceable", async () => {
    const notAccepted = await applyJointly(await settled());
    const noReason = await refusal(...DECIDE, { caseId: notAccepted.id, granted: false });
    expect(noReason.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "reason"] });
    const refusedCase = await mutate(...DECIDE, {
      caseId: notAccepted.id,
      granted: false,
      reason: "调解协议内容违反法律强制性规定",
    });
    expect(refusedCase).toMatchObject({
      status: "NOT_ACCEPTED",
      judicialConfirmation: { enforceable: false, reason: "调解协议内容违反法律强制性规定" },
    });
    expect(clock(refusedCase, "JUDICIAL_CONFIRMATION_ACCEPTANCE")).toMatchObject({ state: "STOPPED", onTime: true });
    expect(refusedCase.clocks.map((c) => c.kind)).not.toContain("JUDICIAL_CONFIRMATION_RULING");

    const rejected = await applyJointly(await settled());
    await mutate(...DECIDE, { caseId: rejected.id, granted: true });
    const ruled = await mutate(...RULE, { caseId: rejected.id, granted: false, reason: "协议损害案外人合法权益" });
    expect(ruled).toMatchObject({
      status: "REJECTED",
      judicialConfirmation: { enforceable: false, performance: null },
    });
    const enforce = await refusal(...ENFORCE, { basisCaseId: rejected.id });
    expect(enforce.extensions).toMatchObject({ code: "INVALID_STATE", reason: "NOT_ENFORCEABLE" });
  });

  it("refuses an application naming one party alone", async () => {
    const agreed = await settled();
    const parties = [{ role: "APPLICANT", kind: "PERSON", name: "王海军" }];
    const error = await refusal(...APPLY, confirmationInput(agreed, { parties }));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", problems: [{ reason: "NOT_JOINT_APPLICATION" }] });
    expect((await casesOfDispute(agreed.code)).totalCount).toBe(0);
  });

  it("cannot accept an application one party has not consented to, nor take a consent twice", async () => {
    const applied = await mutate(...APPLY, confirmationInput(await settled()));
    const [first] = applied.parties;
    await mutate(...CONSENT, {
      caseId: applied.id,
      casePartyId: first!.id,
      channel: "IN_PERSON",
      representativeName: "李明（委托代理人）",
    });
    const early = await refusal(...DECIDE, { caseId: applied.id, granted: true });
    expect(early.extensions).toMatchObject({ code: "INVALID_STATE", reason: "CONSENT_MISSING" });
    expect(String(early.extensions!.messageZh)).toMatch(/[\u4e00-\u9fff]/);
    const twice = await refusal(...CONSENT, { caseId: applied.id, casePartyId: first!.id, channel: "IN_PERSON" });
    expect(twice.extensions).toMatchObject({ code: "INVALID_STATE", reason: "ALREADY_CONSENTED" });
  });

  it("counts a party's consent in person at the court's window as a visit of the dispute (到场), and one online not", async () => {
    const agreed = await settled();
    const applied = await mutate(...APPLY, confirmationInput(agreed));
    const [first, second] = applied.parties;
    const placed = await refusal(...CONSENT, {
      caseId: applied.id,
      casePartyId: second!.id,
      channel: "ONLINE",
      place: "普陀区人民法院诉讼服务中心",
    });
    expect(placed.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ reason: "NOT_FOR_ONLINE", field: ["input", "place"] }],
    });
    // The clerk names no place: the consent was given at the service centre of the court of the dispute's county.
    await mutate(...CONSENT, { caseId: applied.id, casePartyId: first!.id, channel: "IN_PERSON" });
    await mutate(...CONSENT, { caseId: applied.id, casePartyId: second!.id, channel: "ONLINE" });
    await expect
      .poll(
        async () =>
          ((await timelineOf<{ type: string }>(gql, agreed.code, "type")) ?? []).filter(
            (e) => e.type === "JUDICIAL_CONFIRMATION_CONSENTED",
          ).length,
        { timeout: 15_000, interval: 250 },
      )
      .toBe(2);
    const { body } = await gql<{ dispute: { visits: { edges: { node: { place: string; source: string } }[] } } }>(
      `query ($code: ID!) { dispute(code: $code) { visits { edges { node { place source } } } } }`,
      { code: agreed.code },
    );
    expect(body.errors).toBeUndefined();
    expect(
      body.data!.dispute.visits.edges.filter((e) => e.node.source === "LITIGATION").map((e) => e.node.place),
    ).toEqual(["普陀区人民法院诉讼服务中心"]);
  });
});

describe("litigation: pre-filing mediation (诉前调解)", () => {
  const lawsuit = (disputeCode: string, causeOfActionCode: string) => ({
    disputeCode,
    causeOfActionCode,
    parties: [
      { role: "PLAINTIFF", kind: "ORGANISATION", name: "桐庐某纺织有限公司" },
      { role: "DEFENDANT", kind: "PERSON", name: "徐建明" },
    ],
    claims: [{ description: "支付拖欠厂房租金", amount: "186000.50" }],
  });
  const delegation = (disputeCode: string) => ({
    ...lawsuit(disputeCode, "PREMISES_LEASE"),
    mediatorKind: "INVITED_MEDIATOR",
    mediatorBody: "桐庐县律师协会特邀调解工作室",
    mediatorName: "叶文涛",
  });
  const DELEGATE = ["delegatePreFilingMediation", "DelegatePreFilingMediationInput!"] as const;

  it("fails after an extension by consent and is filed at once as a 民初 case on the fast track", async () => {
    const disputeCode = await sentToCourt("330122");
    const mediation = await mutate(...DELEGATE, delegation(disputeCode));
    expect(mediation.caseNumber).toMatch(numberPattern(mediation, "浙0122民诉前调"));
    expect(mediation).toMatchObject({
      procedure: "PRE_FILING_MEDIATION",
      status: "IN_MEDIATION",
      preFilingMediation: { mediatorKind: "INVITED_MEDIATOR", mediatorName: "叶文涛", success: null },
    });
    expect(clock(mediation, "PRE_FILING_MEDIATION")).toMatchObject({ state: "RUNNING", extendedDays: 0 });

    const extended = await mutate("extendPreFilingMediation", "ExtendPreFilingMediationInput!", {
      caseId: mediation.id,
      days: 15,
      reason: "双方当事人同意延长调解期限",
    });
    expect(clock(extended, "PRE_FILING_MEDIATION").extendedDays).toBe(15);

    const fastOrdinary = await refusal("fileAfterFailedPreFilingMediation", "FileAfterFailedPreFilingMediationInput!", {
      caseId: mediation.id,
      trialProcedure: "ORDINARY",
      fastTrack: true,
    });
    expect(fastOrdinary.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ reason: "FAST_TRACK_NOT_SIMPLE" }],
    });

    const filed = await mutate("fileAfterFailedPreFilingMediation", "FileAfterFailedPreFilingMediationInput!", {
      caseId: mediation.id,
      trialProcedure: "SIMPLIFIED",
      fastTrack: true,
    });
    expect(filed.caseNumber).toMatch(numberPattern(filed, "浙0122民初"));
    expect(filed).toMatchObject({
      procedure: "FIRST_INSTANCE",
      status: "FILED",
      trialProcedure: "SIMPLIFIED",
      fastTrack: true,
      disputeCode,
      origin: { id: mediation.id, status: "MEDIATION_FAILED" },
    });
    expect(filed.parties.map((p) => [p.role, p.name])).toEqual([
      ["PLAINTIFF", "桐庐某纺织有限公司"],
      ["DEFENDANT", "徐建明"],
    ]);
    expect(filed.claims).toEqual([{ description: "支付拖欠厂房租金", amount: "186000.50" }]);
    expect(clock(filed, "TRIAL_SIMPLIFIED")).toMatchObject({ state: "RUNNING" });

    const twice = await refusal("fileAfterFailedPreFilingMediation", "FileAfterFailedPreFilingMediationInput!", {
      caseId: mediation.id,
      trialProcedure: "SIMPLIFIED",
    });
    expect(twice.extensions).toMatchObject({ code: "INVALID_STATE", reason: "WRONG_STATUS" });

    const judged = await mutate("recordJudgment", "RecordJudgmentInput!", { caseId: filed.id });
    expect(judged.status).toBe("JUDGED");
    expect(clock(judged, "TRIAL_SIMPLIFIED")).toMatchObject({ state: "STOPPED", onTime: true });
    const enforcement = await mutate(...ENFORCE, { basisCaseId: filed.id });
    expect(enforcement.caseNumber).toMatch(numberPattern(enforcement, "浙0122执"));
  });

  it("ends a successful mediation with an agreement; it can then no longer fail", async () => {
    const mediation = await mutate(...DELEGATE, delegation(await sentToCourt("330122")));
    const resolved = await mutate("recordPreFilingMediationSuccess", "RecordPreFilingMediationSuccessInput!", {
      caseId: mediation.id,
      success: "AGREEMENT",
    });
    expect(resolved).toMatchObject({ status: "RESOLVED", preFilingMediation: { success: "AGREEMENT" } });
    expect(clock(resolved, "PRE_FILING_MEDIATION")).toMatchObject({ state: "STOPPED", onTime: true });
    const error = await refusal("fileAfterFailedPreFilingMediation", "FileAfterFailedPreFilingMediationInput!", {
      caseId: mediation.id,
      trialProcedure: "SIMPLIFIED",
    });
    expect(error.extensions).toMatchObject({ code: "INVALID_STATE" });
  });

  it("changes a case only as the caller read it: a stale expectedVersion is a CONFLICT", async () => {
    const mediation = await mutate(...DELEGATE, delegation(await sentToCourt("330122")));
    expect(mediation.version).toBe(1);
    const extended = await mutate("extendPreFilingMediation", "ExtendPreFilingMediationInput!", {
      caseId: mediation.id,
      expectedVersion: 1,
      days: 5,
      reason: "双方当事人同意延长调解期限",
    });
    expect(extended.version).toBe(2);
    const SUCCEED = ["recordPreFilingMediationSuccess", "RecordPreFilingMediationSuccessInput!"] as const;
    const stale = await refusal(...SUCCEED, { caseId: mediation.id, expectedVersion: 1, success: "AGREEMENT" });
    expect(stale.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const resolved = await mutate(...SUCCEED, { caseId: mediation.id, expectedVersion: 2, success: "AGREEMENT" });
    expect(resolved).toMatchObject({ status: "RESOLVED", version: 3 });
  });

  it("files a small-claims case directly (立案登记) with its 2-month clock; the fast track is refused for ordinary procedure", async () => {
    const input = lawsuit(await sentToCourt("330122"), "PRIVATE_LENDING");
    const ordinaryFast = await refusal("fileCourtCase", "FileCourtCaseInput!", {
      ...input,
      trialProcedure: "ORDINARY",
      fastTrack: true,
    });
    expect(ordinaryFast.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ reason: "FAST_TRACK_NOT_SIMPLE", field: ["input", "fastTrack"] }],
    });
    const filed = await mutate("fileCourtCase", "FileCourtCaseInput!", {
      ...input,
      trialProcedure: "SMALL_CLAIMS",
      fastTrack: true,
    });
    expect(filed.caseNumber).toMatch(numberPattern(filed, "浙0122民初"));
    expect(filed).toMatchObject({
      procedure: "FIRST_INSTANCE",
      status: "FILED",
      trialProcedure: "SMALL_CLAIMS",
      fastTrack: true,
      origin: null,
      causeOfAction: { name: "民间借贷纠纷" },
    });
    expect(clock(filed, "TRIAL_SMALL_CLAIMS")).toMatchObject({ state: "RUNNING" });
  });

  it("numbers concurrent filings of one court, type and year without gaps or repeats", async () => {
    const codes = await Promise.all(Array.from({ length: 5 }, () => sentToCourt("330122")));
    const cases = await Promise.all(codes.map((code) => mutate(...DELEGATE, delegation(code))));
    const numbers = cases.map((c) => Number(/民诉前调(\d+)号/.exec(c.caseNumber)![1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(5);
    expect(numbers.at(-1)! - numbers[0]!).toBe(4);
  });

  it("reports every invalid field at once", async () => {
    const error = await refusal(...DELEGATE, {
      ...delegation("330122260000018"),
      causeOfActionCode: "NOPE",
      mediatorName: " ",
      claims: [{ description: "租金", amount: "-12.00" }],
    });
    const fields = (error.extensions!.problems as { field: (string | number)[] }[]).map((p) => p.field.join("."));
    expect(fields).toEqual(
      expect.arrayContaining([
        "input.disputeCode",
        "input.causeOfActionCode",
        "input.mediatorName",
        "input.claims.0.amount",
      ]),
    );
    const malformed = await refusal(...DELEGATE, {
      ...delegation(await sentToCourt("330122")),
      claims: [{ description: "租金", amount: "12.345" }],
    });
    expect(malformed.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("links its dispute, so the court's queue shows the dispute's title in the same query", async () => {
    const mediation = await mutate(...DELEGATE, delegation(await sentToCourt("330122")));
    const { body } = await gql<{ courtCase: { dispute: { code: string; title: string } | null } }>(
      `query ($id: ID!) { courtCase(id: $id) { dispute { code title } } }`,
      { id: mediation.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.courtCase.dispute).toEqual({ code: mediation.disputeCode, title: expect.any(String) });
  });
});

describe("litigation: a case only on a dispute the registry sent to the court", () => {
  const lawsuit = (disputeCode: string) => ({
    disputeCode,
    causeOfActionCode: "PRIVATE_LENDING",
    parties: [
      { role: "PLAINTIFF", kind: "PERSON", name: "方志强" },
      { role: "DEFENDANT", kind: "PERSON", name: "钱小军" },
    ],
    claims: [{ description: "归还借款", amount: "30000" }],
  });
  /** The court's two ways to open a case on a dispute it does not yet hold. */
  const openings = (disputeCode: string) =>
    [
      [
        "delegatePreFilingMediation",
        "DelegatePreFilingMediationInput!",
        {
          ...lawsuit(disputeCode),
          mediatorKind: "MEDIATION_COMMITTEE",
          mediatorBody: "桐庐县人民调解委员会",
          mediatorName: "孙国平",
        },
      ],
      ["fileCourtCase", "FileCourtCaseInput!", { ...lawsuit(disputeCode), trialProcedure: "SMALL_CLAIMS" }],
    ] as const;

  async function refusedOn(disputeCode: string, reason: string): Promise<void> {
    for (const [field, inputType, input] of openings(disputeCode)) {
      const error = await refusal(field, inputType, input);
      expect(error.extensions, field).toMatchObject({ code: "INVALID_STATE", reason, disputeCode });
      expect(String(error.extensions!.messageZh), field).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await casesOfDispute(disputeCode)).totalCount).toBe(0);
  }

  /**
   * The court reads the registry's feed in the background, and at once only for a code it holds no notice on:
   * a refusal for a code never registered makes it read everything sent so far, so a later notice on a code it
   * already holds (a closure, a recall) is in its inbox before the next attempt, whatever the background did.
   */
  const courtHasReadTheFeed = () => refusedOn(freshCode("330122"), "NOT_SENT_HERE");

  const handOffToCourt = async (code: string): Promise<string> => {
    const { body } = await gql<{ handOffDispute: { id: string } }>(
      `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: LITIGATION, reason: "调解不成，当事人坚持起诉" }) { id } }`,
      { code },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.handOffDispute.id;
  };

  it("refuses a code the registry never registered", async () => {
    await refusedOn(freshCode("330122"), "NOT_SENT_HERE");
  });

  it("refuses a dispute the registry dispatched to another department", async () => {
    await refusedOn(await registeredAndSentTo(gql, registration("330122"), "MEDIATION"), "NOT_SENT_HERE");
  });

  it("refuses a dispute closed at the registry after it was dispatched to the court", async () => {
    const code = await sentToCourt("330122");
    const { body } = await gql(
      `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: WITHDRAWN, result: "当事人撤回起诉意向，窗口办结" }) { status } }`,
      { code },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await courtHasReadTheFeed();
    await refusedOn(code, "CLOSED");
  });

  it("refuses a dispute whose hand-off to the court the court rejected", async () => {
    const code = await registeredAndSentTo(gql, registration("330122"), "MEDIATION");
    const handOff = await handOffToCourt(code);
    const { body } = await gql(
      `mutation ($id: ID!) { respondToHandOff(input: { id: $id, accept: false, reason: "不属于本院管辖" }) { status } }`,
      { id: handOff },
      await as(STAFF.litigation),
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    await courtHasReadTheFeed();
    await refusedOn(code, "RECALLED");
  });

  it("opens cases at once on a dispute dispatched to the court, and on one handed over to it", async () => {
    const dispatched = await sentToCourt("330122");
    for (const [field, inputType, input] of openings(dispatched)) await mutate(field, inputType, input);
    expect((await casesOfDispute(dispatched)).totalCount).toBe(2);

    const handedOver = await registeredAndSentTo(gql, registration("330122"), "MEDIATION");
    await handOffToCourt(handedOver);
    const [, [field, inputType, input]] = openings(handedOver);
    expect(await mutate(field, inputType, input)).toMatchObject({ status: "FILED", disputeCode: handedOver });
  });
});

// The queue is paged over the cases the first test files: in order even when the suite is shuffled.
describe("litigation: queues and the Putuo figures in miniature", { shuffle: false }, () => {
  // 嵊泗县 court: no other test files there, so the counts are this file's alone.
  const courtRegionCode = "330922";
  const since = chinaDate(Date.now());
  // The court of 嵊泗 is not in the demo directory: its administrator adds its service centre, where the
  // applications of this block open (once per system: the directory keeps a name once).
  beforeAll(async () => {
    const { body } = await gql<{ courtBodies: { id: string }[] }>(
      `query { courtBodies(filter: { courtCode: "浙0922" }) { id } }`,
      {},
    );
    if (body.data!.courtBodies.length > 0) return;
    const { body: added } = await gql(
      `mutation { addCourtBody(input: { name: "嵊泗县人民法院诉讼服务中心", kind: LITIGATION_SERVICE_CENTRE, regionCode: "330922" }) { id } }`,
      {},
      await as(directoryAdministrator("litigation")),
    );
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
  });

  it("counts confirmed agreements, the performed and the enforced (Putuo 2018: 207 / 187 / 20, here 5 / 4 / 1)", async () => {
    const confirmed: Case[] = [];
    for (let i = 0; i < 5; i++)
      confirmed.push(await confirmAgreement(await settled(), { courtRegionCode, online: i % 2 === 0 }));
    for (const c of confirmed.slice(0, 4)) {
      const performed = await mutate("recordCourtPerformance", "RecordCourtPerformanceInput!", { caseId: c.id });
      expect(performed.judicialConfirmation!.performance).toBe("PERFORMED");
    }
    // One agreement, one performance: the committee's record follows the court's (relayed by the registry).
    const committeeRecord = (id: string) => async () =>
      (
        await gql<{ mediationAgreement: { performanceStatus: string; eligibleForJudicialRemedy: boolean } }>(
          `query ($id: ID!) { mediationAgreement(id: $id) { performanceStatus eligibleForJudicialRemedy } }`,
          { id },
        )
      ).body.data?.mediationAgreement;
    await expect
      .poll(committeeRecord(confirmed[0]!.judicialConfirmation!.agreement.id), { timeout: 20_000, interval: 200 })
      .toEqual({ performanceStatus: "PERFORMED", eligibleForJudicialRemedy: false });
    expect(await committeeRecord(confirmed[4]!.judicialConfirmation!.agreement.id)()).toMatchObject({
      performanceStatus: "DUE",
    });
    const enforcement = await mutate(...ENFORCE, { basisCaseId: confirmed[4]!.id });
    expect(enforcement.caseNumber).toBe(`(${chinaYear(enforcement.filedAt)})浙0922执1号`);
    const performedTwice = await refusal("recordCourtPerformance", "RecordCourtPerformanceInput!", {
      caseId: confirmed[0]!.id,
    });
    expect(performedTwice.extensions).toMatchObject({ code: "INVALID_STATE", reason: "ALREADY_PERFORMED" });

    const { body } = await gql<{ judicialConfirmationStatistics: Record<string, number> }>(
      `query ($court: String, $from: LocalDate) { judicialConfirmationStatistics(courtCode: $court, from: $from) { applied confirmed performed enforced pendingPerformance refused } }`,
      { court: "浙0922", from: since },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.judicialConfirmationStatistics).toEqual({
      applied: 5,
      confirmed: 5,
      performed: 4,
      enforced: 1,
      pendingPerformance: 0,
      refused: 0,
    });
  });

  it("pages the queue by cursor, filtered and sorted", async () => {
    const query = /* GraphQL */ `
      query ($f: CourtCaseFilter, $after: String, $sort: CourtCaseSort) {
        courtCases(first: 2, after: $after, filter: $f, sort: $sort) {
          totalCount
          edges {
            cursor
            node {
              caseNumber
              online
              status
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `;
    type Page = {
      courtCases: {
        totalCount: number | null;
        edges: { node: { caseNumber: string; online: boolean; status: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const filter = { courtCode: "浙0922", procedures: ["JUDICIAL_CONFIRMATION"], from: since };
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { body }: { body: { data?: Page | null; errors?: unknown } } = await gql<Page>(query, { f: filter, after });
      expect(body.errors).toBeUndefined();
      const connection: Page["courtCases"] = body.data!.courtCases;
      expect(connection.totalCount).toBe(5);
      seen.push(...connection.edges.map((e) => e.node.caseNumber));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const oldestFirst = await gql<Page>(query, { f: filter, sort: "FILED_AT_ASC" });
    expect(oldestFirst.body.data!.courtCases.edges.map((e) => e.node.caseNumber)).toEqual(seen.slice(-2).reverse());

    const beforeToday = await gql<Page>(query, { f: { ...filter, from: null, to: chinaDaysAgo(1) } });
    expect(beforeToday.body.data!.courtCases.totalCount).toBe(0);
    const online = await gql<Page>(query, { f: { ...filter, online: true } });
    expect(online.body.data!.courtCases.totalCount).toBe(3);
    const overdue = await gql<Page>(query, { f: { courtCode: "浙0922", overdue: true } });
    expect(overdue.body.data!.courtCases).toMatchObject({ edges: [], totalCount: 0 });
    const notOverdue = await gql<Page>(query, { f: { courtCode: "浙0922", overdue: false, statuses: ["ENFORCING"] } });
    expect(notOverdue.body.data!.courtCases.edges.map((e) => e.node.status)).toEqual(["ENFORCING"]);
    // Counted as the filter keeps them, clocks included.
    expect(notOverdue.body.data!.courtCases.totalCount).toBe(1);
  });

  it("lists the causes of action in force with their list version", async () => {
    const { body } = await gql<{
      causesOfAction: {
        code: string;
        name: string;
        listVersion: string;
        listEffectiveFrom: string;
        excludedFromConfirmation: boolean;
      }[];
    }>(`{ causesOfAction { code name listVersion listEffectiveFrom excludedFromConfirmation } }`);
    expect(body.data!.causesOfAction).toContainEqual({
      code: "DIVORCE",
      name: "离婚纠纷",
      listVersion: "2020",
      listEffectiveFrom: "2021-01-01",
      excludedFromConfirmation: true,
    });
  });
});

describe("litigation: one performance, whichever body records it", () => {
  const STATISTICS = `query ($court: String, $from: LocalDate) { judicialConfirmationStatistics(courtCode: $court, from: $from) { confirmed performed pendingPerformance } }`;
  const statistics = async (from: string) => {
    const { body } = await gql<{ judicialConfirmationStatistics: Record<string, number> }>(STATISTICS, {
      court: "浙0903",
      from,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.judicialConfirmationStatistics;
  };

  it("counts an agreement the committee found performed as performed, and refuses to enforce it", async () => {
    const from = chinaDate(Date.now());
    const before = await statistics(from);
    const confirmed = await confirmAgreement(await settled());
    const agreementId = confirmed.judicialConfirmation!.agreement.id;
    const { body: followUp } = await gql(
      `mutation ($input: RecordPerformanceFollowUpInput!) { recordPerformanceFollowUp(input: $input) { performanceStatus } }`,
      { input: { agreementId, status: "PERFORMED", notes: "回访：船东已将款项转入申请人账户，申请人确认收到。" } },
    );
    expect(followUp.errors).toBeUndefined();
    // The registry relays the committee's finding to the court.
    await expect
      .poll(
        async () =>
          (
            await gql<{ courtCase: { judicialConfirmation: { performance: string } } }>(
              `query ($id: ID!) { courtCase(id: $id) { judicialConfirmation { performance } } }`,
              { id: confirmed.id },
            )
          ).body.data?.courtCase.judicialConfirmation.performance,
        { timeout: 20_000, interval: 200 },
      )
      .toBe("PERFORMED");

    const enforce = await refusal(...ENFORCE, { basisCaseId: confirmed.id });
    expect(enforce.extensions).toMatchObject({ code: "INVALID_STATE", reason: "ALREADY_PERFORMED" });
    expect(enforce.extensions?.messageZh).toContain("调解组织回访已确认");
    expect(await statistics(from)).toEqual({
      confirmed: before.confirmed! + 1,
      performed: before.performed! + 1,
      pendingPerformance: before.pendingPerformance,
    });
  });
});

describe("litigation: the court's steps on the registry's timeline (统一归集)", () => {
  interface TimelineEvent {
    source: string;
    type: string;
    summary: string;
    occurredAt: string;
    recordId: string | null;
  }

  const timeline = async (code: string): Promise<TimelineEvent[]> => {
    const steps = await timelineOf<TimelineEvent>(gql, code, "source type summary occurredAt recordId");
    return (steps ?? []).filter((e) => e.source === "LITIGATION");
  };

  it("lists pre-filing mediation, filing, judgment and performance in order for the dispute", async () => {
    const disputeCode = await registerDispute(gql, {
      title: "厂房租金拖欠纠纷",
      description:
        "纺织公司诉称承租人拖欠厂房租金十八万余元，经协商未果，起诉至桐庐县人民法院，法院登记后委派诉前调解。",
      category: "合同",
      region: "330122",
      amountInvolved: "186000.50",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "徐建明", residentId: residentId(), phone: "138 5712 3456" }],
    });
    await sentTo(gql, disputeCode, "LITIGATION");

    const mediation = await mutate("delegatePreFilingMediation", "DelegatePreFilingMediationInput!", {
      disputeCode,
      causeOfActionCode: "PREMISES_LEASE",
      parties: [
        { role: "PLAINTIFF", kind: "ORGANISATION", name: "桐庐某纺织有限公司" },
        { role: "DEFENDANT", kind: "PERSON", name: "徐建明" },
      ],
      claims: [{ description: "支付拖欠厂房租金", amount: "186000.50" }],
      mediatorKind: "MEDIATION_COMMITTEE",
      mediatorBody: "桐庐县商事人民调解委员会",
      mediatorName: "孙国平",
    });
    const filed = await mutate("fileAfterFailedPreFilingMediation", "FileAfterFailedPreFilingMediationInput!", {
      caseId: mediation.id,
      trialProcedure: "SIMPLIFIED",
    });
    await refusal("fileAfterFailedPreFilingMediation", "FileAfterFailedPreFilingMediationInput!", {
      caseId: mediation.id,
      trialProcedure: "SIMPLIFIED",
    });
    await mutate("recordJudgment", "RecordJudgmentInput!", { caseId: filed.id });
    await mutate("recordCourtPerformance", "RecordCourtPerformanceInput!", { caseId: filed.id });

    await expect
      .poll(async () => (await timeline(disputeCode)).map((e) => [e.type, e.recordId]), {
        timeout: 15_000,
        interval: 250,
      })
      // The timeline names records by their own keys, as departments stored them.
      .toEqual([
        ["PRE_FILING_MEDIATION_DELEGATED", recordKey(mediation.id)],
        ["PRE_FILING_MEDIATION_FAILED", recordKey(mediation.id)],
        ["CASE_FILED", recordKey(filed.id)],
        ["JUDGMENT_RECORDED", recordKey(filed.id)],
        ["PERFORMANCE_RECORDED", recordKey(filed.id)],
      ]);
    const events = await timeline(disputeCode);
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(events.map((e) => e.summary)).toEqual([
      `法院委派人民调解委员会开展诉前调解（${mediation.caseNumber}）`,
      `诉前调解不成，依法转入立案（${mediation.caseNumber}）`,
      `法院立案受理，适用简易程序（${filed.caseNumber}）`,
      `法院作出一审判决（${filed.caseNumber}）`,
      `生效判决已履行完毕（${filed.caseNumber}）`,
    ]);
  });

  it("shows the seeded island story's confirmation on its timeline", async () => {
    await expect
      .poll(async () => (await timeline("330903260000011")).map((e) => e.type), { timeout: 15_000, interval: 250 })
      .toEqual([
        "JUDICIAL_CONFIRMATION_FILED",
        "JUDICIAL_CONFIRMATION_CONSENTED",
        "JUDICIAL_CONFIRMATION_CONSENTED",
        "JUDICIAL_CONFIRMATION_APPLIED",
        "JUDICIAL_CONFIRMATION_ACCEPTANCE_DECIDED",
        "JUDICIAL_CONFIRMATION_RULED",
        "PERFORMANCE_RECORDED",
      ]);
  });
});

describe("litigation: access to court cases", () => {
  const wang = { name: "王海军", residentId: residentId({ region: "330903" }) };
  const chen = { name: "陈阿福", residentId: residentId({ region: "330903" }) };
  const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;
  const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;
  const errorsOf = (body: { errors?: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
    (body.errors ?? []).map((e) => [e.path?.join("."), e.extensions?.code]);

  interface PartyView {
    name: string;
    idNumber: string | null;
    idNumberFull: string | null;
    partyId: string | null;
    party: { id: string } | null;
  }
  interface View {
    id: string;
    caseNumber: string;
    status: string;
    filedAt: string;
    parties: PartyView[];
    claims: { description: string | null; amount: string | null }[];
    judicialConfirmation: { reason: string | null; enforceable: boolean } | null;
  }
  const VIEW = `id caseNumber status filedAt parties { name idNumber idNumberFull partyId party { id } } claims { description amount } judicialConfirmation { reason enforceable }`;
  const readAs = async (id: string, headers: Record<string, string>) =>
    gql<{ courtCase: View | null }>(`query ($id: ID!) { courtCase(id: $id) { ${VIEW} } }`, { id }, headers);

  /** The pair's joint application with both ID numbers, as the court clerk registers it. */
  const pairParties = [
    { role: "APPLICANT", kind: "PERSON", name: wang.name, idNumber: wang.residentId },
    { role: "APPLICANT", kind: "PERSON", name: chen.name, idNumber: chen.residentId },
  ];
  const applied = async () => mutate(...APPLY, confirmationInput(await settled(), { parties: pairParties }));

  it("shows a party their own case in full (their ID number only on request, audited) and refuses it to another resident", async () => {
    const filed = await applied();
    const { body } = await readAs(filed.id, await as(resident(wang.residentId)));
    // The other party's full ID number is not theirs to read.
    expect(errorsOf(body)).toEqual([["courtCase.parties.1.idNumberFull", "FORBIDDEN"]]);
    const own = body.data!.courtCase!;
    expect(own.parties[0]).toEqual({
      name: "王海军",
      idNumber: masked(wang.residentId),
      idNumberFull: wang.residentId,
      partyId: nodeId("Party", partyIdOf({ residentId: wang.residentId })),
      party: { id: nodeId("Party", partyIdOf({ residentId: wang.residentId })) },
    });
    expect(own.parties[1]).toMatchObject({ name: "陈**", idNumber: masked(chen.residentId), idNumberFull: null });
    expect(own.claims[0]!.description).toBe("确认调解协议有效：陈阿福支付王海军船员劳务费");

    // 我的纠纷: the registry's party, extended with the court's cases.
    const { body: me } = await gql<{ me: { courtCases: { edges: { node: { id: string } }[] } } }>(
      `{ me { courtCases(first: 100) { edges { node { id } } } } }`,
      {},
      await as(resident(wang.residentId)),
    );
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.courtCases.edges.map((e) => e.node.id)).toContain(filed.id);

    const stranger = await as(resident(residentId({ region: "330903" })));
    const refused = await readAs(filed.id, stranger);
    expect(codeOf(refused.body)).toBe("FORBIDDEN");
    expect(refused.body.data?.courtCase ?? null).toBeNull();
    const { body: theirs } = await gql<{ me: { courtCases: { edges: { node: { id: string } }[] } } }>(
      `{ me { courtCases(first: 100) { edges { node { id } } } } }`,
      {},
      stranger,
    );
    expect(theirs.data!.me.courtCases.edges.map((e) => e.node.id)).not.toContain(filed.id);
  });

  it("gives the seeded island case to 王海军 under the registry's party id", async () => {
    const { body } = await gql<{ courtCaseByNumber: { parties: { name: string; partyId: string }[] } }>(
      `{ courtCaseByNumber(caseNumber: "(2026)浙0903民特45号") { parties { name partyId } } }`,
      {},
      await as(resident("33090319780923401X")),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.courtCaseByNumber.parties[0]).toEqual({
      name: "王海军",
      partyId: nodeId("Party", partyIdOf({ residentId: "33090319780923401X" })),
    });
    expect(body.data!.courtCaseByNumber.parties[1]!.name).toBe("陈**");
  });

  it("shows a mediator a summary: case number, stage and dates, no claims' text, no party identifiers", async () => {
    const filed = await applied();
    await mutate(...DECIDE, { caseId: filed.id, granted: false, reason: "调解协议内容违反法律强制性规定" });
    const { body } = await readAs(filed.id, await as(STAFF.mediation));
    expect(errorsOf(body)).toEqual([
      ["courtCase.parties.0.idNumberFull", "FORBIDDEN"],
      ["courtCase.parties.1.idNumberFull", "FORBIDDEN"],
    ]);
    const summary = body.data!.courtCase!;
    expect(summary).toMatchObject({
      caseNumber: filed.caseNumber,
      status: "NOT_ACCEPTED",
      judicialConfirmation: { reason: null, enforceable: false },
    });
    expect(Date.parse(summary.filedAt)).not.toBeNaN();
    expect(summary.claims).toEqual([{ description: null, amount: "42000.00" }]);
    expect(summary.parties).toEqual([
      { name: "王**", idNumber: null, idNumberFull: null, partyId: null, party: null },
      { name: "陈**", idNumber: null, idNumberFull: null, partyId: null, party: null },
    ]);
    for (const id of [wang.residentId, masked(wang.residentId), partyIdOf({ residentId: wang.residentId })])
      expect(JSON.stringify(summary)).not.toContain(id);
    // The court's queue is the court's: other departments' staff are refused it.
    const { body: queue } = await gql(`{ courtCases(first: 1) { totalCount } }`, {}, await as(STAFF.mediation));
    expect(codeOf(queue)).toBe("FORBIDDEN");
  });

  it("lets the court clerk read the full ID numbers, audited, and an auditor read back what was read and done", async () => {
    const filed = await applied();
    const { body } = await gql<{ courtCase: { parties: { idNumberFull: string }[] } }>(
      `query ($id: ID!) { courtCase(id: $id) { parties { idNumberFull } } }`,
      { id: filed.id },
      await as(STAFF.litigation),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.courtCase.parties.map((p) => p.idNumberFull)).toEqual([wang.residentId, chen.residentId]);

    type Entry = { action: string; entity: string; entityId: string | null; fields: string[]; roles: string[] };
    const entries = await auditEntries<Entry>(
      gql,
      "litigation",
      { entityId: recordKey(filed.id) },
      `action entity entityId fields roles`,
    );
    expect(entries.filter((e) => e.action === "READ_PERSONAL_DATA")).toEqual([
      {
        action: "READ_PERSONAL_DATA",
        entity: "CourtCase",
        entityId: recordKey(filed.id),
        fields: ["residentId"],
        roles: ["courtClerk"],
      },
      {
        action: "READ_PERSONAL_DATA",
        entity: "CourtCase",
        entityId: recordKey(filed.id),
        fields: ["residentId"],
        roles: ["courtClerk"],
      },
    ]);
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: "applyForJudicialConfirmation",
        entity: "CourtCase",
        roles: ["courtClerk"],
        fields: expect.arrayContaining(["disputeCode", "parties", "agreementId"]),
      }),
    );
    // The log says what was read, never the value.
    expect(JSON.stringify(entries)).not.toContain(wang.residentId);
    const AUDIT = `{ auditLog { litigation(first: 1) { edges { node { action } } } } }`;
    const { body: notAuditor } = await gql(AUDIT, {}, await as(STAFF.litigation));
    expect(codeOf(notAuditor)).toBe("FORBIDDEN");
  });

  it("refuses anonymous callers and cockpit viewers, and the court's steps to a mediator and to a party", async () => {
    const filed = await applied();
    for (const caller of [null, COCKPIT_VIEWER]) {
      const { body } = await readAs(filed.id, await as(caller));
      expect(codeOf(body)).toBe(refusalFor(caller));
      expect(body.data?.courtCase ?? null).toBeNull();
    }
    for (const caller of [STAFF.mediation, resident(wang.residentId)]) {
      const { body } = await gql(
        `mutation ($v: DecideJudicialConfirmationAcceptanceInput!) { decideJudicialConfirmationAcceptance(input: $v) { status } }`,
        { v: { caseId: filed.id, granted: true } },
        await as(caller),
      );
      expect(codeOf(body)).toBe("FORBIDDEN");
    }
    const { body } = await readAs(filed.id, await as(STAFF.litigation));
    expect(body.data!.courtCase!.status).toBe("APPLIED");
  });

  it("lets a party apply for judicial confirmation themself (移动微法院), and nobody for others", async () => {
    const input = confirmationInput(await settled(), { parties: pairParties });
    const APPLY_QUERY = `mutation ($v: ApplyForJudicialConfirmationInput!) { applyForJudicialConfirmation(input: $v) { id status parties { name } } }`;
    const { body } = await gql<{
      applyForJudicialConfirmation: { id: string; status: string; parties: { name: string }[] };
    }>(APPLY_QUERY, { v: input }, await as(resident(chen.residentId)));
    expect(body.errors).toBeUndefined();
    expect(body.data!.applyForJudicialConfirmation).toMatchObject({
      status: "APPLIED",
      parties: [{ name: "王**" }, { name: "陈阿福" }],
    });

    const forOthers = confirmationInput(await settled(), { parties: pairParties });
    const { body: refused } = await gql(
      APPLY_QUERY,
      { v: forOthers },
      await as(resident(residentId({ region: "330903" }))),
    );
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect((await casesOfDispute(forOthers.disputeCode)).totalCount).toBe(0);
  });

  it("takes the other party's own consent before the court accepts an application one party filed", async () => {
    const filedBy = await as(resident(chen.residentId));
    const { body } = await gql<{ r: { id: string } }>(
      `mutation ($v: ${APPLY[1]}) { r: ${APPLY[0]}(input: $v) { id } }`,
      { v: confirmationInput(await settled(), { parties: pairParties }) },
      filedBy,
    );
    expect(body.errors).toBeUndefined();
    const caseId = body.data!.r.id;
    // 陈阿福 consented by filing; 王海军 has not: the court cannot accept yet.
    const early = await refusal(...DECIDE, { caseId, granted: true });
    expect(early.extensions).toMatchObject({ code: "INVALID_STATE", reason: "CONSENT_MISSING" });

    const wangSignedIn = await as(resident(wang.residentId));
    const CONSENT_QUERY = `mutation ($v: ${CONSENT[1]}) { r: ${CONSENT[0]}(input: $v) {
      judicialConfirmation { joint consents { channel recorder party { name } } } } }`;
    const { body: read } = await gql<{ courtCase: { parties: { id: string; name: string }[] } }>(
      `query ($id: ID!) { courtCase(id: $id) { parties { id name } } }`,
      { id: caseId },
      wangSignedIn,
    );
    const [own, other] = read.data!.courtCase.parties;
    expect([own!.name, other!.name]).toEqual(["王海军", "陈**"]);
    // Nobody consents for another party.
    const { body: forOther } = await gql(
      CONSENT_QUERY,
      { v: { caseId, casePartyId: other!.id, channel: "ONLINE" } },
      wangSignedIn,
    );
    expect(codeOf(forOther)).toBe("FORBIDDEN");
    const { body: consented } = await gql<{
      r: { judicialConfirmation: { joint: boolean; consents: { recorder: string; party: { name: string } }[] } };
    }>(CONSENT_QUERY, { v: { caseId, casePartyId: own!.id, channel: "ONLINE" } }, wangSignedIn);
    expect(consented.errors).toBeUndefined();
    expect(consented.data!.r.judicialConfirmation).toEqual({
      joint: true,
      consents: [
        { channel: "ONLINE", recorder: "PARTY", party: { name: "陈**" } },
        { channel: "ONLINE", recorder: "PARTY", party: { name: "王海军" } },
      ],
    });
    expect((await mutate(...DECIDE, { caseId, granted: true })).status).toBe("ACCEPTED");
  });

  it("lets a party of the registered dispute reach its court case through the dispute, and nobody else", async () => {
    const plaintiff = { name: "徐建明", residentId: residentId() };
    const { body: registered } = await gql<{ registerDispute: { code: string } }>(
      `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
      {
        input: {
          title: "厂房租金拖欠纠纷",
          description: "承租人拖欠厂房租金十八万余元，协商未果，起诉至桐庐县人民法院，法院登记后委派诉前调解。",
          category: "合同",
          region: "330122",
          amountInvolved: "186000.50",
          channel: "WALK_IN",
          parties: [{ kind: "PERSON", name: plaintiff.name, residentId: plaintiff.residentId, phone: "138 5712 3456" }],
        },
      },
    );
    expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
    const code = registered.data!.registerDispute.code;
    await sentTo(gql, code, "LITIGATION");
    // The court holds no ID numbers here: the registry's parties of the dispute are what lets the resident in.
    const mediation = await mutate("delegatePreFilingMediation", "DelegatePreFilingMediationInput!", {
      disputeCode: code,
      causeOfActionCode: "PREMISES_LEASE",
      parties: [
        { role: "PLAINTIFF", kind: "PERSON", name: plaintiff.name },
        { role: "DEFENDANT", kind: "PERSON", name: "钱小军" },
      ],
      claims: [{ description: "支付拖欠厂房租金", amount: "186000.50" }],
      mediatorKind: "MEDIATION_COMMITTEE",
      mediatorBody: "桐庐县商事人民调解委员会",
      mediatorName: "孙国平",
    });
    const QUERY = `query ($code: ID!) { dispute(code: $code) { courtCases { id claims { description } parties { name } } } }`;
    type Answer = {
      dispute: {
        courtCases: { id: string; claims: { description: string | null }[]; parties: { name: string }[] }[];
      } | null;
    };
    const { body } = await gql<Answer>(QUERY, { code }, await as(resident(plaintiff.residentId)));
    expect(body.errors).toBeUndefined();
    // Their case in full, but no party row proves who is who: names stay masked.
    expect(body.data!.dispute!.courtCases).toEqual([
      {
        id: mediation.id,
        claims: [{ description: "支付拖欠厂房租金" }],
        parties: [{ name: "徐**" }, { name: "钱**" }],
      },
    ]);

    const { body: stranger } = await gql<Answer>(QUERY, { code }, await as(resident(residentId())));
    expect(stranger.data?.dispute?.courtCases ?? []).toEqual([]);
    expect(codeOf(stranger)).toBe("FORBIDDEN");
  });
});
