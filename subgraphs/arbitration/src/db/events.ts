// Case events for the registry (统一归集), written through the outbox in the transaction of the change.
import { recordCaseEvent, type OutboxStore } from "@onedoor/shared/events/outbox";
import type { Prisma } from "../generated/prisma/client.js";
import type { ReportedEvent } from "../domain/case-events.js";

/** Records `events` for the case inside `tx`: they are committed if and only if the change is. */
export async function recordEvents(
  tx: Prisma.TransactionClient,
  subject: { id: string; disputeCode: string },
  occurredAt: Date,
  events: readonly ReportedEvent[],
): Promise<void> {
  // Prisma's generated JSON input type is narrower than OutboxStore's `object`; the columns are the same.
  const outbox = tx as unknown as OutboxStore;
  for (const event of events) {
    await recordCaseEvent(outbox, {
      disputeCode: subject.disputeCode,
      type: event.type,
      summary: event.summary,
      recordId: subject.id,
      data: event.data,
      occurredAt,
    });
  }
}
