// Every kind of step a dispute's timeline can show (统一归集), declared once for all departments: which
// department reports it and what it means. The registry's database takes no other type, its intake refuses an
// event of a type its source may not report, and the graph's `TimelineEventType` enum is made from this list.
import type { SubgraphName } from "../config.js";

/** The department that reports a type, or the departments that all may (a correction is any department's). */
type EventTypeSpec = { source: SubgraphName | readonly SubgraphName[]; description: string };

/** Every department that keeps its own records and so may void one of its own steps (the registry has none to void). */
const DEPARTMENTS = ["mediation", "arbitration", "litigation", "legal-aid", "administrative-review"] as const;

export const CASE_EVENT_TYPES = {
  // The registry and the window (信访/综合窗口).
  DISPUTE_REGISTERED: { source: "petitions", description: "登记 registered at the window, by 12345 or online" },
  CONSULTATION_HELD: { source: "petitions", description: "咨询 answered as a consultation at the window" },
  DISPUTE_DISPATCHED: { source: "petitions", description: "派单 dispatched to a department and body" },
  PARTY_CONTACTED: { source: "petitions", description: "联系当事人 a handler called or messaged a party" },
  VISIT_RECORDED: { source: "petitions", description: "来访 a visit to the center was recorded" },
  HANDOFF_REQUESTED: { source: "petitions", description: "移交 one department asked to hand the dispute on" },
  HANDOFF_ACCEPTED: { source: "petitions", description: "移交接收 the receiving department accepted the hand-off" },
  HANDOFF_REJECTED: { source: "petitions", description: "移交退回 the receiving department refused the hand-off" },
  HANDOFF_EXPIRED: { source: "petitions", description: "移交超时 the hand-off was not answered in time" },
  DISPUTE_REFERRED: { source: "petitions", description: "转办 a petition was routed to its statutory channel" },
  PETITION_FILED: { source: "petitions", description: "信访事项登记 a petition was filed" },
  PETITION_ADVANCED: {
    source: "petitions",
    description: "信访事项办理 a petition moved a step (accepted, answered, reviewed)",
  },
  DISPUTE_CLOSED: { source: "petitions", description: "办结 the dispute was closed" },
  DISPUTE_EVALUATED: { source: "petitions", description: "评价 the resident evaluated the handling" },
  FOLLOW_UP_RECORDED: { source: "petitions", description: "回访 a follow-up call was recorded" },
  DISPUTE_MERGED: { source: "petitions", description: "合并 a repeat registration was merged into this dispute" },
  DISPUTE_MERGED_IN: { source: "petitions", description: "并入 this registration was merged into another dispute" },

  // People's mediation (人民调解).
  MEDIATION_ACCEPTED: { source: "mediation", description: "受理调解 a committee accepted the mediation" },
  MEDIATOR_ASSIGNED: { source: "mediation", description: "指派调解员 a mediator was assigned" },
  MEDIATOR_RECUSED: { source: "mediation", description: "回避 a mediator stood down at a party's request" },
  MEDIATION_DEPARTMENTS_JOINED: { source: "mediation", description: "联合调解 other departments joined the mediation" },
  MEDIATION_EXPERT_PICKED: { source: "mediation", description: "点单 an expert was picked from the pool" },
  MEDIATION_SESSION_HELD: { source: "mediation", description: "调解会 a mediation session was held" },
  MEDIATION_CLOCK_PAUSED: { source: "mediation", description: "期限中止 the mediation clock paused (e.g. appraisal)" },
  MEDIATION_CLOCK_RESUMED: { source: "mediation", description: "期限恢复 the mediation clock resumed" },
  MEDIATION_AGREEMENT_REACHED: { source: "mediation", description: "达成协议 a mediation agreement was signed" },
  MEDIATION_FAILED: { source: "mediation", description: "调解不成 the mediation failed" },
  MEDIATION_WITHDRAWN: { source: "mediation", description: "撤回 the mediation was withdrawn" },
  AGREEMENT_PERFORMANCE_RECORDED: { source: "mediation", description: "履行 the agreement's performance was recorded" },

  // Labour arbitration (劳动人事争议仲裁).
  ARBITRATION_APPLICATION_RECEIVED: { source: "arbitration", description: "收到申请 an application was received" },
  ARBITRATION_ACCEPTED: { source: "arbitration", description: "立案受理 the commission accepted the application" },
  ARBITRATION_REJECTED: { source: "arbitration", description: "不予受理 the commission rejected the application" },
  ARBITRATION_SERVED: { source: "arbitration", description: "送达 the application was served on the respondent" },
  ARBITRATION_ANSWER_RECEIVED: { source: "arbitration", description: "答辩 the respondent's answer was received" },
  ARBITRATION_TRIBUNAL_COMPOSED: { source: "arbitration", description: "组庭 the tribunal was composed" },
  ARBITRATION_HEARING_SCHEDULED: { source: "arbitration", description: "排期开庭 a hearing was scheduled" },
  ARBITRATION_HEARING_POSTPONED: { source: "arbitration", description: "延期开庭 a hearing was postponed" },
  ARBITRATION_HEARING_HELD: { source: "arbitration", description: "开庭审理 a hearing was held" },
  ARBITRATION_AWARD_PERIOD_EXTENDED: { source: "arbitration", description: "延长审限 the award period was extended" },
  ARBITRATION_MEDIATION_STATEMENT: { source: "arbitration", description: "仲裁调解书 closed by a mediation statement" },
  ARBITRATION_AWARD_ISSUED: { source: "arbitration", description: "裁决 the award was made" },
  ARBITRATION_AWARD_SERVED: { source: "arbitration", description: "裁决送达 the award was served" },

  // The court (法院诉讼服务中心).
  PRE_FILING_MEDIATION_DELEGATED: {
    source: "litigation",
    description: "诉前委派调解 the court delegated pre-filing mediation",
  },
  PRE_FILING_MEDIATION_EXTENDED: {
    source: "litigation",
    description: "诉前调解延期 pre-filing mediation was extended",
  },
  PRE_FILING_MEDIATION_RESOLVED: { source: "litigation", description: "诉前调解成功 pre-filing mediation succeeded" },
  PRE_FILING_MEDIATION_FAILED: { source: "litigation", description: "诉前调解不成 pre-filing mediation failed" },
  CASE_FILED: { source: "litigation", description: "立案 a case was filed" },
  JUDGMENT_RECORDED: { source: "litigation", description: "判决 a first-instance judgment was made" },
  JUDICIAL_CONFIRMATION_FILED: {
    source: "litigation",
    description: "司法确认申请登记 an application for judicial confirmation was filed, awaiting every party's consent",
  },
  JUDICIAL_CONFIRMATION_APPLIED: {
    source: "litigation",
    description: "共同申请司法确认 every party has consented: judicial confirmation is applied for jointly",
  },
  JUDICIAL_CONFIRMATION_CONSENTED: {
    source: "litigation",
    description: "同意共同申请 a party consented to the joint application for judicial confirmation",
  },
  JUDICIAL_CONFIRMATION_ACCEPTANCE_DECIDED: {
    source: "litigation",
    description: "司法确认受理 the court decided whether to accept the application",
  },
  JUDICIAL_CONFIRMATION_RULING_EXTENDED: {
    source: "litigation",
    description: "司法确认延期 the ruling period was extended",
  },
  JUDICIAL_CONFIRMATION_RULED: { source: "litigation", description: "司法确认裁定 the court ruled on the agreement" },
  PERFORMANCE_RECORDED: {
    source: "litigation",
    description: "履行完毕 a confirmed agreement or judgment was performed",
  },
  ENFORCEMENT_APPLIED: { source: "litigation", description: "申请执行 enforcement was applied for and filed" },
  ENFORCEMENT_CONCLUDED: { source: "litigation", description: "执行结案 the enforcement was concluded" },

  // Legal aid (法律援助).
  LEGAL_AID_APPLIED: { source: "legal-aid", description: "申请法律援助 legal aid was applied for" },
  LEGAL_AID_MATERIALS_REQUESTED: { source: "legal-aid", description: "补充材料 more materials were requested" },
  LEGAL_AID_MATERIALS_SUPPLIED: { source: "legal-aid", description: "材料补齐 the materials were supplied" },
  LEGAL_AID_PROVISIONAL_STARTED: { source: "legal-aid", description: "先行提供 aid started before the decision" },
  LEGAL_AID_GRANTED: { source: "legal-aid", description: "给予法律援助 legal aid was granted" },
  LEGAL_AID_REFUSED: { source: "legal-aid", description: "不予法律援助 legal aid was refused" },
  LEGAL_AID_ASSIGNED: { source: "legal-aid", description: "指派 a provider was assigned" },
  LEGAL_AID_WORK_RECORDED: { source: "legal-aid", description: "办案记录 the provider recorded a step" },
  LEGAL_AID_CLOSED: { source: "legal-aid", description: "结案 the legal aid case was closed" },
  LEGAL_AID_REVIEWED: { source: "legal-aid", description: "质量评估 the case was reviewed" },
  LEGAL_CONSULTATION_RECORDED: { source: "legal-aid", description: "法律咨询 a legal consultation was given" },

  // Administrative review (行政复议).
  ADMINISTRATIVE_REVIEW_RECEIVED: {
    source: "administrative-review",
    description: "收到复议申请 an application was received",
  },
  ADMINISTRATIVE_REVIEW_ACCEPTED: { source: "administrative-review", description: "受理 the review body accepted it" },
  ADMINISTRATIVE_REVIEW_REJECTED: {
    source: "administrative-review",
    description: "不予受理 the review body refused it",
  },
  ADMINISTRATIVE_REVIEW_EXTENDED: {
    source: "administrative-review",
    description: "延期 the decision period was extended",
  },
  ADMINISTRATIVE_REVIEW_DECIDED: { source: "administrative-review", description: "复议决定 the review was decided" },
  ADMINISTRATIVE_REVIEW_TERMINATED: { source: "administrative-review", description: "终止 the review was terminated" },

  // Any department (更正/撤销登记): one of its own steps was recorded in error and is voided, with the reason. The
  // event names the voided event (`data.voidedEventId`), which the registry's timeline then marks as voided.
  STEP_VOIDED: { source: DEPARTMENTS, description: "更正/撤销登记 a department voided one of its recorded steps" },
} as const satisfies Record<string, EventTypeSpec>;

export type CaseEventType = keyof typeof CASE_EVENT_TYPES;

/** The types one department may report. */
export type CaseEventTypeOf<S extends SubgraphName> = {
  [T in CaseEventType]: S extends SourcesOf<(typeof CASE_EVENT_TYPES)[T]["source"]> ? T : never;
}[CaseEventType];

type SourcesOf<Source> = Source extends readonly (infer Name)[] ? Name : Source;

const sourcesOf = (spec: EventTypeSpec): readonly SubgraphName[] =>
  typeof spec.source === "string" ? [spec.source] : spec.source;

const isCaseEventType = (value: unknown): value is CaseEventType =>
  typeof value === "string" && Object.hasOwn(CASE_EVENT_TYPES, value);

/** Whether `source` may report an event of `type`: the registry's intake refuses anything else. */
export const mayReport = (source: SubgraphName, type: unknown): boolean =>
  isCaseEventType(type) && sourcesOf(CASE_EVENT_TYPES[type]).includes(source);
