// Rows of this department's tables → domain facts and GraphQL shapes.
import type { LegalAidCase as CaseRow, LegalAidMaterialRequest as MaterialRequestRow, LegalAidProvider as ProviderRow } from "../generated/prisma/client.js";
import type { CaseClockFacts } from "../domain/workflow.js";
import { LegalAidStatus } from "../domain/workflow.js";
import type { ProviderCandidate } from "../domain/assignment.js";
import type { LegalSpecialty } from "../domain/matters.js";

export type { CaseRow, MaterialRequestRow, ProviderRow };

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
  return { id: row.id, name: row.name, regionCode: row.regionCode, active: row.active, specialties: row.specialties as LegalSpecialty[], maxOpenCases: row.maxOpenCases, openCases };
}

/** A cursor's sort value for rows ordered by a date column. */
export const isoSort = (date: Date): string => date.toISOString();
export const parseIsoSort = (sort: string | number): Date => new Date(String(sort));
