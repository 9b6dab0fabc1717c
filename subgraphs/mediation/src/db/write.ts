// The one write path of this department: a mediation case (调解案件) is created and changed only through
// the shared `createRecord` / `changeRecord` — the state machine's answer, an update guarded by the
// version the case was read at, the rows of the step, its case event in the outbox and the audit entry,
// in one transaction.
import {
  changeRecord,
  createRecord,
  type RecordChange,
  type RecordKind,
  type Transition,
} from "@onedoor/shared/db/write-path";
import { currentTime } from "@onedoor/shared/clock/now";
import type { ReportedClock } from "@onedoor/shared/events/reported-clock";
import { checkCaseAction, type CaseAction, type CaseFacts } from "../domain/case-state.js";
import { withStatus, type MediationEventDraft } from "../domain/case-events.js";
import { caseClock, isDeemedFailed, reportedCaseClocks } from "../domain/mediation-clock.js";
import type { MediationCase as CaseRow, Prisma } from "../generated/prisma/client.js";
import type { MediationCaseStatus } from "../generated/prisma/enums.js";
import type { MediationContext } from "../resolvers/context.js";
import { assertMayChangeCase } from "../resolvers/access.js";
import type { MediationStore } from "./store.js";

export type Tx = Prisma.TransactionClient;
type CaseUpdate = Prisma.MediationCaseUpdateManyMutationInput;

export const mediationCaseKind: RecordKind<CaseRow, Tx, CaseUpdate> = {
  entity: "MediationCase",
  nameZh: "调解案件",
  table: (db) => db.mediationCase,
  outbox: (tx) => tx,
  audit: (tx) => tx,
};

/** A step of the state machine (its facts read here), or a decision of the step's own. */
export type CaseStep =
  CaseAction | ((row: CaseRow) => Transition<MediationCaseStatus> | Promise<Transition<MediationCaseStatus>>);

export type CaseChange = Omit<RecordChange<CaseRow, Tx, CaseUpdate, MediationCaseStatus>, "decide" | "events"> & {
  step: CaseStep;
  /** The step's report to the registry's timeline; the case's status after the step joins its data. */
  event(step: { tx: Tx; before: CaseRow; after: CaseRow }): MediationEventDraft | Promise<MediationEventDraft>;
};

/** What the state machine needs to know of a case besides its status. */
export async function caseFacts(store: MediationStore, row: CaseRow): Promise<CaseFacts> {
  const [mediators, experts, sessionsHeld, pauses] = await Promise.all([
    store.caseMediator.count({ where: { caseId: row.id, recusedAt: null } }),
    // A picked expert mediates too (点单), as the mediator of record or beside the mediators.
    store.expertPick.count({ where: { caseId: row.id } }),
    store.mediationSession.count({ where: { caseId: row.id } }),
    store.mediationClockPause.findMany({ where: { caseId: row.id } }),
  ]);
  return {
    status: row.status,
    activeMediators: mediators + experts,
    sessionsHeld,
    clockPausable: row.clockKind === "MEDICAL",
    clockPaused: pauses.some((p) => p.to === null),
    deemedFailed: isDeemedFailed(row.clockKind, row.status, caseClock(row, pauses, currentTime())),
  };
}

async function decideStep(
  store: MediationStore,
  row: CaseRow,
  action: CaseAction,
): Promise<Transition<MediationCaseStatus>> {
  return checkCaseAction(await caseFacts(store, row), action);
}

/** Applies one step to a case and refreshes what this request has read of it. */
export async function changeCase(ctx: MediationContext, { step, event, ...change }: CaseChange): Promise<CaseRow> {
  // Every step, whichever mutation asks for it, is the case's own committee's in its own county.
  await assertMayChangeCase(ctx, change.id);
  const row = await changeRecord(ctx.store, ctx, mediationCaseKind, {
    ...change,
    decide: typeof step === "function" ? step : (before) => decideStep(ctx.store, before, step),
    events: async (written) => [await reported(written.tx, written.after, await event(written))],
  });
  forgetCase(ctx, row);
  ctx.log.info({ caseId: row.id, status: row.status, action: change.audit.action }, "mediation case changed");
  return row;
}

/**
 * 受理: a new case, with its acceptance event and audit entry; `also` writes what the case starts with (e.g.
 * the experts the party picked earlier) in the same transaction, and reports it after the acceptance.
 */
export async function createCase(
  ctx: MediationContext,
  data: Prisma.MediationCaseUncheckedCreateInput,
  event: (row: CaseRow) => MediationEventDraft,
  audit: { action: string; input: object },
  also?: { write(tx: Tx, row: CaseRow): Promise<void>; events: readonly MediationEventDraft[] },
): Promise<CaseRow> {
  const row = await createRecord(ctx.store, ctx, mediationCaseKind, {
    create: async (tx) => {
      const created = await tx.mediationCase.create({ data });
      await also?.write(tx, created);
      return created;
    },
    // The acceptance reports the case's clock; the steps taken with it (a carried pick) report their status.
    events: async ({ tx, after }) => [
      await reported(tx, after, event(after)),
      ...(also?.events ?? []).map((e) => withStatus(e, after.status)),
    ],
    audit,
  });
  forgetCase(ctx, row);
  ctx.log.info({ caseId: row.id, disputeCode: row.disputeCode }, "mediation case accepted");
  return row;
}

/**
 * A delegated case takes the court's pre-filing clock as the court now runs it (relayed by the registry after an
 * extension). No step of the committee's, so no case event: the court reports its own clock (one clock, one
 * owner). Guarded by the version the case was read at and audited like any change.
 */
export async function takeCourtClock(ctx: MediationContext, row: CaseRow, clock: ReportedClock): Promise<CaseRow> {
  const after = await changeRecord(ctx.store, ctx, mediationCaseKind, {
    id: row.id,
    expectedVersion: row.version,
    decide: (before) => ({ ok: true, status: before.status }),
    columns: () => ({ courtClock: clock as unknown as Prisma.InputJsonValue }),
    audit: { action: "relayCourtClock", input: { clock } },
  });
  forgetCase(ctx, after);
  ctx.log.info({ caseId: after.id, courtCaseId: clock.recordId }, "mediation case runs the court's changed clock");
  return after;
}

/** The step's event with the case's status and its clock after the step, as the registry receives them. */
async function reported(tx: Tx, after: CaseRow, draft: MediationEventDraft) {
  const pauses = await tx.mediationClockPause.findMany({ where: { caseId: after.id }, orderBy: { from: "asc" } });
  return { ...withStatus(draft, after.status), clocks: reportedCaseClocks(after, pauses) };
}

/** Anything this request read about the case must not shadow the new state. */
function forgetCase(ctx: MediationContext, row: CaseRow): void {
  const { loaders } = ctx;
  loaders.caseById.clear(row.id).prime(row.id, row);
  loaders.casesByDispute.clear(row.disputeCode);
  for (const loader of [
    loaders.assignmentsByCase,
    loaders.sessionsByCase,
    loaders.pausesByCase,
    loaders.appraisalsByCase,
    loaders.picksByCase,
    loaders.agreementByCase,
  ]) {
    loader.clear(row.id);
  }
}
