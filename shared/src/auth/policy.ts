// Who may see what, as plain functions every subgraph calls in its resolvers and in every
// `__resolveReference` (an entity fetched by key obeys the same rules as a root query).
import type { Identity, Role } from "./identity.js";
import type { SubgraphName } from "../config.js";
import { inJurisdiction, servesBody } from "./jurisdiction.js";

/** Staff roles and the department each is bound to. */
export const STAFF_ROLES: Partial<Record<Role, SubgraphName>> = {
  intakeClerk: "petitions",
  petitionsOfficer: "petitions",
  mediator: "mediation",
  arbitrator: "arbitration",
  courtClerk: "litigation",
  legalAidOfficer: "legal-aid",
  reviewOfficer: "administrative-review",
};

/** The staff roles bound to a department. */
export const staffRolesOf = (department: SubgraphName): Role[] =>
  (Object.entries(STAFF_ROLES) as [Role, SubgraphName][]).filter(([, d]) => d === department).map(([role]) => role);

export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.some((role) => roles.includes(role));
}

/** Staff of a department: a role bound to it, and the token names that department. */
export function isStaffOf(identity: Identity, department: SubgraphName): boolean {
  return identity.department === department && identity.roles.some((role) => STAFF_ROLES[role] === department);
}

export function isStaff(identity: Identity): boolean {
  return identity.roles.some((role) => STAFF_ROLES[role] !== undefined);
}

/**
 * How much of a department's record a caller sees:
 * - full: the commander, the owning department's staff, staff of a co-handling department, and
 *   a resident who is a party (their own data; other parties stay masked);
 * - summary: other departments' staff (status and dates, no personal details);
 * - none: everyone else (anonymous, cockpit viewers, auditors, residents who are not parties).
 */
export type Visibility = "full" | "summary" | "none";

export interface RecordScope {
  department: SubgraphName;
  /** Departments co-handling the dispute (joint handling). */
  coHandlers?: readonly SubgraphName[];
  /** Internal party ids of the record's parties. */
  partyIds?: readonly string[];
  /** The county the record belongs to (a dispute's: its 解纷码's first six digits); staff see only their own. */
  county?: string;
  /**
   * The bodies (directory names) the record was sent to or that hold a case on it: staff of the handling
   * departments see it in full only when their body is among them. Unset: the department does not track bodies.
   */
  bodies?: readonly string[];
}

export function visibilityOf(identity: Identity, scope: RecordScope): Visibility {
  if (hasRole(identity, "resident") && identity.partyId && scope.partyIds?.includes(identity.partyId)) return "full";
  // Staff and the commander see only their own county's records.
  if (scope.county !== undefined && !inJurisdiction(identity, scope.county)) return "none";
  if (hasRole(identity, "commander")) return "full";
  const handling = [scope.department, ...(scope.coHandlers ?? [])].filter((d) => isStaffOf(identity, d));
  if (handling.length > 0) {
    // A handling department's staff see the record only while their own body was sent it or holds it. The
    // registry (the county's window and 信访局) registers every dispute of its county: its county is enough.
    if (handling.includes("petitions") || scope.bodies === undefined || servesBody(identity, scope.bodies))
      return "full";
    return "none";
  }
  if (isStaff(identity)) return "summary";
  return "none";
}

/** Whether the caller may read unmasked personal data of a party (each such read is audited). */
export function mayReadPersonalData(identity: Identity, scope: RecordScope, partyId: string): boolean {
  if (hasRole(identity, "resident")) return identity.partyId === partyId;
  return visibilityOf(identity, scope) === "full";
}
