// What this department reports to the registry's timeline (统一归集) for each step of a mediation case.
// Summaries are read by residents tracking their dispute: they name committees (organisations) and
// what happened, never a person (no party, mediator or expert names, no ID or phone numbers) and no
// free text typed by staff, which could carry any of those.
import { ATTENDANCE_KEY, reportAttendance } from "@onedoor/shared/events/attendance";
import { APPRAISAL_KIND_ZH } from "./appraisal.js";
import type {
  AppraisalKind,
  ExpertKind,
  FollowUpStatus,
  MediationCaseSource,
  MediationCaseStatus,
  MediationClockKind,
  MediationNextStep,
  MediationSessionMode,
} from "../generated/prisma/enums.js";

export type MediationEventType =
  | "MEDIATION_ACCEPTED"
  | "MEDIATOR_ASSIGNED"
  | "MEDIATOR_RECUSED"
  | "MEDIATION_DEPARTMENTS_JOINED"
  | "MEDIATION_EXPERT_PICKED"
  | "MEDIATION_SESSION_HELD"
  | "MEDIATION_CLOCK_PAUSED"
  | "MEDIATION_CLOCK_RESUMED"
  | "MEDIATION_AGREEMENT_REACHED"
  | "MEDIATION_FAILED"
  | "MEDIATION_WITHDRAWN"
  | "AGREEMENT_PERFORMANCE_RECORDED"
  | "STEP_VOIDED";

/** An event before the write path adds the dispute code and the case's status (`withStatus`). */
export interface MediationEventDraft {
  type: MediationEventType;
  summary: string;
  /** Domain time of the step; now when absent. */
  occurredAt?: Date;
  /** The record the event is about when it is not the case itself (the agreement). */
  recordId?: string;
  data?: Record<string, unknown>;
}

/** The event as reported: the case's status after the step joins its data. */
export function withStatus(draft: MediationEventDraft, status: MediationCaseStatus): MediationEventDraft {
  return { ...draft, data: { status, ...draft.data } };
}

const SOURCE_ZH: Record<MediationCaseSource, string> = {
  DISPATCH: "受理矛调中心派发的调解案件",
  COURT_DELEGATION: "受理人民法院委派的诉前调解",
  DIRECT_APPLICATION: "受理当事人的调解申请",
};

export function acceptedEvent(
  committee: string,
  source: MediationCaseSource,
  acceptedAt: Date,
  clockKind: MediationClockKind,
): MediationEventDraft {
  return {
    type: "MEDIATION_ACCEPTED",
    summary: `${committee}${SOURCE_ZH[source]}`,
    occurredAt: acceptedAt,
    data: { source, clockKind },
  };
}

export function mediatorAssignedEvent(committee: string, lead: boolean): MediationEventDraft {
  return {
    type: "MEDIATOR_ASSIGNED",
    summary: `${committee}指派调解员${lead ? "主持调解" : "参与调解"}`,
    data: { lead },
  };
}

export function mediatorRecusedEvent(leadReplaced: boolean): MediationEventDraft {
  return {
    type: "MEDIATOR_RECUSED",
    summary: leadReplaced ? "调解员依当事人申请回避，由其他调解员接替主持" : "调解员依当事人申请回避",
    data: { leadReplaced },
  };
}

export function departmentsJoinedEvent(departmentCount: number): MediationEventDraft {
  return {
    type: "MEDIATION_DEPARTMENTS_JOINED",
    summary: `联合调解：共${departmentCount}家单位参与调解`,
    data: { departmentCount },
  };
}

/** 点单: the expert mediates, as the mediator of record or beside the mediators; a carried-over pick says so. */
export function expertPickedEvent(
  expertKind: ExpertKind,
  { lead = false, carriedOver = false }: { lead?: boolean; carriedOver?: boolean } = {},
): MediationEventDraft {
  const who = expertKind === "LAWYER" ? "律师" : "行业专家";
  const how = lead ? "，由其主持调解" : "";
  return {
    type: "MEDIATION_EXPERT_PICKED",
    summary: carriedOver ? `沿用当事人此前调解中点单选定的${who}${how}` : `当事人从调解专家库点单选定${who}${how}`,
    data: { expertKind, lead, carriedOver },
  };
}

/**
 * 调解会: a session held in person is the parties' attendance at its place and time (到场), which the registry
 * counts as a run; an online video session is not (nobody travelled). The place is a room, not a person.
 */
export function sessionHeldEvent(
  mode: MediationSessionMode,
  startsAt: Date,
  sessionNumber: number,
  place: string,
): MediationEventDraft {
  const how = mode === "ONLINE_VIDEO" ? "在线视频" : "现场";
  const attendance = reportAttendance(startsAt, place, mode === "IN_PERSON");
  return {
    type: "MEDIATION_SESSION_HELD",
    summary: `召开第${sessionNumber}次调解会（${how}）`,
    occurredAt: startsAt,
    data: { mode, sessionNumber, ...(attendance ? { [ATTENDANCE_KEY]: attendance } : {}) },
  };
}

export function clockPausedEvent(from: Date): MediationEventDraft {
  return { type: "MEDIATION_CLOCK_PAUSED", summary: "医疗损害鉴定期间，调解期限暂停计算", occurredAt: from };
}

export function clockResumedEvent(at: Date): MediationEventDraft {
  return { type: "MEDIATION_CLOCK_RESUMED", summary: "鉴定结束，调解期限恢复计算", occurredAt: at };
}

/**
 * 委托鉴定: the one staff-typed text on the timeline is the institution's name (a 医学会 or 司法鉴定机构, a
 * public body, checked as one short line), because which body judges is what a party waits on.
 */
export function appraisalRequestedEvent(body: string, kind: AppraisalKind, requestedAt: Date): MediationEventDraft {
  return {
    type: "MEDIATION_CLOCK_PAUSED",
    summary: `委托${body}进行${APPRAISAL_KIND_ZH[kind]}，调解期限中止`,
    occurredAt: requestedAt,
    data: { appraisalKind: kind },
  };
}

/** 收到鉴定意见: the conclusion stays in the case record, off the resident-facing timeline. */
export function appraisalReceivedEvent(receivedAt: Date): MediationEventDraft {
  return { type: "MEDIATION_CLOCK_RESUMED", summary: "收到鉴定意见，调解期限恢复计算", occurredAt: receivedAt };
}

export function agreementReachedEvent(
  committee: string,
  agreement: { id: string; caseId: string; signedAt: Date; performanceDeadline: Date; totalAmount: string },
): MediationEventDraft {
  return {
    type: "MEDIATION_AGREEMENT_REACHED",
    summary: `经${committee}调解，当事人达成调解协议`,
    occurredAt: agreement.signedAt,
    recordId: agreement.id,
    data: {
      caseId: agreement.caseId,
      totalAmount: agreement.totalAmount,
      performanceDeadline: agreement.performanceDeadline.toISOString(),
    },
  };
}

const NEXT_STEP_ZH: Record<MediationNextStep, string> = {
  ARBITRATION: "可申请劳动人事争议仲裁",
  LITIGATION: "可向人民法院起诉",
  OTHER: "可通过其他途径解决",
};

export function failedEvent(committee: string, nextStep: MediationNextStep): MediationEventDraft {
  return {
    type: "MEDIATION_FAILED",
    summary: `${committee}调解不成，终结调解，${NEXT_STEP_ZH[nextStep]}`,
    data: { nextStep },
  };
}

export function withdrawnEvent(): MediationEventDraft {
  return { type: "MEDIATION_WITHDRAWN", summary: "当事人撤回调解申请，调解终结" };
}

const PERFORMANCE_ZH: Record<FollowUpStatus, string> = {
  PERFORMED: "回访确认调解协议已履行",
  PARTLY_PERFORMED: "回访确认调解协议部分履行",
  NOT_PERFORMED: "回访确认调解协议未履行",
};

export function performanceRecordedEvent(
  agreement: { id: string; caseId: string },
  performance: FollowUpStatus,
  at: Date,
): MediationEventDraft {
  return {
    type: "AGREEMENT_PERFORMANCE_RECORDED",
    summary: PERFORMANCE_ZH[performance],
    occurredAt: at,
    recordId: agreement.id,
    data: { caseId: agreement.caseId, performance },
  };
}
