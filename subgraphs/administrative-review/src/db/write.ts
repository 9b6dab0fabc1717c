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
import type { AdministrativeReviewCase, AdministrativeReviewCaseStatus, Prisma } from "../generated/prisma/client.js";
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
