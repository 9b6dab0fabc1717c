// A department's report to the registry that something happened to a dispute (统一归集):
// the registry builds `Dispute.timeline` and the chain status from these.

import type { SubgraphName } from "../config.js";
import type { CaseEventType } from "./case-event-types.js";
import type { ReportedClock } from "./reported-clock.js";

/** Which department's records an event comes from. */
export type EventSource = SubgraphName;

export interface CaseEvent {
  /** Unique per event; the registry applies an event id once, however often it is delivered. */
  id: string;
  source: EventSource;
  /** Order of events within one source; the registry applies a source's events in this order. */
  sequence: number;
  disputeCode: string;
  /** One of the types its source may report (case-event-types.ts). */
  type: CaseEventType;
  occurredAt: string;
  /** Chinese one-line summary for the timeline, free of personal data (no names, ID or phone numbers). */
  summary: string;
  /** Id of the department's record the event is about (e.g. a MediationCase id). */
  recordId?: string;
  /** Small, non-personal details (status, amounts, next step). */
  data?: Record<string, unknown>;
  /**
   * Procedure clocks after the step, as the department runs them, each naming the record that runs it: a later
   * report of a record's clock replaces the earlier one. Absent: the step reports no clock.
   */
  clocks?: ReportedClock[];
}
