// Stored rows → GraphQL objects. Clocks and finality previews are computed here, on read; a summary
// reader (another department's staff) gets the case without its narratives and with names masked.
import { PartyKind } from "@onedoor/shared/graphql/party-kind";
import type { RecordScope } from "@onedoor/shared/auth/policy";
import { maskPersonName } from "@onedoor/shared/auth/masking";
import { CN_HOLIDAY_CALENDAR, toLocalDate } from "@onedoor/shared/clock/index";
import { clockView, type ClockView } from "@onedoor/shared/graphql/clock-type";
import { formatMoney } from "@onedoor/shared/graphql/scalars";
import { caseClocks, followOnOptions, litigationReasons } from "../domain/case-machine.js";
import { claimFinality } from "../domain/final-award.js";
import { checkLimitation } from "../domain/limitation.js";
import { monthlyMinimumWage } from "../domain/minimum-wage.js";
import { storedFen } from "../domain/money.js";
import { evidenceOf, extensionsOf, factsOf, postponementsOf, type CaseRow, type ClaimRow } from "../db/rows.js";
import { ArbitrationCase, Claim, FollowOnOption, LitigationReason } from "../entities/arbitration-case.js";

export type CaseVisibility = ArbitrationCase["visibility"];

/** `commission` is the case's commission (its name is the case's). */
export function toCase(
  row: CaseRow,
  commission: { name: string },
  scope: RecordScope,
  visibility: CaseVisibility,
): ArbitrationCase {
  const full = visibility === "full";
  const narrative = <T>(value: T): T | null => (full ? value : null);
  const postponements = postponementsOf(row).map((p) => ({
    requestedBy: narrative(p.requestedBy),
    reason: narrative(p.reason),
    at: new Date(p.at),
    previousHearingAt: new Date(p.previousHearingAt),
    newHearingAt: new Date(p.newHearingAt),
  }));
  return {
    row,
    scope,
    visibility,
    id: row.id,
    disputeCode: row.disputeCode,
    caseNumber: row.caseNumber,
    commissionId: row.commissionId,
    commission: commission.name,
    status: row.status,
    receivedAt: row.receivedAt,
    collective: row.collective,
    respondent: {
      name: row.respondentName,
      kind: PartyKind.ORGANISATION,
      creditCode: row.respondentCreditCode,
      // The legal representative is on the employer's public registration; masked only for summary readers.
      legalRepresentative:
        row.respondentLegalRep && (full ? row.respondentLegalRep : maskPersonName(row.respondentLegalRep)),
      address: narrative(row.respondentAddress),
      partyId: row.respondentPartyId,
      party: row.respondentPartyId ? { id: row.respondentPartyId } : null,
    },
    evidence: evidenceOf(row).map((e) => ({
      title: e.title,
      description: narrative(e.description),
      submittedBy: narrative(e.submittedBy),
    })),
    failedMediation: row.failedMediationId ? { id: row.failedMediationId } : null,
    acceptedAt: row.acceptedAt,
    rejectedAt: row.rejectedAt,
    rejectionReason: narrative(row.rejectionReason),
    voidedAt: row.voidedAt,
    voidReason: row.voidReason,
    voidExplanation: narrative(row.voidExplanation),
    servedAt: row.servedAt,
    answeredAt: row.answeredAt,
    tribunal:
      row.tribunalKind && row.presidingArbitrator && row.tribunalNotifiedAt
        ? {
            kind: row.tribunalKind,
            arbitrators: row.arbitrators,
            presidingArbitrator: row.presidingArbitrator,
            notifiedAt: row.tribunalNotifiedAt,
          }
        : null,
    hearing:
      row.hearingAt && row.hearingNoticeAt
        ? {
            at: row.hearingAt,
            place: row.hearingPlace,
            noticeAt: row.hearingNoticeAt,
            postponements,
            heldAt: row.hearingHeldAt,
            applicantAppearance: row.applicantAppearance,
            respondentAppearance: row.respondentAppearance,
          }
        : null,
    awardExtensions: extensionsOf(row).map((e) => ({
      days: e.days,
      approvedBy: e.approvedBy,
      reason: narrative(e.reason),
      at: e.at,
    })),
    closing: row.closedAt
      ? {
          at: row.closedAt,
          documentNumber: row.closingDocumentNumber,
          summary: narrative(row.closingSummary),
          servedAt: row.awardServedAt,
          final: row.status === "AWARDED" ? row.awardFinal : null,
        }
      : null,
    version: row.version,
  };
}

export function toClaim(claim: ClaimRow, caseRow: CaseRow, visibility: CaseVisibility, now: Date): Claim {
  const limitation = checkLimitation(
    { kind: claim.kind, knewOfInfringementOn: claim.knewOfInfringementOn, employmentEndedOn: claim.employmentEndedOn },
    caseRow.receivedAt,
  );
  // Before the award, show what the claimed amount would mean under today's minimum wage.
  const preview =
    claim.final === null
      ? claimFinality(
          claim.kind,
          storedFen(claim.amount),
          monthlyMinimumWage(caseRow.commissionRegion, toLocalDate(now)),
        )
      : null;
  return {
    id: claim.id,
    position: claim.position,
    kind: claim.kind,
    description: visibility === "full" ? claim.description : null,
    applicantPosition: claim.applicantPosition,
    amount: claim.amount && formatMoney(claim.amount),
    knewOfInfringementOn: claim.knewOfInfringementOn,
    employmentEndedOn: claim.employmentEndedOn,
    limitation: limitation.running
      ? {
          running: true,
          deadlineDate: limitation.deadlineDate,
          expired: limitation.expired,
          warningZh: limitation.warningZh,
        }
      : { running: false, deadlineDate: null, expired: false, warningZh: null },
    decision: claim.decision,
    awardedAmount: claim.awardedAmount && formatMoney(claim.awardedAmount),
    final: claim.final ?? preview?.final ?? null,
    finalityReason: preview ? preview.reason : claim.finalityReason,
    finalityExplanation: preview ? preview.explanationZh : claim.finalityExplanation,
  };
}

export function clocksOf(row: CaseRow, now: Date): ClockView[] {
  return caseClocks(factsOf(row), now, CN_HOLIDAY_CALENDAR).map((c) => clockView(c.kind, c.startedAt, c.status));
}

export function litigationReasonsOf(row: CaseRow, now: Date): LitigationReason[] {
  return litigationReasons(factsOf(row), now, CN_HOLIDAY_CALENDAR);
}

export function followOnOptionsOf(row: CaseRow, now: Date): FollowOnOption[] {
  return followOnOptions(factsOf(row), now, CN_HOLIDAY_CALENDAR).map((o) => ({
    party: o.party,
    action: o.action,
    clockKind: o.clockKind,
    deadline: o.deadline,
    open: o.open,
    descriptionZh: o.descriptionZh,
  }));
}
