// Facts one department establishes that another acts on, relayed by the registry as it files the first
// department's events (shared/src/events/registry-notices.ts): the court confirms only an agreement the committee
// reached on that dispute, the committee's confirmation window stops when the parties apply to the court, an
// agreement found performed by either the court or the committee is performed for both, and a court's extension
// of its pre-filing period reaches the committee it delegated the mediation to, which runs the court's clock.
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import type { FactKind } from "@onedoor/shared/events/registry-notices";
import type { ReportedClock } from "@onedoor/shared/events/reported-clock";
import type { Department } from "../generated/prisma/enums.js";

export interface RelayedFact {
  to: Department;
  kind: FactKind;
  /** The first department's record the fact is about. */
  recordId: string;
  at: Date;
  /** COURT_CLOCK_CHANGED: the court's clock as it now runs. */
  clock?: ReportedClock;
}

const stringField = (data: CaseEvent["data"], key: string): string | undefined =>
  typeof data?.[key] === "string" ? (data[key] as string) : undefined;

/** What a department's event tells another department, if anything. */
export function relayedFact(event: CaseEvent): RelayedFact | undefined {
  const at = new Date(event.occurredAt);
  if (event.source === "mediation" && event.type === "MEDIATION_AGREEMENT_REACHED" && event.recordId)
    return { to: "LITIGATION", kind: "AGREEMENT_REACHED", recordId: event.recordId, at };
  if (
    event.source === "mediation" &&
    event.type === "AGREEMENT_PERFORMANCE_RECORDED" &&
    event.recordId &&
    stringField(event.data, "performance") === "PERFORMED"
  )
    return { to: "LITIGATION", kind: "AGREEMENT_PERFORMED", recordId: event.recordId, at };
  if (event.source === "litigation" && event.type === "PRE_FILING_MEDIATION_EXTENDED") {
    // Told to mediation, which acts on it only for a delegation it runs that clock for (and the registry tells it
    // only where the court delegated to a committee).
    const clock = event.clocks?.find((c) => c.spec.kind === "preFilingMediation");
    if (clock) return { to: "MEDIATION", kind: "COURT_CLOCK_CHANGED", recordId: clock.recordId, at, clock };
  }
  const agreementId = stringField(event.data, "agreementId");
  if (event.source !== "litigation" || !agreementId) return undefined;
  if (event.type === "JUDICIAL_CONFIRMATION_APPLIED")
    return { to: "MEDIATION", kind: "CONFIRMATION_APPLIED", recordId: agreementId, at };
  if (event.type === "PERFORMANCE_RECORDED")
    return { to: "MEDIATION", kind: "AGREEMENT_PERFORMED", recordId: agreementId, at };
  return undefined;
}
