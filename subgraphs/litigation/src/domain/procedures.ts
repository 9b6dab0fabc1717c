// The four court procedures of the service center and the steps between their states.
// Each step names the clocks it stops and starts, so the data layer applies them in the same transaction.
import type { Transition } from "@onedoor/shared/db/write-path";
import { checkVoid } from "@onedoor/shared/events/step-void";
import type {
  CaseType,
  CourtCaseStatus,
  CourtClockKind,
  CourtProcedure,
  MediatorKind,
  TrialProcedure,
} from "../generated/prisma/enums.js";
import { refuse, type Decision } from "./refusal.js";

/** 类型代字 each procedure's case numbers carry. */
export const CASE_TYPE_OF: Record<CourtProcedure, CaseType> = {
  PRE_FILING_MEDIATION: "民诉前调",
  FIRST_INSTANCE: "民初",
  JUDICIAL_CONFIRMATION: "民特",
  ENFORCEMENT: "执",
};

export const TRIAL_CLOCK: Record<TrialProcedure, CourtClockKind> = {
  ORDINARY: "trialOrdinary",
  SIMPLIFIED: "trialSimplified",
  SMALL_CLAIMS: "trialSmallClaims",
};

/** Where each procedure starts, and the clocks that start with it. */
export const OPENING: Record<CourtProcedure, { status: CourtCaseStatus; start: CourtClockKind[] }> = {
  PRE_FILING_MEDIATION: { status: "IN_MEDIATION", start: ["preFilingMediation"] },
  FIRST_INSTANCE: { status: "FILED", start: [] }, // the trial clock depends on the trial procedure: TRIAL_CLOCK
  // The acceptance clock starts when the application becomes joint (APPLICATION_COMPLETED), not at filing.
  JUDICIAL_CONFIRMATION: { status: "APPLIED", start: [] },
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
  procedure: CourtProcedure;
  from: CourtCaseStatus;
  to: CourtCaseStatus;
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
    // Refused before every party consented, the application period stops with it too.
    stop: ["judicialConfirmationApplication", "judicialConfirmationAcceptance"],
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

/**
 * The last party's consent makes the application joint (共同申请): the 30-day application period is met, and
 * the court's 3 days to decide on acceptance start. The case stays APPLIED.
 */
export const APPLICATION_COMPLETED: Pick<Step, "stop" | "start"> = {
  stop: ["judicialConfirmationApplication"],
  start: ["judicialConfirmationAcceptance"],
};

const PROCEDURE_ZH: Record<CourtProcedure, string> = {
  PRE_FILING_MEDIATION: "诉前调解",
  FIRST_INSTANCE: "民事一审",
  JUDICIAL_CONFIRMATION: "司法确认",
  ENFORCEMENT: "执行",
};

export interface CaseState {
  procedure: CourtProcedure;
  status: CourtCaseStatus;
}

/** Where `event` takes the case from its current state, or why it cannot be taken. */
export function nextStep(current: CaseState, event: CaseEvent): Transition<CourtCaseStatus> {
  const step = STEPS[event];
  if (step.procedure !== current.procedure) {
    return {
      ok: false,
      reason: "WRONG_PROCEDURE",
      messageZh: `该操作仅适用于${PROCEDURE_ZH[step.procedure]}案件，本案为${PROCEDURE_ZH[current.procedure]}案件`,
      messageEn: `${event} applies to ${step.procedure} cases; this case is ${current.procedure}`,
    };
  }
  if (step.from !== current.status) {
    return {
      ok: false,
      reason: "WRONG_STATUS",
      messageZh: `案件当前状态为 ${current.status}，不能进行该操作（须为 ${step.from}）`,
      messageEn: `${event} needs a case in ${step.from}; this one is ${current.status}`,
    };
  }
  return { ok: true, status: step.to };
}

/**
 * Whether an agreement reached at `agreementAt` ends this pre-filing mediation (诉前委派调解): one the court
 * delegated to a mediation committee, still in mediation, delegated before the agreement was signed. The
 * committee's agreement on the dispute is the delegated mediation's outcome.
 */
export function settledByAgreement(
  c: CaseState & { mediatorKind: MediatorKind | null; filedAt: Date },
  agreementAt: Date,
): boolean {
  return (
    c.procedure === "PRE_FILING_MEDIATION" &&
    c.status === "IN_MEDIATION" &&
    c.mediatorKind === "MEDIATION_COMMITTEE" &&
    c.filedAt <= agreementAt
  );
}

/** The clocks that may be extended, and the state a case must be in for it (it stays there). */
const EXTENDABLE_CLOCKS = {
  preFilingMediation: { procedure: "PRE_FILING_MEDIATION", status: "IN_MEDIATION" },
  judicialConfirmationRuling: { procedure: "JUDICIAL_CONFIRMATION", status: "ACCEPTED" },
} as const satisfies Partial<Record<CourtClockKind, CaseState>>;
export type ExtendableClock = keyof typeof EXTENDABLE_CLOCKS;

/** Extending a clock is a step that leaves the case where it is: only while that clock runs. */
export function clockExtension(current: CaseState, kind: ExtendableClock): Transition<CourtCaseStatus> {
  const { procedure, status } = EXTENDABLE_CLOCKS[kind];
  if (current.procedure !== procedure || current.status !== status) {
    return {
      ok: false,
      reason: "WRONG_STATUS",
      messageZh: "案件当前状态不能延长该期限",
      messageEn: `Only a ${procedure} case in ${status} can have its ${kind} clock extended`,
    };
  }
  return { ok: true, status: current.status };
}

/**
 * 撤销立案 (更正): a first-instance case filed in error (误立案) is voided only while its filing is still its one
 * step: the case merely FILED, nothing reported on it since (no judgment). It ends VOIDED and its trial clock
 * stops with it (FILING_VOID).
 */
export function checkFilingVoid(
  current: CaseState,
  laterSteps: number,
  filingEventId: string | null,
): Transition<CourtCaseStatus> {
  if (current.procedure !== "FIRST_INSTANCE")
    return {
      ok: false,
      reason: "WRONG_PROCEDURE",
      messageZh: `撤销立案仅适用于民事一审案件，本案为${PROCEDURE_ZH[current.procedure]}案件`,
      messageEn: `Only a FIRST_INSTANCE case's filing can be voided; this case is ${current.procedure}`,
    };
  return checkVoid(
    { status: current.status, voidableIn: ["FILED"], laterSteps, reportedEventId: filingEventId, stepZh: "立案" },
    "VOIDED",
  );
}

/** The clocks a voided filing stops: whichever trial clock its procedure started. */
export const FILING_VOID: Pick<Step, "stop" | "start"> = { stop: trialClocks, start: [] };

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
