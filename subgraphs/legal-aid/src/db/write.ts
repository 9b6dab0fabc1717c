// The legal aid center's one write path: the shared `changeRecord` / `createRecord`. A case changes only as
// its state machine allows, only if it still has the version it was read at, and together with its case
// events (to the outbox) and its audit entry, in one transaction.
import { partyIdOrNull } from "@onedoor/shared/auth/party-id";
import {
  changeRecord,
  createRecord,
  type RecordChange,
  type RecordKind,
  type StepEvent,
} from "@onedoor/shared/db/write-path";
import type {
  LegalAidCase as CaseRow,
  LegalAidCentre as CentreRow,
  LegalAidProvider as ProviderRow,
  LegalAidWorkEntry as WorkEntryRow,
  LegalConsultation as ConsultationRow,
  Prisma,
} from "../generated/prisma/client.js";
import type { DirectoryStatus, LegalAidStatus } from "../generated/prisma/enums.js";
import type { LegalAidContext } from "../resolvers/context.js";
import { assertMayChangeCase } from "../resolvers/access.js";
import { caseClockFacts, reportedCaseClocks } from "../domain/workflow.js";

type Tx = Prisma.TransactionClient;
type CaseUpdate = Prisma.LegalAidCaseUncheckedUpdateManyInput;

/** 法律援助案件 as the write path knows it. */
export const LEGAL_AID_CASE: RecordKind<CaseRow, Tx, CaseUpdate> = {
  entity: "LegalAidCase",
  nameZh: "法律援助案件",
  table: (db) => db.legalAidCase,
  outbox: (tx) => tx,
  audit: (tx) => tx,
};

/** One step of a case: the state machine's answer, the columns it sets, its dependent rows and case events. */
type CaseStep = RecordChange<CaseRow, Tx, CaseUpdate, LegalAidStatus>;

/** The registry keys timelines by 解纷码: a case not (yet) linked to a dispute reports nothing. */
const reported = (row: { disputeCode: string | null }, events: readonly StepEvent[]) => (row.disputeCode ? events : []);

/** A case's events, each with the case's clocks after the step as the registry receives them (期限上报). */
async function reportedWithClocks(tx: Tx, row: CaseRow, events: readonly StepEvent[]): Promise<StepEvent[]> {
  if (!row.disputeCode || events.length === 0) return [];
  const requests = await tx.legalAidMaterialRequest.findMany({
    where: { caseId: row.id },
    orderBy: { requestedAt: "asc" },
  });
  const clocks = reportedCaseClocks(row.id, caseClockFacts(row, requests));
  return events.map((event) => ({ ...event, clocks }));
}

/** Applies `step` to the case and refreshes what this request has loaded of it. */
export async function changeCase(ctx: LegalAidContext, step: CaseStep): Promise<CaseRow> {
  // Every step, whichever mutation asks for it, is on a case of the caller's own center and county.
  await assertMayChangeCase(ctx, step.id);
  const events = step.events;
  const row = await changeRecord(ctx.store, ctx, LEGAL_AID_CASE, {
    ...step,
    events: events && (async (change) => reportedWithClocks(change.tx, change.after, await events(change))),
  });
  ctx.loaders.caseById.clear(row.id).prime(row.id, row);
  ctx.loaders.materialRequestsByCase.clear(row.id);
  // The assignee's load changes with an assignment or a closure.
  if (row.assigneeId) ctx.loaders.openCasesByProvider.clear(row.assigneeId);
  return row;
}

/** A new case's columns with the applicant's party id derived from the resident ID (every case write sets it). */
export function withApplicantPartyId(
  data: Omit<Prisma.LegalAidCaseUncheckedCreateInput, "applicantPartyId">,
): Prisma.LegalAidCaseUncheckedCreateInput {
  return { ...data, applicantPartyId: partyIdOrNull({ residentId: data.applicantResidentId }) };
}

/** 法律援助申请: the new case with its case events and audit entry. */
export function createCase(
  ctx: LegalAidContext,
  data: Omit<Prisma.LegalAidCaseUncheckedCreateInput, "applicantPartyId">,
  events: (row: CaseRow) => readonly StepEvent[],
  audit: CaseStep["audit"],
): Promise<CaseRow> {
  return createRecord(ctx.store, ctx, LEGAL_AID_CASE, {
    create: (tx) => tx.legalAidCase.create({ data: withApplicantPartyId(data) }),
    events: ({ tx, after }) => reportedWithClocks(tx, after, events(after)),
    audit,
  });
}

/** 承办人员 as the write path knows it: the roster entry's status moves by the shared directory lifecycle. */
export const LEGAL_AID_PROVIDER: RecordKind<ProviderRow, Tx, Prisma.LegalAidProviderUncheckedUpdateManyInput> = {
  entity: "LegalAidProvider",
  nameZh: "承办人员",
  table: (db) => db.legalAidProvider,
  audit: (tx) => tx,
};

/** A roster entry's status change (暂停、恢复、退出名录), guarded by its version and audited. */
export async function changeProviderStatus(
  ctx: LegalAidContext,
  step: RecordChange<ProviderRow, Tx, Prisma.LegalAidProviderUncheckedUpdateManyInput, DirectoryStatus>,
): Promise<ProviderRow> {
  const row = await changeRecord(ctx.store, ctx, LEGAL_AID_PROVIDER, step);
  ctx.loaders.providerById.clear(row.id).prime(row.id, row);
  return row;
}

/** 法律援助机构 as the write path knows it: its status moves by the shared directory lifecycle. */
export const LEGAL_AID_CENTRE: RecordKind<CentreRow, Tx, Prisma.LegalAidCentreUpdateManyMutationInput> = {
  entity: "LegalAidCentre",
  nameZh: "法律援助机构",
  table: (db) => db.legalAidCentre,
  audit: (tx) => tx,
};

/** A new centre or workstation in the department's directory, with its audit entry. */
export const createCentre = (
  ctx: LegalAidContext,
  data: Prisma.LegalAidCentreCreateInput,
  audit: { action: string; input: object },
): Promise<CentreRow> =>
  createRecord(ctx.store, ctx, LEGAL_AID_CENTRE, { create: (tx) => tx.legalAidCentre.create({ data }), audit });

/** A centre's status change (暂停、恢复、退出名录), guarded by its version and audited. */
export async function changeCentreStatus(
  ctx: LegalAidContext,
  step: RecordChange<CentreRow, Tx, Prisma.LegalAidCentreUpdateManyMutationInput, DirectoryStatus>,
): Promise<CentreRow> {
  const row = await changeRecord(ctx.store, ctx, LEGAL_AID_CENTRE, step);
  ctx.loaders.centreById.clear(row.id).prime(row.id, row);
  return row;
}

/** A record with no lifecycle of its own, created with its case events and audit entry. */
const CONSULTATION = { entity: "LegalConsultation", outbox: (tx: Tx) => tx, audit: (tx: Tx) => tx };

/** 法律咨询; reported only when it is linked to a dispute. */
export const createConsultation = (
  ctx: LegalAidContext,
  data: Prisma.LegalConsultationUncheckedCreateInput,
  events: (row: ConsultationRow) => readonly StepEvent[],
  audit: { action: string; input: object },
): Promise<ConsultationRow> =>
  createRecord(ctx.store, ctx, CONSULTATION, {
    create: (tx) => tx.legalConsultation.create({ data }),
    events: ({ after }) => reported(after, events(after)),
    audit,
  });

/** 承办人员 added to the roster. */
export const createProvider = (
  ctx: LegalAidContext,
  data: Prisma.LegalAidProviderUncheckedCreateInput,
  audit: { action: string; input: object },
): Promise<ProviderRow> =>
  createRecord(ctx.store, ctx, LEGAL_AID_PROVIDER, { create: (tx) => tx.legalAidProvider.create({ data }), audit });

// Rows a case step writes with it (`write` of a CaseStep).

/** 补充材料通知: pauses the decision clock until supplied. */
export async function addMaterialRequest(
  tx: Tx,
  data: Prisma.LegalAidMaterialRequestUncheckedCreateInput,
): Promise<void> {
  await tx.legalAidMaterialRequest.create({ data });
}

/** Closes the case's open material request. */
export async function markMaterialsSupplied(tx: Tx, caseId: string, at: Date): Promise<void> {
  await tx.legalAidMaterialRequest.updateMany({ where: { caseId, suppliedAt: null }, data: { suppliedAt: at } });
}

/** 办案记录 */
export function addWorkEntry(tx: Tx, data: Prisma.LegalAidWorkEntryUncheckedCreateInput): Promise<WorkEntryRow> {
  return tx.legalAidWorkEntry.create({ data });
}
