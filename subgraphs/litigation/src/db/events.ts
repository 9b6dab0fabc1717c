// The court's case events go to its outbox inside the transaction that makes the change, so an event
// exists if and only if the change was committed; the shared relay delivers them to the registry.
import { recordCaseEvent, type NewCaseEvent, type OutboxStore } from "@onedoor/shared/events/outbox";
import type { Tx } from "./court-cases.js";

/** Records `event` in the caller's transaction (Prisma's transaction client is an OutboxStore in all but type). */
export function recordCourtEvent(tx: Tx, event: NewCaseEvent): Promise<void> {
  return recordCaseEvent(tx as unknown as OutboxStore, event);
}
