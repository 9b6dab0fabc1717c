// The caller's view of this department's records, for resolvers (rules in domain/access.ts).
import type { PersonalDataOwner } from "@onedoor/shared/auth/access";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { applicantPartyIdOf, caseScope } from "../domain/access.js";
import type { CaseRow } from "./mapping.js";
import type { LegalAidContext } from "./context.js";

/** Whether the caller sees the case in full (the center, the commander, the applicant) rather than a summary. */
export function seesCaseInFull(ctx: LegalAidContext, row: CaseRow): boolean {
  return visibilityOf(ctx.identity, caseScope(row)) === "full";
}

/** The applicant's personal data on a case: what masking and the audit entry need. */
export function applicantOwner(row: CaseRow): PersonalDataOwner {
  return { scope: caseScope(row), partyId: applicantPartyIdOf(row), entity: "LegalAidCase", entityId: row.id };
}
