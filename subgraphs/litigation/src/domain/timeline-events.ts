// What the court reports to the registry (统一归集) for each step of a case: one event per committed change,
// with a one-sentence Chinese summary a resident may read on the dispute's timeline. Summaries and data
// carry the case number and the step's facts only: never a party's name, ID number, phone or address.
import { countyOfDisputeCode, mainBodyIn } from "@onedoor/shared/auth/jurisdiction";
import { ATTENDANCE_KEY, reportAttendance } from "@onedoor/shared/events/attendance";
import type { CaseEventTypeOf } from "@onedoor/shared/events/case-event-types";
import type { NewCaseEvent } from "@onedoor/shared/events/outbox";
import type {
  ConsentChannel,
  CourtCaseStatus,
  CourtProcedure,
  EnforcementOutcome,
  MediatorKind,
  PreFilingSuccess,
  TrialProcedure,
} from "../generated/prisma/enums.js";

/** The non-personal facts of a case an event is about, as they are right after the step. */
export interface CaseFacts {
  id: string;
  disputeCode: string;
  caseNumber: string;
  procedure: CourtProcedure;
  status: CourtCaseStatus;
}

const TRIAL_PROCEDURE_ZH: Record<TrialProcedure, string> = {
  ORDINARY: "普通程序",
  SIMPLIFIED: "简易程序",
  SMALL_CLAIMS: "小额诉讼程序",
};
const ENFORCEMENT_OUTCOME_ZH: Record<EnforcementOutcome, string> = {
  FULLY_ENFORCED: "执行完毕",
  SETTLED: "执行和解",
  TERMINATED_THIS_ROUND: "终结本次执行程序",
  TERMINATED: "终结执行",
};

function event(
  c: CaseFacts,
  type: CaseEventTypeOf<"litigation">,
  summary: string,
  occurredAt: Date,
  data: Record<string, unknown> = {},
): NewCaseEvent {
  return {
    disputeCode: c.disputeCode,
    type,
    summary: `${summary}（${c.caseNumber}）`,
    recordId: c.id,
    occurredAt,
    data: { caseNumber: c.caseNumber, procedure: c.procedure, status: c.status, ...data },
  };
}

/** The court's 诉讼服务中心 for a dispute, by its directory name (桐庐县人民法院诉讼服务中心): where its window is. */
export const courtServiceCentre = (disputeCode: string): string =>
  mainBodyIn("litigation", countyOfDisputeCode(disputeCode)) ?? "人民法院诉讼服务中心";

/** How a consent was given: online, or in person at a place of the court (its 诉讼服务中心, as the court names it). */
export type ConsentGiven =
  { channel: Extract<ConsentChannel, "ONLINE"> } | { channel: Extract<ConsentChannel, "IN_PERSON">; place: string };

export const courtEvents = {
  // A committee is named (a public body, not a person): the registry hands the dispute on to it.
  preFilingMediationDelegated: (c: CaseFacts, mediatorKind: MediatorKind, mediatorBody: string, at: Date) =>
    event(
      c,
      "PRE_FILING_MEDIATION_DELEGATED",
      mediatorKind === "MEDIATION_COMMITTEE" ? "法院委派人民调解委员会开展诉前调解" : "法院委派特邀调解员开展诉前调解",
      at,
      {
        mediatorKind,
        ...(mediatorKind === "MEDIATION_COMMITTEE" ? { mediatorBody } : {}),
      },
    ),

  preFilingMediationExtended: (c: CaseFacts, days: number, at: Date) =>
    event(c, "PRE_FILING_MEDIATION_EXTENDED", `经双方当事人同意，诉前调解期限延长${days}日`, at, {
      extendedDays: days,
    }),

  preFilingMediationResolved: (c: CaseFacts, success: PreFilingSuccess, at: Date) =>
    event(
      c,
      "PRE_FILING_MEDIATION_RESOLVED",
      success === "AGREEMENT" ? "诉前调解成功，双方达成调解协议" : "诉前调解成功，法院出具调解书",
      at,
      { outcome: success },
    ),

  /** 调解不成: the court files the case at once, so the registry sees where the dispute goes next. */
  preFilingMediationFailed: (c: CaseFacts, at: Date) =>
    event(c, "PRE_FILING_MEDIATION_FAILED", "诉前调解不成，依法转入立案", at, { nextStep: "LITIGATION" }),

  caseFiled: (c: CaseFacts, trialProcedure: TrialProcedure, fastTrack: boolean, at: Date) =>
    event(
      c,
      "CASE_FILED",
      `法院立案受理，适用${TRIAL_PROCEDURE_ZH[trialProcedure]}${fastTrack ? "并纳入速裁" : ""}`,
      at,
      { trialProcedure, fastTrack },
    ),

  judgmentRecorded: (c: CaseFacts, at: Date) =>
    event(c, "JUDGMENT_RECORDED", "法院作出一审判决", at, { performance: "PENDING" }),

  /** The application is registered; it is joint (applied for) only once every party has consented. */
  judicialConfirmationFiled: (c: CaseFacts, online: boolean, at: Date, agreementId: string) =>
    event(
      c,
      "JUDICIAL_CONFIRMATION_FILED",
      online ? "当事人在线提交司法确认申请，待各方当事人同意" : "司法确认申请已登记，待各方当事人同意",
      at,
      { online, agreementId },
    ),

  /**
   * The joint application, made by the last party's consent. Carries the agreement's id: the registry relays the
   * application to the committee, whose window stops then, as the court's own application period does.
   */
  judicialConfirmationApplied: (c: CaseFacts, at: Date, agreementId: string) =>
    event(c, "JUDICIAL_CONFIRMATION_APPLIED", "各方当事人共同申请司法确认调解协议", at, { agreementId }),

  /**
   * One party's consent; the last one makes the application joint, and the court may then accept it. A consent
   * given in person at the court's window is the party's attendance there (到场), which the registry counts as a
   * run; one given online is not.
   */
  judicialConfirmationConsented: (c: CaseFacts, consent: ConsentGiven, joint: boolean, at: Date) => {
    const attendance = consent.channel === "IN_PERSON" ? reportAttendance(at, consent.place, true) : undefined;
    return event(
      c,
      "JUDICIAL_CONFIRMATION_CONSENTED",
      joint ? "各方当事人均已同意，司法确认共同申请完成" : "一方当事人同意共同申请司法确认",
      at,
      { channel: consent.channel, joint, ...(attendance ? { [ATTENDANCE_KEY]: attendance } : {}) },
    );
  },

  judicialConfirmationAcceptanceDecided: (c: CaseFacts, accepted: boolean, at: Date) =>
    event(
      c,
      "JUDICIAL_CONFIRMATION_ACCEPTANCE_DECIDED",
      accepted ? "法院受理司法确认申请" : "法院决定不予受理司法确认申请",
      at,
      { accepted },
    ),

  judicialConfirmationRulingExtended: (c: CaseFacts, days: number, at: Date) =>
    event(c, "JUDICIAL_CONFIRMATION_RULING_EXTENDED", `经院长批准，司法确认审查期限延长${days}日`, at, {
      extendedDays: days,
    }),

  judicialConfirmationRuled: (c: CaseFacts, confirmed: boolean, at: Date) =>
    event(
      c,
      "JUDICIAL_CONFIRMATION_RULED",
      confirmed ? "法院裁定调解协议有效，具有强制执行力" : "法院裁定驳回司法确认申请",
      at,
      confirmed ? { confirmed, performance: "PENDING" } : { confirmed },
    ),

  /** A confirmed agreement's id goes along: the registry tells the committee, whose record of it is the same. */
  performanceRecorded: (c: CaseFacts & { agreementId?: string | null }, at: Date) =>
    event(
      c,
      "PERFORMANCE_RECORDED",
      c.procedure === "JUDICIAL_CONFIRMATION" ? "经司法确认的调解协议已履行完毕" : "生效判决已履行完毕",
      at,
      { performance: "PERFORMED", ...(c.agreementId ? { agreementId: c.agreementId } : {}) },
    ),

  /** Recorded on the new 执 case; the basis (confirmed agreement or judgment) is named by its case number. */
  enforcementApplied: (enforcement: CaseFacts, basis: CaseFacts, at: Date) =>
    event(enforcement, "ENFORCEMENT_APPLIED", `义务人未履行，依据${basis.caseNumber}申请强制执行，法院执行立案`, at, {
      basisCaseNumber: basis.caseNumber,
      basisProcedure: basis.procedure,
    }),

  enforcementConcluded: (c: CaseFacts, outcome: EnforcementOutcome, at: Date) =>
    event(c, "ENFORCEMENT_CONCLUDED", `执行结案：${ENFORCEMENT_OUTCOME_ZH[outcome]}`, at, { outcome }),
};
