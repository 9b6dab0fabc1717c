// The caller's view of this department's records, for resolvers (rules in domain/access.ts): load a case for
// the caller and check it.
import { assertVisible, type PersonalDataOwner } from "@onedoor/shared/auth/access";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { loadById } from "@onedoor/shared/db/write-path";
import { applicantPartyIdOf, caseScope } from "../domain/access.js";
import { LEGAL_AID_CASE } from "../db/write.js";
import type { CaseRow } from "./mapping.js";
import type { LegalAidContext } from "./context.js";

/** The case if the caller may see it (FORBIDDEN otherwise); null when there is none. */
export function visibleCase(ctx: LegalAidContext, row: CaseRow | null): CaseRow | null {
  if (row) assertVisible(ctx, caseScope(row), "legal aid case");
  return row;
}

/** The case by id for the caller: NOT_FOUND for an unknown or malformed id, FORBIDDEN when they may not see it. */
export async function loadCase(ctx: LegalAidContext, id: string): Promise<CaseRow> {
  const row = await loadById(LEGAL_AID_CASE, id, (key) => ctx.loaders.caseById.load(key.toLowerCase()));
  assertVisible(ctx, caseScope(row), "legal aid case");
  return row;
}

/** Whether the caller sees the case in full (the center, the commander, the applicant) rather than a summary. */
export function seesCaseInFull(ctx: LegalAidContext, row: CaseRow): boolean {
  return visibilityOf(ctx.identity, caseScope(row)) === "full";
}

/** The applicant's personal data on a case: what masking and the audit entry need. */
export function applicantOwner(row: CaseRow): PersonalDataOwner {
  return { scope: caseScope(row), partyId: applicantPartyIdOf(row), entity: "LegalAidCase", entityId: row.id };
}
