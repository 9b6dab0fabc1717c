// Rows of this department's tables → domain facts and GraphQL shapes.
import type {
  LegalAidCase as CaseRow,
  LegalAidProvider as ProviderRow,
  LegalAidWorkEntry as WorkEntryRow,
  LegalConsultation as ConsultationRow,
} from "../generated/prisma/client.js";
import type { LegalAidApplicant } from "../entities/legal-aid-case.js";
import type { ProviderCandidate } from "../domain/assignment.js";

export type { CaseRow, ConsultationRow, ProviderRow, WorkEntryRow };

/** The applicant as the caller sees them; `row` stays for the fields resolved on demand (full values, party). */
export interface ApplicantSource extends LegalAidApplicant {
  row: CaseRow;
}

/** A work entry as the caller sees it: the description is null for summary readers. */
export type WorkEntryView = Omit<WorkEntryRow, "description"> & { description: string | null };

export function providerCandidate(row: ProviderRow, openCases: number): ProviderCandidate {
  return {
    id: row.id,
    name: row.name,
    regionCode: row.regionCode,
    status: row.status,
    specialties: row.specialties,
    maxOpenCases: row.maxOpenCases,
    openCases,
  };
}
