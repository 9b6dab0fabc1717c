// The one way a mediation case changes: load it, ask the state machine, then write in a transaction
// that bumps the version only if nobody else changed the case meanwhile (optimistic concurrency),
// and records the step's case event for the registry in that same transaction (outbox).
import { recordAudit, givenFields } from "@onedoor/shared/audit/audit";
import { conflict, invalidState, notFound, type InputProblems } from "@onedoor/shared/graphql/errors";
import { validateText } from "@onedoor/shared/validators/index";
import type { ClockRecord } from "@onedoor/shared/clock/index";
import { checkCaseAction, type CaseAction, type CaseStatus } from "../domain/case-state.js";
import {
  clockConfigFromEnv,
  isDeemedFailed,
  mediationClock,
  type MediationClockKind,
} from "../domain/mediation-clock.js";
import type { MediationCase as CaseRow, MediationClockPause as PauseRow, Prisma } from "../generated/prisma/client.js";
import type { MediationContext } from "./context.js";
import type { MediationEventDraft } from "../domain/case-events.js";
import { recordMediationEvent } from "../db/events.js";

import { isUuid } from "../db/paging.js";
import { currentTime } from "@onedoor/shared/clock/now";

/** Read once per process: MEDIATION_PEOPLE_CLOCK_MONTHS (default 1). */
export const CLOCK_CONFIG = clockConfigFromEnv(process.env);

export type Tx = Prisma.TransactionClient;

export const actor = (ctx: MediationContext): string => ctx.identity.userId ?? "anonymous";

export function clockRecord(row: Pick<CaseRow, "acceptedAt" | "closedAt">, pauses: readonly PauseRow[]): ClockRecord {
  return {
    startedAt: row.acceptedAt,
    pauses: pauses.map((p) => ({ from: p.from, to: p.to ?? undefined, reason: p.reason })),
    extensions: [],
    stoppedAt: row.closedAt ?? undefined,
  };
}

export function caseClock(row: CaseRow, pauses: readonly PauseRow[], now = currentTime()) {
  return mediationClock(row.clockKind as MediationClockKind, clockRecord(row, pauses), now, CLOCK_CONFIG);
}

/** Trimmed, length-checked text; problems are collected and thrown together by the caller. */
export function text(
  problems: InputProblems,
  field: (string | number)[],
  value: string,
  label: { zh: string; en: string },
  max: number,
  multiline = false,
): string {
  return problems.check(field, validateText(value, { field: label, min: 1, max, multiline })) ?? "";
}

export interface CaseChange {
  caseId: string;
  expectedVersion?: number | null;
  action: CaseAction;
  /** Columns of the case to set with the step (status and version are set here). */
  caseData?: (current: CaseRow, next: CaseStatus) => Prisma.MediationCaseUpdateManyMutationInput;
  /** Other rows to write in the same transaction. */
  write?: (tx: Tx, current: CaseRow) => Promise<void>;
  /** The step's report to the registry's timeline, written to the outbox in the same transaction. */
  event: (step: {
    tx: Tx;
    current: CaseRow;
    updated: CaseRow;
    committee: string;
  }) => MediationEventDraft | Promise<MediationEventDraft>;
  /** The audit entry, in the same transaction: the mutation's name and input; the case unless another record is named. */
  audit: { mutation: string; input: object; entity?: string; entityId?: string };
}

export async function loadCase(ctx: MediationContext, caseId: string): Promise<CaseRow> {
  const row = isUuid(caseId) ? await ctx.loaders.caseById.load(caseId) : null;
  if (!row) throw notFound("MediationCase", caseId, "调解案件不存在");
  return row;
}

export async function changeCase(ctx: MediationContext, change: CaseChange): Promise<CaseRow> {
  const { store } = ctx;
  const current = isUuid(change.caseId) ? await store.mediationCase.findUnique({ where: { id: change.caseId } }) : null;
  if (!current) throw notFound("MediationCase", change.caseId, "调解案件不存在");
  if (change.expectedVersion != null && change.expectedVersion !== current.version) {
    throw conflict("The case changed since you read it; reload and retry", "案件已被他人修改，请刷新后重试", {
      caseId: current.id,
      version: current.version,
    });
  }
  const [activeMediators, sessionsHeld, pauses] = await Promise.all([
    store.caseMediator.count({ where: { caseId: current.id, recusedAt: null } }),
    store.mediationSession.count({ where: { caseId: current.id } }),
    store.mediationClockPause.findMany({ where: { caseId: current.id } }),
  ]);
  const clock = caseClock(current, pauses);
  const decision = checkCaseAction(
    {
      status: current.status as CaseStatus,
      activeMediators,
      sessionsHeld,
      clockPausable: current.clockKind === "MEDICAL",
      clockPaused: pauses.some((p) => p.to === null),
      deemedFailed: isDeemedFailed(current.clockKind as MediationClockKind, current.status as CaseStatus, clock),
    },
    change.action,
  );
  if (!decision.ok)
    throw invalidState(decision.messageEn, decision.messageZh, { reason: decision.reason, status: current.status });

  const committee = (await ctx.loaders.committeeById.load(current.committeeId))!.name;
  const updated = await store.$transaction(async (tx) => {
    const { count } = await tx.mediationCase.updateMany({
      where: { id: current.id, version: current.version },
      data: { ...change.caseData?.(current, decision.status), status: decision.status, version: { increment: 1 } },
    });
    if (count === 0) {
      throw conflict(
        "The case was changed by someone else at the same time; reload and retry",
        "案件同时被他人修改，请刷新后重试",
        { caseId: current.id },
      );
    }
    await change.write?.(tx, current);
    const row = await tx.mediationCase.findUniqueOrThrow({ where: { id: current.id } });
    const draft = await change.event({ tx, current, updated: row, committee });
    await recordMediationEvent(tx, { disputeCode: row.disputeCode, caseId: row.id, status: row.status }, draft);
    const { mutation, input, entity = "MediationCase", entityId = row.id } = change.audit;
    await recordAudit(tx, ctx, { action: mutation, entity, entityId, fields: givenFields(input) });
    return row;
  });
  // Anything read earlier in this request (e.g. by loadCase) must not shadow the new state.
  ctx.loaders.caseById.clear(updated.id).prime(updated.id, updated);
  ctx.log.info(
    { caseId: updated.id, action: change.action, status: updated.status, by: actor(ctx) },
    "mediation case changed",
  );
  return updated;
}
