// Who sees 行政复议机构's records: the department's staff, the commander and the applicant in full; other
// departments' staff a summary (status and dates, no narrative); nobody else.
//
// Jurisdiction (管辖): a case belongs to its dispute's county (the 解纷码's first six digits). Each county has one
// review office (县人民政府行政复议办公室), which holds every case of the county; its staff see and act on their
// own office's cases only.
import type { Identity } from "@onedoor/shared/auth/identity";
import { countyOfDisputeCode, inJurisdiction, mainBodyIn, servesBody } from "@onedoor/shared/auth/jurisdiction";
import { hasRole, isStaff, isStaffOf, type RecordScope } from "@onedoor/shared/auth/policy";
import type { SubgraphName } from "@onedoor/shared/config";

export const DEPARTMENT: SubgraphName = "administrative-review";

/** The review office of a county, by its directory name; none for a county the region table lacks. */
const officesOf = (county: string): string[] => {
  const office = mainBodyIn(DEPARTMENT, county);
  return office ? [office] : [];
};

export function caseScope(row: { applicantPartyId: string | null; disputeCode: string }): RecordScope {
  const county = countyOfDisputeCode(row.disputeCode);
  return {
    department: DEPARTMENT,
    partyIds: row.applicantPartyId ? [row.applicantPartyId] : [],
    county,
    bodies: officesOf(county),
  };
}

/**
 * 收到申请: staff only for a dispute of their own county, as staff of its review office or of one of the county's
 * offices in the directory (`countyOffices`, by name): a reception point (行政复议受理点) receives applications on the
 * office's behalf. Examining, accepting and deciding stay with the review office's staff (`caseScope`): the
 * reception point takes in the application, the county government's review office alone reviews.
 */
export function mayReceiveOn(identity: Identity, disputeCode: string, countyOffices: readonly string[] = []): boolean {
  if (!isStaff(identity) && !hasRole(identity, "commander")) return true;
  const county = countyOfDisputeCode(disputeCode);
  return (
    inJurisdiction(identity, county) &&
    (!isStaffOf(identity, DEPARTMENT) || servesBody(identity, [...officesOf(county), ...countyOffices]))
  );
}

/** 复议机构名录 upkeep: the department's directory administrator, for their own county's offices and officers. */
export function mayKeepDirectoryOf(identity: Identity, county: string): boolean {
  return inJurisdiction(identity, county);
}
