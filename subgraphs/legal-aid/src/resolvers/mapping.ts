// Rows of this department's tables → domain facts and GraphQL shapes.
import type {
  LegalAidCase as CaseRow,
  LegalAidMaterialRequest as MaterialRequestRow,
  LegalAidProvider as ProviderRow,
  LegalAidWorkEntry as WorkEntryRow,
  LegalConsultation as ConsultationRow,
} from "../generated/prisma/client.js";
import type { LegalAidApplicant } from "../entities/legal-aid-case.js";
import type { CaseClockFacts } from "../domain/workflow.js";
import { LegalAidStatus } from "../domain/workflow.js";
import type { ProviderCandidate } from "../domain/assignment.js";
import type { LegalSpecialty } from "../domain/matters.js";

export type { CaseRow, ConsultationRow, MaterialRequestRow, ProviderRow, WorkEntryRow };

/** The applicant as the caller sees them; `row` stays for the fields resolved on demand (full values, party). */
export interface ApplicantSource extends LegalAidApplicant {
  row: CaseRow;
}

/** A work entry as the caller sees it: the description is null for summary readers. */
export type WorkEntryView = Omit<WorkEntryRow, "description"> & { description: string | null };

export function clockFacts(row: CaseRow, requests: readonly MaterialRequestRow[]): CaseClockFacts {
  return {
    appliedAt: row.appliedAt,
    materialRequests: requests,
    decidedAt: row.decidedAt,
    granted: row.status === LegalAidStatus.GRANTED || row.status === LegalAidStatus.CLOSED,
    provisionalAidStartedAt: row.provisionalAidStartedAt,
    assignedAt: row.assignedAt,
  };
}

export function providerCandidate(row: ProviderRow, openCases: number): ProviderCandidate {
  return {
    id: row.id,
    name: row.name,
    regionCode: row.regionCode,
    active: row.active,
    specialties: row.specialties as LegalSpecialty[],
    maxOpenCases: row.maxOpenCases,
    openCases,
  };
}

/** A cursor's sort value for rows ordered by a date column. */
export const isoSort = (date: Date): string => date.toISOString();
export const parseIsoSort = (sort: string | number): Date => new Date(String(sort));
