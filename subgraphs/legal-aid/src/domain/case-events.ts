// What the legal aid center reports to the registry for a dispute's timeline (统一归集). Residents read the
// summaries when they track their dispute, so a summary names the step, the matter and organisations,
// never a person (no names, ID or phone numbers, addresses); `data` holds only codes, dates and flags.
import { countyOfDisputeCode, mainBodyIn } from "@onedoor/shared/auth/jurisdiction";
import { ATTENDANCE_KEY, reportAttendance } from "@onedoor/shared/events/attendance";
import {
  ClosureOutcome,
  ConsultationChannel,
  ProviderKind,
  QualityRating,
  WorkActivity,
  type LegalAidMatter,
  type LegalAidStatus,
} from "../generated/prisma/enums.js";
import { MATTERS } from "./matters.js";

/** One event before it is tied to its dispute and record (the data layer adds those). */
export interface CaseEventDraft {
  type: LegalAidEventType;
  summary: string;
  occurredAt: Date;
  data?: Record<string, unknown>;
}

/** Event types of this department, in the registry's SCREAMING_SNAKE_CASE style. */
export enum LegalAidEventType {
  LEGAL_AID_APPLIED = "LEGAL_AID_APPLIED",
  LEGAL_AID_MATERIALS_REQUESTED = "LEGAL_AID_MATERIALS_REQUESTED",
  LEGAL_AID_MATERIALS_SUPPLIED = "LEGAL_AID_MATERIALS_SUPPLIED",
  LEGAL_AID_PROVISIONAL_STARTED = "LEGAL_AID_PROVISIONAL_STARTED",
  LEGAL_AID_GRANTED = "LEGAL_AID_GRANTED",
  LEGAL_AID_REFUSED = "LEGAL_AID_REFUSED",
  LEGAL_AID_ASSIGNED = "LEGAL_AID_ASSIGNED",
  /** 办案记录: a step the assigned provider took (meeting, investigation, hearing...). */
  LEGAL_AID_WORK_RECORDED = "LEGAL_AID_WORK_RECORDED",
  LEGAL_AID_CLOSED = "LEGAL_AID_CLOSED",
  LEGAL_AID_REVIEWED = "LEGAL_AID_REVIEWED",
  LEGAL_CONSULTATION_RECORDED = "LEGAL_CONSULTATION_RECORDED",
  /** 更正: a step of this center's, recorded in error, is voided (shared/src/events/step-void.ts). */
  STEP_VOIDED = "STEP_VOIDED",
}

const T = LegalAidEventType;

const PROVIDER_KIND_ZH: Record<ProviderKind, string> = {
  [ProviderKind.LAWYER]: "律师",
  [ProviderKind.LEGAL_AID_WORKER]: "法律援助机构工作人员",
  [ProviderKind.GRASSROOTS_LEGAL_WORKER]: "基层法律服务工作者",
};

const WORK_ZH: Record<WorkActivity, string> = {
  [WorkActivity.MEETING]: "会见受援人",
  [WorkActivity.INVESTIGATION]: "调查取证",
  [WorkActivity.DRAFTING]: "起草法律文书",
  [WorkActivity.MEDIATION]: "参与调解",
  [WorkActivity.HEARING]: "出庭（出席仲裁庭审）",
  [WorkActivity.OTHER]: "开展办案工作",
};

const OUTCOME_ZH: Record<ClosureOutcome, string> = {
  [ClosureOutcome.JUDGMENT_OR_AWARD]: "经判决或裁决结案",
  [ClosureOutcome.SETTLED]: "经和解结案",
  [ClosureOutcome.MEDIATED]: "经调解结案",
  [ClosureOutcome.WITHDRAWN]: "受援人撤回申请，终结法律援助",
  [ClosureOutcome.TERMINATED]: "依法终止法律援助",
};

const RATING_ZH: Record<QualityRating, string> = {
  [QualityRating.EXCELLENT]: "优秀",
  [QualityRating.GOOD]: "良好",
  [QualityRating.PASS]: "合格",
  [QualityRating.FAIL]: "不合格",
};

const CHANNEL_ZH: Record<ConsultationChannel, string> = {
  [ConsultationChannel.WINDOW]: "法律援助窗口",
  [ConsultationChannel.PHONE]: "12348法律服务热线",
};

const matterLabel = (matter: LegalAidMatter): string => MATTERS[matter].label;
const iso = (date: Date): string => date.toISOString();

/** 法律援助申请, and the art. 44 provisional aid when it starts with the application. */
export function applicationEvents(facts: {
  matter: LegalAidMatter;
  status: LegalAidStatus;
  appliedAt: Date;
  provisional?: { startedAt: Date; legalDeadline: Date } | null;
}): CaseEventDraft[] {
  const applied: CaseEventDraft = {
    type: T.LEGAL_AID_APPLIED,
    summary: `法律援助中心收到法律援助申请（${matterLabel(facts.matter)}），七日内作出决定`,
    occurredAt: facts.appliedAt,
    data: { matter: facts.matter, status: facts.status },
  };
  return facts.provisional ? [applied, provisionalAidEvent({ status: facts.status, ...facts.provisional })] : [applied];
}

export function provisionalAidEvent(facts: {
  status: LegalAidStatus;
  startedAt: Date;
  legalDeadline: Date;
}): CaseEventDraft {
  return {
    type: T.LEGAL_AID_PROVISIONAL_STARTED,
    summary: "所涉案件法定期限不足七日，法律援助中心先行提供法律援助",
    occurredAt: facts.startedAt,
    data: { status: facts.status, legalDeadline: iso(facts.legalDeadline) },
  };
}

export function materialsRequestedEvent(facts: { status: LegalAidStatus; at: Date }): CaseEventDraft {
  return {
    type: T.LEGAL_AID_MATERIALS_REQUESTED,
    summary: "法律援助中心通知补充材料，审查期限暂停计算",
    occurredAt: facts.at,
    data: { status: facts.status, decisionClockPaused: true },
  };
}

export function materialsSuppliedEvent(facts: { status: LegalAidStatus; at: Date }): CaseEventDraft {
  return {
    type: T.LEGAL_AID_MATERIALS_SUPPLIED,
    summary: "申请人补充材料，审查期限继续计算",
    occurredAt: facts.at,
    data: { status: facts.status, decisionClockPaused: false },
  };
}

export function decisionEvent(facts: {
  granted: boolean;
  status: LegalAidStatus;
  matter: LegalAidMatter;
  basis: string;
  article: string;
  ruleVersion: string;
  meansTestApplied: boolean;
  at: Date;
}): CaseEventDraft {
  const data = {
    status: facts.status,
    basis: facts.basis,
    article: facts.article,
    ruleVersion: facts.ruleVersion,
    meansTestApplied: facts.meansTestApplied,
  };
  return facts.granted
    ? {
        type: T.LEGAL_AID_GRANTED,
        summary: `法律援助中心决定给予法律援助（${matterLabel(facts.matter)}）`,
        occurredAt: facts.at,
        data,
      }
    : {
        type: T.LEGAL_AID_REFUSED,
        summary: "法律援助中心决定不予法律援助，并书面告知理由",
        occurredAt: facts.at,
        data,
      };
}

/** The organisation is named (a law firm or the center), the person is not. */
export function assignmentEvent(facts: {
  providerKind: ProviderKind;
  organisation: string;
  status: LegalAidStatus;
  at: Date;
}): CaseEventDraft {
  return {
    type: T.LEGAL_AID_ASSIGNED,
    summary:
      facts.providerKind === ProviderKind.LEGAL_AID_WORKER
        ? "法律援助中心指派本中心工作人员承办"
        : `法律援助中心指派${facts.organisation}${PROVIDER_KIND_ZH[facts.providerKind]}承办`,
    occurredAt: facts.at,
    data: { status: facts.status, providerKind: facts.providerKind },
  };
}

/** 办案记录: the step is reported, the free-text description (which names people) is not. */
export function workEvent(facts: { activity: WorkActivity; minutes: number | null; at: Date }): CaseEventDraft {
  return {
    type: T.LEGAL_AID_WORK_RECORDED,
    summary: `法律援助承办人员${WORK_ZH[facts.activity]}`,
    occurredAt: facts.at,
    data: { activity: facts.activity, ...(facts.minutes !== null ? { minutes: facts.minutes } : {}) },
  };
}

export function closureEvent(facts: { outcome: ClosureOutcome; at: Date }): CaseEventDraft {
  return {
    type: T.LEGAL_AID_CLOSED,
    summary: `法律援助案件${OUTCOME_ZH[facts.outcome]}`,
    occurredAt: facts.at,
    data: { status: "CLOSED", outcome: facts.outcome },
  };
}

export function reviewEvent(facts: { rating: QualityRating; at: Date }): CaseEventDraft {
  return {
    type: T.LEGAL_AID_REVIEWED,
    summary: `法律援助案件完成质量评查（${RATING_ZH[facts.rating]}）`,
    occurredAt: facts.at,
    data: { rating: facts.rating },
  };
}

/**
 * Only consultations linked to a dispute are reported; the topic is the enquirer's words, so it stays here. A
 * consultation at the window is the enquirer's trip to the county's legal aid center (到场), which the registry
 * counts as a run; one by phone is not.
 */
export function consultationEvent(facts: {
  channel: ConsultationChannel;
  at: Date;
  disputeCode: string | null;
}): CaseEventDraft {
  const center = facts.disputeCode ? mainBodyIn("legal-aid", countyOfDisputeCode(facts.disputeCode)) : undefined;
  const attendance = reportAttendance(
    facts.at,
    center ? `${center}窗口` : CHANNEL_ZH[ConsultationChannel.WINDOW],
    facts.channel === ConsultationChannel.WINDOW,
  );
  return {
    type: T.LEGAL_CONSULTATION_RECORDED,
    summary: `${CHANNEL_ZH[facts.channel]}提供法律咨询`,
    occurredAt: facts.at,
    data: { channel: facts.channel, ...(attendance ? { [ATTENDANCE_KEY]: attendance } : {}) },
  };
}
