// The life of a mediation case (调解案件) as a pure state machine: which step is allowed in which
// state, and what state it leads to. The write path asks it before writing anything.
import type { Transition } from "@onedoor/shared/db/write-path";
import { checkVoid } from "@onedoor/shared/events/step-void";
import type { MediationCaseStatus } from "../generated/prisma/enums.js";
import { checkFollowUp, type PerformanceStatus } from "./agreement.js";

export const CASE_STATUS_ZH: Record<MediationCaseStatus, string> = {
  ACCEPTED: "已受理",
  IN_MEDIATION: "调解中",
  AGREEMENT_REACHED: "已达成协议",
  FAILED: "调解不成",
  WITHDRAWN: "已撤回",
  VOIDED: "已撤销（误受理）",
};

export const OPEN_STATUSES: readonly MediationCaseStatus[] = ["ACCEPTED", "IN_MEDIATION"];

/** Steps decided by `checkCaseAction`; a follow-up (回访) has its own check, `checkFollowUpStep`. */
export type CaseAction =
  | "ASSIGN_MEDIATOR"
  | "RECUSE_MEDIATOR"
  | "ADD_DEPARTMENTS"
  | "PICK_EXPERT"
  | "RECORD_SESSION"
  | "PAUSE_CLOCK"
  | "RESUME_CLOCK"
  | "REACH_AGREEMENT"
  | "FAIL"
  | "WITHDRAW";

const ACTION_ZH: Record<CaseAction | "RECORD_FOLLOW_UP", string> = {
  ASSIGN_MEDIATOR: "指派调解员",
  RECUSE_MEDIATOR: "调解员回避",
  ADD_DEPARTMENTS: "增加联合调解单位",
  PICK_EXPERT: "专家点单",
  RECORD_SESSION: "记录调解会",
  PAUSE_CLOCK: "暂停计时",
  RESUME_CLOCK: "恢复计时",
  REACH_AGREEMENT: "达成调解协议",
  FAIL: "终结调解（调解不成）",
  WITHDRAW: "撤回调解申请",
  RECORD_FOLLOW_UP: "记录回访结果",
};

/** Every step is allowed only while the case is open; the table says where it leads. */
const TRANSITIONS: Record<CaseAction, (from: MediationCaseStatus) => MediationCaseStatus> = {
  ASSIGN_MEDIATOR: (s) => s,
  RECUSE_MEDIATOR: (s) => s,
  ADD_DEPARTMENTS: (s) => s,
  PICK_EXPERT: (s) => s,
  // The first session is when mediation actually starts.
  RECORD_SESSION: () => "IN_MEDIATION",
  PAUSE_CLOCK: (s) => s,
  RESUME_CLOCK: (s) => s,
  REACH_AGREEMENT: () => "AGREEMENT_REACHED",
  FAIL: () => "FAILED",
  WITHDRAW: () => "WITHDRAWN",
};

/** What the rules need to know about a case besides its status. */
export interface CaseFacts {
  status: MediationCaseStatus;
  activeMediators: number;
  sessionsHeld: number;
  /** Only medical-dispute clocks pause, for appraisal (鉴定). */
  clockPausable: boolean;
  clockPaused: boolean;
  /** Medical mediation past its 30 working days is deemed failed (视为调解不成). */
  deemedFailed: boolean;
}

type CaseTransition = Transition<MediationCaseStatus>;

/** A refused step: why (machine-readable), in English and in Chinese. */
export const refusal = (
  reason: string,
  messageEn: string,
  messageZh: string,
): Extract<CaseTransition, { ok: false }> => ({ ok: false, reason, messageEn, messageZh });

const refuseIn = (status: MediationCaseStatus, action: keyof typeof ACTION_ZH, reason: string): CaseTransition =>
  refusal(
    reason,
    `Cannot ${action.toLowerCase().replace(/_/g, " ")}: the case is ${status}`,
    `案件${CASE_STATUS_ZH[status]}，不能${ACTION_ZH[action]}`,
  );

export function checkCaseAction(facts: CaseFacts, action: CaseAction): CaseTransition {
  if (!OPEN_STATUSES.includes(facts.status)) return refuseIn(facts.status, action, "CASE_CLOSED");
  switch (action) {
    case "RECORD_SESSION":
      if (facts.activeMediators === 0)
        return refusal("NO_MEDIATOR", "Assign a mediator before holding a session", "须先指派调解员，才能召开调解会");
      if (facts.clockPaused)
        return refusal(
          "CLOCK_PAUSED",
          "Resume the clock (appraisal finished) before the next session",
          "鉴定期间计时暂停，请先恢复计时再召开调解会",
        );
      break;
    case "REACH_AGREEMENT":
      if (facts.deemedFailed) {
        return refusal(
          "DEEMED_FAILED",
          "Medical mediation ran past 30 working days and is deemed failed",
          "医疗纠纷调解已超过30个工作日，视为调解不成，不能达成协议",
        );
      }
      if (facts.sessionsHeld === 0)
        return refusal(
          "NO_SESSION",
          "An agreement needs at least one mediation session",
          "尚未召开调解会，不能达成调解协议",
        );
      if (facts.activeMediators === 0)
        return refusal(
          "NO_MEDIATOR",
          "An agreement needs a mediator on the case",
          "案件没有在任调解员，不能达成调解协议",
        );
      break;
    case "PAUSE_CLOCK":
      if (!facts.clockPausable)
        return refusal(
          "NOT_PAUSABLE",
          "Only medical dispute mediation pauses for appraisal",
          "仅医疗纠纷调解可因鉴定暂停计时",
        );
      if (facts.clockPaused) return refusal("ALREADY_PAUSED", "The clock is already paused", "计时已处于暂停状态");
      break;
    case "RESUME_CLOCK":
      if (!facts.clockPaused) return refusal("NOT_PAUSED", "The clock is not paused", "计时未暂停，无需恢复");
      break;
    default:
      break;
  }
  return { ok: true, status: TRANSITIONS[action](facts.status) };
}

/** 回访: only an agreement reached has a performance to follow up; the case keeps its status. */
export function checkFollowUpStep(
  status: MediationCaseStatus,
  performance: PerformanceStatus,
  signedAt: Date,
  at: Date,
): CaseTransition {
  if (status !== "AGREEMENT_REACHED") return refuseIn(status, "RECORD_FOLLOW_UP", "NO_AGREEMENT");
  const check = checkFollowUp(performance, signedAt, at);
  return check.ok ? { ok: true, status } : check;
}

/**
 * 撤销受理 (更正): an acceptance made in error is voided only while it is still the case's one step: the case
 * merely ACCEPTED, nothing recorded on it since (no mediator, session, pick, pause or department); the case
 * then ends VOIDED, and the body the dispute was sent to may accept it again.
 */
export function checkAcceptanceVoid(
  status: MediationCaseStatus,
  laterSteps: number,
  acceptanceEventId: string | null,
): CaseTransition {
  return checkVoid(
    { status, voidableIn: ["ACCEPTED"], laterSteps, reportedEventId: acceptanceEventId, stepZh: "受理" },
    "VOIDED",
  );
}
