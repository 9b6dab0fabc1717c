// The outbox write of this department's case events (统一归集). Called only inside the transaction
// that makes the change, so an event exists if and only if the change was committed.
import { recordCaseEvent, type OutboxStore } from "@onedoor/shared/events/outbox";
import type { MediationEventDraft } from "../domain/case-events.js";
import type { Prisma } from "../generated/prisma/client.js";

export interface CaseEventTarget {
  disputeCode: string;
  /** The mediation case the event is about; the draft's recordId (the agreement) takes precedence. */
  caseId: string;
  /** The case's status after the change. */
  status: string;
}

export async function recordMediationEvent(
  tx: Prisma.TransactionClient,
  target: CaseEventTarget,
  draft: MediationEventDraft,
): Promise<void> {
  // The generated transaction client fits the outbox's structural type at run time; its Json input
  // type is only narrower than `object` on paper.
  await recordCaseEvent(tx as unknown as OutboxStore, {
    disputeCode: target.disputeCode,
    type: draft.type,
    summary: draft.summary,
    recordId: draft.recordId ?? target.caseId,
    data: { status: target.status, ...draft.data },
    ...(draft.occurredAt ? { occurredAt: draft.occurredAt } : {}),
  });
}
