// Stored rows and their reading into the domain's terms (JSON columns hold dates as ISO strings; their
// shapes are type aliases, so they are JSON values as Prisma writes them).
import type { ClockExtension } from "@onedoor/shared/clock/index";
import type {
  ArbitrationCase as CaseRow,
  Applicant as ApplicantRow,
  Claim as ClaimRow,
} from "../generated/prisma/client.js";
import type { CaseFacts } from "../domain/case-machine.js";

export type { CaseRow, ApplicantRow, ClaimRow };

export type StoredEvidence = {
  title: string;
  description: string | null;
  submittedBy: string;
};

export type StoredPostponement = {
  requestedBy: string;
  reason: string;
  at: string;
  previousHearingAt: string;
  newHearingAt: string;
};

export type StoredExtension = {
  days: number;
  approvedBy: string;
  reason: string;
  at: string;
};

export const evidenceOf = (row: CaseRow): StoredEvidence[] => row.evidence as unknown as StoredEvidence[];
export const postponementsOf = (row: CaseRow): StoredPostponement[] =>
  row.postponements as unknown as StoredPostponement[];
export const extensionsOf = (row: CaseRow): ClockExtension[] =>
  (row.awardExtensions as unknown as StoredExtension[]).map((e) => ({ ...e, at: new Date(e.at) }));

export const storedExtensions = (extensions: readonly ClockExtension[]): StoredExtension[] =>
  extensions.map((e) => ({ days: e.days, approvedBy: e.approvedBy, reason: e.reason, at: e.at.toISOString() }));

export function factsOf(row: CaseRow): CaseFacts {
  return {
    status: row.status,
    receivedAt: row.receivedAt,
    acceptedAt: row.acceptedAt,
    rejectedAt: row.rejectedAt,
    servedAt: row.servedAt,
    answeredAt: row.answeredAt,
    tribunalNotifiedAt: row.tribunalNotifiedAt,
    hearingAt: row.hearingAt,
    hearingNoticeAt: row.hearingNoticeAt,
    hearingHeldAt: row.hearingHeldAt,
    hearingsHeld: row.hearingsHeld,
    awardExtensions: extensionsOf(row),
    postponements: postponementsOf(row).length,
    closedAt: row.closedAt,
    voidedAt: row.voidedAt,
    awardServedAt: row.awardServedAt,
    awardFinal: row.awardFinal,
  };
}
