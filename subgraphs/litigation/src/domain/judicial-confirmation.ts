// 司法确认: the court confirms a mediation agreement so that it becomes enforceable.
// 民事诉讼法 (2023) arts. 205–206; 民诉法解释 arts. 351–358; 最高人民法院关于人民调解协议司法确认程序的若干规定 (2011).
import type { ClockRecord } from "@onedoor/shared/clock/index";
import type { Transition } from "@onedoor/shared/db/write-path";
import { standing, type InboxNotice } from "@onedoor/shared/events/registry-notices";
import type { CourtCaseStatus, Performance } from "../generated/prisma/enums.js";
import type { CauseOfAction } from "./causes-of-action.js";
import { courtClockStatus } from "./clocks.js";
import { nextStep, type CaseState } from "./procedures.js";
import { refuse, type Decision, type Refusal } from "./refusal.js";

export interface ConfirmationApplication {
  /**
   * The mediation agreement as the registry relayed it to the court: reached on this dispute, taking effect when
   * the parties and the mediator signed. Undefined when no agreement with that id was reached on this dispute.
   */
  agreement: { effectiveAt: Date } | undefined;
  /** When the court received the application. */
  appliedAt: Date;
  parties: readonly unknown[];
  cause: CauseOfAction;
}

const RELATION_ZH = { IDENTITY: "身份关系", ADOPTION: "收养关系", MARRIAGE: "婚姻关系" } as const;

/** The agreement reached on this dispute, as the registry relayed it to the court; undefined if none was. */
export function relayedAgreement(
  notices: readonly InboxNotice[],
  agreementId: string,
): { effectiveAt: Date } | undefined {
  const found = notices.find((n) => n.kind === "AGREEMENT_REACHED" && n.recordId === agreementId);
  return found && { effectiveAt: found.occurredAt };
}

/**
 * Whether the court may confirm `agreementId` on a dispute in the state its notices say: an open dispute (or one
 * never sent to the court: the parties bring their agreement), or one closed as resolved by that agreement. A
 * CLOSED notice does not say why the dispute closed, so a closure counts as the resolution by the agreement
 * when that agreement was the last one reached before it; a dispute closed otherwise (before any agreement, or
 * after a later one) is refused.
 */
export function closedDisputeRefusal(notices: readonly InboxNotice[], agreementId: string): Refusal | undefined {
  const closed = standing(notices);
  if (closed.open || closed.reason !== "CLOSED") return undefined;
  const closure = notices.filter((n) => n.kind === "CLOSED").at(-1)!;
  const resolvedBy = notices
    .filter((n) => n.kind === "AGREEMENT_REACHED" && n.occurredAt <= closure.occurredAt)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
    .at(-1);
  if (resolvedBy?.recordId === agreementId) return undefined;
  return {
    code: "DISPUTE_CLOSED",
    messageZh: "该纠纷已在登记中心办结，且并非以该调解协议化解，不能申请司法确认",
    messageEn: "The dispute is closed at the registry, and not as resolved by this agreement: it cannot be confirmed",
  };
}

/** The 30-day application period (申请期限), from the agreement taking effect: its last day if `at` is past it. */
function lateAfter(effectiveAt: Date, at: Date): string | undefined {
  const clock: ClockRecord = { startedAt: effectiveAt, pauses: [], extensions: [], stoppedAt: at };
  const status = courtClockStatus("judicialConfirmationApplication", clock, at);
  return status.state === "STOPPED" && !status.onTime ? status.deadlineDate : undefined;
}

/**
 * Whether the court may register the application. It is joint only once every party consented (each its own
 * act, `consentStep`), so here both sides must merely be named. Returns the 30-day application clock (started
 * when the agreement took effect), which the last consent stops.
 */
export function checkConfirmationApplication(
  application: ConfirmationApplication,
): Decision<{ applicationClock: ClockRecord }> {
  const refusals: Refusal[] = [];
  const { parties, cause, agreement, appliedAt } = application;
  // Both sides must apply together (双方当事人共同申请): at least two parties, each of whom consents.
  if (parties.length < 2) {
    refusals.push({
      code: "NOT_JOINT_APPLICATION",
      field: ["input", "parties"],
      messageZh: "司法确认须由双方当事人共同申请，一方当事人单独申请的不予受理",
      messageEn: "Judicial confirmation needs a joint application by both parties; one party alone cannot apply",
    });
  }
  if (cause.excludedRelation) {
    const relation = RELATION_ZH[cause.excludedRelation];
    refusals.push({
      code: "EXCLUDED_RELATION",
      field: ["input", "causeOfActionCode"],
      messageZh: `涉及确认${relation}的调解协议不适用司法确认（${cause.name}）`,
      messageEn: `Agreements on ${cause.excludedRelation.toLowerCase()} relations cannot be judicially confirmed (${cause.name})`,
    });
  }
  if (!agreement) {
    refusals.push({
      code: "AGREEMENT_UNKNOWN",
      field: ["input", "agreementId"],
      messageZh: "本纠纷未经人民调解达成该调解协议（协议编号不存在，或属于其他纠纷），不能申请司法确认",
      messageEn: "No mediation agreement with this id was reached on this dispute (unknown, or another dispute's)",
    });
    return refuse(...refusals);
  }
  const applicationClock: ClockRecord = { startedAt: agreement.effectiveAt, pauses: [], extensions: [] };
  if (appliedAt < agreement.effectiveAt) {
    refusals.push({
      code: "AGREEMENT_NOT_EFFECTIVE",
      field: ["input", "agreementId"],
      messageZh: "申请时调解协议尚未生效",
      messageEn: "The mediation agreement had not taken effect when the application was made",
    });
  } else {
    const lastDay = lateAfter(agreement.effectiveAt, appliedAt);
    if (lastDay) refusals.push({ code: "APPLICATION_LATE", field: ["input", "agreementId"], ...lateMessages(lastDay) });
  }
  return refusals.length > 0 ? refuse(...refusals) : { ok: true, value: { applicationClock } };
}

const lateMessages = (lastDay: string) => ({
  messageZh: `应自调解协议生效之日起三十日内申请司法确认，申请期限已于 ${lastDay} 届满`,
  messageEn: `The application had to be made within 30 days of the agreement taking effect; the period ended on ${lastDay}`,
});

/** A party of an application, and whether it has consented to it. */
export interface ApplicationParty {
  id: string;
  consented: boolean;
}

/** 共同申请: the application is joint once both sides are named and every party has consented. */
export const isJoint = (parties: readonly Pick<ApplicationParty, "consented">[]): boolean =>
  parties.length >= 2 && parties.every((p) => p.consented);

/**
 * Whether `casePartyId`'s consent may be recorded at `at`: on an application awaiting the court's acceptance
 * decision, once per party. The last consent completes the joint application, so it must come within the 30
 * days from the agreement taking effect. The case stays APPLIED.
 */
export function consentStep(
  application: CaseState & { agreementEffectiveAt: Date | null },
  parties: readonly ApplicationParty[],
  casePartyId: string,
  at: Date,
): Transition<CourtCaseStatus> {
  if (application.procedure !== "JUDICIAL_CONFIRMATION" || application.status !== "APPLIED") {
    return {
      ok: false,
      reason: "WRONG_STATUS",
      messageZh: "仅可对待受理的司法确认申请表示同意",
      messageEn: "Consent is given to a judicial confirmation application awaiting the court's acceptance decision",
    };
  }
  const party = parties.find((p) => p.id === casePartyId);
  if (!party) {
    return {
      ok: false,
      reason: "NOT_A_PARTY",
      messageZh: "该当事人不是本司法确认申请的当事人",
      messageEn: "This party is not a party to this application",
    };
  }
  if (party.consented) {
    return {
      ok: false,
      reason: "ALREADY_CONSENTED",
      messageZh: "该当事人已同意共同申请，无须重复",
      messageEn: "This party has already consented to the application",
    };
  }
  const completes = parties.every((p) => p.consented || p.id === casePartyId);
  const lastDay = completes && application.agreementEffectiveAt && lateAfter(application.agreementEffectiveAt, at);
  if (lastDay) return { ok: false, reason: "APPLICATION_LATE", ...lateMessages(lastDay) };
  return { ok: true, status: application.status };
}

/** 受理决定: the court may refuse an application at any time, but accept only a joint one. */
export function acceptanceStep(
  application: CaseState,
  parties: readonly Pick<ApplicationParty, "consented">[],
  granted: boolean,
): Transition<CourtCaseStatus> {
  const step = nextStep(application, granted ? "APPLICATION_ACCEPTED" : "APPLICATION_NOT_ACCEPTED");
  if (!step.ok || !granted || isJoint(parties)) return step;
  return {
    ok: false,
    reason: "CONSENT_MISSING",
    messageZh: "尚有当事人未同意共同申请司法确认，法院不能受理",
    messageEn: "Not every party has consented to the joint application yet; the court cannot accept it",
  };
}

/**
 * The performance of a confirmed agreement as the court shows it: the committee's follow-up finding it performed
 * (relayed by the registry) is the same fact as the court's own record.
 */
export function confirmedPerformance(recorded: Performance | null, performedPerCommittee: boolean): Performance | null {
  return recorded === "PENDING" && performedPerCommittee ? "PERFORMED" : recorded;
}

/** A confirmed agreement is enforceable (具有强制执行力): a party may apply to this court for enforcement. */
export const isEnforceable = (status: CourtCaseStatus): boolean => status === "CONFIRMED";
