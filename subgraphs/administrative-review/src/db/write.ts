// Every change of a case goes through the shared write path (shared/src/db/write-path.ts): load → state
// machine → update guarded by version → outbox → audit, in one transaction.
import {
  changeRecord,
  createRecord,
  type RecordChange,
  type RecordCreation,
  type RecordKind,
  type StepEvent,
} from "@onedoor/shared/db/write-path";
import { reportedReviewClocks } from "../domain/clocks.js";
import type {
  AdministrativeReviewCase,
  AdministrativeReviewCaseStatus,
  Prisma,
  ReviewOffice,
  ReviewOfficer,
} from "../generated/prisma/client.js";
import type { DirectoryStatus } from "../generated/prisma/enums.js";
import type { AdministrativeReviewContext } from "../resolvers/context.js";
import { assertMayChangeCase } from "../resolvers/access.js";

export type Tx = Prisma.TransactionClient;

export const CASE_KIND: RecordKind<
  AdministrativeReviewCase,
  Tx,
  Prisma.AdministrativeReviewCaseUpdateManyMutationInput
> = {
  entity: "AdministrativeReviewCase",
  nameZh: "行政复议机构案件",
  table: (db) => db.administrativeReviewCase,
  outbox: (tx) => tx,
  audit: (tx) => tx,
};

/** Every event of a step carries the case's clocks after the step, as the registry receives them (期限上报). */
const withClocks = (after: AdministrativeReviewCase, events: readonly StepEvent[]): StepEvent[] => {
  const clocks = reportedReviewClocks(after);
  return events.map((event) => ({ ...event, clocks }));
};

/** Applies one step to a case, and lets the rest of the request read the committed row. */
export async function changeCase(
  ctx: AdministrativeReviewContext,
  change: RecordChange<
    AdministrativeReviewCase,
    Tx,
    Prisma.AdministrativeReviewCaseUpdateManyMutationInput,
    AdministrativeReviewCaseStatus
  >,
): Promise<AdministrativeReviewCase> {
  // Every step, whichever mutation asks for it, is on a case of the caller's own office and county.
  await assertMayChangeCase(ctx, change.id);
  const row = await changeRecord(ctx.store, ctx, CASE_KIND, {
    ...change,
    events: async (step) => withClocks(step.after, (await change.events?.(step)) ?? []),
  });
  ctx.loaders.caseById.clear(row.id).prime(row.id, row);
  return row;
}

export function createCase(
  ctx: AdministrativeReviewContext,
  creation: RecordCreation<AdministrativeReviewCase, Tx>,
): Promise<AdministrativeReviewCase> {
  return createRecord(ctx.store, ctx, CASE_KIND, {
    ...creation,
    events: async (step) => withClocks(step.after, (await creation.events?.(step)) ?? []),
  });
}

export const insertCase = (tx: Tx, data: Prisma.AdministrativeReviewCaseUncheckedCreateInput) =>
  tx.administrativeReviewCase.create({ data });

type OfficeUpdate = Prisma.ReviewOfficeUpdateManyMutationInput;

/** 复议机构 as the write path knows it: its status moves by the shared directory lifecycle. */
export const OFFICE_KIND: RecordKind<ReviewOffice, Tx, OfficeUpdate> = {
  entity: "ReviewOffice",
  nameZh: "复议机构",
  table: (db) => db.reviewOffice,
  audit: (tx) => tx,
};

/** A new office in the directory, with its audit entry. */
export const createOffice = (
  ctx: AdministrativeReviewContext,
  data: Prisma.ReviewOfficeUncheckedCreateInput,
  audit: { action: string; input: object },
): Promise<ReviewOffice> =>
  createRecord(ctx.store, ctx, OFFICE_KIND, { create: (tx) => tx.reviewOffice.create({ data }), audit });

/** An office's status change (暂停、恢复、退出名录), guarded by its version and audited. */
export async function changeOfficeStatus(
  ctx: AdministrativeReviewContext,
  change: RecordChange<ReviewOffice, Tx, OfficeUpdate, DirectoryStatus>,
): Promise<ReviewOffice> {
  const row = await changeRecord(ctx.store, ctx, OFFICE_KIND, change);
  ctx.loaders.officeById.clear(row.id).prime(row.id, row);
  return row;
}

type OfficerUpdate = Prisma.ReviewOfficerUpdateManyMutationInput;

/** 行政复议人员 as the write path knows it: the roster entry's status moves by the shared directory lifecycle. */
export const OFFICER_KIND: RecordKind<ReviewOfficer, Tx, OfficerUpdate> = {
  entity: "ReviewOfficer",
  nameZh: "行政复议人员",
  table: (db) => db.reviewOfficer,
  audit: (tx) => tx,
};

/** A new officer on an office's roster, with its audit entry. */
export const createOfficer = (
  ctx: AdministrativeReviewContext,
  data: Prisma.ReviewOfficerUncheckedCreateInput,
  audit: { action: string; input: object },
): Promise<ReviewOfficer> =>
  createRecord(ctx.store, ctx, OFFICER_KIND, { create: (tx) => tx.reviewOfficer.create({ data }), audit });

/** An officer's status change (暂停、恢复、退出名录), guarded by its version and audited. */
export const changeOfficerStatus = (
  ctx: AdministrativeReviewContext,
  change: RecordChange<ReviewOfficer, Tx, OfficerUpdate, DirectoryStatus>,
): Promise<ReviewOfficer> => changeRecord(ctx.store, ctx, OFFICER_KIND, change);
