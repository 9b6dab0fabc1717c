// Hand-offs in the registry: requested by staff or by a department's event, answered by the receiver
// (or by its taking the case), expired when unanswered. Each is a step of its dispute: the lead owner
// moves in the same transaction, the dispute's version counts it, and the timeline shows it.
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { afterCursor } from "@onedoor/shared/graphql/connection";
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import type { ReportedClock } from "@onedoor/shared/events/reported-clock";
import { selectList } from "@onedoor/shared/db/adapter-reads";
import { Prisma, type Dispute, type HandOff } from "../generated/prisma/client.js";
import type { Department, HandOffStatus } from "../generated/prisma/enums.js";
import {
  HAND_OFF_POLICY,
  handOffFromEvent,
  handOffRespondBy,
  ownerAfter,
  takingDepartment,
} from "../domain/hand-off.js";
import { bodyName, DEFAULT_BODIES } from "../domain/routing.js";
import { publishedBodyOf } from "./directory.js";
import { recordRegistryStep } from "./timeline.js";
import { recordNotice } from "./notices.js";
import type { PetitionsStore } from "./store.js";
import type { Tx } from "./write.js";

type Answer = Exclude<HandOffStatus, "PENDING">;

interface HandOffRequest {
  to: Department;
  toBody?: string | null;
  reason: string;
  actor: string;
  now: Date;
  /** The department event that asked for it, so a redelivered event creates it once. */
  sourceEventId?: string;
  /** Chosen by the caller when it must name the hand-off before it exists (the audit entry). */
  id?: string;
  /** A court's delegation (委派) rather than a hand-off: the receiver runs the court's pre-filing clock. */
  delegation?: { courtClock: ReportedClock | null };
}

/** Who leads an open dispute now: the intake window (信访局 runs it) until the first dispatch. */
export function leadOwner(dispute: Pick<Dispute, "leadDepartment">): Department {
  return dispute.leadDepartment ?? "PETITIONS";
}

export const handOffById = (store: PetitionsStore, id: string) => store.handOff.findUnique({ where: { id } });

// Read by the access check of every detail: through the driver adapter (adapter-reads.ts), mapped as Prisma's
// findMany maps it; the status is stored in the column "state" (`@map`).
const HAND_OFFS_SQL =
  `SELECT ${selectList(Prisma.HandOffScalarFieldEnum, { status: "state" })} FROM "HandOff" ` +
  `WHERE "disputeId" = ANY($1::uuid[]) ORDER BY "requestedAt" ASC, "id" ASC`;

/** The hand-offs of the given disputes, first requested first, as the equivalent `findMany`. */
export const handOffsOfDisputes = (store: PetitionsStore, disputeIds: readonly string[]): Promise<HandOff[]> =>
  store.rawQuery<HandOff>(HAND_OFFS_SQL, [disputeIds]);

export const hasPendingHandOff = async (db: Tx, disputeId: string): Promise<boolean> =>
  (await db.handOff.count({ where: { disputeId, status: "PENDING" } })) > 0;

/** Every hand-off of the dispute, answered or not (the request step caps them). */
export const handOffCount = (db: Tx, disputeId: string): Promise<number> => db.handOff.count({ where: { disputeId } });

/** One page of hand-offs, newest first (`size + 1` rows at most, for `toConnection`). */
export async function handOffPage(
  store: PetitionsStore,
  filter: { statuses?: HandOffStatus[] | null; toDepartment?: Department | null },
  after: string | null | undefined,
  size: number,
  jurisdiction: { county?: string; body?: string } = {},
): Promise<{ rows: HandOff[]; count: () => Promise<number> }> {
  const matching: Prisma.HandOffWhereInput[] = [
    filter.statuses?.length ? { status: { in: filter.statuses } } : {},
    filter.toDepartment ? { toDepartment: filter.toDepartment } : {},
    // The caller's part: their county's disputes (the 解纷码's first six digits), their own body's inbox.
    jurisdiction.county !== undefined ? { disputeCode: { startsWith: jurisdiction.county } } : {},
    jurisdiction.body !== undefined ? { toBody: jurisdiction.body } : {},
  ];
  const rows = await store.handOff.findMany({
    where: { AND: [...matching, afterCursor("requestedAt", after, "desc", (s) => new Date(String(s)))] },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    take: size + 1,
  });
  return { rows, count: () => store.handOff.count({ where: { AND: matching } }) };
}

/** The hand-off row and its timeline step; the dispute's own change is the caller's. */
export async function recordHandOffRequest(tx: Tx, dispute: Dispute, request: HandOffRequest): Promise<HandOff> {
  const published = await publishedBodyOf(tx, request.to, dispute, request.toBody ?? null);
  const toBody = request.toBody ?? published?.name ?? bodyName(DEFAULT_BODIES[request.to], dispute.regionCode);
  const handOff = await tx.handOff.create({
    data: {
      ...(request.id ? { id: request.id } : {}),
      disputeId: dispute.id,
      disputeCode: dispute.code,
      fromDepartment: leadOwner(dispute),
      toDepartment: request.to,
      toBody,
      toBodyId: published?.id ?? null,
      reason: request.reason,
      requestedBy: request.actor,
      requestedAt: request.now,
      respondBy: handOffRespondBy(request.now, CN_HOLIDAY_CALENDAR),
      status: "PENDING",
      sourceEventId: request.sourceEventId ?? null,
      policyVersion: HAND_OFF_POLICY.version,
    },
  });
  await recordNotice(tx, {
    department: request.to,
    disputeCode: dispute.code,
    kind: request.delegation ? "DELEGATED" : "HANDED_OVER",
    body: toBody,
    bodyId: published?.id ?? null,
    clock: request.delegation?.courtClock ?? null,
    at: request.now,
  });
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "HANDOFF_REQUESTED",
    summary: `移交${toBody}，待接收`,
    occurredAt: request.now,
    recordId: handOff.id,
    data: { from: handOff.fromDepartment, to: request.to },
  });
  return handOff;
}

/** 转介: the department beside the lead hears of the dispute, and the timeline says so. */
export async function recordReferral(
  tx: Tx,
  dispute: Dispute,
  referral: { to: Department; reason: string; at: Date },
): Promise<void> {
  const published = await publishedBodyOf(tx, referral.to, dispute, null);
  const body = published?.name ?? bodyName(DEFAULT_BODIES[referral.to], dispute.regionCode);
  await recordNotice(tx, {
    department: referral.to,
    disputeCode: dispute.code,
    kind: "SENT",
    body,
    bodyId: published?.id ?? null,
    at: referral.at,
  });
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "DISPUTE_REFERRED",
    summary: `转介${body}协同办理`,
    occurredAt: referral.at,
    data: { to: referral.to },
  });
}

/** The dispute's lead owner and handling body once the hand-off has its answer. */
export function ownerColumns(handOff: HandOff, state: Answer, regionCode: string) {
  const owner = ownerAfter(state, handOff.fromDepartment, handOff.toDepartment);
  return {
    leadDepartment: owner,
    handlingBody: owner === handOff.toDepartment ? handOff.toBody : bodyName(DEFAULT_BODIES[owner], regionCode),
    handlingBodyId: owner === handOff.toDepartment ? handOff.toBodyId : null,
  };
}

/**
 * The answer on the hand-off row (only while it waits) and its timeline step; false when someone else
 * answered first. The dispute's new owner (`ownerColumns`) is the caller's.
 */
export async function recordHandOffAnswer(
  tx: Tx,
  handOff: HandOff,
  answer: { state: Answer; actor: string; reason?: string | null; now: Date },
): Promise<boolean> {
  const { count } = await tx.handOff.updateMany({
    where: { id: handOff.id, status: "PENDING" },
    data: {
      status: answer.state,
      respondedBy: answer.actor,
      respondedAt: answer.now,
      responseReason: answer.reason ?? null,
    },
  });
  if (count === 0) return false;
  // Refused or expired: the receiver was not given the dispute after all. Accepted: the sender no longer holds it
  // (its own case goes on; it opens no new one).
  const noLongerHolding = answer.state === "ACCEPTED" ? handOff.fromDepartment : handOff.toDepartment;
  await recordNotice(tx, {
    department: noLongerHolding,
    disputeCode: handOff.disputeCode,
    kind: "RECALLED",
    body: answer.state === "ACCEPTED" ? null : handOff.toBody,
    at: answer.now,
  });
  const summaries: Record<Answer, string> = {
    ACCEPTED: `${handOff.toBody}接收移交，牵头办理`,
    REJECTED: `${handOff.toBody}退回移交，纠纷转综合调处窗口兜底`,
    EXPIRED: `${handOff.toBody}逾期未接收，纠纷转综合调处窗口兜底`,
  };
  await recordRegistryStep(tx, {
    disputeCode: handOff.disputeCode,
    type: `HANDOFF_${answer.state}`,
    summary: summaries[answer.state],
    occurredAt: answer.now,
    recordId: handOff.id,
    data: { owner: ownerAfter(answer.state, handOff.fromDepartment, handOff.toDepartment) },
  });
  return true;
}

/**
 * A hand-off the registry itself settles (expiry, a department taking the case): the answer, the new
 * owner, and one more version of the dispute, so an edit made from what was read before is refused.
 */
async function settleHandOff(
  tx: Tx,
  handOff: HandOff,
  answer: { state: Answer; actor: string; now: Date },
): Promise<boolean> {
  if (!(await recordHandOffAnswer(tx, handOff, answer))) return false;
  const dispute = await tx.dispute.findUniqueOrThrow({ where: { id: handOff.disputeId } });
  await tx.dispute.update({
    where: { id: dispute.id },
    data: { ...ownerColumns(handOff, answer.state, dispute.regionCode), version: { increment: 1 } },
  });
  return true;
}

/** A hand-off a step asks for (a department's event, a petition routed out), counted as a step of the dispute. */
export async function requestHandOffFromStep(tx: Tx, dispute: Dispute, request: HandOffRequest): Promise<void> {
  await recordHandOffRequest(tx, dispute, request);
  await tx.dispute.update({ where: { id: dispute.id }, data: { version: { increment: 1 } } });
}

/**
 * Unanswered hand-offs past their time return their disputes to the catch-all window. On real time, also
 * when a request runs at a simulated time: expiry changes everyone's hand-offs, not just the caller's.
 */
export async function expireOverdueHandOffs(store: PetitionsStore, now = new Date()): Promise<number> {
  const overdue = await store.handOff.findMany({ where: { status: "PENDING", respondBy: { lt: now } }, take: 500 });
  let expired = 0;
  for (const handOff of overdue) {
    const settled = await store.$transaction((tx) =>
      settleHandOff(tx, handOff, { state: "EXPIRED", actor: "system", now }),
    );
    if (settled) expired++;
  }
  return expired;
}

/**
 * What a department's event means for ownership: a failed mediation that names its next step hands
 * the dispute on; a department taking the case accepts the hand-off waiting for it.
 */
export async function applyHandOffEffects(tx: Tx, event: CaseEvent): Promise<void> {
  // The registry's reactions come just after the event that caused them, also in the timeline's order:
  // first a department taking the case it was handed, then any hand-off the event asks for (a court
  // delegating to a committee does both).
  const after = (ms: number) => new Date(new Date(event.occurredAt).getTime() + ms);
  const taker = takingDepartment(event.type);
  if (taker) {
    const waiting = await tx.handOff.findMany({
      where: { disputeCode: event.disputeCode, status: "PENDING", toDepartment: taker },
    });
    for (const handOff of waiting)
      await settleHandOff(tx, handOff, { state: "ACCEPTED", actor: `service:${event.source}`, now: after(1) });
  }
  const wanted = handOffFromEvent(event);
  if (wanted) {
    const dispute = await tx.dispute.findUnique({ where: { code: event.disputeCode } });
    if (
      dispute &&
      !(await hasPendingHandOff(tx, dispute.id)) &&
      (dispute.status === "DISPATCHED" || dispute.status === "IN_PROGRESS") &&
      leadOwner(dispute) !== wanted.to
    ) {
      await requestHandOffFromStep(tx, dispute, {
        to: wanted.to,
        toBody: wanted.toBody,
        reason: wanted.reasonZh,
        actor: `service:${event.source}`,
        now: after(2),
        sourceEventId: event.id,
        ...(wanted.delegated
          ? { delegation: { courtClock: event.clocks?.find((c) => c.spec.kind === "preFilingMediation") ?? null } }
          : {}),
      });
    }
  }
}
