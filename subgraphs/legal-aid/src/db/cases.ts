// Writes of the legal aid center's records. Each change, the case events it causes and its audit entry are
// committed in one transaction, so the registry hears of a change, and the audit log holds it, if and only
// if it happened.
import { conflict } from "@onedoor/shared/graphql/errors";
import { recordAudit, type AuditActor } from "@onedoor/shared/audit/audit";
import { partyIdOrNull } from "@onedoor/shared/auth/party-id";
import type { CaseEventDraft } from "../domain/case-events.js";
import type {
  LegalAidCase as CaseRow,
  LegalAidProvider as ProviderRow,
  LegalAidWorkEntry as WorkEntryRow,
  LegalConsultation as ConsultationRow,
  Prisma,
} from "../generated/prisma/client.js";
import { recordEvents } from "./events.js";
import type { LegalAidStore } from "./store.js";

type Tx = Prisma.TransactionClient;

/** Who acts, and what the audit entry says: the mutation and the input fields it was given (names, never values). */
export interface AuditedAct {
  by: AuditActor;
  action: string;
  fields: string[];
}

async function audit(tx: Tx, act: AuditedAct, entity: string, entityId: string): Promise<void> {
  // The generated delegate's overloads are wider than AuditStore's; the columns are the same.
  await recordAudit(tx, act.by, { action: act.action, entity, entityId, fields: act.fields });
}

/** A new case's columns with the applicant's party id derived from the resident ID: every write path goes through here. */
export function withApplicantPartyId(
  data: Omit<Prisma.LegalAidCaseUncheckedCreateInput, "applicantPartyId">,
): Prisma.LegalAidCaseUncheckedCreateInput {
  return { ...data, applicantPartyId: partyIdOrNull({ residentId: data.applicantResidentId }) };
}

/** 法律援助申请: the new case and `events(case)`. */
export function insertCase(
  store: LegalAidStore,
  act: AuditedAct,
  data: Omit<Prisma.LegalAidCaseUncheckedCreateInput, "applicantPartyId">,
  events: (row: CaseRow) => CaseEventDraft[],
): Promise<CaseRow> {
  return store.$transaction(async (tx) => {
    const row = await tx.legalAidCase.create({ data: withApplicantPartyId(data) });
    await recordEvents(tx, row.disputeCode, row.id, events(row));
    await audit(tx, act, "LegalAidCase", row.id);
    return row;
  });
}

/**
 * Writes `data` only if the case is still as it was read (two clerks, one case), together with `also` (the
 * case's dependent rows) and `events(updated case)`; a stale read is a CONFLICT and writes nothing.
 */
export function updateCase(
  store: LegalAidStore,
  act: AuditedAct,
  row: CaseRow,
  data: Prisma.LegalAidCaseUncheckedUpdateManyInput,
  options: { also?: (tx: Tx) => Promise<unknown>; events: (updated: CaseRow) => CaseEventDraft[] },
): Promise<CaseRow> {
  return store.$transaction(async (tx) => {
    const { count } = await tx.legalAidCase.updateMany({
      where: { id: row.id, status: row.status, updatedAt: row.updatedAt },
      data,
    });
    if (count === 0)
      throw conflict(`Legal aid case ${row.id} changed meanwhile; reload and retry`, "案件已被他人更新，请刷新后重试");
    if (options.also) await options.also(tx);
    const updated = await tx.legalAidCase.findUniqueOrThrow({ where: { id: row.id } });
    await recordEvents(tx, updated.disputeCode, updated.id, options.events(updated));
    await audit(tx, act, "LegalAidCase", updated.id);
    return updated;
  });
}

/** 办案记录 of `kase` and its event. */
export function insertWorkEntry(
  store: LegalAidStore,
  act: AuditedAct,
  kase: CaseRow,
  data: Omit<Prisma.LegalAidWorkEntryUncheckedCreateInput, "caseId">,
  events: (entry: WorkEntryRow) => CaseEventDraft[],
): Promise<WorkEntryRow> {
  return store.$transaction(async (tx) => {
    const entry = await tx.legalAidWorkEntry.create({ data: { ...data, caseId: kase.id } });
    await recordEvents(tx, kase.disputeCode, kase.id, events(entry));
    await audit(tx, act, "LegalAidWorkEntry", entry.id);
    return entry;
  });
}

/** 法律咨询; reported only when it is linked to a dispute. */
export function insertConsultation(
  store: LegalAidStore,
  act: AuditedAct,
  data: Prisma.LegalConsultationUncheckedCreateInput,
  events: (row: ConsultationRow) => CaseEventDraft[],
): Promise<ConsultationRow> {
  return store.$transaction(async (tx) => {
    const row = await tx.legalConsultation.create({ data });
    await recordEvents(tx, row.disputeCode, row.id, events(row));
    await audit(tx, act, "LegalConsultation", row.id);
    return row;
  });
}

/** 承办人员 added to the roster. */
export function insertProvider(
  store: LegalAidStore,
  act: AuditedAct,
  data: Prisma.LegalAidProviderUncheckedCreateInput,
): Promise<ProviderRow> {
  return store.$transaction(async (tx) => {
    const row = await tx.legalAidProvider.create({ data });
    await audit(tx, act, "LegalAidProvider", row.id);
    return row;
  });
}
