// Who sees a registry record: the registry (信访局 runs the one window) owns every dispute; the
// department it was dispatched to, and one asked to take it over (a pending hand-off), handle it too;
// a resident sees the disputes they are a party of. Everything else follows shared/auth/policy.ts.
import type { RecordScope } from "@onedoor/shared/auth/policy";
import type { SubgraphName } from "@onedoor/shared/config";
import type { Department, HandOffState } from "../generated/prisma/enums.js";

/** The subgraph whose staff work for a routing department (the catch-all window is the registry's). */
export const DEPARTMENT_SUBGRAPH: Record<Department, SubgraphName> = {
  PETITIONS: "petitions",
  COMPREHENSIVE_WINDOW: "petitions",
  MEDIATION: "mediation",
  ARBITRATION: "arbitration",
  LITIGATION: "litigation",
  LEGAL_AID: "legal-aid",
  ADMINISTRATIVE_REVIEW: "administrative-review",
};

export interface DisputeScopeFacts {
  leadDepartment: Department | null;
  /** Party ids of the dispute's parties (applicants and respondents). */
  partyIds: readonly string[];
  /** Hand-offs of the dispute: a receiver still deciding sees the matter in full. */
  handOffs?: readonly { toDepartment: Department; state: HandOffState }[];
}

export function subgraphOfDepartment(department: Department | null | undefined): SubgraphName | undefined {
  return department ? DEPARTMENT_SUBGRAPH[department] : undefined;
}

export function disputeScope(facts: DisputeScopeFacts): RecordScope {
  const handlers = new Set<SubgraphName>();
  const lead = subgraphOfDepartment(facts.leadDepartment);
  if (lead) handlers.add(lead);
  for (const handOff of facts.handOffs ?? []) {
    const to = subgraphOfDepartment(handOff.toDepartment);
    if (to && handOff.state === "PENDING") handlers.add(to);
  }
  handlers.delete("petitions");
  return { department: "petitions", coHandlers: [...handlers], partyIds: [...facts.partyIds] };
}

/**
 * A party's own scope: the person themself, the registry, and every department handling one of their
 * disputes (so a mediator sees the name of the person in front of them in full).
 */
export function partyScope(partyId: string, handlingDepartments: readonly (Department | null)[]): RecordScope {
  const coHandlers = [
    ...new Set(
      handlingDepartments
        .map(subgraphOfDepartment)
        .filter((s): s is SubgraphName => s !== undefined && s !== "petitions"),
    ),
  ];
  return { department: "petitions", coHandlers, partyIds: [partyId] };
}
