// The court's one write path: every change of a court case goes through the shared `changeRecord`
// (version-guarded, with its case events and audit entry in one transaction), every new case through
// `createRecord`. The request's loader then holds the case as committed.
import {
  changeRecord,
  createRecord,
  type RecordChange,
  type RecordCreation,
  type RecordKind,
  type StepEvent,
} from "@onedoor/shared/db/write-path";
import { reportClock } from "@onedoor/shared/events/reported-clock";
import { COURT_CLOCKS } from "../domain/clocks.js";
import { clockRecord } from "./court-cases.js";
import type { CourtBody, CourtCase, CourtInvitedMediator, CourtJudge, Prisma } from "../generated/prisma/client.js";
import type { CourtCaseStatus, DirectoryStatus } from "../generated/prisma/enums.js";
import type { SubgraphContext } from "@onedoor/shared/server/subgraph";
import { assertMayChangeCase } from "../resolvers/access.js";
import type { LitigationLoaders, LitigationStore, Tx } from "./store.js";

type CourtCaseUpdate = Prisma.CourtCaseUpdateManyMutationInput;
type Context = SubgraphContext<LitigationStore, LitigationLoaders>;

/** 法院案件, as the write path finds, guards, reports and audits it. */
export const courtCaseKind: RecordKind<CourtCase, Tx, CourtCaseUpdate> = {
  entity: "CourtCase",
  nameZh: "法院案件",
  table: (db) => db.courtCase,
  outbox: (tx) => tx,
  audit: (tx) => tx,
};

export type CourtCaseChange = RecordChange<CourtCase, Tx, CourtCaseUpdate, CourtCaseStatus>;

/** The step's first event carries every clock of the case after the step, as the registry receives them (期限上报). */
async function withClocks(tx: Tx, after: CourtCase, events: readonly StepEvent[]): Promise<StepEvent[]> {
  const [first, ...rest] = events;
  if (!first) return [];
  const clocks = await tx.courtCaseClock.findMany({ where: { caseId: after.id }, orderBy: { startedAt: "asc" } });
  return [
    { ...first, clocks: clocks.map((c) => reportClock(after.id, COURT_CLOCKS[c.kind], clockRecord(c))) },
    ...rest,
  ];
}

/** One step of a case through the write path; returns the case as committed. */
export async function changeCourtCase(ctx: Context, change: CourtCaseChange): Promise<CourtCase> {
  // Every step, whichever mutation asks for it, is the case's own court's, in its own county.
  await assertMayChangeCase(ctx, change.id);
  const after = await changeRecord(ctx.store, ctx, courtCaseKind, {
    ...change,
    events: async (step) => withClocks(step.tx, step.after, (await change.events?.(step)) ?? []),
  });
  ctx.loaders.caseById.clear(after.id).prime(after.id, after);
  // What the step may have written beside the case, if the request read it before (a step's own checks do).
  ctx.loaders.consentsByCase.clear(after.id);
  ctx.loaders.clocksByCase.clear(after.id);
  return after;
}

/** Opens a case with its case events and audit entry in one transaction. */
export async function createCourtCase(ctx: Context, creation: RecordCreation<CourtCase, Tx>): Promise<CourtCase> {
  const created = await createRecord(ctx.store, ctx, courtCaseKind, {
    ...creation,
    events: async (step) => withClocks(step.tx, step.after, (await creation.events?.(step)) ?? []),
  });
  ctx.loaders.caseById.prime(created.id, created);
  return created;
}

type InvitedMediatorUpdate = Prisma.CourtInvitedMediatorUpdateManyMutationInput;

/** 特邀调解员 as the write path knows it: the roster entry's status moves by the shared directory lifecycle. */
export const invitedMediatorKind: RecordKind<CourtInvitedMediator, Tx, InvitedMediatorUpdate> = {
  entity: "CourtInvitedMediator",
  nameZh: "特邀调解员",
  table: (db) => db.courtInvitedMediator,
  audit: (tx) => tx,
};

/** A new invited mediator on a court's roster, with its audit entry. */
export const createInvitedMediator = (
  ctx: Context,
  data: Prisma.CourtInvitedMediatorUncheckedCreateInput,
  audit: { action: string; input: object },
): Promise<CourtInvitedMediator> =>
  createRecord(ctx.store, ctx, invitedMediatorKind, {
    create: (tx) => tx.courtInvitedMediator.create({ data }),
    audit,
  });

/** An invited mediator's status change (暂停、恢复、退出名录), guarded by its version and audited. */
export const changeInvitedMediatorStatus = (
  ctx: Context,
  change: RecordChange<CourtInvitedMediator, Tx, InvitedMediatorUpdate, DirectoryStatus>,
): Promise<CourtInvitedMediator> => changeRecord(ctx.store, ctx, invitedMediatorKind, change);

type CourtBodyUpdate = Prisma.CourtBodyUpdateManyMutationInput;

/** 法院机构 as the write path knows it: its status moves by the shared directory lifecycle. */
export const courtBodyKind: RecordKind<CourtBody, Tx, CourtBodyUpdate> = {
  entity: "CourtBody",
  nameZh: "法院机构",
  table: (db) => db.courtBody,
  audit: (tx) => tx,
};

/** A new body in the court's directory, with its audit entry. */
export const createCourtBody = (
  ctx: Context,
  data: Prisma.CourtBodyUncheckedCreateInput,
  audit: { action: string; input: object },
): Promise<CourtBody> =>
  createRecord(ctx.store, ctx, courtBodyKind, { create: (tx) => tx.courtBody.create({ data }), audit });

/** A body's status change (暂停、恢复、退出名录), guarded by its version and audited. */
export const changeCourtBodyStatus = (
  ctx: Context,
  change: RecordChange<CourtBody, Tx, CourtBodyUpdate, DirectoryStatus>,
): Promise<CourtBody> => changeRecord(ctx.store, ctx, courtBodyKind, change);

type CourtJudgeUpdate = Prisma.CourtJudgeUpdateManyMutationInput;

/** 承办法官 as the write path knows it: the roster entry's status moves by the shared directory lifecycle. */
export const courtJudgeKind: RecordKind<CourtJudge, Tx, CourtJudgeUpdate> = {
  entity: "CourtJudge",
  nameZh: "承办法官",
  table: (db) => db.courtJudge,
  audit: (tx) => tx,
};

/** A new judge on a body's roster, with its audit entry. */
export const createCourtJudge = (
  ctx: Context,
  data: Prisma.CourtJudgeUncheckedCreateInput,
  audit: { action: string; input: object },
): Promise<CourtJudge> =>
  createRecord(ctx.store, ctx, courtJudgeKind, { create: (tx) => tx.courtJudge.create({ data }), audit });

/** A judge's status change (暂停、恢复、退出名录), guarded by its version and audited. */
export const changeCourtJudgeStatus = (
  ctx: Context,
  change: RecordChange<CourtJudge, Tx, CourtJudgeUpdate, DirectoryStatus>,
): Promise<CourtJudge> => changeRecord(ctx.store, ctx, courtJudgeKind, change);
