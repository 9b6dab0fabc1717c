// A department's report to the registry that something happened to a dispute (统一归集):
// the registry builds `Dispute.timeline` and the chain status from these.

import type { SubgraphName } from "../config.js";

/** Which department's records an event comes from. */
export type EventSource = SubgraphName;

export interface CaseEvent {
  /** Unique per event; the registry applies an event id once, however often it is delivered. */
  id: string;
  source: EventSource;
  /** Order of events within one source; the registry applies a source's events in this order. */
  sequence: number;
  disputeCode: string;
  /** SCREAMING_SNAKE_CASE, e.g. MEDIATION_ACCEPTED, AGREEMENT_REACHED, AWARD_MADE, AID_GRANTED, CASE_CLOSED. */
  type: string;
  occurredAt: string;
  /** Chinese one-line summary for the timeline, free of personal data (no names, ID or phone numbers). */
  summary: string;
  /** Id of the department's record the event is about (e.g. a MediationCase id). */
  recordId?: string;
  /** Small, non-personal details (status, amounts, next step). */
  data?: Record<string, unknown>;
}
