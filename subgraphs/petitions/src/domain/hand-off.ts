// 移交: one department hands a dispute on to another (mediation failed → arbitration or litigation,
// petition → its statutory channel, anyone → legal aid, ...). The sender stays the lead owner until
// the receiver accepts; a rejected or unanswered hand-off returns the dispute to the center's
// catch-all window (兜底), so every open dispute always has exactly one lead owner.
import { computeClock, type HolidayCalendar } from "@onedoor/shared/clock/index";
import type { Transition } from "@onedoor/shared/db/write-path";
import type { Department, DisputeStatus, HandOffStatus } from "../generated/prisma/enums.js";
import { isOpen } from "./lifecycle.js";

/** Local policy: the receiver answers within 3 working days (configuration, versioned). */
export const HAND_OFF_POLICY = { version: "2026.1", responseWorkingDays: 3 } as const;

export function handOffRespondBy(requestedAt: Date, calendar: HolidayCalendar, policy = HAND_OFF_POLICY): Date {
  return computeClock(
    { kind: "handOffResponse", length: policy.responseWorkingDays, unit: "workingDays" },
    { startedAt: requestedAt, pauses: [], extensions: [] },
    requestedAt,
    calendar,
  ).deadline;
}

/** The lead owner once a hand-off has its answer. */
export function ownerAfter(state: HandOffStatus, from: Department, to: Department): Department {
  if (state === "ACCEPTED") return to;
  if (state === "PENDING") return from;
  return "COMPREHENSIVE_WINDOW";
}

const refuse = (reason: string, messageEn: string, messageZh: string) => ({
  ok: false as const,
  reason,
  messageEn,
  messageZh,
});

/**
 * Hand-offs asked for by hand on one dispute. Far above a real dispute's few (the automatic ones follow a
 * department's case), and it keeps `Dispute.handOffs` one dispute's own list.
 */
export const MAX_HAND_OFFS = 20;

/** 移交 is a step of an open dispute that keeps its status; one hand-off waits at a time. */
export function handOffRequestStep(
  status: DisputeStatus,
  from: Department,
  to: Department,
  pending: boolean,
  made: number,
): Transition<DisputeStatus> {
  if (!isOpen(status))
    return refuse("NOT_OPEN", "Only an open dispute can be handed on", "纠纷已办结或已并单，不能移交");
  if (from === to)
    return refuse("SAME_DEPARTMENT", "A dispute cannot be handed to its own lead department", "不能移交给本部门");
  if (pending)
    return refuse(
      "HAND_OFF_PENDING",
      "A hand-off of this dispute is still waiting for an answer",
      "该纠纷已有待接收的移交",
    );
  if (made >= MAX_HAND_OFFS)
    return refuse(
      "TOO_MANY_HAND_OFFS",
      `A dispute is handed on at most ${MAX_HAND_OFFS} times`,
      `同一纠纷最多移交 ${MAX_HAND_OFFS} 次`,
    );
  return { ok: true, status };
}

/**
 * 转介/协办: an open dispute is also sent to a department that works beside the lead (legal aid for a party, a
 * court for confirmation); the lead stays where it is.
 */
export function referralStep(status: DisputeStatus, lead: Department, to: Department): Transition<DisputeStatus> {
  if (!isOpen(status))
    return refuse("NOT_OPEN", "Only an open dispute can be referred", "纠纷已办结或已并单，不能转介");
  if (lead === to)
    return refuse("SAME_DEPARTMENT", "The lead department holds the dispute already", "牵头部门已在办理该纠纷");
  return { ok: true, status };
}

/** A hand-off answered already (or expired): a second answer is refused. */
export const ANSWERED = refuse("ANSWERED", "This hand-off has already been answered", "该移交已处理");

/** The receiver's answer, while the hand-off waits and in time; the dispute keeps its status. */
export function handOffAnswerStep(
  status: DisputeStatus,
  handOff: { status: HandOffStatus; respondBy: Date },
  now: Date,
): Transition<DisputeStatus> {
  if (handOff.status !== "PENDING") return ANSWERED;
  if (now > handOff.respondBy)
    return refuse("EXPIRED", "The time to answer this hand-off has passed", "已超过接收时限，纠纷已退回综合调处窗口");
  return { ok: true, status };
}

/** Events by which a receiving department takes the case: its pending hand-off is then accepted. */
const TAKING_EVENTS: Record<string, Department> = {
  MEDIATION_ACCEPTED: "MEDIATION",
  ARBITRATION_APPLICATION_RECEIVED: "ARBITRATION",
  ARBITRATION_ACCEPTED: "ARBITRATION",
  PRE_FILING_MEDIATION_DELEGATED: "LITIGATION",
  CASE_FILED: "LITIGATION",
  // The court takes the dispute when it opens the confirmation case, before every party has consented.
  JUDICIAL_CONFIRMATION_FILED: "LITIGATION",
  JUDICIAL_CONFIRMATION_APPLIED: "LITIGATION",
  ENFORCEMENT_APPLIED: "LITIGATION",
};

export function takingDepartment(eventType: string): Department | undefined {
  return TAKING_EVENTS[eventType];
}

/**
 * Department events that move a dispute along the chain: a failed mediation names its next step, an
 * agreement found not performed goes to the court (judicial confirmation or enforcement), and a court
 * delegating pre-filing mediation to a committee (诉前委派) hands the dispute to that committee.
 */
export function handOffFromEvent(event: {
  type: string;
  data?: Record<string, unknown>;
}): { to: Department; toBody?: string; reasonZh: string; delegated?: true } | undefined {
  if (
    event.type === "PRE_FILING_MEDIATION_DELEGATED" &&
    event.data?.mediatorKind === "MEDIATION_COMMITTEE" &&
    typeof event.data.mediatorBody === "string"
  ) {
    return {
      to: "MEDIATION",
      toBody: event.data.mediatorBody,
      reasonZh: `法院委派诉前调解（${String(event.data.caseNumber ?? "")}）`,
      delegated: true,
    };
  }
  if (event.type === "MEDIATION_FAILED") {
    const next = event.data?.nextStep;
    if (next === "ARBITRATION") return { to: "ARBITRATION", reasonZh: "调解不成，当事人可申请劳动仲裁" };
    if (next === "LITIGATION") return { to: "LITIGATION", reasonZh: "调解不成，引导诉讼" };
  }
  if (event.type === "AGREEMENT_PERFORMANCE_RECORDED" && event.data?.performance === "NOT_PERFORMED") {
    return { to: "LITIGATION", reasonZh: "调解协议未履行，引导申请司法确认或强制执行" };
  }
  return undefined;
}

/** A petition that belongs to a statutory channel is handed to it (administrative review sits outside the center). */
export function handOffForRouteOut(
  to: "LITIGATION" | "ARBITRATION" | "ADMINISTRATIVE_REVIEW",
): { to: Department; reasonZh: string } | undefined {
  if (to === "ARBITRATION") return { to: "ARBITRATION", reasonZh: "信访事项属劳动争议仲裁范围，导入仲裁程序" };
  if (to === "LITIGATION") return { to: "LITIGATION", reasonZh: "信访事项属诉讼范围，导入诉讼程序" };
  return undefined;
}
