// Stored rows → GraphQL objects. Clocks and finality previews are computed here, on read.
import { CN_HOLIDAY_CALENDAR, toLocalDate } from "@onedoor/shared/clock/index";
import { clockView, type ClockView } from "@onedoor/shared/graphql/clock-type";
import { caseClocks, followOnOptions, litigationReasons } from "../domain/case-machine.js";
import { commissionFor } from "../domain/commission.js";
import { claimFinality } from "../domain/final-award.js";
import { checkLimitation } from "../domain/limitation.js";
import { monthlyMinimumWage } from "../domain/minimum-wage.js";
import type { ClaimKindKey } from "../domain/claims.js";
import { evidenceOf, extensionsOf, factsOf, postponementsOf, type CaseRow, type ClaimRow } from "../db/rows.js";
import { ArbitrationCase, Claim, FollowOnOption, LitigationReason } from "../entities/arbitration-case.js";
import {
  ArbitrationStatus,
  ClaimDecision,
  ClaimKind,
  FinalityReason,
  FollowOnAction,
  FollowOnParty,
  LitigationReasonCode,
  TribunalKind,
} from "../entities/enums.js";

export function toCase(row: CaseRow): ArbitrationCase {
  const postponements = postponementsOf(row).map((p) => ({ ...p, at: new Date(p.at), previousHearingAt: new Date(p.previousHearingAt), newHearingAt: new Date(p.newHearingAt) }));
  return {
    row,
    id: row.id,
    disputeCode: row.disputeCode,
    caseNumber: row.caseNumber,
    commission: commissionFor(row.commissionRegion)?.name ?? row.commissionRegion,
    status: row.status as ArbitrationStatus,
    receivedAt: row.receivedAt,
    collective: row.collective,
    respondent: { name: row.respondentName, creditCode: row.respondentCreditCode, legalRepresentative: row.respondentLegalRep, address: row.respondentAddress },
    evidence: evidenceOf(row),
    failedMediation: row.failedMediationId ? { id: row.failedMediationId } : null,
    acceptedAt: row.acceptedAt,
    rejectedAt: row.rejectedAt,
    rejectionReason: row.rejectionReason,
    servedAt: row.servedAt,
    answeredAt: row.answeredAt,
    tribunal:
      row.tribunalKind && row.presidingArbitrator && row.tribunalNotifiedAt
        ? { kind: row.tribunalKind as TribunalKind, arbitrators: row.arbitrators, presidingArbitrator: row.presidingArbitrator, notifiedAt: row.tribunalNotifiedAt }
        : null,
    hearing: row.hearingAt && row.hearingNoticeAt ? { at: row.hearingAt, place: row.hearingPlace, noticeAt: row.hearingNoticeAt, postponements } : null,
    awardExtensions: extensionsOf(row),
    closing: row.closedAt
      ? {
          at: row.closedAt,
          documentNumber: row.closingDocumentNumber,
          summary: row.closingSummary,
          servedAt: row.awardServedAt,
          final: row.status === "AWARDED" ? row.awardFinal : null,
        }
      : null,
    version: row.version,
  };
}

export function toClaim(claim: ClaimRow, caseRow: CaseRow, now: Date): Claim {
  const kind = claim.kind as ClaimKindKey;
  const limitation = checkLimitation({ kind, knewOfInfringementOn: claim.knewOfInfringementOn, employmentEndedOn: claim.employmentEndedOn }, caseRow.receivedAt);
  // Before the award, show what the claimed amount would mean under today's minimum wage.
  const preview = claim.final === null ? claimFinality(kind, claim.amountFen, monthlyMinimumWage(caseRow.commissionRegion, toLocalDate(now))) : null;
  return {
    id: claim.id,
    position: claim.position,
    kind: claim.kind as ClaimKind,
    description: claim.description,
    applicantPosition: claim.applicantPosition,
    amountFen: claim.amountFen,
    knewOfInfringementOn: claim.knewOfInfringementOn,
    employmentEndedOn: claim.employmentEndedOn,
    limitation: limitation.running
      ? { running: true, deadlineDate: limitation.deadlineDate, expired: limitation.expired, warningZh: limitation.warningZh }
      : { running: false, deadlineDate: null, expired: false, warningZh: null },
    decision: claim.decision as ClaimDecision | null,
    awardedAmountFen: claim.awardedAmountFen,
    final: claim.final ?? preview?.final ?? null,
    finalityReason: ((preview ? preview.reason : claim.finalityReason) ?? null) as FinalityReason | null,
    finalityExplanation: preview ? preview.explanationZh : claim.finalityExplanation,
  };
}

export function clocksOf(row: CaseRow, now: Date): ClockView[] {
  return caseClocks(factsOf(row), now, CN_HOLIDAY_CALENDAR).map((c) => clockView(c.kind, c.startedAt, c.status));
}

export function litigationReasonsOf(row: CaseRow, now: Date): LitigationReason[] {
  return litigationReasons(factsOf(row), now, CN_HOLIDAY_CALENDAR).map((r) => ({ ...r, code: r.code as LitigationReasonCode }));
}

export function followOnOptionsOf(row: CaseRow, now: Date): FollowOnOption[] {
  return followOnOptions(factsOf(row), now, CN_HOLIDAY_CALENDAR).map((o) => ({
    party: o.party as FollowOnParty,
    action: o.action as FollowOnAction,
    clockKind: o.clockKind,
    deadline: o.deadline,
    open: o.open,
    descriptionZh: o.descriptionZh,
  }));
}
