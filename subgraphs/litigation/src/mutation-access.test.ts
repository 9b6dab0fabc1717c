// Who may take the court's steps, executed on the schema: the court's own clerks, and for 司法确认 the
// parties themselves; nobody else (anonymous callers, residents for others, other departments' staff,
// the commander, a court clerk's role with another department's token).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COURT_BODIES } from "@onedoor/shared/demo/court-directory";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import type { Identity } from "@onedoor/shared/auth/identity";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { courtPartyId } from "./domain/access.js";
import { subgraph } from "./subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const CLERK = caller("courtClerk", { department: "litigation" });
const WANG_ID = "33090319780923401X"; // 王海军, the island story's applicant
const WANG = caller("resident", { partyId: courtPartyId("PERSON", WANG_ID)! });
const CHEN_ID = "330903196504173012"; // 陈阿福, the boat owner
const CHEN = caller("resident", { userId: "chen", partyId: courtPartyId("PERSON", CHEN_ID)! });
const REFUSED: Record<string, Identity> = {
  anonymous: caller(null),
  resident: caller("resident", { partyId: "PSOMEONEELSE000000001" }),
  mediator: caller("mediator", { department: "mediation" }),
  commander: caller("commander"),
  cockpitViewer: caller("cockpitViewer"),
  "courtClerk of another department": caller("courtClerk", { department: "mediation" }),
};

const UNKNOWN_CASE = randomUUID();
const basics = {
  disputeCode: formatDisputeCode({ region: "330903", year: 2026, sequence: 810_001 }),
  causeOfActionCode: "LABOUR_SERVICE_CONTRACT",
  parties: [
    { role: "APPLICANT", kind: "PERSON", name: "王海军", idNumber: WANG_ID },
    { role: "APPLICANT", kind: "PERSON", name: "陈阿福", idNumber: CHEN_ID },
  ],
};
const application = {
  ...basics,
  online: true,
  agreementId: randomUUID(),
};

/** One mutation of each family, with input that passes GraphQL's own checks, and what the court's clerk gets. */
const MUTATIONS: { family: string; name: string; source: string; variables: Record<string, unknown>; clerk: string }[] =
  [
    {
      family: "opening a case",
      name: "delegatePreFilingMediation",
      source: `mutation ($v: DelegatePreFilingMediationInput!) { delegatePreFilingMediation(input: $v) { id } }`,
      variables: {
        v: { ...basics, disputeCode: "nope", mediatorKind: "INVITED_MEDIATOR", mediatorBody: "x", mediatorName: "y" },
      },
      clerk: "BAD_USER_INPUT",
    },
    {
      family: "opening a case",
      name: "fileCourtCase",
      source: `mutation ($v: FileCourtCaseInput!) { fileCourtCase(input: $v) { id } }`,
      variables: { v: { ...basics, disputeCode: "nope", trialProcedure: "ORDINARY" } },
      clerk: "BAD_USER_INPUT",
    },
    ...(
      [
        ["recordPreFilingMediationSuccess", "RecordPreFilingMediationSuccessInput", { success: "AGREEMENT" }],
        [
          "fileAfterFailedPreFilingMediation",
          "FileAfterFailedPreFilingMediationInput",
          { trialProcedure: "SIMPLIFIED" },
        ],
        ["decideJudicialConfirmationAcceptance", "DecideJudicialConfirmationAcceptanceInput", { granted: true }],
        ["ruleOnJudicialConfirmation", "RuleOnJudicialConfirmationInput", { granted: true }],
        ["concludeEnforcement", "ConcludeEnforcementInput", { outcome: "SETTLED" }],
        ["recordJudgment", "RecordJudgmentInput", {}],
        ["recordCourtPerformance", "RecordCourtPerformanceInput", {}],
      ] as const
    ).map(([name, type, more]) => ({
      family: "a step of the state machine",
      name,
      source: `mutation ($v: ${type}!) { ${name}(input: $v) { id } }`,
      variables: { v: { caseId: UNKNOWN_CASE, expectedVersion: 1, ...more } },
      clerk: "NOT_FOUND",
    })),
    ...(
      [
        ["extendPreFilingMediation", "ExtendPreFilingMediationInput"],
        ["extendJudicialConfirmationRuling", "ExtendJudicialConfirmationRulingInput"],
      ] as const
    ).map(([name, type]) => ({
      family: "extending a clock",
      name,
      source: `mutation ($v: ${type}!) { ${name}(input: $v) { id } }`,
      variables: { v: { caseId: UNKNOWN_CASE, days: 5, reason: "同意延长" } },
      clerk: "NOT_FOUND",
    })),
    {
      family: "performance and enforcement",
      name: "applyForEnforcement",
      source: `mutation ($v: ApplyForEnforcementInput!) { applyForEnforcement(input: $v) { id } }`,
      variables: { v: { basisCaseId: UNKNOWN_CASE } },
      clerk: "NOT_FOUND",
    },
  ];

describe("who may take the court's steps", () => {
  const kit = useSubgraphKit(subgraph);
  // The courts' bodies as the court seeds them: a case opens in one of them.
  beforeAll(() => kit.store().courtBody.createMany({ data: DEMO_COURT_BODIES }));

  it.each(MUTATIONS)("$name ($family): the court's clerk only", async ({ source, variables, clerk }) => {
    expect((await kit.run(CLERK, source, variables)).codes).toEqual([clerk]);
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, source, variables)).codes, who).toEqual([refusalOf(identity)]);
  });

  it("lets a party apply for judicial confirmation themself, and nobody else for the parties", async () => {
    const APPLY = `mutation ($v: ApplyForJudicialConfirmationInput!) { applyForJudicialConfirmation(input: $v) { id status } }`;
    const secondAgreement = randomUUID();
    for (const recordId of [application.agreementId, secondAgreement])
      await kit.notify(basics.disputeCode, "AGREEMENT_REACHED", undefined, {
        recordId,
        occurredAt: new Date(Date.now() - 2 * 86_400_000),
      });
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, APPLY, { v: application })).codes, who).toEqual([refusalOf(identity)]);
    expect(await kit.store().courtCase.count({ where: { disputeCode: basics.disputeCode } })).toBe(0);

    const own = await kit.run(WANG, APPLY, { v: application });
    expect(own.codes).toEqual([]);
    expect(own.data!.applyForJudicialConfirmation).toMatchObject({ status: "APPLIED" });
    const byClerk = await kit.run(CLERK, APPLY, { v: { ...application, agreementId: secondAgreement } });
    expect(byClerk.codes).toEqual([]);
    // The applicant is audited as who they are.
    const audit = await kit.store().auditEntry.findFirstOrThrow({
      where: { entityId: recordKey(own.data!.applyForJudicialConfirmation.id) },
    });
    expect(audit).toMatchObject({ actor: WANG.userId, action: "applyForJudicialConfirmation", roles: ["resident"] });
  });

  it("takes each party's consent from that party alone, or from the court's clerk at the window", async () => {
    const APPLY = `mutation ($v: ApplyForJudicialConfirmationInput!) { r: applyForJudicialConfirmation(input: $v) { id } }`;
    const CONSENT = `mutation ($v: ConsentToJudicialConfirmationInput!) {
      r: consentToJudicialConfirmation(input: $v) {
        status
        judicialConfirmation { joint consents { channel recorder representativeName party { role } } }
        clocks { kind state }
      }
    }`;
    const agreementId = randomUUID();
    await kit.notify(basics.disputeCode, "AGREEMENT_REACHED", undefined, {
      recordId: agreementId,
      occurredAt: new Date(Date.now() - 86_400_000),
    });
    const filed = await kit.run(WANG, APPLY, { v: { ...application, agreementId } });
    expect(filed.codes).toEqual([]);
    const caseId = filed.data!.r.id as string;
    const [wang, chen] = await kit.store().courtCaseParty.findMany({
      where: { caseId: recordKey(caseId) },
      orderBy: { position: "asc" },
    });
    // Filing signed in was 王海军's own consent; nobody else's.
    expect(await kit.store().judicialConfirmationConsent.findMany({ where: { caseId: recordKey(caseId) } })).toEqual([
      expect.objectContaining({ casePartyId: wang!.id, channel: "ONLINE", recorder: "PARTY" }),
    ]);
    const consent = (casePartyId: string, more: object = {}) => ({
      v: { caseId, casePartyId, channel: "ONLINE", ...more },
    });
    expect((await kit.run(WANG, CONSENT, consent(chen!.id))).codes).toEqual(["FORBIDDEN"]);
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, CONSENT, consent(chen!.id))).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(CHEN, CONSENT, consent(chen!.id, { representativeName: "李律师" }))).codes).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect((await kit.run(CHEN, CONSENT, consent(chen!.id, { channel: "IN_PERSON" }))).codes).toEqual([
      "BAD_USER_INPUT",
    ]);

    const own = await kit.run(CHEN, CONSENT, consent(chen!.id));
    expect(own.codes).toEqual([]);
    expect(own.data!.r).toMatchObject({
      status: "APPLIED",
      judicialConfirmation: {
        joint: true,
        consents: [
          { channel: "ONLINE", recorder: "PARTY", representativeName: null, party: { role: "APPLICANT" } },
          { channel: "ONLINE", recorder: "PARTY", representativeName: null, party: { role: "APPLICANT" } },
        ],
      },
    });
    // The application is complete: its period is met, and the court's 3 days to decide start.
    expect(own.data!.r.clocks).toEqual(
      expect.arrayContaining([
        { kind: "JUDICIAL_CONFIRMATION_APPLICATION", state: "STOPPED" },
        { kind: "JUDICIAL_CONFIRMATION_ACCEPTANCE", state: "RUNNING" },
      ]),
    );
    const again = await kit.run(CLERK, CONSENT, consent(chen!.id, { channel: "IN_PERSON" }));
    expect(again.codes).toEqual(["INVALID_STATE"]);
    expect(again.errors[0]!.extensions).toMatchObject({ reason: "ALREADY_CONSENTED" });
    const audit = await kit.store().auditEntry.findMany({
      where: { entityId: recordKey(caseId), action: "consentToJudicialConfirmation" },
    });
    expect(audit).toEqual([expect.objectContaining({ actor: "chen", roles: ["resident"] })]);
  });
});
