// What the registry learns from mediation about a whole dispute: where it should go next.
import type { MediationCaseStatus, MediationNextStep } from "../generated/prisma/enums.js";

export interface CaseOutcome {
  status: MediationCaseStatus;
  suggestedNextStep: MediationNextStep | null;
  closedAt: Date | null;
}

/**
 * The next step suggested by the most recently failed mediation, unless the dispute is still being
 * mediated or an agreement was reached at some committee (then mediation has not sent it anywhere).
 */
export function disputeNextStep(cases: readonly CaseOutcome[]): MediationNextStep | null {
  if (cases.some((c) => c.status === "AGREEMENT_REACHED" || c.status === "ACCEPTED" || c.status === "IN_MEDIATION"))
    return null;
  const failed = cases.filter((c) => c.status === "FAILED" && c.suggestedNextStep !== null && c.closedAt !== null);
  const latest = failed.sort((a, b) => a.closedAt!.getTime() - b.closedAt!.getTime()).at(-1);
  return latest?.suggestedNextStep ?? null;
}
