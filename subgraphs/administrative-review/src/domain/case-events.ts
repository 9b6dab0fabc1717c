// What the review body reports to the registry for a dispute's timeline (统一归集). Residents read the
// summaries when they track their dispute: the step, the procedure and the decision's kind, never a person.
import { countyOfDisputeCode, mainBodyIn } from "@onedoor/shared/auth/jurisdiction";
import type { StepEvent } from "@onedoor/shared/db/write-path";
import { voidEvent, type VoidReason } from "@onedoor/shared/events/step-void";
import {
  AdministrativeReviewDecisionKind,
  AdministrativeReviewProcedure,
  type AdministrativeReviewDecisionKind as DecisionKind,
} from "../generated/prisma/enums.js";

export const EVENT_TYPES = {
  received: "ADMINISTRATIVE_REVIEW_RECEIVED",
  accepted: "ADMINISTRATIVE_REVIEW_ACCEPTED",
  rejected: "ADMINISTRATIVE_REVIEW_REJECTED",
  extended: "ADMINISTRATIVE_REVIEW_EXTENDED",
  decided: "ADMINISTRATIVE_REVIEW_DECIDED",
  terminated: "ADMINISTRATIVE_REVIEW_TERMINATED",
} as const;

const D = AdministrativeReviewDecisionKind;
export const DECISION_ZH: Record<DecisionKind, string> = {
  [D.VARY]: "变更",
  [D.REVOKE]: "撤销",
  [D.CONFIRM_ILLEGAL]: "确认违法",
  [D.ORDER_PERFORMANCE]: "责令履行",
  [D.CONFIRM_INVALID]: "确认无效",
  [D.UPHOLD]: "维持",
  [D.DISMISS]: "驳回复议请求",
  [D.MEDIATED]: "经调解达成协议（行政复议调解书）",
};

export const received = (at: Date): StepEvent => ({
  type: EVENT_TYPES.received,
  summary: "行政复议机构收到行政复议申请",
  occurredAt: at,
});

export const accepted = (at: Date, procedure: AdministrativeReviewProcedure): StepEvent => ({
  type: EVENT_TYPES.accepted,
  summary: `行政复议机构受理申请（${procedure === AdministrativeReviewProcedure.SIMPLIFIED ? "简易程序，三十日内决定" : "普通程序，六十日内决定"}）`,
  occurredAt: at,
  data: { procedure },
});

export const rejected = (at: Date): StepEvent => ({
  type: EVENT_TYPES.rejected,
  summary: "行政复议机构决定不予受理，并书面告知理由",
  occurredAt: at,
});

export const extended = (at: Date, days: number): StepEvent => ({
  type: EVENT_TYPES.extended,
  summary: `案情复杂，经批准复议期限延长${days}日`,
  occurredAt: at,
  data: { days },
});

export const decided = (at: Date, kind: DecisionKind): StepEvent => ({
  type: EVENT_TYPES.decided,
  summary: `行政复议机构作出复议决定：${DECISION_ZH[kind]}`,
  occurredAt: at,
  data: { decisionKind: kind },
});

export const terminated = (at: Date): StepEvent => ({
  type: EVENT_TYPES.terminated,
  summary: "行政复议终止",
  occurredAt: at,
});

/** 更正: the county's review office voided its acceptance (named by its reported event), with the reason. */
export const acceptanceVoided = (
  at: Date,
  acceptanceEventId: string,
  disputeCode: string,
  reason: VoidReason,
): StepEvent => ({
  ...voidEvent(
    { eventId: acceptanceEventId, type: EVENT_TYPES.accepted, stepZh: "受理" },
    mainBodyIn("administrative-review", countyOfDisputeCode(disputeCode)) ?? "行政复议机构",
    reason,
  ),
  occurredAt: at,
});
