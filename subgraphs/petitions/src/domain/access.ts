// Who sees a registry record: the registry (信访局 runs the one window) owns every dispute; the
// department it was dispatched to, and one asked to take it over (a pending hand-off), handle it too;
// a resident sees the disputes they are a party of. Everything else follows shared/auth/policy.ts.
import type { RecordScope } from "@onedoor/shared/auth/policy";
import { DEPARTMENT_SUBGRAPH as SHARED_DEPARTMENT_SUBGRAPH, type SubgraphName } from "@onedoor/shared/config";
import type { Department, HandOffStatus } from "../generated/prisma/enums.js";

/** The subgraph whose staff work for a routing department (the table is shared with the gateway). */
export const DEPARTMENT_SUBGRAPH: Record<Department, SubgraphName> = SHARED_DEPARTMENT_SUBGRAPH;

export interface DisputeScopeFacts {
  leadDepartment: Department | null;
  /** Party ids of the dispute's parties (applicants and respondents). */
  partyIds: readonly string[];
  /** Hand-offs of the dispute: a receiver still deciding sees the matter in full. */
  handOffs?: readonly { toDepartment: Department; status: HandOffStatus; toBody?: string }[];
  /** The county (GB/T 2260) the dispute was registered in: staff of other counties see nothing of it. */
  county?: string;
  /** Bodies it was dispatched to (handling and co-handling), by name: a department's staff see it only at those. */
  dispatchedBodies?: readonly string[];
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
    if (to && handOff.status === "PENDING") handlers.add(to);
  }
  handlers.delete("petitions");
  // A dispatch or a hand-off opens the dispute to the body named; it stays open to them afterwards.
  const bodies = new Set(facts.dispatchedBodies ?? []);
  for (const handOff of facts.handOffs ?? []) if (handOff.toBody) bodies.add(handOff.toBody);
  return {
    department: "petitions",
    coHandlers: [...handlers],
    partyIds: [...facts.partyIds],
    ...(facts.county !== undefined ? { county: facts.county, bodies: [...bodies] } : {}),
  };
}

/**
 * A party's own scope: the person themself, the registry, and every department handling one of their
 * disputes (so a mediator sees the name of the person in front of them in full).
 */
export function partyScope(
  partyId: string,
  disputes: readonly { leadDepartment: Department | null; county: string }[],
  isOwnCounty: (county: string) => boolean = () => true,
): RecordScope {
  const coHandlers = [
    ...new Set(
      disputes
        .map((d) => subgraphOfDepartment(d.leadDepartment))
        .filter((s): s is SubgraphName => s !== undefined && s !== "petitions"),
    ),
  ];
  // A party belongs to every county where they have a dispute: the caller's own when there is one, so staff
  // of a county where the party has no dispute see nothing of them.
  const county = disputes.find((d) => isOwnCounty(d.county))?.county ?? disputes[0]?.county;
  return { department: "petitions", coHandlers, partyIds: [partyId], ...(county !== undefined ? { county } : {}) };
}
