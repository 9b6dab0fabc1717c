// Life of a legal aid application (法律援助申请) as a state machine, with the urgent rule of art. 44 and
// the two statutory clocks of art. 43. Pure functions: the resolvers load facts, call these, and the shared
// write path stores the step they allow.
import {
  CN_HOLIDAY_CALENDAR,
  STATUTORY_CLOCKS,
  computeClock,
  daysBetween,
  toLocalDate,
  type ClockRecord,
  type ClockSpec,
  type ClockStatus,
  type HolidayCalendar,
} from "@onedoor/shared/clock/index";
import { reportClock, type ReportedClock } from "@onedoor/shared/events/reported-clock";
import type { Transition } from "@onedoor/shared/db/write-path";
import { checkVoid } from "@onedoor/shared/events/step-void";
import { ClosureOutcome, LegalAidStatus } from "../generated/prisma/enums.js";

export type LegalAidAction =
  | "REQUEST_MATERIALS"
  | "SUPPLY_MATERIALS"
  | "START_PROVISIONAL_AID"
  | "GRANT"
  | "REFUSE"
  | "ASSIGN"
  | "LOG_WORK"
  | "CLOSE"
  | "REVIEW";

const S = LegalAidStatus;

/** Status after each allowed action; absent = not allowed in that status. ASSIGN/LOG_WORK keep the status. */
const TRANSITIONS: Record<LegalAidStatus, Partial<Record<LegalAidAction, LegalAidStatus>>> = {
  SUBMITTED: {
    REQUEST_MATERIALS: S.MATERIALS_REQUESTED,
    START_PROVISIONAL_AID: S.PROVISIONAL_AID,
    GRANT: S.GRANTED,
    REFUSE: S.REFUSED,
  },
  MATERIALS_REQUESTED: { SUPPLY_MATERIALS: S.SUBMITTED, START_PROVISIONAL_AID: S.PROVISIONAL_AID },
  // Provisional aid goes on while papers are completed; the decision then grants or refuses (ending the aid).
  PROVISIONAL_AID: {
    REQUEST_MATERIALS: S.PROVISIONAL_AID,
    SUPPLY_MATERIALS: S.PROVISIONAL_AID,
    GRANT: S.GRANTED,
    REFUSE: S.REFUSED,
    ASSIGN: S.PROVISIONAL_AID,
    LOG_WORK: S.PROVISIONAL_AID,
  },
  GRANTED: { ASSIGN: S.GRANTED, LOG_WORK: S.GRANTED, CLOSE: S.CLOSED },
  REFUSED: {},
  CLOSED: { REVIEW: S.CLOSED },
  // An application received in error (更正) takes no further step: it is answered by nobody, it was never one.
  VOIDED: {},
};

const ACTION_ZH: Record<LegalAidAction, string> = {
  REQUEST_MATERIALS: "要求补充材料",
  SUPPLY_MATERIALS: "补充材料",
  START_PROVISIONAL_AID: "先行提供法律援助",
  GRANT: "准予法律援助",
  REFUSE: "不予法律援助",
  ASSIGN: "指派承办人员",
  LOG_WORK: "记录办案工作",
  CLOSE: "结案",
  REVIEW: "质量评查",
};

export const STATUS_ZH: Record<LegalAidStatus, string> = {
  SUBMITTED: "审查中",
  MATERIALS_REQUESTED: "补充材料中",
  PROVISIONAL_AID: "先行提供法律援助",
  GRANTED: "准予法律援助",
  REFUSED: "不予法律援助",
  CLOSED: "已结案",
  VOIDED: "已撤销（误受理）",
};

type Refusal = Extract<Transition<LegalAidStatus>, { ok: false }>;

/** A step refused by a rule other than the status (machine-readable reason, bilingual message). */
export const refusal = (reason: string, messageEn: string, messageZh: string): Refusal => ({
  ok: false,
  reason,
  messageEn,
  messageZh,
});

/** The status after `action`, or why the current status does not allow it (reason NOT_ALLOWED_IN_STATUS). */
export function transition(status: LegalAidStatus, action: LegalAidAction): Transition<LegalAidStatus> {
  const next = TRANSITIONS[status][action];
  if (next !== undefined) return { ok: true, status: next };
  return refusal(
    "NOT_ALLOWED_IN_STATUS",
    `Cannot ${action.toLowerCase().replace(/_/g, " ")} a legal aid case in status ${status}`,
    `案件当前状态为“${STATUS_ZH[status]}”，不能${ACTION_ZH[action]}`,
  );
}

/** What the steps look at besides the status. */
export interface CaseStepFacts {
  status: LegalAidStatus;
  assigneeId: string | null;
  reviewedAt: Date | null;
}

/** 要求补充材料: one open request at a time. */
export function requestMaterialsStep(
  kase: CaseStepFacts,
  requests: readonly MaterialRequestFacts[],
): Transition<LegalAidStatus> {
  const step = transition(kase.status, "REQUEST_MATERIALS");
  if (step.ok && openMaterialRequest(requests))
    return refusal(
      "MATERIALS_ALREADY_REQUESTED",
      "Material is already requested and not yet supplied",
      "已有尚未补充的材料通知",
    );
  if (step.ok && requests.length >= MAX_MATERIAL_REQUESTS)
    return refusal(
      "TOO_MANY_MATERIAL_REQUESTS",
      `At most ${MAX_MATERIAL_REQUESTS} material requests per application: decide on what was supplied`,
      `同一申请最多通知补充材料 ${MAX_MATERIAL_REQUESTS} 次，请依已提交材料作出决定`,
    );
  return step;
}

/**
 * 补充材料 stops the 7-day decision clock (art. 43), so requests cannot go on for ever: a few rounds at most,
 * then the centre decides on what it has.
 */
export const MAX_MATERIAL_REQUESTS = 5;

/** 补充材料: answers the open request. */
export function supplyMaterialsStep(
  kase: CaseStepFacts,
  requests: readonly MaterialRequestFacts[],
): Transition<LegalAidStatus> {
  const step = transition(kase.status, "SUPPLY_MATERIALS");
  if (step.ok && !openMaterialRequest(requests))
    return refusal("NO_OPEN_MATERIAL_REQUEST", "No material request is open", "没有待补充的材料通知");
  return step;
}

/** 先行提供法律援助 once a legal deadline is known to be fewer than 7 days away. */
export function startProvisionalAidStep(kase: CaseStepFacts, urgency: UrgencyAssessment): Transition<LegalAidStatus> {
  const step = transition(kase.status, "START_PROVISIONAL_AID");
  if (step.ok && !urgency.urgent)
    return refusal(
      "DEADLINE_NOT_URGENT",
      `The deadline is ${urgency.daysLeft} days away; the urgent rule needs fewer than ${URGENT_THRESHOLD_DAYS}`,
      urgency.noteZh,
    );
  return step;
}

/** 审查决定: not while requested material is outstanding; grants or refuses as the eligibility rules say. */
export function decideStep(
  kase: CaseStepFacts,
  requests: readonly MaterialRequestFacts[],
  granted: boolean,
): Transition<LegalAidStatus> {
  if (openMaterialRequest(requests))
    return refusal(
      "MATERIALS_OUTSTANDING",
      "Requested material has not been supplied yet",
      "补充材料尚未提交，暂不能作出决定",
    );
  return transition(kase.status, granted ? "GRANT" : "REFUSE");
}

/** 指派: once per case. */
export function assignStep(kase: CaseStepFacts): Transition<LegalAidStatus> {
  const step = transition(kase.status, "ASSIGN");
  if (step.ok && kase.assigneeId)
    return refusal("ALREADY_ASSIGNED", "The case is already assigned", "案件已指派承办人员");
  return step;
}

/** 办案记录: only by someone assigned. */
export function logWorkStep(kase: CaseStepFacts): Transition<LegalAidStatus> {
  const step = transition(kase.status, "LOG_WORK");
  if (step.ok && !kase.assigneeId)
    return refusal("NOT_ASSIGNED", "Assign a provider before recording work", "案件尚未指派承办人员");
  return step;
}

/** 结案: withdrawal or termination can come before anyone was assigned; any other outcome was someone's work. */
export function closeStep(kase: CaseStepFacts, outcome: ClosureOutcome): Transition<LegalAidStatus> {
  const step = transition(kase.status, "CLOSE");
  const needsAssignee = outcome !== ClosureOutcome.WITHDRAWN && outcome !== ClosureOutcome.TERMINATED;
  if (step.ok && needsAssignee && !kase.assigneeId)
    return refusal(
      "NOT_ASSIGNED",
      "A case with this outcome must have been assigned",
      "案件未指派承办人员，只能以撤回或终止方式结案",
    );
  return step;
}

/** 质量评查: once per closed case. */
export function reviewStep(kase: CaseStepFacts): Transition<LegalAidStatus> {
  const step = transition(kase.status, "REVIEW");
  if (step.ok && kase.reviewedAt)
    return refusal("ALREADY_REVIEWED", "The case has already been reviewed", "案件已完成质量评查");
  return step;
}

/** Art. 44 (一): fewer than this many days left before a limitation or procedural deadline. */
export const URGENT_THRESHOLD_DAYS = 7;
export const URGENT_RULE_ARTICLE = "《法律援助法》第四十四条第一项";

export interface UrgencyAssessment {
  urgent: boolean;
  /** Whole calendar days (China time) from now to the deadline day. */
  daysLeft: number;
  noteZh: string;
}

/** Whether a legal deadline in the linked case makes the aid start at once (先行提供法律援助). */
export function assessUrgency(legalDeadline: Date, now: Date): UrgencyAssessment {
  const daysLeft = daysBetween(toLocalDate(now), toLocalDate(legalDeadline));
  const urgent = daysLeft < URGENT_THRESHOLD_DAYS;
  return {
    urgent,
    daysLeft,
    noteZh: urgent
      ? `距法定期限届满仅剩${Math.max(daysLeft, 0)}日（不足${URGENT_THRESHOLD_DAYS}日），依照${URGENT_RULE_ARTICLE}先行提供法律援助，申请人事后补交材料。`
      : `距法定期限届满尚有${daysLeft}日，按一般程序审查。`,
  };
}

/** A request for more material (补充材料): the decision clock does not run while it is open. */
export interface MaterialRequestFacts {
  requestedAt: Date;
  suppliedAt?: Date | null;
  items: string;
}

export interface CaseClockFacts {
  appliedAt: Date;
  materialRequests: readonly MaterialRequestFacts[];
  decidedAt?: Date | null;
  granted: boolean;
  provisionalAidStartedAt?: Date | null;
  assignedAt?: Date | null;
  /** 更正: when the application's receipt was voided; its decision clock stops there. */
  voidedAt?: Date | null;
}

/** The clock facts of a stored case and its material requests. */
export function caseClockFacts(
  kase: {
    status: LegalAidStatus;
    appliedAt: Date;
    decidedAt: Date | null;
    provisionalAidStartedAt: Date | null;
    assignedAt: Date | null;
    closedAt?: Date | null;
  },
  requests: readonly MaterialRequestFacts[],
): CaseClockFacts {
  return {
    appliedAt: kase.appliedAt,
    materialRequests: requests,
    decidedAt: kase.decidedAt,
    granted: kase.status === LegalAidStatus.GRANTED || kase.status === LegalAidStatus.CLOSED,
    provisionalAidStartedAt: kase.provisionalAidStartedAt,
    assignedAt: kase.assignedAt,
    voidedAt: kase.status === LegalAidStatus.VOIDED ? (kase.closedAt ?? null) : null,
  };
}

export interface CaseClock {
  spec: ClockSpec;
  record: ClockRecord;
}

/** Local policy: warn two days before a legal aid deadline; "very overdue" after a further 7 days. */
const POLICY = { dueSoonDays: 2, veryOverdueDays: 7 };

/**
 * The clocks of one case: the 7-day decision clock from the application, paused by material requests
 * and stopped by the decision; the 3-day assignment clock from the grant (or from the start of
 * provisional aid, which needs a lawyer at once), stopped by the assignment.
 */
export function caseClocks(facts: CaseClockFacts): CaseClock[] {
  const clocks: CaseClock[] = [
    {
      spec: { ...STATUTORY_CLOCKS.clocks.legalAidDecision, ...POLICY },
      record: {
        startedAt: facts.appliedAt,
        pauses: facts.materialRequests.map((r) => ({
          from: r.requestedAt,
          to: r.suppliedAt ?? undefined,
          reason: `补充材料：${r.items}`,
        })),
        extensions: [],
        stoppedAt: facts.decidedAt ?? facts.voidedAt ?? undefined,
      },
    },
  ];
  const assignmentStart = facts.provisionalAidStartedAt ?? (facts.granted ? facts.decidedAt : null);
  if (assignmentStart) {
    clocks.push({
      spec: { ...STATUTORY_CLOCKS.clocks.legalAidAssignment, ...POLICY },
      record: { startedAt: assignmentStart, pauses: [], extensions: [], stoppedAt: facts.assignedAt ?? undefined },
    });
  }
  return clocks;
}

/** The case's clocks as the registry receives them with each of its events (期限上报). */
export const reportedCaseClocks = (caseId: string, facts: CaseClockFacts): ReportedClock[] =>
  caseClocks(facts).map((c) => reportClock(caseId, c.spec, c.record));

export function clockStatuses(
  facts: CaseClockFacts,
  now: Date,
  calendar: HolidayCalendar = CN_HOLIDAY_CALENDAR,
): { clock: CaseClock; status: ClockStatus }[] {
  return caseClocks(facts).map((clock) => ({ clock, status: computeClock(clock.spec, clock.record, now, calendar) }));
}

/** A case is overdue when one of its clocks still runs past its deadline. */
export function isOverdue(facts: CaseClockFacts, now: Date, calendar: HolidayCalendar = CN_HOLIDAY_CALENDAR): boolean {
  return clockStatuses(facts, now, calendar).some(
    ({ status }) => status.state === "OVERDUE" || status.state === "VERY_OVERDUE",
  );
}

/** Whether a decision may be taken now: not while requested material is outstanding. */
export function openMaterialRequest(requests: readonly MaterialRequestFacts[]): MaterialRequestFacts | undefined {
  return requests.find((r) => !r.suppliedAt);
}

/**
 * 撤销受理 (更正): an application received in error is voided only while its receipt is still the case's one
 * step: the case merely SUBMITTED, nothing recorded on it since (no material request, decision or assignment).
 */
export function voidApplicationStep(
  status: LegalAidStatus,
  laterSteps: number,
  applicationEventId: string | null,
  onDispute: boolean,
): Transition<LegalAidStatus> {
  return checkVoid(
    {
      status,
      voidableIn: [S.SUBMITTED],
      laterSteps,
      reportedEventId: applicationEventId,
      reportsToRegistry: onDispute,
      stepZh: "受理",
    },
    S.VOIDED,
  );
}
