// The court opens a case only on a dispute the registry sent it (dispatched or handed over) and has not closed:
// a delegation to pre-filing mediation and a fresh filing ask the court's inbox of registry notices first. A
// judicial confirmation (the parties bring their agreement) and the cases that follow from the court's own
// (enforcement of its ruling) are not asked.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COURT_BODIES } from "@onedoor/shared/demo/court-directory";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import type { RegistryNoticeKind } from "@onedoor/shared/events/registry-notices";
import { pino } from "pino";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "./subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const CLERK = caller("courtClerk", { department: "litigation" });
let sequence = 820_000;
const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });

const lawsuit = (disputeCode: string) => ({
  disputeCode,
  causeOfActionCode: "PRIVATE_LENDING",
  parties: [
    { role: "PLAINTIFF", kind: "PERSON", name: "方志强" },
    { role: "DEFENDANT", kind: "PERSON", name: "钱小军" },
  ],
  claims: [{ description: "归还借款", amount: "30000" }],
});

/** The mutations that open a case on a dispute the court does not yet hold. */
const OPENINGS = [
  {
    name: "delegatePreFilingMediation",
    source: `mutation ($v: DelegatePreFilingMediationInput!) { r: delegatePreFilingMediation(input: $v) { id status } }`,
    input: (code: string) => ({
      ...lawsuit(code),
      mediatorKind: "MEDIATION_COMMITTEE",
      mediatorBody: "桐庐县人民调解委员会",
      mediatorName: "孙国平",
    }),
    opened: "IN_MEDIATION",
  },
  {
    name: "fileCourtCase",
    source: `mutation ($v: FileCourtCaseInput!) { r: fileCourtCase(input: $v) { id status } }`,
    input: (code: string) => ({ ...lawsuit(code), trialProcedure: "SIMPLIFIED" }),
    opened: "FILED",
  },
];
type Opening = (typeof OPENINGS)[number];

const REFUSED: { notices: RegistryNoticeKind[]; reason: string }[] = [
  { notices: [], reason: "NOT_SENT_HERE" },
  { notices: ["SENT", "CLOSED"], reason: "CLOSED" },
  { notices: ["HANDED_OVER", "CLOSED"], reason: "CLOSED" },
  { notices: ["HANDED_OVER", "RECALLED"], reason: "RECALLED" },
];
const ACCEPTED: RegistryNoticeKind[][] = [["SENT"], ["HANDED_OVER"], ["HANDED_OVER", "RECALLED", "SENT"]];

const cases = OPENINGS.flatMap((opening) => REFUSED.map((refused) => ({ ...refused, opening })));
const successes = OPENINGS.flatMap((opening) => ACCEPTED.map((notices) => ({ notices, opening })));

describe("a case only on a dispute the registry sent to the court", () => {
  const kit = useSubgraphKit(subgraph);
  // The courts' bodies as the court seeds them: a case opens in one of them.
  beforeAll(() => kit.store().courtBody.createMany({ data: DEMO_COURT_BODIES }));

  async function noticed(kinds: readonly RegistryNoticeKind[]): Promise<string> {
    const code = freshCode();
    for (const kind of kinds) await kit.notify(code, kind);
    return code;
  }

  /** What a refused opening must leave untouched: no case, no event for the registry, no audit entry. */
  async function footprint(disputeCode: string) {
    const store = kit.store();
    return {
      cases: await store.courtCase.count({ where: { disputeCode } }),
      events: await store.outboxEvent.count({ where: { disputeCode } }),
      audit: await store.auditEntry.count(),
    };
  }

  const open = (opening: Opening, code: string) => kit.run(CLERK, opening.source, { v: opening.input(code) });

  it.each(cases)(
    "$opening.name is refused with $reason after notices $notices, and writes nothing",
    async ({ opening, notices, reason }) => {
      const code = await noticed(notices);
      const before = await footprint(code);
      const result = await open(opening, code);
      expect(result.codes).toEqual(["INVALID_STATE"]);
      expect(result.errors[0]!.extensions).toMatchObject({ reason, disputeCode: code });
      // Bilingual: the English message, and the Chinese one beside it.
      expect(result.errors[0]!.message).toMatch(/[A-Za-z]/);
      expect(String(result.errors[0]!.extensions!.messageZh)).toMatch(/[\u4e00-\u9fff]/);
      expect(await footprint(code)).toEqual({ ...before, cases: 0, events: 0 });
    },
  );

  it.each(successes)("$opening.name opens the case after notices $notices", async ({ opening, notices }) => {
    const code = await noticed(notices);
    const result = await open(opening, code);
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    expect(result.data!.r).toMatchObject({ status: opening.opened });
    expect(await kit.store().courtCase.count({ where: { disputeCode: code } })).toBe(1);
  });

  it.each(OPENINGS)("$name checks its input before asking the registry", async (opening) => {
    const result = await kit.run(CLERK, opening.source, {
      v: { ...opening.input(freshCode()), causeOfActionCode: "NOPE" },
    });
    expect(result.codes).toEqual(["BAD_USER_INPUT"]);
  });

  it.each(OPENINGS)("$name refuses other departments' staff before asking the registry", async (opening) => {
    const code = await noticed(["SENT"]);
    const mediator = caller("mediator", { department: "mediation" });
    expect((await kit.run(mediator, opening.source, { v: opening.input(code) })).codes).toEqual(["FORBIDDEN"]);
  });

  it("takes a delegation and then a fresh filing on the same dispute it was sent", async () => {
    const [delegate, file] = OPENINGS as [Opening, Opening];
    const code = await noticed(["SENT"]);
    expect((await open(delegate, code)).codes).toEqual([]);
    expect((await open(file, code)).codes).toEqual([]);
    expect(await kit.store().courtCase.count({ where: { disputeCode: code } })).toBe(2);
  });

  it("takes a judicial confirmation of an agreement reached on the dispute, and its enforcement, without a dispatch", async () => {
    const code = freshCode();
    const agreementId = randomUUID();
    await kit.notify(code, "AGREEMENT_REACHED", undefined, {
      recordId: agreementId,
      occurredAt: new Date(Date.now() - 2 * 86_400_000),
    });
    const run = async (source: string, v: unknown) => {
      const result = await kit.run(CLERK, source, { v });
      expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
      return result.data!.r as { id: string; status: string };
    };
    const applied = await run(
      `mutation ($v: ApplyForJudicialConfirmationInput!) { r: applyForJudicialConfirmation(input: $v) { id status } }`,
      {
        disputeCode: code,
        causeOfActionCode: "LABOUR_SERVICE_CONTRACT",
        agreementId,
        parties: [
          { role: "APPLICANT", kind: "PERSON", name: "王海军" },
          { role: "APPLICANT", kind: "PERSON", name: "陈阿福" },
        ],
      },
    );
    const CONSENT = `mutation ($v: ConsentToJudicialConfirmationInput!) { r: consentToJudicialConfirmation(input: $v) { id status } }`;
    for (const party of await kit.store().courtCaseParty.findMany({ where: { caseId: recordKey(applied.id) } }))
      await run(CONSENT, { caseId: applied.id, casePartyId: party.id, channel: "IN_PERSON" });
    const DECIDE = `mutation ($v: DecideJudicialConfirmationAcceptanceInput!) { r: decideJudicialConfirmationAcceptance(input: $v) { id status } }`;
    const RULE = `mutation ($v: RuleOnJudicialConfirmationInput!) { r: ruleOnJudicialConfirmation(input: $v) { id status } }`;
    await run(DECIDE, { caseId: applied.id, granted: true });
    expect(await run(RULE, { caseId: applied.id, granted: true })).toMatchObject({ status: "CONFIRMED" });
    const enforcement = await run(
      `mutation ($v: ApplyForEnforcementInput!) { r: applyForEnforcement(input: $v) { id status } }`,
      { basisCaseId: applied.id },
    );
    expect(enforcement.status).toBe("ENFORCING");
    expect(await kit.store().registryNotice.count({ where: { disputeCode: code, kind: "SENT" } })).toBe(0);
    // The application window ran from the signing the registry relayed, not from a date the applicant gave.
    const [clock] = await kit.store().courtCaseClock.findMany({
      where: { caseId: recordKey(applied.id), kind: "judicialConfirmationApplication" },
    });
    expect(clock?.startedAt).toEqual(
      (await kit.store().registryNotice.findFirstOrThrow({ where: { recordId: agreementId } })).occurredAt,
    );
  });

  it("links a confirmation to the court's pre-filing mediation of the same dispute, whose agreement it confirms", async () => {
    const [delegate] = OPENINGS as [Opening];
    const code = await noticed(["SENT"]);
    const delegated = await open(delegate, code);
    expect(delegated.codes).toEqual([]);
    const agreementId = randomUUID();
    await kit.notify(code, "AGREEMENT_REACHED", undefined, { recordId: agreementId, occurredAt: new Date() });
    const applied = await kit.run(
      CLERK,
      `mutation ($v: ApplyForJudicialConfirmationInput!) { r: applyForJudicialConfirmation(input: $v) { origin { id procedure status } } }`,
      {
        v: {
          disputeCode: code,
          causeOfActionCode: "LABOUR_SERVICE_CONTRACT",
          agreementId,
          parties: [
            { role: "APPLICANT", kind: "PERSON", name: "王海军" },
            { role: "APPLICANT", kind: "PERSON", name: "陈阿福" },
          ],
        },
      },
    );
    expect(applied.codes).toEqual([]);
    // The agreement ended the delegated mediation by itself; the confirmation follows from that mediation.
    expect(applied.data!.r).toEqual({
      origin: { id: (delegated.data!.r as { id: string }).id, procedure: "PRE_FILING_MEDIATION", status: "RESOLVED" },
    });
  });

  it("resolves a mediation it delegated to a committee when the committee's agreement arrives, once", async () => {
    const [delegate] = OPENINGS as [Opening];
    const code = await noticed(["SENT"]);
    const delegated = await open(delegate, code);
    expect(delegated.codes).toEqual([]);
    const caseId = recordKey((delegated.data!.r as { id: string }).id);
    const agreementId = randomUUID();
    const signedAt = new Date(Date.now() + 60_000);
    await kit.notify(code, "AGREEMENT_REACHED", undefined, { recordId: agreementId, occurredAt: signedAt });

    const read = await kit.run(
      CLERK,
      `query ($id: ID!) { courtCase(id: $id) { status version preFilingMediation { success concludedAt agreement { id } } clocks { kind state } } }`,
      { id: caseId },
    );
    expect(read.errors).toEqual([]);
    const resolved = read.data!.courtCase;
    expect(resolved).toMatchObject({
      status: "RESOLVED",
      preFilingMediation: { success: "AGREEMENT", concludedAt: signedAt.toISOString() },
      clocks: [{ kind: "PRE_FILING_MEDIATION", state: "STOPPED" }],
    });
    expect(recordKey(resolved.preFilingMediation.agreement.id)).toBe(agreementId);
    const resolvedEvents = () =>
      kit.store().outboxEvent.count({ where: { disputeCode: code, type: "PRE_FILING_MEDIATION_RESOLVED" } });
    expect(await resolvedEvents()).toBe(1);
    expect(
      await kit
        .store()
        .auditEntry.findFirstOrThrow({ where: { entityId: caseId, action: "recordPreFilingMediationSuccess" } }),
    ).toMatchObject({ actor: "service:registry-relay" });

    // The same notice read again (another replica, a retried page) changes nothing.
    const stored = await kit.store().registryNotice.findFirstOrThrow({ where: { recordId: agreementId } });
    await subgraph.onRegistryNotices!(
      kit.store(),
      [{ ...stored, clock: null, sequence: Number(stored.sequence), occurredAt: stored.occurredAt.toISOString() }],
      pino({ level: "silent" }),
    );
    expect(await resolvedEvents()).toBe(1);
    expect(await kit.store().courtCase.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
      version: resolved.version,
    });
  });

  it("leaves a mediation delegated to an invited mediator to the clerk", async () => {
    const [delegate] = OPENINGS as [Opening];
    const code = await noticed(["SENT"]);
    // On the court's roster of invited mediators, so the delegation itself is allowed.
    await kit.store().courtInvitedMediator.upsert({
      where: { courtCode_name: { courtCode: "浙0122", name: "叶文涛" } },
      create: { courtCode: "浙0122", name: "叶文涛", organisation: "桐庐县律师协会特邀调解工作室" },
      update: {},
    });
    const delegated = await kit.run(CLERK, delegate.source, {
      v: { ...delegate.input(code), mediatorKind: "INVITED_MEDIATOR", mediatorName: "叶文涛" },
    });
    expect(delegated.codes).toEqual([]);
    await kit.notify(code, "AGREEMENT_REACHED", undefined, {
      recordId: randomUUID(),
      occurredAt: new Date(Date.now() + 60_000),
    });
    expect(await kit.store().courtCase.findFirstOrThrow({ where: { disputeCode: code } })).toMatchObject({
      status: "IN_MEDIATION",
    });
  });

  it("confirms on a closed dispute only the agreement that resolved it", async () => {
    const APPLY = `mutation ($v: ApplyForJudicialConfirmationInput!) { r: applyForJudicialConfirmation(input: $v) { id } }`;
    const apply = (disputeCode: string, agreementId: string) =>
      kit.run(CLERK, APPLY, {
        v: {
          disputeCode,
          causeOfActionCode: "LABOUR_SERVICE_CONTRACT",
          agreementId,
          parties: [
            { role: "APPLICANT", kind: "PERSON", name: "王海军" },
            { role: "APPLICANT", kind: "PERSON", name: "陈阿福" },
          ],
        },
      });
    // Agreement signed, then the dispute closed: closed as resolved by it.
    const resolved = freshCode();
    const agreementId = randomUUID();
    await kit.notify(resolved, "SENT");
    await kit.notify(resolved, "AGREEMENT_REACHED", undefined, {
      recordId: agreementId,
      occurredAt: new Date(Date.now() - 2 * 86_400_000),
    });
    await kit.notify(resolved, "CLOSED");
    expect((await apply(resolved, agreementId)).codes).toEqual([]);

    // Closed before the agreement was signed: closed otherwise.
    const closed = freshCode();
    const late = randomUUID();
    await kit.notify(closed, "SENT");
    await kit.notify(closed, "CLOSED", undefined, { occurredAt: new Date(Date.now() - 3 * 86_400_000) });
    await kit.notify(closed, "AGREEMENT_REACHED", undefined, {
      recordId: late,
      occurredAt: new Date(Date.now() - 86_400_000),
    });
    const refused = await apply(closed, late);
    expect(refused.codes).toEqual(["INVALID_STATE"]);
    expect(refused.errors[0]!.extensions).toMatchObject({ reason: "DISPUTE_CLOSED", disputeCode: closed });
    expect(await kit.store().courtCase.count({ where: { disputeCode: closed } })).toBe(0);
  });

  it("refuses to confirm an agreement nobody reached, or one reached on another dispute", async () => {
    const code = freshCode();
    const other = freshCode();
    const elsewhere = randomUUID();
    await kit.notify(other, "AGREEMENT_REACHED", undefined, { recordId: elsewhere, occurredAt: new Date() });
    const APPLY = `mutation ($v: ApplyForJudicialConfirmationInput!) { r: applyForJudicialConfirmation(input: $v) { id } }`;
    for (const agreementId of [randomUUID(), elsewhere]) {
      const result = await kit.run(CLERK, APPLY, {
        v: {
          disputeCode: code,
          causeOfActionCode: "LABOUR_SERVICE_CONTRACT",
          agreementId,
          parties: [
            { role: "APPLICANT", kind: "PERSON", name: "王海军" },
            { role: "APPLICANT", kind: "PERSON", name: "陈阿福" },
          ],
        },
      });
      expect(result.codes).toEqual(["BAD_USER_INPUT"]);
      expect(JSON.stringify(result.errors)).toContain("AGREEMENT_UNKNOWN");
    }
    expect(await kit.store().courtCase.count({ where: { disputeCode: code } })).toBe(0);
  });
});
