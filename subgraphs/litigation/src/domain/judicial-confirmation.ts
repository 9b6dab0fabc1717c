// 司法确认: the court confirms a mediation agreement so that it becomes enforceable.
// 民事诉讼法 (2023) arts. 205–206; 民诉法解释 arts. 351–358; 最高人民法院关于人民调解协议司法确认程序的若干规定 (2011).
import type { ClockRecord } from "@onedoor/shared/clock/index";
import type { CourtCaseStatus, Performance } from "../generated/prisma/enums.js";
import type { CauseOfAction } from "./causes-of-action.js";
import { courtClockStatus } from "./clocks.js";
import { refuse, type Decision, type Refusal } from "./refusal.js";

export interface ConfirmationApplication {
  /**
   * The mediation agreement as the registry relayed it to the court: reached on this dispute, taking effect when
   * the parties and the mediator signed. Undefined when no agreement with that id was reached on this dispute.
   */
  agreement: { effectiveAt: Date } | undefined;
  /** When the court received the application. */
  appliedAt: Date;
  parties: readonly { joinsApplication: boolean }[];
  cause: CauseOfAction;
}

const RELATION_ZH = { IDENTITY: "身份关系", ADOPTION: "收养关系", MARRIAGE: "婚姻关系" } as const;

/**
 * Whether the court may register the application. Returns the record of the 30-day application clock
 * (started when the agreement took effect, stopped on application) so the case shows it was met.
 */
export function checkConfirmationApplication(
  application: ConfirmationApplication,
): Decision<{ applicationClock: ClockRecord }> {
  const refusals: Refusal[] = [];
  const { parties, cause, agreement, appliedAt } = application;
  // Both sides must apply together (双方当事人共同申请): at least two parties, and all of them joining.
  if (parties.length < 2 || parties.some((p) => !p.joinsApplication)) {
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
  const applicationClock: ClockRecord = {
    startedAt: agreement.effectiveAt,
    pauses: [],
    extensions: [],
    stoppedAt: appliedAt,
  };
  if (appliedAt < agreement.effectiveAt) {
    refusals.push({
      code: "AGREEMENT_NOT_EFFECTIVE",
      field: ["input", "agreementId"],
      messageZh: "申请时调解协议尚未生效",
      messageEn: "The mediation agreement had not taken effect when the application was made",
    });
  } else {
    const status = courtClockStatus("judicialConfirmationApplication", applicationClock, appliedAt);
    if (status.state === "STOPPED" && !status.onTime) {
      refusals.push({
        code: "APPLICATION_LATE",
        field: ["input", "agreementId"],
        messageZh: `应自调解协议生效之日起三十日内申请司法确认，申请期限已于 ${status.deadlineDate} 届满`,
        messageEn: `The application had to be made within 30 days of the agreement taking effect; the period ended on ${status.deadlineDate}`,
      });
    }
  }
  return refusals.length > 0 ? refuse(...refusals) : { ok: true, value: { applicationClock } };
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
