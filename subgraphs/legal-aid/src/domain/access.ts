// Who sees the legal aid center's records. An application discloses the applicant's household income and
// hardship material (低保、特困...), so only the legal aid center, the commander and the applicant see a
// case in full; other departments' staff see its status and dates (a summary).
import type { Identity } from "@onedoor/shared/auth/identity";
import { partyIdOrNull } from "@onedoor/shared/auth/party-id";
import { hasRole, isStaff, isStaffOf, type RecordScope } from "@onedoor/shared/auth/policy";
import type { SubgraphName } from "@onedoor/shared/config";

export const LEGAL_AID: SubgraphName = "legal-aid";

/** The case columns access depends on. */
export interface CaseParties {
  applicantPartyId: string | null;
  applicantResidentId: string | null;
  /** The county (GB/T 2260) of the application: staff of other counties see nothing of it. */
  regionCode?: string;
}

/**
 * The applicant's party id. Rows written before the column existed have none stored; it is derived from
 * the resident ID then, so those applicants still reach their own case.
 */
export function applicantPartyIdOf(row: CaseParties): string | null {
  return row.applicantPartyId ?? partyIdOrNull({ residentId: row.applicantResidentId });
}

/** 法律援助案件: the applicant is its only party (the other side of the dispute never sees it). */
export function caseScope(row: CaseParties): RecordScope {
  const partyId = applicantPartyIdOf(row);
  return {
    department: LEGAL_AID,
    partyIds: partyId ? [partyId] : [],
    ...(row.regionCode !== undefined ? { county: row.regionCode } : {}),
  };
}

/** 法律咨询: enquirers are not identified (a name, maybe a phone), so no resident sees one. */
export const CONSULTATION_SCOPE: RecordScope = { department: LEGAL_AID, partyIds: [] };

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
