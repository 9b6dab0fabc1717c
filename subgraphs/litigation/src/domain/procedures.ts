// The four court procedures of the service center and the steps between their states.
// Each step names the clocks it stops and starts, so the data layer applies them in the same transaction.
import type { CaseType } from "./case-number.js";
import type { CourtClockKind } from "./clocks.js";
import { refuse, type Decision } from "./refusal.js";

export const PROCEDURES = ["PRE_FILING_MEDIATION", "FIRST_INSTANCE", "JUDICIAL_CONFIRMATION", "ENFORCEMENT"] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** 类型代字 each procedure's case numbers carry. */
export const CASE_TYPE_OF: Record<Procedure, CaseType> = {
  PRE_FILING_MEDIATION: "民诉前调",
  FIRST_INSTANCE: "民初",
  JUDICIAL_CONFIRMATION: "民特",
  ENFORCEMENT: "执",
};

export const CASE_STATUSES = [
  "IN_MEDIATION", // 诉前调解中
  "RESOLVED", // 诉前调解成功
  "MEDIATION_FAILED", // 诉前调解不成, case filed
  "FILED", // 已立案
  "JUDGED", // 已判决
  "APPLIED", // 已申请 (司法确认)
  "ACCEPTED", // 已受理
  "NOT_ACCEPTED", // 不予受理
  "CONFIRMED", // 裁定确认有效
  "REJECTED", // 裁定驳回申请
  "ENFORCING", // 执行中
  "CONCLUDED", // 执行结案
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type TrialProcedure = "ORDINARY" | "SIMPLIFIED" | "SMALL_CLAIMS";

export const TRIAL_CLOCK: Record<TrialProcedure, CourtClockKind> = {
  ORDINARY: "trialOrdinary",
  SIMPLIFIED: "trialSimplified",
  SMALL_CLAIMS: "trialSmallClaims",
};

/** Where each procedure starts, and the clocks that start with it. */
export const OPENING: Record<Procedure, { status: CaseStatus; start: CourtClockKind[] }> = {
  PRE_FILING_MEDIATION: { status: "IN_MEDIATION", start: ["preFilingMediation"] },
  FIRST_INSTANCE: { status: "FILED", start: [] }, // the trial clock depends on the trial procedure: TRIAL_CLOCK
  JUDICIAL_CONFIRMATION: { status: "APPLIED", start: ["judicialConfirmationAcceptance"] },
  ENFORCEMENT: { status: "ENFORCING", start: ["enforcement"] },
};

export type CaseEvent =
  | "MEDIATION_SUCCEEDED"
  | "MEDIATION_FAILED"
  | "JUDGMENT_RENDERED"
  | "APPLICATION_ACCEPTED"
  | "APPLICATION_NOT_ACCEPTED"
  | "AGREEMENT_CONFIRMED"
  | "APPLICATION_REJECTED"
  | "ENFORCEMENT_CONCLUDED";

export interface Step {
  procedure: Procedure;
  from: CaseStatus;
  to: CaseStatus;
  stop: CourtClockKind[];
  start: CourtClockKind[];
}

const trialClocks = Object.values(TRIAL_CLOCK);

export const STEPS: Record<CaseEvent, Step> = {
  MEDIATION_SUCCEEDED: {
    procedure: "PRE_FILING_MEDIATION",
    from: "IN_MEDIATION",
    to: "RESOLVED",
    stop: ["preFilingMediation"],
    start: [],
  },
  MEDIATION_FAILED: {
    procedure: "PRE_FILING_MEDIATION",
    from: "IN_MEDIATION",
    to: "MEDIATION_FAILED",
    stop: ["preFilingMediation"],
    start: [],
  },
  JUDGMENT_RENDERED: { procedure: "FIRST_INSTANCE", from: "FILED", to: "JUDGED", stop: trialClocks, start: [] },
  APPLICATION_ACCEPTED: {
    procedure: "JUDICIAL_CONFIRMATION",
    from: "APPLIED",
    to: "ACCEPTED",
    stop: ["judicialConfirmationAcceptance"],
    start: ["judicialConfirmationRuling"],
  },
  APPLICATION_NOT_ACCEPTED: {
    procedure: "JUDICIAL_CONFIRMATION",
    from: "APPLIED",
    to: "NOT_ACCEPTED",
    stop: ["judicialConfirmationAcceptance"],
    start: [],
  },
  AGREEMENT_CONFIRMED: {
    procedure: "JUDICIAL_CONFIRMATION",
    from: "ACCEPTED",
    to: "CONFIRMED",
    stop: ["judicialConfirmationRuling"],
    start: [],
  },
  APPLICATION_REJECTED: {
    procedure: "JUDICIAL_CONFIRMATION",
    from: "ACCEPTED",
    to: "REJECTED",
    stop: ["judicialConfirmationRuling"],
    start: [],
  },
  ENFORCEMENT_CONCLUDED: {
    procedure: "ENFORCEMENT",
    from: "ENFORCING",
    to: "CONCLUDED",
    stop: ["enforcement"],
    start: [],
  },
};

const PROCEDURE_ZH: Record<Procedure, string> = {
  PRE_FILING_MEDIATION: "诉前调解",
  FIRST_INSTANCE: "民事一审",
  JUDICIAL_CONFIRMATION: "司法确认",
  ENFORCEMENT: "执行",
};

/** The step `event` takes from the case's current state, or why it cannot be taken. */
export function nextStep(current: { procedure: Procedure; status: CaseStatus }, event: CaseEvent): Decision<Step> {
  const step = STEPS[event];
  if (step.procedure !== current.procedure) {
    return refuse({
      code: "WRONG_PROCEDURE",
      messageZh: `该操作仅适用于${PROCEDURE_ZH[step.procedure]}案件，本案为${PROCEDURE_ZH[current.procedure]}案件`,
      messageEn: `${event} applies to ${step.procedure} cases; this case is ${current.procedure}`,
    });
  }
  if (step.from !== current.status) {
    return refuse({
      code: "WRONG_STATUS",
      messageZh: `案件当前状态为 ${current.status}，不能进行该操作（须为 ${step.from}）`,
      messageEn: `${event} needs a case in ${step.from}; this one is ${current.status}`,
    });
  }
  return { ok: true, value: step };
}

/** 速裁 suits simple cases only: those tried under the simplified or small-claims procedure. */
export function checkFastTrack(trialProcedure: TrialProcedure, fastTrack: boolean): Decision<void> {
  if (fastTrack && trialProcedure === "ORDINARY") {
    return refuse({
      code: "FAST_TRACK_NOT_SIMPLE",
      field: ["input", "fastTrack"],
      messageZh: "速裁仅适用于简易程序或小额诉讼程序审理的简单案件",
      messageEn: "The fast track is for simple cases under the simplified or small-claims procedure",
    });
  }
  return { ok: true, value: undefined };
}
