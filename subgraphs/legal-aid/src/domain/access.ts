// Who sees the legal aid center's records. An application discloses the applicant's household income and
// hardship material (低保、特困...), so only the legal aid center, the commander and the applicant see a
// case in full; other departments' staff see its status and dates (a summary).
//
// Jurisdiction (管辖): a record belongs to its dispute's county (the 解纷码's first six digits), a case without a
// dispute to the county of its region code. Each county has one legal aid center, the body every record of
// the county is held by; staff see and act on their own center's records only.
import type { Identity } from "@onedoor/shared/auth/identity";
import { partyIdOrNull } from "@onedoor/shared/auth/party-id";
import {
  countyOfDisputeCode,
  inJurisdiction,
  mainBodyIn,
  recordCounty,
  servesBody,
} from "@onedoor/shared/auth/jurisdiction";
import { hasRole, isStaff, isStaffOf, type RecordScope } from "@onedoor/shared/auth/policy";
import type { SubgraphName } from "@onedoor/shared/config";

export const LEGAL_AID: SubgraphName = "legal-aid";

/** The case columns access depends on. */
export interface CaseParties {
  applicantPartyId: string | null;
  applicantResidentId: string | null;
}

/** Where a case belongs: its dispute, or without one the region (GB/T 2260, 6 to 12 digits) of the application. */
export interface CasePlace {
  disputeCode: string | null;
  regionCode: string;
}

/** The county a case belongs to: its dispute's, else its region code's. */
export const caseCounty = (row: CasePlace): string =>
  row.disputeCode ? countyOfDisputeCode(row.disputeCode) : row.regionCode.slice(0, 6);

/** The legal aid center of a county, by its directory name (桐庐县法律援助中心); none for a county the region table lacks. */
const centersOf = (county: string): string[] => {
  const center = mainBodyIn(LEGAL_AID, county);
  return center ? [center] : [];
};

/** The county part of a record's scope: the county and the one center holding its records. */
const heldIn = (county: string): Pick<RecordScope, "county" | "bodies"> => ({ county, bodies: centersOf(county) });

/**
 * The applicant's party id. Rows written before the column existed have none stored; it is derived from
 * the resident ID then, so those applicants still reach their own case.
 */
export function applicantPartyIdOf(row: CaseParties): string | null {
  return row.applicantPartyId ?? partyIdOrNull({ residentId: row.applicantResidentId });
}

/** 法律援助案件: the applicant is its only party (the other side of the dispute never sees it). */
export function caseScope(row: CaseParties & CasePlace): RecordScope {
  const partyId = applicantPartyIdOf(row);
  return { department: LEGAL_AID, partyIds: partyId ? [partyId] : [], ...heldIn(caseCounty(row)) };
}

/**
 * 法律咨询: enquirers are not identified (a name, maybe a phone), so no resident sees one. One about a dispute
 * belongs to the dispute's county; one without is the center's own and has no county (the role checks alone).
 */
export function consultationScope(row: { disputeCode: string | null }): RecordScope {
  return {
    department: LEGAL_AID,
    partyIds: [],
    ...(row.disputeCode ? heldIn(countyOfDisputeCode(row.disputeCode)) : {}),
  };
}

/**
 * Which records a list may hold for the caller, as the queries filter them in SQL before paging:
 * - undefined: not narrowed (residents and others keep their own rules; a token without a region);
 * - null: none at all (staff or the commander at prefecture or province level see aggregates, not records);
 * - a county: its records, if `ownCenter` (the commander, or staff of that county's center), and the
 *   county-less ones.
 */
export type ListScope = { county: string; ownCenter: boolean } | null | undefined;

export function listScopeOf(identity: Identity): ListScope {
  if (!isStaff(identity) && !hasRole(identity, "commander")) return undefined;
  const county = recordCounty(identity);
  if (county === null || county === undefined) return county;
  return { county, ownCenter: !isStaffOf(identity, LEGAL_AID) || servesBody(identity, centersOf(county)) };
}

/**
 * Whether the caller may file a record placed in these counties (a case's dispute and region, a consultation's
 * dispute): staff and the commander only in their own county, legal aid staff only in their own center's name.
 */
export function mayFileIn(identity: Identity, counties: readonly string[]): boolean {
  if (!isStaff(identity) && !hasRole(identity, "commander")) return true;
  return counties.every(
    (county) =>
      inJurisdiction(identity, county) && (!isStaffOf(identity, LEGAL_AID) || servesBody(identity, centersOf(county))),
  );
}

/** The directory administrator keeps the roster of their own county (a token naming no region: every county's). */
export function mayKeepRosterOf(identity: Identity, county: string): boolean {
  return inJurisdiction(identity, county);
}

/**
 * Whether the caller may file an application for the applicant with this party id: legal aid staff for
 * anyone (at the window), a resident only in their own name.
 */
export function mayApplyFor(identity: Identity, applicantPartyId: string): boolean {
  if (isStaffOf(identity, LEGAL_AID)) return true;
  return hasRole(identity, "resident") && identity.partyId === applicantPartyId;
}

/** Whether the caller may supply requested material on the case: legal aid staff, or the applicant. */
export function maySupplyMaterials(identity: Identity, row: CaseParties): boolean {
  if (isStaffOf(identity, LEGAL_AID)) return true;
  const applicant = applicantPartyIdOf(row);
  return hasRole(identity, "resident") && applicant !== null && identity.partyId === applicant;
}

/**
 * A resident reaches a dispute's legal aid records only as a party to that dispute (the registry's party
 * ids); staff are not limited here, their view of each record follows `caseScope`.
 */
export function mayReadDisputeRecords(identity: Identity, disputePartyIds: readonly string[] | undefined): boolean {
  if (!hasRole(identity, "resident") || isStaff(identity) || hasRole(identity, "commander")) return true;
  return identity.partyId !== undefined && (disputePartyIds ?? []).includes(identity.partyId);
}
