// Who sees 行政复议机构's records: the department's staff, the commander and the applicant in full; other
// departments' staff a summary (status and dates, no narrative); nobody else.
import type { RecordScope } from "@onedoor/shared/auth/policy";
import type { SubgraphName } from "@onedoor/shared/config";

export const DEPARTMENT: SubgraphName = "administrative-review";

export function caseScope(row: { applicantPartyId: string | null }): RecordScope {
  return { department: DEPARTMENT, partyIds: row.applicantPartyId ? [row.applicantPartyId] : [] };
}
