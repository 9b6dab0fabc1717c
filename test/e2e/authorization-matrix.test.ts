// Who may see what, as one table: for every role and every operation of interest, the outcome
// through the gateway on one story seeded below. The expectations come from the access rules
// (shared/src/auth/policy.ts and docs/access.md), not from what a subgraph happens to do. When every cell
// holds, the table is docs/access.md's authorization matrix: the test compares it with that section
// between the matrix markers and rewrites that section with UPDATE_MATRIX=1.
import { randomInt, randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { sharedGateway, type GraphQLResponse } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { AUDITOR, COCKPIT_VIEWER, COMMANDER, as, resident, within, type Caller } from "../support/callers.js";
import { chinaDaysAgo } from "../support/calendar.js";
import { auditEntries } from "../support/audit.js";
import { settledDispute } from "../support/agreement.js";
import { nodeId } from "@onedoor/shared/graphql/node-id";
import { demoMemberUnitId } from "@onedoor/shared/demo/member-units";

const gql = sharedGateway(inject("gatewayUrl"));
const MATRIX_DOC = resolve(import.meta.dirname, "../../docs/access.md");
const MATRIX_SECTION = /(<!-- authorization-matrix:start -->\n)[\s\S]*?(<!-- authorization-matrix:end -->)/;

// ---------------------------------------------------------------------------------------------------
// Roles: one caller each. Staff hold exactly one role, bound to their department.

const ROLES = [
  "anonymous",
  "resident-party",
  "resident-stranger",
  "intakeClerk",
  "petitionsOfficer",
  "mediator",
  "mediator-other-committee",
  "mediator-other-county",
  "arbitrator",
  "arbitrator-other-county",
  "courtClerk",
  "legalAidOfficer",
  "commander",
  "commander-other-county",
  "cockpitViewer",
  "auditor",
] as const;
type Role = (typeof ROLES)[number];

/** The worker the story is about (a party), a co-worker (the other party) and a resident with no part in it. */
const WORKER = { name: "韩秀梅", residentId: residentId(), phone: "13867142251" };
const CO_WORKER = { name: "黄建新", residentId: residentId(), phone: "13757106683" };
const STRANGER = { name: "朱伟东", residentId: residentId(), phone: "13588230417" };
const EMPLOYER = { name: "桐庐某电子元件有限公司", creditCode: "91330122MA2H3K7P50", legalRepresentative: "邵国良" };

const staff = (role: Caller["roles"][number], department: NonNullable<Caller["department"]>): Caller => ({
  roles: [role],
  department,
  sub: `matrix-${role}`,
});
const CALLERS: Record<Role, Caller | null> = {
  anonymous: null,
  "resident-party": resident(WORKER.residentId),
  "resident-stranger": resident(STRANGER.residentId),
  intakeClerk: staff("intakeClerk", "petitions"),
  petitionsOfficer: staff("petitionsOfficer", "petitions"),
  mediator: staff("mediator", "mediation"),
  // Same role, other body: a committee of the story's county the story was never sent to; other county: 普陀区.
  "mediator-other-committee": within(staff("mediator", "mediation"), "330122", "桐庐县联合人民调解委员会"),
  "mediator-other-county": within(staff("mediator", "mediation"), "330903", "普陀区劳动争议人民调解委员会"),
  arbitrator: staff("arbitrator", "arbitration"),
  "arbitrator-other-county": within(staff("arbitrator", "arbitration"), "330903"),
  courtClerk: staff("courtClerk", "litigation"),
  legalAidOfficer: staff("legalAidOfficer", "legal-aid"),
  commander: COMMANDER,
  "commander-other-county": within(COMMANDER, "330903"),
  cockpitViewer: COCKPIT_VIEWER,
  auditor: AUDITOR,
};

// ---------------------------------------------------------------------------------------------------
// Outcomes.

/**
 * - allow: answered in full (for a personal field: the unmasked value);
 * - masked: answered, the personal value masked (330122********123X, 张*);
 * - summary: another department's view: status and dates, personal data masked, narratives null;
 * - deny: a refusal on the field (UNAUTHENTICATED for the anonymous caller, FORBIDDEN for the others), the
 *   rest of the answer unaffected;
 * - null: answered with null (no such record);
 * - omitted: a list answered without the record (another body's or county's).
 */
type Outcome = "allow" | "masked" | "summary" | "deny" | "null" | "omitted";
interface Observation {
  outcome: string;
  detail?: unknown;
  /** The code of a deny: UNAUTHENTICATED or FORBIDDEN. */
  refusedWith?: string;
}

const REFUSALS = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);
const refusalIn = (errors: readonly { extensions?: Record<string, unknown> }[]) =>
  errors.map((e) => e.extensions?.code).find((code): code is string => REFUSALS.has(code as string));
const MASKED_ID = /^\d{6}\*+\d{3}[\dX]$/;
const isMaskedName = (value: unknown, full: string) =>
  typeof value === "string" && value !== full && value.startsWith(full[0]!) && value.includes("*");

/** An outcome from a response: a refusal is deny, any other error is reported as is, else `read` decides. */
function observe(body: GraphQLResponse["body"], read: (data: Record<string, any>) => string): Observation {
  const refusedWith = refusalIn(body.errors ?? []);
  if (refusedWith) return { outcome: "deny", refusedWith };
  if (body.errors?.length)
    return {
      outcome: `error ${body.errors.map((e) => e.extensions?.code ?? e.message).join(",")}`,
      detail: body.errors,
    };
  return { outcome: read(body.data ?? {}), detail: body.data };
}

/**
 * For a full-value field: the value, or deny when the field (or the record holding it) is refused.
 * Errors on sibling fields (another party's value in the same list) do not count.
 */
function observeField(
  body: GraphQLResponse["body"],
  path: (string | number)[],
  full: string,
  read: (data: Record<string, any>) => unknown,
): Observation {
  const onPath = (body.errors ?? []).filter((e) => e.path && e.path.every((segment, i) => segment === path[i]));
  if (onPath.length)
    return onPath.every((e) => REFUSALS.has(e.extensions?.code as string))
      ? { outcome: "deny", refusedWith: refusalIn(onPath), detail: onPath }
      : { outcome: "error", detail: onPath };
  const value = read(body.data ?? {});
  return {
    outcome: value === full ? "allow" : value === null || value === undefined ? "absent" : "other",
    detail: value,
  };
}

// ---------------------------------------------------------------------------------------------------
// The story: six weeks' wages unpaid; joint mediation fails; the worker applies for arbitration (which
// leads now), gets legal aid, and sues the labour-service company that placed her.

interface Story {
  code: string;
  mediationCaseId: string;
  mediationFailure: string;
  arbitrationCaseId: string;
  courtCaseId: string;
  legalAidCaseId: string;
  description: string;
  committeeId: string;
  /** An open mediation case of PICKER's, whose pickable experts each role asks for. */
  choosingCaseId?: string;
}
const story = {} as Story;

const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: randomInt(600_000, 1_000_000) });

/**
 * A new dispute the registry sent to `to`: a department opens cases only on those, so a role the rule allows
 * must be shown doing so on one (each run its own, as a case opened by one role must not stand in another's way).
 * To mediation, a wage matter sent to the story's labour committee (a committee accepts only what was sent to it);
 * to arbitration, a wage matter too (a commission takes labour disputes only).
 */
const sentCode = async (to: "MEDIATION" | "ARBITRATION" | "LITIGATION" | "LEGAL_AID"): Promise<string> => {
  const wages = to === "MEDIATION" || to === "ARBITRATION";
  const { registerDispute } = await asDefault<{ registerDispute: { code: string } }>(
    `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
    {
      input: {
        ...(wages
          ? {
              title: "装修工人工资纠纷",
              description: "申请人为邻居店面装修做工二十天，约定工钱三万元，完工后多次催讨未果。",
              category: "劳动争议",
            }
          : {
              title: "邻里借款纠纷",
              description: "申请人借给邻居三万元用于店面装修，约定半年归还，到期后多次催讨未果。",
              category: "民间借贷",
            }),
        region: "330122",
        amountInvolved: "30000",
        peopleInvolved: 2,
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", name: "俞海峰", residentId: residentId(), phone: "13758216604" }],
        respondents: [{ kind: "PERSON", name: "潘志明" }],
      },
    },
  );
  await asDefault(
    `mutation ($code: ID!, $to: Department!, $bodyId: ID) { dispatchDispute(input: { code: $code, to: $to, bodyId: $bodyId, reason: "按当事人意愿派单" }) { code } }`,
    { code: registerDispute.code, to, bodyId: to === "MEDIATION" ? story.committeeId : null },
  );
  return registerDispute.code;
};

/**
 * A party may pick an expert (点单) only while the case is open, and the same expert once: each cell that picks
 * does so on an open mediation case of its own at the story's committee, of a new dispute of PICKER's (not the
 * worker's: an open mediation of hers would make her a party the committee handles, which the story's rows on
 * her do not expect). In those rows the party is PICKER.
 */
const PICKER = { name: "钟丽娟", residentId: residentId(), phone: "13958120736" };
const pickerOr = async (headers: Record<string, string>, role: Role) =>
  role === "resident-party" ? as(resident(PICKER.residentId)) : headers;
const pickerMediationCase = async (): Promise<string> => {
  const { registerDispute } = await asDefault<{ registerDispute: { code: string } }>(
    `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
    {
      input: {
        title: "装修工人加班费纠纷",
        description: "申请人为邻居店面装修做工，国庆期间加班五天，加班费一千八百元至今未付，申请劳动争议人民调解。",
        category: "劳动争议",
        region: "330122",
        amountInvolved: "1800",
        peopleInvolved: 1,
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", ...PICKER }],
        respondents: [{ kind: "PERSON", name: "潘志明" }],
      },
    },
  );
  await asDefault(
    `mutation ($code: ID!, $bodyId: ID) { dispatchDispute(input: { code: $code, to: MEDIATION, bodyId: $bodyId, reason: "按当事人意愿派单" }) { code } }`,
    { code: registerDispute.code, bodyId: story.committeeId },
  );
  const { acceptMediationCase } = await asDefault<{ acceptMediationCase: { id: string } }>(
    `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
    { input: { disputeCode: registerDispute.code, committeeId: story.committeeId, source: "DISPATCH" } },
  );
  return acceptMediationCase.id;
};

/** The story county's labour lawyer in the expert pool (demo data), whom a party of a wage dispute may pick. */
const labourExpertId = async (): Promise<string> => {
  const { experts } = await asDefault<{ experts: { edges: { node: { id: string; name: string } }[] } }>(
    `{ experts(first: 100, filter: { regionCode: "330122", specialty: "劳动争议", status: ACTIVE }) { edges { node { id name } } } }`,
  );
  return experts.edges.find((e) => e.node.name === "章晓东")!.node.id;
};

const asDefault = async <T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> => {
  const { body } = await gql<T>(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
};

/** Waits for the registry to apply a department's events (expect.poll works only inside a test). */
const until = (condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<boolean> =>
  vi.waitUntil(condition, { timeout: timeoutMs, interval: 250 });

async function seed(): Promise<void> {
  story.description =
    "申请人在某电子元件公司流水线工作，公司以订单减少为由拖欠六周工资，另由劳务公司派遣期间的劳务费未结清。";
  const { registerDispute } = await asDefault<{ registerDispute: { code: string } }>(
    `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
    {
      input: {
        title: "电子元件厂拖欠流水线工人工资",
        description: story.description,
        category: "劳动争议",
        region: "330122",
        amountInvolved: "11200",
        peopleInvolved: 2,
        channel: "WALK_IN",
        parties: [
          { kind: "PERSON", ...WORKER },
          { kind: "PERSON", ...CO_WORKER },
        ],
        respondents: [{ kind: "ORGANISATION", ...EMPLOYER }],
      },
    },
  );
  story.code = registerDispute.code;
  await asDefault(`mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`, {
    code: story.code,
  });

  const { committees } = await asDefault<{ committees: { edges: { node: { id: string; name: string } }[] } }>(
    `{ committees(first: 100) { edges { node { id name } } } }`,
  );
  story.committeeId = committees.edges.find((e) => e.node.name === "桐庐县劳动争议人民调解委员会")!.node.id;
  const { acceptMediationCase } = await asDefault<{ acceptMediationCase: { id: string } }>(
    `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
    {
      input: {
        disputeCode: story.code,
        committeeId: story.committeeId,
        source: "DISPATCH",
        sourceReference: "桐矛派〔2026〕1125-11",
      },
    },
  );
  story.mediationCaseId = acceptMediationCase.id;
  story.mediationFailure = "公司只同意支付一半工资，两名工人均要求劳动仲裁";
  await asDefault(`mutation ($input: FailMediationInput!) { failMediation(input: $input) { id } }`, {
    input: { caseId: story.mediationCaseId, reason: story.mediationFailure, suggestedNextStep: "ARBITRATION" },
  });
  await until(
    async () =>
      (
        await asDefault<{ dispute: { handOffs: { status: string }[] } }>(
          `query ($code: ID!) { dispute(code: $code) { handOffs { status } } }`,
          { code: story.code },
        )
      ).dispute.handOffs[0]?.status === "PENDING",
  );

  const { fileArbitrationApplication } = await asDefault<{ fileArbitrationApplication: { id: string } }>(
    `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id } }`,
    {
      input: {
        disputeCode: story.code,
        failedMediationId: story.mediationCaseId,
        applicants: [WORKER],
        respondent: EMPLOYER,
        claims: [
          {
            kind: "WAGE_ARREARS",
            description: "支付2026年10月至11月工资8400元",
            amount: "8400.00",
            knewOfInfringementOn: chinaDaysAgo(20),
          },
        ],
      },
    },
  );
  story.arbitrationCaseId = fileArbitrationApplication.id;
  await until(
    async () =>
      (
        await asDefault<{ dispute: { leadOwner: string } }>(
          `query ($code: ID!) { dispute(code: $code) { leadOwner } }`,
          { code: story.code },
        )
      ).dispute.leadOwner === "ARBITRATION",
  );

  // Legal aid and the court work beside arbitration, which leads: the registry refers the dispute to each.
  for (const [to, reason] of [
    ["LEGAL_AID", "农民工追索劳动报酬，转介法律援助"],
    ["LITIGATION", "劳务派遣期间劳务费另行起诉"],
  ])
    await asDefault(
      `mutation ($code: ID!, $to: Department!, $reason: String!) { referDispute(input: { code: $code, to: $to, reason: $reason }) { code } }`,
      { code: story.code, to, reason },
    );

  const { applyForLegalAid } = await asDefault<{ applyForLegalAid: { id: string } }>(
    `mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { id } }`,
    {
      input: {
        disputeCode: story.code,
        matter: "CLAIM_LABOUR_REMUNERATION",
        applicant: { ...WORKER, groups: ["MIGRANT_WORKER"] },
      },
    },
  );
  story.legalAidCaseId = applyForLegalAid.id;

  const { fileCourtCase } = await asDefault<{ fileCourtCase: { id: string } }>(
    `mutation ($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`,
    {
      input: {
        disputeCode: story.code,
        causeOfActionCode: "LABOUR_SERVICE_CONTRACT",
        parties: [
          { role: "PLAINTIFF", kind: "PERSON", name: WORKER.name, idNumber: WORKER.residentId },
          { role: "DEFENDANT", kind: "ORGANISATION", name: "桐庐某劳务派遣有限公司" },
        ],
        claims: [{ description: "支付派遣期间劳务费", amount: "2800" }],
        trialProcedure: "SMALL_CLAIMS",
      },
    },
  );
  story.courtCaseId = fileCourtCase.id;
}

// ---------------------------------------------------------------------------------------------------
// Operations and their expected outcomes.

/** Everybody denied except the roles named. */
const only = (outcomes: Partial<Record<Role, Outcome>>): Record<Role, Outcome> =>
  Object.fromEntries(ROLES.map((role) => [role, outcomes[role] ?? "deny"])) as Record<Role, Outcome>;

const OTHER_STAFF = (except: Role[], outcome: Outcome): Partial<Record<Role, Outcome>> =>
  Object.fromEntries(
    (["intakeClerk", "petitionsOfficer", "mediator", "arbitrator", "courtClerk", "legalAidOfficer"] as Role[])
      .filter((r) => !except.includes(r))
      .map((r) => [r, outcome]),
  );

interface Operation {
  /** Row label in the table. */
  name: string;
  /** Why, in a few words (shown in the table). */
  rule: string;
  expected: Record<Role, Outcome>;
  run(headers: Record<string, string>, role: Role): Promise<Observation>;
  /** Full reads of personal data are audited: the department whose audit log must show them. */
  auditedIn?: "petitions" | "arbitration";
  /** Jurisdiction columns where they differ from the defaults (`withJurisdictionColumns`). */
  otherCommittee?: Outcome;
  /** The same role in another county (mediator, arbitrator, commander): what anyone sees, unless given. */
  otherCounty?: Outcome;
}

/**
 * The same role elsewhere: a mediator of another committee of the story's county sees what the story's
 * mediator sees of records that are not the committee's own; a mediator of another county what anyone sees.
 */
function withJurisdictionColumns(operations: Operation[]): Operation[] {
  return operations.map((op) => ({
    ...op,
    expected: {
      ...op.expected,
      "mediator-other-committee": op.otherCommittee ?? op.expected.mediator,
      "mediator-other-county": elsewhere(op, "mediator"),
      "arbitrator-other-county": elsewhere(op, "arbitrator"),
      "commander-other-county": elsewhere(op, "commander"),
    },
  }));
}

/** The same role in another county: what anyone sees, or what the operation says (where the role has it at all). */
function elsewhere(op: Operation, role: "mediator" | "arbitrator" | "commander"): Outcome {
  if (op.expected.anonymous === "allow") return "allow";
  if (op.expected[role] === "deny") return "deny";
  return op.otherCounty ?? "deny";
}

const request = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
  gql(query, variables, headers).then((r) => r.body);

const DISPUTE_PARTIES = `query ($code: ID!) { dispute(code: $code) { parties { name residentId residentIdFull } } }`;

// Who handles the seeded dispute: the registry (owner), arbitration (leads since it took the hand-off),
// the commander; the resident is a party. Mediation, the court and legal aid have records of their own
// on it but read the registry's record as a summary.
const DISPUTE_FULL: Partial<Record<Role, Outcome>> = {
  "resident-party": "allow",
  intakeClerk: "allow",
  petitionsOfficer: "allow",
  arbitrator: "allow",
  commander: "allow",
};

const OPERATIONS: Operation[] = withJurisdictionColumns([
  {
    name: "`dispute(code)`: code, status, dates",
    rule: "parties, every staff role (summary at least), commander",
    expected: only({ ...DISPUTE_FULL, ...OTHER_STAFF(["intakeClerk", "petitionsOfficer", "arbitrator"], "allow") }),
    run: async (headers) => {
      const body = await request(
        `query ($code: ID!) { dispute(code: $code) { code status registeredAt } }`,
        { code: story.code },
        headers,
      );
      return observe(body, (d) => (d.dispute?.code === story.code ? "allow" : "absent"));
    },
  },
  {
    name: "`dispute(code)`: description (facts)",
    rule: "narrative: null for summary readers",
    expected: only({ ...DISPUTE_FULL, ...OTHER_STAFF(["intakeClerk", "petitionsOfficer", "arbitrator"], "summary") }),
    run: async (headers) => {
      const body = await request(
        `query ($code: ID!) { dispute(code: $code) { description } }`,
        { code: story.code },
        headers,
      );
      return observe(body, (d) =>
        d.dispute?.description === story.description
          ? "allow"
          : d.dispute && d.dispute.description === null
            ? "summary"
            : "absent",
      );
    },
  },
  {
    name: "`dispute(code)`: another party's name",
    rule: "full for handlers; 张* for the other party and summary readers",
    expected: only({
      ...DISPUTE_FULL,
      "resident-party": "masked",
      ...OTHER_STAFF(["intakeClerk", "petitionsOfficer", "arbitrator"], "masked"),
    }),
    run: async (headers) => {
      const body = await request(
        `query ($code: ID!) { dispute(code: $code) { parties { name } } }`,
        { code: story.code },
        headers,
      );
      return observe(body, (d) => {
        const name = d.dispute?.parties?.[1]?.name;
        return name === CO_WORKER.name ? "allow" : isMaskedName(name, CO_WORKER.name) ? "masked" : "absent";
      });
    },
  },
  {
    name: "`dispute(code)`: party's `residentId`",
    rule: "masked for everybody who sees the dispute",
    expected: only({
      ...Object.fromEntries(Object.keys(DISPUTE_FULL).map((r) => [r, "masked"])),
      ...OTHER_STAFF(["intakeClerk", "petitionsOfficer", "arbitrator"], "masked"),
    }),
    run: async (headers) => {
      const body = await request(
        `query ($code: ID!) { dispute(code: $code) { parties { residentId } } }`,
        { code: story.code },
        headers,
      );
      return observe(body, (d) => {
        const value = d.dispute?.parties?.[0]?.residentId;
        return value === WORKER.residentId
          ? "allow"
          : typeof value === "string" && MASKED_ID.test(value)
            ? "masked"
            : "absent";
      });
    },
  },
  {
    name: "`dispute(code)`: own `residentIdFull`",
    rule: "handlers and the person themself; audited",
    expected: only(DISPUTE_FULL),
    auditedIn: "petitions",
    run: async (headers) =>
      observeField(
        await request(DISPUTE_PARTIES, { code: story.code }, headers),
        ["dispute", "parties", 0, "residentIdFull"],
        WORKER.residentId,
        (d) => d.dispute?.parties?.[0]?.residentIdFull,
      ),
  },
  {
    name: "`dispute(code)`: another party's `residentIdFull`",
    rule: "never another party's personal data",
    expected: only({ ...DISPUTE_FULL, "resident-party": "deny" }),
    auditedIn: "petitions",
    run: async (headers) =>
      observeField(
        await request(DISPUTE_PARTIES, { code: story.code }, headers),
        ["dispute", "parties", 1, "residentIdFull"],
        CO_WORKER.residentId,
        (d) => d.dispute?.parties?.[1]?.residentIdFull,
      ),
  },
  {
    name: "`dispute(code)` with an unused code",
    rule: "null only for those who may see every dispute; to anyone else the same refusal as someone else's dispute",
    expected: only({ intakeClerk: "null", petitionsOfficer: "null", commander: "null" }),
    run: async (headers) =>
      observe(
        await request(`query ($code: ID!) { dispute(code: $code) { code } }`, { code: freshCode() }, headers),
        (d) => (d.dispute === null ? "null" : "allow"),
      ),
  },
  {
    name: "`trackDispute(code, verification)`",
    rule: "anyone with the code and the phone's last 4 digits",
    expected: Object.fromEntries(ROLES.map((r) => [r, "allow"])) as Record<Role, Outcome>,
    run: async (headers) => {
      const body = await request(
        `query ($code: String!, $v: String!) { trackDispute(code: $code, verification: $v) { code status } }`,
        { code: story.code, v: WORKER.phone.slice(-4) },
        headers,
      );
      return observe(body, (d) => (d.trackDispute?.status ? "allow" : "absent"));
    },
  },
  {
    name: "`registerDispute`",
    rule: "the window's intake clerk",
    expected: only({ intakeClerk: "allow" }),
    run: async (headers) => {
      const body = await request(
        `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
        {
          input: {
            title: "邻里漏水纠纷",
            description: "楼上卫生间漏水导致申请人天花板受损，双方协商未果。",
            category: "损害赔偿",
            region: "330122",
            channel: "WALK_IN",
            parties: [{ kind: "PERSON", name: "施永康", residentId: residentId(), phone: "13806715520" }],
          },
        },
        headers,
      );
      return observe(body, (d) => (d.registerDispute?.code ? "allow" : "absent"));
    },
  },
  {
    name: "`dispute(code).mediationCases` (failure reason)",
    rule: "committee, commander, the dispute's parties; summary for other departments",
    expected: only({
      "resident-party": "allow",
      mediator: "allow",
      commander: "allow",
      ...OTHER_STAFF(["mediator"], "summary"),
    }),
    otherCommittee: "omitted",
    run: async (headers) => {
      const body = await request(
        `query ($code: ID!) { dispute(code: $code) { mediationCases { id failureReason } } }`,
        { code: story.code },
        headers,
      );
      return observe(body, (d) => {
        const found = d.dispute?.mediationCases?.find((c: { id: string }) => c.id === story.mediationCaseId);
        return found?.failureReason === story.mediationFailure
          ? "allow"
          : found && found.failureReason === null
            ? "summary"
            : Array.isArray(d.dispute?.mediationCases)
              ? "omitted"
              : "absent";
      });
    },
  },
  {
    name: "`mediationCase(id)` (failure reason)",
    rule: "as above, but residents reach it through their dispute (mediation keeps no party rows)",
    expected: only({ mediator: "allow", commander: "allow", ...OTHER_STAFF(["mediator"], "summary") }),
    otherCommittee: "deny",
    run: async (headers) => {
      const body = await request(
        `query ($id: ID!) { mediationCase(id: $id) { id status failureReason } }`,
        { id: story.mediationCaseId },
        headers,
      );
      return observe(body, (d) =>
        d.mediationCase?.failureReason === story.mediationFailure
          ? "allow"
          : d.mediationCase && d.mediationCase.failureReason === null
            ? "summary"
            : "absent",
      );
    },
  },
  {
    name: "`acceptMediationCase`",
    rule: "mediation staff",
    expected: only({ mediator: "allow" }),
    otherCommittee: "deny",
    run: async (headers) => {
      const body = await request(
        `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
        {
          input: {
            disputeCode: await sentCode("MEDIATION"),
            committeeId: story.committeeId,
            source: "DISPATCH",
            sourceReference: "桐矛派〔2026〕1125-12",
          },
        },
        headers,
      );
      return observe(body, (d) => (d.acceptMediationCase?.id ? "allow" : "absent"));
    },
  },
  {
    name: "`voidMediationAcceptance`",
    rule: "the committee's staff, as for acceptance",
    expected: only({ mediator: "allow" }),
    otherCommittee: "deny",
    run: async (headers) => {
      // Each cell voids a case of its own, accepted just now by the committee.
      const { acceptMediationCase } = await asDefault<{ acceptMediationCase: { id: string } }>(
        `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
        {
          input: {
            disputeCode: await sentCode("MEDIATION"),
            committeeId: story.committeeId,
            source: "DISPATCH",
            sourceReference: "桐矛派〔2026〕1205-07",
          },
        },
      );
      const body = await request(
        `mutation ($input: VoidMediationAcceptanceInput!) { voidMediationAcceptance(input: $input) { id status } }`,
        {
          input: {
            caseId: acceptMediationCase.id,
            reason: "ACCEPTED_IN_ERROR",
            explanation: "误受理，应由其他调委会受理",
          },
        },
        headers,
      );
      return observe(body, (d) => (d.voidMediationAcceptance?.status === "VOIDED" ? "allow" : "absent"));
    },
  },
  {
    name: "`mediationExpertChoices(caseId)`",
    rule: "the dispute's parties, the window of its county, the committee's staff, commander",
    expected: only({ "resident-party": "allow", intakeClerk: "allow", mediator: "allow", commander: "allow" }),
    otherCommittee: "deny",
    run: async (headers, role) => {
      story.choosingCaseId ??= await pickerMediationCase();
      const body = await request(
        `query ($caseId: ID!) { mediationExpertChoices(caseId: $caseId) { name title specialties } }`,
        { caseId: story.choosingCaseId },
        await pickerOr(headers, role),
      );
      return observe(body, (d) =>
        d.mediationExpertChoices?.some((e: { name: string }) => e.name === "章晓东") ? "allow" : "absent",
      );
    },
  },
  {
    name: "`pickMyMediationExpert`",
    rule: "a party of the dispute, for herself (ONLINE)",
    expected: only({ "resident-party": "allow" }),
    run: async (headers, role) => {
      const body = await request(
        `mutation ($input: PickMyMediationExpertInput!) { pickMyMediationExpert(input: $input) { expertPicks { channel } } }`,
        { input: { caseId: await pickerMediationCase(), expertId: await labourExpertId() } },
        await pickerOr(headers, role),
      );
      return observe(body, (d) =>
        d.pickMyMediationExpert?.expertPicks?.[0]?.channel === "ONLINE" ? "allow" : "absent",
      );
    },
  },
  {
    name: "`pickMediationExpertForParty`",
    rule: "the window of the dispute's county, for a party it names (AT_WINDOW)",
    expected: only({ intakeClerk: "allow" }),
    run: async (headers, role) => {
      const body = await request(
        `mutation ($input: PickMediationExpertForPartyInput!) { pickMediationExpertForParty(input: $input) { expertPicks { channel } } }`,
        {
          input: {
            caseId: await pickerMediationCase(),
            expertId: await labourExpertId(),
            partyId: partyIdOf({ residentId: PICKER.residentId }),
          },
        },
        await pickerOr(headers, role),
      );
      return observe(body, (d) =>
        d.pickMediationExpertForParty?.expertPicks?.[0]?.channel === "AT_WINDOW" ? "allow" : "absent",
      );
    },
  },
  {
    name: "`arbitrationCase(id)` (applicant's name)",
    rule: "commission, commander, party; summary for other departments",
    expected: only({
      "resident-party": "allow",
      arbitrator: "allow",
      commander: "allow",
      ...OTHER_STAFF(["arbitrator"], "summary"),
    }),
    run: async (headers) => {
      const body = await request(
        `query ($id: ID!) { arbitrationCase(id: $id) { id status applicants { name } } }`,
        { id: story.arbitrationCaseId },
        headers,
      );
      return observe(body, (d) => {
        const name = d.arbitrationCase?.applicants?.[0]?.name;
        return name === WORKER.name ? "allow" : isMaskedName(name, WORKER.name) ? "summary" : "absent";
      });
    },
  },
  {
    name: "`arbitrationCase(id)`: applicant's `residentIdFull`",
    rule: "commission, commander, the person themself; audited",
    expected: only({ "resident-party": "allow", arbitrator: "allow", commander: "allow" }),
    auditedIn: "arbitration",
    run: async (headers) => {
      const body = await request(
        `query ($id: ID!) { arbitrationCase(id: $id) { applicants { residentIdFull } } }`,
        { id: story.arbitrationCaseId },
        headers,
      );
      return observeField(
        body,
        ["arbitrationCase", "applicants", 0, "residentIdFull"],
        WORKER.residentId,
        (d) => d.arbitrationCase?.applicants?.[0]?.residentIdFull,
      );
    },
  },
  {
    name: "`fileArbitrationApplication` (the worker as applicant)",
    rule: "commission staff; the worker in their own name",
    expected: only({ arbitrator: "allow", "resident-party": "allow" }),
    run: async (headers) => {
      const body = await request(
        `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id } }`,
        {
          input: {
            disputeCode: await sentCode("ARBITRATION"),
            applicants: [WORKER],
            respondent: EMPLOYER,
            claims: [
              {
                kind: "WAGE_ARREARS",
                description: "支付加班工资1200元",
                amount: "1200.00",
                knewOfInfringementOn: chinaDaysAgo(20),
              },
            ],
          },
        },
        headers,
      );
      return observe(body, (d) => (d.fileArbitrationApplication?.id ? "allow" : "absent"));
    },
  },
  {
    name: "`voidArbitrationAcceptance`",
    rule: "commission staff, as for acceptance",
    expected: only({ arbitrator: "allow" }),
    run: async (headers) => {
      // Each cell voids a case of its own, filed and accepted just now by the commission.
      const { fileArbitrationApplication: filed } = await asDefault<{ fileArbitrationApplication: { id: string } }>(
        `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id } }`,
        {
          input: {
            disputeCode: await sentCode("ARBITRATION"),
            applicants: [WORKER],
            respondent: EMPLOYER,
            claims: [
              {
                kind: "WAGE_ARREARS",
                description: "支付加班工资1200元",
                amount: "1200.00",
                knewOfInfringementOn: chinaDaysAgo(20),
              },
            ],
          },
        },
      );
      await asDefault(
        `mutation ($input: AcceptArbitrationCaseInput!) { acceptArbitrationCase(input: $input) { id } }`,
        { input: { caseId: filed.id } },
      );
      const body = await request(
        `mutation ($input: VoidArbitrationAcceptanceInput!) { voidArbitrationAcceptance(input: $input) { id status } }`,
        { input: { caseId: filed.id, reason: "ACCEPTED_IN_ERROR", explanation: "误受理，应由其他仲裁委管辖" } },
        headers,
      );
      return observe(body, (d) => (d.voidArbitrationAcceptance?.status === "VOIDED" ? "allow" : "absent"));
    },
  },
  {
    name: "`recordArbitrationHearingHeld`",
    rule: "commission staff, as for scheduling the hearing",
    expected: only({ arbitrator: "allow" }),
    run: async (headers) => {
      // Each cell records the hearing of a case of its own, which the commission took to a hearing held 4 days ago.
      const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
      const { fileArbitrationApplication: filed } = await asDefault<{ fileArbitrationApplication: { id: string } }>(
        `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id } }`,
        {
          input: {
            disputeCode: await sentCode("ARBITRATION"),
            receivedAt: daysAgo(12),
            applicants: [WORKER],
            respondent: EMPLOYER,
            claims: [
              {
                kind: "WAGE_ARREARS",
                description: "支付加班工资1200元",
                amount: "1200.00",
                knewOfInfringementOn: chinaDaysAgo(20),
              },
            ],
          },
        },
      );
      const steps: [string, string, Record<string, unknown>][] = [
        ["acceptArbitrationCase", "AcceptArbitrationCaseInput", { occurredAt: daysAgo(11) }],
        [
          "composeArbitrationTribunal",
          "ComposeArbitrationTribunalInput",
          { occurredAt: daysAgo(11), kind: "SOLE", arbitrators: ["方建明"], presidingArbitrator: "方建明" },
        ],
        [
          "scheduleArbitrationHearing",
          "ScheduleArbitrationHearingInput",
          { occurredAt: daysAgo(10), hearingAt: daysAgo(4), place: "桐庐县矛调中心第二仲裁庭" },
        ],
      ];
      for (const [mutation, inputType, input] of steps)
        await asDefault(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, {
          input: { caseId: filed.id, ...input },
        });
      const body = await request(
        `mutation ($input: RecordArbitrationHearingHeldInput!) { recordArbitrationHearingHeld(input: $input) { id hearing { heldAt } } }`,
        {
          input: {
            caseId: filed.id,
            heldAt: daysAgo(4),
            place: "桐庐县矛调中心第二仲裁庭",
            applicantAppearance: "IN_PERSON",
            respondentAppearance: "ABSENT",
          },
        },
        headers,
      );
      return observe(body, (d) => (d.recordArbitrationHearingHeld?.hearing?.heldAt ? "allow" : "absent"));
    },
  },
  {
    name: "`courtCase(id)` (plaintiff's name)",
    rule: "court, commander, party; summary for other departments",
    expected: only({
      "resident-party": "allow",
      courtClerk: "allow",
      commander: "allow",
      ...OTHER_STAFF(["courtClerk"], "summary"),
    }),
    run: async (headers) => {
      const body = await request(
        `query ($id: ID!) { courtCase(id: $id) { id status parties { role name } } }`,
        { id: story.courtCaseId },
        headers,
      );
      return observe(body, (d) => {
        const name = d.courtCase?.parties?.find((p: { role: string }) => p.role === "PLAINTIFF")?.name;
        return name === WORKER.name ? "allow" : isMaskedName(name, WORKER.name) ? "summary" : "absent";
      });
    },
  },
  {
    name: "`fileCourtCase`",
    rule: "court staff",
    expected: only({ courtClerk: "allow" }),
    run: async (headers) => {
      const body = await request(
        `mutation ($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`,
        {
          input: {
            disputeCode: await sentCode("LITIGATION"),
            causeOfActionCode: "PRIVATE_LENDING",
            parties: [
              { role: "PLAINTIFF", kind: "PERSON", name: "俞海峰" },
              { role: "DEFENDANT", kind: "PERSON", name: "潘志明" },
            ],
            claims: [{ description: "归还借款", amount: "30000" }],
            trialProcedure: "SMALL_CLAIMS",
          },
        },
        headers,
      );
      return observe(body, (d) => (d.fileCourtCase?.id ? "allow" : "absent"));
    },
  },
  {
    name: "`voidCourtCaseFiling`",
    rule: "court staff, as for filing",
    expected: only({ courtClerk: "allow" }),
    run: async (headers) => {
      // Each cell voids a case of its own, filed just now by the court.
      const { fileCourtCase } = await asDefault<{ fileCourtCase: { id: string } }>(
        `mutation ($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`,
        {
          input: {
            disputeCode: await sentCode("LITIGATION"),
            causeOfActionCode: "PRIVATE_LENDING",
            parties: [
              { role: "PLAINTIFF", kind: "PERSON", name: "俞海峰" },
              { role: "DEFENDANT", kind: "PERSON", name: "潘志明" },
            ],
            claims: [{ description: "归还借款", amount: "30000" }],
            trialProcedure: "SMALL_CLAIMS",
          },
        },
      );
      const body = await request(
        `mutation ($input: VoidCourtCaseFilingInput!) { voidCourtCaseFiling(input: $input) { id status } }`,
        { input: { caseId: fileCourtCase.id, reason: "DUPLICATE", explanation: "同一起诉重复立案" } },
        headers,
      );
      return observe(body, (d) => (d.voidCourtCaseFiling?.status === "VOIDED" ? "allow" : "absent"));
    },
  },
  {
    name: "`legalAidCase(id)` (applicant's name)",
    rule: "legal aid centre, commander, applicant; summary for other departments",
    expected: only({
      "resident-party": "allow",
      legalAidOfficer: "allow",
      commander: "allow",
      ...OTHER_STAFF(["legalAidOfficer"], "summary"),
    }),
    run: async (headers) => {
      const body = await request(
        `query ($id: ID!) { legalAidCase(id: $id) { id status applicant { name } } }`,
        { id: story.legalAidCaseId },
        headers,
      );
      return observe(body, (d) => {
        const name = d.legalAidCase?.applicant?.name;
        return name === WORKER.name ? "allow" : isMaskedName(name, WORKER.name) ? "summary" : "absent";
      });
    },
  },
  {
    name: "`applyForLegalAid` (the worker as applicant)",
    rule: "legal aid staff; a resident in their own name",
    expected: only({ legalAidOfficer: "allow", "resident-party": "allow" }),
    run: async (headers) => {
      const body = await request(
        `mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { id } }`,
        {
          input: {
            disputeCode: await sentCode("LEGAL_AID"),
            matter: "CLAIM_LABOUR_REMUNERATION",
            applicant: { ...WORKER, groups: ["MIGRANT_WORKER"] },
          },
        },
        headers,
      );
      return observe(body, (d) => (d.applyForLegalAid?.id ? "allow" : "absent"));
    },
  },
  {
    name: "`voidLegalAidApplication`",
    rule: "legal aid staff, not the applicant: the center corrects its own record",
    expected: only({ legalAidOfficer: "allow" }),
    run: async (headers) => {
      // Each cell voids an application of its own, received just now by the center.
      const { applyForLegalAid } = await asDefault<{ applyForLegalAid: { id: string } }>(
        `mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { id } }`,
        {
          input: {
            disputeCode: await sentCode("LEGAL_AID"),
            matter: "CLAIM_LABOUR_REMUNERATION",
            applicant: { ...WORKER, groups: ["MIGRANT_WORKER"] },
          },
        },
      );
      const body = await request(
        `mutation ($input: VoidLegalAidApplicationInput!) { voidLegalAidApplication(input: $input) { id status } }`,
        { input: { caseId: applyForLegalAid.id, reason: "DUPLICATE", explanation: "同一事项重复登记" } },
        headers,
      );
      return observe(body, (d) => (d.voidLegalAidApplication?.status === "VOIDED" ? "allow" : "absent"));
    },
  },
  {
    name: "`courtBodies`, `courtJudges`",
    rule: "anyone signed in (which court bodies take cases, and who handles them, is no secret)",
    expected: only({
      "resident-party": "allow",
      "resident-stranger": "allow",
      ...OTHER_STAFF([], "allow"),
      commander: "allow",
      cockpitViewer: "allow",
      auditor: "allow",
    }),
    otherCounty: "allow",
    run: async (headers) => {
      const body = await request(`{ courtBodies { id } courtJudges { id } }`, {}, headers);
      return observe(body, (d) => (d.courtBodies?.length > 0 && d.courtJudges?.length > 0 ? "allow" : "absent"));
    },
  },
  {
    name: "`addCourtBody`, `changeCourtBodyStatus`, `registerCourtJudge`, `changeCourtJudgeStatus`",
    rule: "the court's directory administrator only: no case role (asked with input that would change nothing)",
    expected: only({}),
    run: async (headers) => {
      const NOBODY = "00000000-0000-4000-8000-000000000000";
      const observations = await Promise.all(
        [
          [`mutation { r: addCourtBody(input: { name: "", kind: PEOPLES_TRIBUNAL, regionCode: "0" }) { id } }`],
          [
            `mutation { r: changeCourtBodyStatus(input: { bodyId: "${NOBODY}", status: SUSPENDED, reason: "矩阵" }) { id } }`,
          ],
          [`mutation { r: registerCourtJudge(input: { bodyId: "${NOBODY}", name: "" }) { id } }`],
          [
            `mutation { r: changeCourtJudgeStatus(input: { judgeId: "${NOBODY}", status: SUSPENDED, reason: "矩阵" }) { id } }`,
          ],
        ].map(async ([query]) => observe(await request(query!, {}, headers), () => "allow")),
      );
      return observations.find((o) => o.outcome !== "deny") ?? observations[0]!;
    },
  },
  {
    name: "`reviewOffices`, `reviewOfficers`",
    rule: "anyone signed in (where to apply for administrative review, and who handles it, is no secret)",
    expected: only({
      "resident-party": "allow",
      "resident-stranger": "allow",
      ...OTHER_STAFF([], "allow"),
      commander: "allow",
      cockpitViewer: "allow",
      auditor: "allow",
    }),
    otherCounty: "allow",
    run: async (headers) => {
      const body = await request(`{ reviewOffices { id } reviewOfficers { id } }`, {}, headers);
      return observe(body, (d) => (d.reviewOffices?.length > 0 && d.reviewOfficers?.length > 0 ? "allow" : "absent"));
    },
  },
  {
    name: "`addReviewOffice`, `changeReviewOfficeStatus`, `registerReviewOfficer`, `changeReviewOfficerStatus`",
    rule: "administrative review's directory administrator only: no case role (asked with input that would change nothing)",
    expected: only({}),
    run: async (headers) => {
      const NOBODY = "00000000-0000-4000-8000-000000000000";
      const observations = await Promise.all(
        [
          [`mutation { r: addReviewOffice(input: { name: "", kind: RECEPTION_POINT, regionCode: "0" }) { id } }`],
          [
            `mutation { r: changeReviewOfficeStatus(input: { officeId: "${NOBODY}", status: SUSPENDED, reason: "矩阵" }) { id } }`,
          ],
          [`mutation { r: registerReviewOfficer(input: { officeId: "${NOBODY}", name: "" }) { id } }`],
          [
            `mutation { r: changeReviewOfficerStatus(input: { officerId: "${NOBODY}", status: SUSPENDED, reason: "矩阵" }) { id } }`,
          ],
        ].map(async ([query]) => observe(await request(query!, {}, headers), () => "allow")),
      );
      return observations.find((o) => o.outcome !== "deny") ?? observations[0]!;
    },
  },
  {
    name: "`routingRuleSet`, `routingRuleSets`",
    rule: "the commander, of any county (the center's routing rules)",
    expected: only({ commander: "allow" }),
    otherCounty: "allow",
    run: async (headers) => {
      const body = await request(`{ routingRuleSet { version } routingRuleSets(first: 1) { version } }`, {}, headers);
      return observe(body, (d) => (d.routingRuleSet?.version && d.routingRuleSets?.length === 1 ? "allow" : "absent"));
    },
  },
  {
    name: "`saveRoutingRuleSet`",
    rule: "the commander whose region covers every county of the center (asked with an empty set: past the check, refused as invalid)",
    expected: only({ commander: "allow" }),
    run: async (headers) => {
      const body = await request(
        `mutation ($input: SaveRoutingRuleSetInput!) { saveRoutingRuleSet(input: $input) { version } }`,
        { input: { version: "MATRIX-EMPTY", effectiveFrom: "2099-01-01", rules: [] } },
        headers,
      );
      const reasons = (body.errors ?? []).flatMap((e) =>
        ((e.extensions?.problems as { reason: string }[] | undefined) ?? []).map((p) => p.reason),
      );
      if (reasons.includes("EMPTY_RULE_SET")) return { outcome: "allow" };
      return observe(body, () => "absent");
    },
  },
  {
    name: "`memberUnits(regionCode)`",
    rule: "staff of any department and the commander, of any county (reference data, not personal)",
    expected: only({ ...OTHER_STAFF([], "allow"), commander: "allow" }),
    otherCounty: "allow",
    run: async (headers) => {
      const body = await request(`{ memberUnits(regionCode: "330122") { id name } }`, {}, headers);
      return observe(body, (d) =>
        d.memberUnits?.some((u: { name: string }) => u.name === "桐庐县信访局") ? "allow" : "absent",
      );
    },
  },
  {
    name: "`addMemberUnit`, `changeMemberUnitStatus`",
    rule: "the commander of the unit's county (asked with an empty name, and for the status a unit has: past the checks, refused as invalid)",
    expected: only({ commander: "allow" }),
    run: async (headers) => {
      const added = await request(
        `mutation ($input: AddMemberUnitInput!) { addMemberUnit(input: $input) { id } }`,
        { input: { regionCode: "330122", name: "", kind: "POLICE" } },
        headers,
      );
      const changed = await request(
        `mutation ($input: ChangeMemberUnitStatusInput!) { changeMemberUnitStatus(input: $input) { id } }`,
        { input: { id: demoMemberUnitId("桐庐县信访局"), status: "ACTIVE" } },
        headers,
      );
      const emptyName = added.errors?.[0]?.extensions?.code === "BAD_USER_INPUT";
      const sameStatus = changed.errors?.[0]?.extensions?.reason === "SAME_STATUS";
      if (emptyName && sameStatus) return { outcome: "allow" };
      return observe(emptyName ? changed : added, () => "absent");
    },
  },
  {
    name: "`cockpit(filter)`",
    rule: "aggregates: cockpit viewers and the commander, each of their own region",
    expected: only({ cockpitViewer: "allow", commander: "allow" }),
    // Another county's commander is answered with his own county's figures.
    otherCounty: "allow",
    run: async (headers) => {
      const body = await request(
        `query ($f: CockpitFilter!) { cockpit(filter: $f) { overall { overdueOpen { value } } } }`,
        { f: { from: "2026-01-01", to: "2026-12-31" } },
        headers,
      );
      return observe(body, (d) => (typeof d.cockpit?.overall?.overdueOpen?.value === "number" ? "allow" : "absent"));
    },
  },
  {
    name: "`auditLog`",
    rule: "auditors only",
    expected: only({ auditor: "allow" }),
    run: async (headers) => {
      const body = await request(`{ auditLog { petitions(first: 1) { edges { node { action } } } } }`, {}, headers);
      return observe(body, (d) => (Array.isArray(d.auditLog?.petitions?.edges) ? "allow" : "absent"));
    },
  },
  {
    name: "`party(id)` of the worker (name)",
    rule: "a record by id: handlers in full, other staff masked, the person themself",
    expected: only({ ...DISPUTE_FULL, ...OTHER_STAFF(["intakeClerk", "petitionsOfficer", "arbitrator"], "masked") }),
    // A person belongs to the counties of their disputes: staff of another county see nothing of them.
    run: async (headers) => {
      const body = await request(
        `query ($id: ID!) { party(id: $id) { id displayName } }`,
        { id: partyIdOf({ residentId: WORKER.residentId }) },
        headers,
      );
      return observe(body, (d) =>
        d.party?.displayName === WORKER.name
          ? "allow"
          : isMaskedName(d.party?.displayName, WORKER.name)
            ? "masked"
            : "absent",
      );
    },
  },
  {
    name: "`me`",
    rule: "residents: themselves as a party",
    expected: only({ "resident-party": "allow", "resident-stranger": "allow" }),
    run: async (headers, role) => {
      const body = await request(`{ me { id } }`, {}, headers);
      const own = role === "resident-stranger" ? STRANGER : WORKER;
      return observe(body, (d) =>
        d.me?.id === nodeId("Party", partyIdOf({ residentId: own.residentId })) ? "allow" : "absent",
      );
    },
  },
  {
    name: "`consentToJudicialConfirmation` (the worker's consent)",
    rule: "court staff record any party's consent; a party signed in consents for itself alone, online",
    expected: only({ courtClerk: "allow", "resident-party": "allow" }),
    run: async (headers, role) => {
      // Each cell its own application awaiting the worker's consent, on an agreement the committee reached. Last in
      // the table: the worker's new disputes must not change what the rows before see of her.
      const settled = await settledDispute(
        gql,
        {
          title: "家政服务费纠纷",
          description: "申请人为雇主提供家政服务三个月，雇主以服务不达标为由拒付最后一个月服务费。",
          category: "合同",
          region: "330122",
          amountInvolved: "4200",
          channel: "WALK_IN",
          parties: [{ kind: "PERSON", ...WORKER }],
          respondents: [{ kind: "ORGANISATION", name: "桐庐某家政服务有限公司" }],
        },
        { payer: "桐庐某家政服务有限公司", payee: WORKER.name, amount: "4200", signedAt: new Date() },
      );
      const { applyForJudicialConfirmation } = await asDefault<{
        applyForJudicialConfirmation: { id: string; parties: { id: string; role: string; kind: string }[] };
      }>(
        `mutation ($input: ApplyForJudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id parties { id role kind } } }`,
        {
          input: {
            disputeCode: settled.code,
            causeOfActionCode: "SERVICE_CONTRACT",
            agreementId: settled.agreementId,
            parties: [
              { role: "APPLICANT", kind: "PERSON", name: WORKER.name, idNumber: WORKER.residentId },
              { role: "APPLICANT", kind: "ORGANISATION", name: "桐庐某家政服务有限公司" },
            ],
            claims: [{ description: "确认调解协议有效", amount: "4200" }],
          },
        },
      );
      const worker = applyForJudicialConfirmation.parties.find((p) => p.kind === "PERSON")!;
      const body = await request(
        `mutation ($input: ConsentToJudicialConfirmationInput!) { consentToJudicialConfirmation(input: $input) { id } }`,
        {
          input: {
            caseId: applyForJudicialConfirmation.id,
            casePartyId: worker.id,
            // A party consents through the app; everyone else as if recording a consent at the window.
            channel: role.startsWith("resident") ? "ONLINE" : "IN_PERSON",
          },
        },
        headers,
      );
      return observe(body, (d) => (d.consentToJudicialConfirmation?.id ? "allow" : "absent"));
    },
  },
]);

// ---------------------------------------------------------------------------------------------------
// The table.

const ROLE_LABEL: Record<Role, string> = {
  anonymous: "anonymous",
  "resident-party": "resident (party)",
  "resident-stranger": "resident (stranger)",
  intakeClerk: "intakeClerk",
  petitionsOfficer: "petitionsOfficer",
  mediator: "mediator",
  "mediator-other-committee": "mediator, other committee",
  "mediator-other-county": "mediator, other county",
  arbitrator: "arbitrator",
  "arbitrator-other-county": "arbitrator, other county",
  courtClerk: "courtClerk",
  legalAidOfficer: "legalAidOfficer",
  commander: "commander",
  "commander-other-county": "commander, other county",
  cockpitViewer: "cockpitViewer",
  auditor: "auditor",
};

function matrixMarkdown(): string {
  const lines = [
    "Generated by `test/e2e/authorization-matrix.test.ts` (regenerate with `UPDATE_MATRIX=1 npx vitest run --project e2e test/e2e/authorization-matrix.test.ts`);",
    "every cell is asserted through the gateway on one seeded story: a worker's unpaid wages, a failed mediation, an arbitration",
    "application that now leads the dispute, legal aid and a court case for the same worker. *resident (party)* is that worker;",
    "*resident (stranger)* has no part in it; each staff caller holds one role of its department. *mediator, other committee*",
    "works at a committee of the same county the story was never sent to; *mediator, other county*, *arbitrator, other county*",
    "and *commander, other county* work in 普陀区 (330903), the story being in 桐庐县 (330122).",
    "",
    "- **allow**: answered in full (a personal field: the unmasked value, and the read is audited)",
    "- **masked**: answered with the personal value masked (330122\\*\\*\\*\\*\\*\\*\\*\\*123X, 张\\*)",
    "- **summary**: another department's view: status and dates, personal data masked, narratives null",
    "- **deny**: a refusal on the field (`UNAUTHENTICATED` for the anonymous caller, `FORBIDDEN` for the others); the rest of the answer still comes back",
    "- **null**: answered with null: there is no such record",
    "- **omitted**: a list answered without the record (another body's)",
    "",
    `| Operation | ${ROLES.map((r) => ROLE_LABEL[r]).join(" | ")} | Rule |`,
    `| --- | ${ROLES.map(() => ":---:").join(" | ")} | --- |`,
    ...OPERATIONS.map((op) => `| ${op.name} | ${ROLES.map((r) => op.expected[r]).join(" | ")} | ${op.rule} |`),
    "",
  ];
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------

const observed = new Map<string, Observation>();
const cellKey = (op: Operation, role: Role) => `${op.name} × ${role}`;
const requestIds = new Map<string, string>();

// The last test reads back the audit entries the cells wrote: cells first, even when the suite is shuffled.
describe("authorization matrix", { shuffle: false }, () => {
  const headersByRole = new Map<Role, Record<string, string>>();

  beforeAll(async () => {
    await seed();
    for (const role of ROLES) headersByRole.set(role, await as(CALLERS[role]));
  });

  describe.each(OPERATIONS)("$name", (op) => {
    it.each(ROLES)("as %s", async (role) => {
      const requestId = `matrix-${randomUUID()}`;
      requestIds.set(cellKey(op, role), requestId);
      const result = await op.run({ ...headersByRole.get(role)!, "x-request-id": requestId }, role);
      observed.set(cellKey(op, role), result);
      expect(result.outcome, `${op.name} as ${role}: ${JSON.stringify(result.detail)}`).toBe(op.expected[role]);
      if (result.outcome === "deny")
        expect(result.refusedWith, `${op.name} as ${role}`).toBe(
          role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
        );
    });
  });

  it("audits every full read of an ID number, in the department that holds it", async () => {
    for (const op of OPERATIONS.filter((o) => o.auditedIn)) {
      for (const role of ROLES.filter((r) => op.expected[r] === "allow")) {
        const requestId = requestIds.get(cellKey(op, role))!;
        const entries = await auditEntries(gql, op.auditedIn!, { requestId }, `action fields`);
        expect(entries, `${op.name} as ${role}`).toContainEqual(
          expect.objectContaining({ action: "READ_PERSONAL_DATA", fields: ["residentId"] }),
        );
      }
    }
  });

  afterAll(() => {
    // Mismatches, grouped, for whoever fixes the rule or the expectation.
    const wrong = OPERATIONS.flatMap((op) =>
      ROLES.filter((r) => observed.get(cellKey(op, r))?.outcome !== op.expected[r]).map(
        (r) =>
          `${op.name} as ${r}: expected ${op.expected[r]}, got ${observed.get(cellKey(op, r))?.outcome ?? "not run"}`,
      ),
    );
    if (wrong.length) console.warn(`authorization matrix: ${wrong.length} cells differ\n${wrong.join("\n")}`);
  });

  it("docs/access.md's authorization matrix is the table these cases assert", async () => {
    const failed = OPERATIONS.flatMap((op) =>
      ROLES.filter((r) => observed.get(cellKey(op, r))?.outcome !== op.expected[r]).map((r) => cellKey(op, r)),
    );
    expect(failed, "cells that do not hold: the matrix is written only when every cell passes").toEqual([]);
    const readme = await readFile(MATRIX_DOC, "utf8");
    expect(MATRIX_SECTION.test(readme), "docs/access.md has no authorization-matrix markers").toBe(true);
    const generated = readme.replace(
      MATRIX_SECTION,
      (_, start: string, end: string) => `${start}${matrixMarkdown()}${end}`,
    );
    if (process.env.UPDATE_MATRIX === "1") await writeFile(MATRIX_DOC, generated);
    else
      expect(
        readme === generated,
        "docs/access.md's authorization matrix differs from the generated table: run UPDATE_MATRIX=1 npx vitest run --project e2e test/e2e/authorization-matrix.test.ts",
      ).toBe(true);
  });
});
