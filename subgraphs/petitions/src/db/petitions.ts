import type { Petition, PetitionAdjustment } from "../generated/prisma/client.js";
import type { PetitionRecord, PetitionState, StatutoryProcedure } from "../domain/petition.js";

export type PetitionRow = Petition & { adjustments: PetitionAdjustment[] };

const opt = (d: Date | null): Date | undefined => d ?? undefined;

/** The stored petition as the domain's record (clock inputs only; clocks are computed from it). */
export function toRecord(row: PetitionRow): PetitionRecord {
  const hearings = (kind: string) =>
    row.adjustments
      .filter((a) => a.kind === kind && a.from && a.to)
      .map((a) => ({ from: a.from!, to: a.to!, reason: a.reason }));
  return {
    state: row.state as PetitionState,
    receivedAt: row.receivedAt,
    decidedAt: opt(row.decidedAt),
    routedTo: (row.routedTo as StatutoryProcedure | null) ?? undefined,
    handlingExtensions: row.adjustments
      .filter((a) => a.kind === "HANDLING_EXTENSION")
      .map((a) => ({ days: a.days!, approvedBy: a.approvedBy!, reason: a.reason, at: a.at })),
    repliedAt: opt(row.repliedAt),
    reviewRequestedAt: opt(row.reviewRequestedAt),
    reviewHearings: hearings("REVIEW_HEARING"),
    reviewedAt: opt(row.reviewedAt),
    reexaminationRequestedAt: opt(row.reexaminationRequestedAt),
    reexaminationHearings: hearings("REEXAMINATION_HEARING"),
    reexaminedAt: opt(row.reexaminedAt),
  };
}

/** Columns to write for a record (everything but the adjustments, which are appended rows). */
export function recordColumns(r: PetitionRecord) {
  return {
    state: r.state,
    decidedAt: r.decidedAt ?? null,
    routedTo: r.routedTo ?? null,
    repliedAt: r.repliedAt ?? null,
    reviewRequestedAt: r.reviewRequestedAt ?? null,
    reviewedAt: r.reviewedAt ?? null,
    reexaminationRequestedAt: r.reexaminationRequestedAt ?? null,
    reexaminedAt: r.reexaminedAt ?? null,
  };
}
