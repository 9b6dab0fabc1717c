// 鉴定 during medical mediation: commissioning an appraisal pauses the 30-working-day clock (appraisal
// time is not counted, 医疗纠纷预防和处理条例), receiving the opinion resumes it. Pure rules; the
// mutations (resolvers/appraisal-mutations.ts) write through the case's write path.
import type { Transition } from "@onedoor/shared/db/write-path";
import type { AppraisalKind, MediationCaseStatus } from "../generated/prisma/enums.js";
import { checkCaseAction, OPEN_STATUSES, refusal, type CaseFacts } from "./case-state.js";

export const APPRAISAL_KIND_ZH: Record<AppraisalKind, string> = {
  MEDICAL_MALPRACTICE: "医疗损害鉴定",
  DISABILITY_GRADE: "伤残等级鉴定",
  OTHER: "其他鉴定",
};

type CaseTransition = Transition<MediationCaseStatus>;

/** The reason stored on the clock pause an appraisal opens: what kind, and by whom. */
export function appraisalPauseReason(kind: AppraisalKind, body: string): string {
  return `${APPRAISAL_KIND_ZH[kind]}（${body}）`;
}

/**
 * 委托鉴定: only an open medical case, with no appraisal awaiting its opinion, pauses for one; the
 * clock must be running (a pause recorded by hand must be resumed first).
 */
export function checkAppraisalRequest(facts: CaseFacts, openAppraisal: boolean): CaseTransition {
  if (OPEN_STATUSES.includes(facts.status)) {
    if (!facts.clockPausable)
      return refusal(
        "NOT_MEDICAL",
        "Only medical dispute mediation commissions an appraisal",
        "仅医疗纠纷调解可委托鉴定",
      );
    if (openAppraisal)
      return refusal(
        "APPRAISAL_OPEN",
        "An appraisal of this case is still awaiting its opinion",
        "本案已有鉴定尚未出具意见，不能再次委托",
      );
  }
  return checkCaseAction(facts, "PAUSE_CLOCK");
}

/** The appraisal as the result step reads it. */
export interface AppraisalFacts {
  requestedAt: Date;
  receivedAt: Date | null;
}

/** 收到鉴定意见: once per appraisal, not before it was commissioned; the clock then runs again. */
export function checkAppraisalResult(facts: CaseFacts, appraisal: AppraisalFacts, receivedAt: Date): CaseTransition {
  if (OPEN_STATUSES.includes(facts.status)) {
    if (appraisal.receivedAt !== null)
      return refusal("ALREADY_RECEIVED", "This appraisal's opinion is already recorded", "该鉴定意见已登记");
    if (receivedAt < appraisal.requestedAt)
      return refusal(
        "BEFORE_REQUEST",
        "An opinion cannot be received before the appraisal was commissioned",
        "收到鉴定意见时间不能早于委托鉴定时间",
      );
  }
  return checkCaseAction(facts, "RESUME_CLOCK");
}

/** 责任比例: a whole percentage, 0 to 100 (the database checks the same). */
export function isLiabilityShare(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}

/** A pause an appraisal opened ends with the appraisal's opinion, not by a bare resume (which would leave it awaited). */
export function checkManualResume(pauseOpenedByAppraisal: boolean): CaseTransition | null {
  return pauseOpenedByAppraisal
    ? refusal(
        "APPRAISAL_PAUSE",
        "This pause is an appraisal's: record its opinion to resume the clock",
        "当前暂停因鉴定而起，请登记鉴定意见以恢复计时",
      )
    : null;
}
