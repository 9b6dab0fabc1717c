// Writes of the legal aid center's records. Each change and the case events it causes are committed in one
// transaction, so the registry hears of a change if and only if it happened.
import { conflict } from "@onedoor/shared/graphql/errors";
import type { CaseEventDraft } from "../domain/case-events.js";
import type {
  LegalAidCase as CaseRow,
  LegalAidWorkEntry as WorkEntryRow,
  LegalConsultation as ConsultationRow,
  Prisma,
} from "../generated/prisma/client.js";
import { recordEvents } from "./events.js";
import type { LegalAidStore } from "./store.js";

type Tx = Prisma.TransactionClient;

/** 法律援助申请: the new case and `events(case)`. */
export function insertCase(store: LegalAidStore, data: Prisma.LegalAidCaseUncheckedCreateInput, events: (row: CaseRow) => CaseEventDraft[]): Promise<CaseRow> {
  return store.$transaction(async (tx) => {
    const row = await tx.legalAidCase.create({ data });
    await recordEvents(tx, row.disputeCode, row.id, events(row));
    return row;
  });
}

/**
 * Writes `data` only if the case is still as it was read (two clerks, one case), together with `also` (the
 * case's dependent rows) and `events(updated case)`; a stale read is a CONFLICT and writes nothing.
 */
export function updateCase(
  store: LegalAidStore,
  row: CaseRow,
  data: Prisma.LegalAidCaseUncheckedUpdateManyInput,
  options: { also?: (tx: Tx) => Promise<unknown>; events: (updated: CaseRow) => CaseEventDraft[] },
): Promise<CaseRow> {
  return store.$transaction(async (tx) => {
    const { count } = await tx.legalAidCase.updateMany({ where: { id: row.id, status: row.status, updatedAt: row.updatedAt }, data });
    if (count === 0) throw conflict(`Legal aid case ${row.id} changed meanwhile; reload and retry`, "案件已被他人更新，请刷新后重试");
    if (options.also) await options.also(tx);
    const updated = await tx.legalAidCase.findUniqueOrThrow({ where: { id: row.id } });
    await recordEvents(tx, updated.disputeCode, updated.id, options.events(updated));
    return updated;
  });
}

/** 办案记录 of `kase` and its event. */
export function insertWorkEntry(
  store: LegalAidStore,
  kase: CaseRow,
  data: Omit<Prisma.LegalAidWorkEntryUncheckedCreateInput, "caseId">,
  events: (entry: WorkEntryRow) => CaseEventDraft[],
): Promise<WorkEntryRow> {
  return store.$transaction(async (tx) => {
    const entry = await tx.legalAidWorkEntry.create({ data: { ...data, caseId: kase.id } });
    await recordEvents(tx, kase.disputeCode, kase.id, events(entry));
    return entry;
  });
}

/** 法律咨询; reported only when it is linked to a dispute. */
export function insertConsultation(
  store: LegalAidStore,
  data: Prisma.LegalConsultationUncheckedCreateInput,
  events: (row: ConsultationRow) => CaseEventDraft[],
): Promise<ConsultationRow> {
  return store.$transaction(async (tx) => {
    const row = await tx.legalConsultation.create({ data });
    await recordEvents(tx, row.disputeCode, row.id, events(row));
    return row;
  });
}
