import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { DEMO_COURT_BODIES, DEMO_COURT_JUDGES } from "@onedoor/shared/demo/court-directory";
import { LONG_TRANSACTION } from "@onedoor/shared/db/database";
import type { Logger } from "@onedoor/shared/logger";
import { recordCaseEvent, type NewCaseEvent } from "@onedoor/shared/events/outbox";
import { courtPartyId } from "../domain/access.js";
import { parseCaseNumber } from "../domain/case-number.js";
import { courtEvents, type CaseFacts } from "../domain/timeline-events.js";
import type { Prisma } from "../generated/prisma/client.js";
import { CourtCaseStatus, CourtProcedure } from "../generated/prisma/enums.js";
import type { LitigationStore } from "./store.js";

/** A story's value of one of the court's closed sets: the shared stories hold plain strings. */
function member<Value extends string>(set: Record<string, Value>, value: string, caseNumber: string): Value {
  const found = Object.values(set).find((v) => v === value);
  if (found === undefined) throw new Error(`Demo case ${caseNumber} holds "${value}", which the court does not know`);
  return found;
}

/** A demo party row with its party id computed as every write computes it (the registry's demo uses the same identifiers). */
const demoParty = (
  party: Omit<Prisma.CourtCasePartyCreateWithoutCaseInput, "partyId">,
): Prisma.CourtCasePartyCreateWithoutCaseInput => ({
  ...party,
  partyId: courtPartyId(party.kind ?? "PERSON", party.idNumber),
});

/**
 * What the court's records say beyond the shared story summary, by case number. The island agreement's id
 * is the mediation subgraph's MediationAgreement for that story (a reference: mediation owns its data).
 */
const DETAILS: Record<
  string,
  Omit<Prisma.CourtCaseCreateInput, "caseNumber" | "disputeCode" | "procedure" | "status" | "filedAt" | "body">
> = {
  "(2026)浙0122民诉前调512号": {
    online: false,
    causeCode: "PREMISES_LEASE",
    causeListVersion: "2020",
    mediatorKind: "MEDIATION_COMMITTEE",
    mediatorBody: "桐庐县商事人民调解委员会",
    mediatorName: "孙国平",
    preFilingSuccess: "AGREEMENT",
    concludedAt: new Date("2026-06-12T08:00:00.000Z"),
    createdBy: "桐庐县人民法院诉讼服务中心 方晓燕",
    parties: {
      create: [
        demoParty({
          position: 0,
          role: "PLAINTIFF",
          kind: "ORGANISATION",
          name: "浙江富春某实业有限公司",
          idNumber: "91330122MA2H3K4L5U",
        }),
        demoParty({
          position: 1,
          role: "DEFENDANT",
          kind: "ORGANISATION",
          name: "杭州某机械制造有限公司",
          idNumber: "91330122704712345A",
        }),
      ],
    },
    claims: {
      create: [
        { position: 0, description: "解除厂房租赁合同，支付拖欠租金", amount: "6200000.00" },
        { position: 1, description: "赔偿装修损失", amount: "1800000.00" },
      ],
    },
    clocks: {
      create: [
        {
          kind: "preFilingMediation",
          startedAt: new Date("2026-05-21T02:00:00.000Z"),
          stoppedAt: new Date("2026-06-12T08:00:00.000Z"),
        },
      ],
    },
  },
  "(2026)浙0903民特45号": {
    online: true,
    causeCode: "LABOUR_SERVICE_CONTRACT",
    causeListVersion: "2020",
    agreementId: "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45",
    agreementEffectiveAt: new Date("2026-07-02T03:00:00.000Z"),
    acceptedAt: new Date("2026-07-07T01:30:00.000Z"),
    concludedAt: new Date("2026-07-10T07:00:00.000Z"),
    performance: "PERFORMED",
    createdBy: "普陀区人民法院东极人民法庭（移动微法院）",
    parties: {
      create: [
        demoParty({
          position: 0,
          role: "APPLICANT",
          kind: "PERSON",
          name: "王海军",
          idNumber: "33090319780923401X",
        }),
        demoParty({
          position: 1,
          role: "APPLICANT",
          kind: "PERSON",
          name: "陈阿福",
          idNumber: "330903196504173012",
        }),
      ],
    },
    claims: {
      create: [
        {
          position: 0,
          description: "确认调解协议有效：陈阿福于2026年7月20日前支付王海军船员劳务费",
          amount: "42000.00",
        },
      ],
    },
    clocks: {
      create: [
        {
          kind: "judicialConfirmationApplication",
          startedAt: new Date("2026-07-03T02:00:00.000Z"),
          stoppedAt: new Date("2026-07-06T02:00:00.000Z"),
        },
        {
          kind: "judicialConfirmationAcceptance",
          startedAt: new Date("2026-07-06T02:00:00.000Z"),
          stoppedAt: new Date("2026-07-07T01:30:00.000Z"),
        },
        {
          kind: "judicialConfirmationRuling",
          startedAt: new Date("2026-07-07T01:30:00.000Z"),
          stoppedAt: new Date("2026-07-10T07:00:00.000Z"),
        },
      ],
    },
  },
};

/** Each party's consent to a demo application, by position: both consented online (移动微法院) when applying. */
const CONSENTS: Record<string, { position: number; at: Date }[]> = {
  "(2026)浙0903民特45号": [
    { position: 0, at: new Date("2026-07-06T02:00:00.000Z") },
    { position: 1, at: new Date("2026-07-06T02:00:00.000Z") },
  ],
};

/**
 * The case events each demo case went through, with their historical times, so the registry's timeline of
 * the story is complete from the first start. `facts` carries the case's status right after each step.
 */
const HISTORY: Record<string, (c: CaseFacts) => NewCaseEvent[]> = {
  "(2026)浙0122民诉前调512号": (c) => [
    courtEvents.preFilingMediationDelegated(
      { ...c, status: "IN_MEDIATION" },
      "MEDIATION_COMMITTEE",
      "桐庐县商事人民调解委员会",
      new Date("2026-05-21T02:00:00.000Z"),
    ),
    courtEvents.preFilingMediationResolved(
      { ...c, status: "RESOLVED" },
      "AGREEMENT",
      new Date("2026-06-12T08:00:00.000Z"),
    ),
  ],
  "(2026)浙0903民特45号": (c) => [
    courtEvents.judicialConfirmationFiled(
      { ...c, status: "APPLIED" },
      true,
      new Date("2026-07-06T02:00:00.000Z"),
      DETAILS["(2026)浙0903民特45号"]!.agreementId!,
    ),
    courtEvents.judicialConfirmationConsented(
      { ...c, status: "APPLIED" },
      { channel: "ONLINE" },
      false,
      new Date("2026-07-06T02:00:00.000Z"),
    ),
    courtEvents.judicialConfirmationConsented(
      { ...c, status: "APPLIED" },
      { channel: "ONLINE" },
      true,
      new Date("2026-07-06T02:00:00.000Z"),
    ),
    courtEvents.judicialConfirmationApplied(
      { ...c, status: "APPLIED" },
      new Date("2026-07-06T02:00:00.000Z"),
      DETAILS["(2026)浙0903民特45号"]!.agreementId!,
    ),
    courtEvents.judicialConfirmationAcceptanceDecided(
      { ...c, status: "ACCEPTED" },
      true,
      new Date("2026-07-07T01:30:00.000Z"),
    ),
    courtEvents.judicialConfirmationRuled({ ...c, status: "CONFIRMED" }, true, new Date("2026-07-10T07:00:00.000Z")),
    // The boat owner paid before the agreed 20 July; the court's follow-up visit recorded it.
    courtEvents.performanceRecorded({ ...c, status: "CONFIRMED" }, new Date("2026-07-17T06:00:00.000Z")),
  ],
};

/**
 * The body that handled each demo case, by case number: the island's confirmation went through the 东极 tribunal
 * (移动微法院); the rest through the court's service centre.
 */
const BODY_OF: Record<string, string> = { "(2026)浙0903民特45号": "普陀区人民法院东极人民法庭" };

/** The body of a demo case: its own, else its court's service centre. */
function demoBodyOf(caseNumber: string, courtCode: string): string {
  const body = DEMO_COURT_BODIES.find((b) =>
    BODY_OF[caseNumber]
      ? b.name === BODY_OF[caseNumber]
      : b.courtCode === courtCode && b.kind === "LITIGATION_SERVICE_CENTRE",
  );
  if (!body) throw new Error(`Demo case ${caseNumber} has no court body in the demo directory`);
  return body.id;
}

/** 特邀调解员名册 of the courts the demo stories reach: lawyers, retired judges, a union's mediator. */
const INVITED_MEDIATORS: { courtCode: string; name: string; organisation: string }[] = [
  { courtCode: "浙0122", name: "叶文涛", organisation: "桐庐县律师协会特邀调解工作室" },
  { courtCode: "浙0122", name: "邱建华", organisation: "桐庐县退休法官调解工作室" },
  { courtCode: "浙0122", name: "章美玲", organisation: "桐庐县总工会劳动争议调解工作室" },
  { courtCode: "浙0903", name: "乐海波", organisation: "普陀区退休法官调解工作室" },
  { courtCode: "浙0903", name: "贺亚萍", organisation: "普陀区律师协会特邀调解工作室" },
];

/** This department's part of the demo stories, written once into an empty database. */
export async function seedDemoData(store: LitigationStore, log: Logger): Promise<void> {
  if ((await store.courtCase.count()) > 0) return;
  const cases = DEMO_DISPUTES.flatMap((d) => d.litigation.map((c) => ({ ...c, disputeCode: d.code })));
  await store.$transaction(async (tx) => {
    // The court's directory first (as the registry's demo copy names it): its bodies and their judges.
    await tx.courtBody.createMany({ data: DEMO_COURT_BODIES });
    await tx.courtJudge.createMany({
      data: DEMO_COURT_BODIES.flatMap((b) => (DEMO_COURT_JUDGES[b.name] ?? []).map((name) => ({ bodyId: b.id, name }))),
    });
    await tx.courtInvitedMediator.createMany({ data: INVITED_MEDIATORS });
    for (const c of cases) {
      const number = parseCaseNumber(c.caseNumber);
      if (!number.ok) throw new Error(`Demo case number ${c.caseNumber} is not valid: ${number.messageEn}`);
      const created = await tx.courtCase.create({
        data: {
          ...DETAILS[c.caseNumber],
          caseNumber: number.value,
          courtCode: number.courtCode,
          body: { connect: { id: demoBodyOf(c.caseNumber, number.courtCode) } },
          disputeCode: c.disputeCode,
          procedure: member(CourtProcedure, c.procedure, c.caseNumber),
          status: member(CourtCaseStatus, c.status, c.caseNumber),
          filedAt: new Date(c.filedAt),
        },
      });
      for (const consent of CONSENTS[c.caseNumber] ?? []) {
        const party = await tx.courtCaseParty.findUniqueOrThrow({
          where: { caseId_position: { caseId: created.id, position: consent.position } },
        });
        await tx.judicialConfirmationConsent.create({
          data: {
            caseId: created.id,
            casePartyId: party.id,
            channel: "ONLINE",
            recorder: "PARTY",
            recordedBy: created.createdBy,
            consentedAt: consent.at,
          },
        });
      }
      for (const event of HISTORY[c.caseNumber]?.(created) ?? []) await recordCaseEvent(tx, event);
      // New filings continue after the demo numbers.
      await tx.caseNumberCounter.upsert({
        where: {
          courtCode_caseType_year: { courtCode: number.courtCode, caseType: number.caseType, year: number.year },
        },
        create: { courtCode: number.courtCode, caseType: number.caseType, year: number.year, last: number.number },
        update: { last: { set: number.number } },
      });
    }
  }, LONG_TRANSACTION);
  log.info({ count: cases.length }, "seeded demo data");
}
