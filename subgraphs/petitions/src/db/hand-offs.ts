// Hand-offs in the registry: requested by staff or by a department's event, answered by the receiver
// (or by its taking the case), expired when unanswered. Each change moves the lead owner in the same
// transaction and leaves a step in the timeline.
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import type { Dispute, HandOff, Prisma } from "../generated/prisma/client.js";
import {
  HAND_OFF_POLICY,
  handOffFromEvent,
  handOffRespondBy,
  ownerAfter,
  takingDepartment,
  type HandOffState,
} from "../domain/hand-off.js";
import { bodyName, DEFAULT_BODIES, type Department } from "../domain/routing.js";
import { recordRegistryStep } from "./timeline.js";
import type { PetitionsStore } from "./store.js";

type Tx = Prisma.TransactionClient;

/** Who leads an open dispute now: the intake window (信访局 runs it) until the first dispatch. */
export function leadOwner(dispute: Pick<Dispute, "leadDepartment">): Department {
  return (dispute.leadDepartment as Department | null) ?? "PETITIONS";
}

export async function requestHandOff(
  tx: Tx,
  dispute: Dispute,
  request: { to: Department; toBody?: string | null; reason: string; actor: string; now: Date; sourceEventId?: string },
): Promise<HandOff> {
  const toBody = request.toBody ?? bodyName(DEFAULT_BODIES[request.to], dispute.regionCode);
  const handOff = await tx.handOff.create({
    data: {
      disputeId: dispute.id,
      disputeCode: dispute.code,
      fromDepartment: leadOwner(dispute),
      toDepartment: request.to,
      toBody,
      reason: request.reason,
      requestedBy: request.actor,
      requestedAt: request.now,
      respondBy: handOffRespondBy(request.now, CN_HOLIDAY_CALENDAR),
      state: "PENDING",
      sourceEventId: request.sourceEventId ?? null,
      policyVersion: HAND_OFF_POLICY.version,
    },
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

/** Settles a pending hand-off; false when someone else settled it first. */
export async function settleHandOff(
  tx: Tx,
  handOff: HandOff,
  outcome: { state: Exclude<HandOffState, "PENDING">; actor: string; reason?: string | null; now: Date },
): Promise<boolean> {
  const { count } = await tx.handOff.updateMany({
    where: { id: handOff.id, state: "PENDING" },
    data: {
      state: outcome.state,
      respondedBy: outcome.actor,
      respondedAt: outcome.now,
      responseReason: outcome.reason ?? null,
    },
  });
  if (count === 0) return false;
  const owner = ownerAfter(outcome.state, handOff.fromDepartment as Department, handOff.toDepartment as Department);
  const dispute = await tx.dispute.findUniqueOrThrow({ where: { id: handOff.disputeId } });
  await tx.dispute.update({
    where: { id: handOff.disputeId },
    data: {
      leadDepartment: owner,
      handlingBody:
        owner === handOff.toDepartment ? handOff.toBody : bodyName(DEFAULT_BODIES[owner], dispute.regionCode),
    },
  });
  const summaries = {
    ACCEPTED: `${handOff.toBody}接收移交，牵头办理`,
    REJECTED: `${handOff.toBody}退回移交，纠纷转综合调处窗口兜底`,
    EXPIRED: `${handOff.toBody}逾期未接收，纠纷转综合调处窗口兜底`,
  };
  await recordRegistryStep(tx, {
    disputeCode: handOff.disputeCode,
    type: `HANDOFF_${outcome.state}`,
    summary: summaries[outcome.state],
    occurredAt: outcome.now,
    recordId: handOff.id,
    data: { owner },
  });
  return true;
}

/**
 * Unanswered hand-offs past their time return their disputes to the catch-all window. On real time, also
 * when a request runs at a simulated time: expiry changes everyone's hand-offs, not just the caller's.
 */
export async function expireOverdueHandOffs(store: PetitionsStore, now = new Date()): Promise<number> {
  const overdue = await store.handOff.findMany({ where: { state: "PENDING", respondBy: { lt: now } }, take: 500 });
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
      where: { disputeCode: event.disputeCode, state: "PENDING", toDepartment: taker },
    });
    for (const handOff of waiting)
      await settleHandOff(tx, handOff, { state: "ACCEPTED", actor: `service:${event.source}`, now: after(1) });
  }
  const wanted = handOffFromEvent(event);
  if (wanted) {
    const dispute = await tx.dispute.findUnique({ where: { code: event.disputeCode } });
    const pending = dispute && (await tx.handOff.count({ where: { disputeId: dispute.id, state: "PENDING" } }));
    if (
      dispute &&
      !pending &&
      ["DISPATCHED", "IN_PROGRESS"].includes(dispute.status) &&
      leadOwner(dispute) !== wanted.to
    ) {
      await requestHandOff(tx, dispute, {
        to: wanted.to,
        toBody: wanted.toBody,
        reason: wanted.reasonZh,
        actor: `service:${event.source}`,
        now: after(2),
        sourceEventId: event.id,
      });
    }
  }
}
