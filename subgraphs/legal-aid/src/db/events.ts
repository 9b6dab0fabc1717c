// The outbox side of 统一归集: events go into this department's OutboxEvent table inside the transaction of
// the change, and the shared relay delivers them to the registry.
import { recordCaseEvent, type OutboxStore } from "@onedoor/shared/events/outbox";
import type { CaseEventDraft } from "../domain/case-events.js";
import type { Prisma } from "../generated/prisma/client.js";

/**
 * Records `events` about record `recordId` for `disputeCode`. The registry keys timelines by 解纷码, so a
 * record not (yet) linked to a dispute (an application naming only the arbitration or court case) reports nothing.
 */
export async function recordEvents(
  tx: Prisma.TransactionClient,
  disputeCode: string | null,
  recordId: string,
  events: readonly CaseEventDraft[],
): Promise<void> {
  if (!disputeCode) return;
  // The generated delegate's overloads are wider than OutboxStore's; the columns are the same.
  const outbox = tx as unknown as OutboxStore;
  for (const event of events) {
    await recordCaseEvent(outbox, {
      disputeCode,
      recordId,
      type: event.type,
      summary: event.summary,
      occurredAt: event.occurredAt,
      ...(event.data ? { data: event.data } : {}),
    });
  }
}
