// Who may see what, as plain functions every subgraph calls in its resolvers and in every
// `__resolveReference` (an entity fetched by key obeys the same rules as a root query).
import type { Identity, Role } from "./identity.js";
import type { SubgraphName } from "../config.js";

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
}

export function visibilityOf(identity: Identity, scope: RecordScope): Visibility {
  if (hasRole(identity, "commander")) return "full";
  if (isStaffOf(identity, scope.department)) return "full";
  if (scope.coHandlers?.some((department) => isStaffOf(identity, department))) return "full";
  if (hasRole(identity, "resident") && identity.partyId && scope.partyIds?.includes(identity.partyId)) return "full";
  if (isStaff(identity)) return "summary";
  return "none";
}

/** Whether the caller may read unmasked personal data of a party (each such read is audited). */
export function mayReadPersonalData(identity: Identity, scope: RecordScope, partyId: string): boolean {
  if (hasRole(identity, "resident")) return identity.partyId === partyId;
  return visibilityOf(identity, scope) === "full";
}
