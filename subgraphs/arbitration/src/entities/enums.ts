// GraphQL enums. The stored sets are the database's own enums (prisma/schema.prisma), registered as they
// are generated; the computed ones are the domain's lists.
import { registerEnumType } from "type-graphql";
import {
  ArbitrationAppearance,
  ArbitrationStatus,
  CaseStepType,
  ClaimDecision,
  ClaimKind,
  CommissionKind,
  FinalityReason,
  TribunalKind,
} from "../generated/prisma/enums.js";
import { FOLLOW_ON_ACTIONS, FOLLOW_ON_PARTIES, LITIGATION_REASON_CODES } from "../domain/case-machine.js";

export {
  ArbitrationAppearance,
  ArbitrationStatus,
  CaseStepType,
  ClaimDecision,
  ClaimKind,
  CommissionKind,
  FinalityReason,
  TribunalKind,
};

/** An enum object (each value its own name) for a domain list, as type-graphql registers it. */
const enumOf = <Value extends string>(values: readonly Value[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [V in Value]: V };

registerEnumType(ArbitrationStatus, {
  name: "ArbitrationStatus",
  description: "仲裁案件状态",
  valuesConfig: {
    RECEIVED: { description: "已收到申请" },
    ACCEPTED: { description: "已受理" },
    REJECTED: { description: "不予受理" },
    TRIBUNAL_FORMED: { description: "已组庭" },
    HEARING_SCHEDULED: { description: "已排期开庭" },
    MEDIATED: { description: "调解结案（调解书）" },
    AWARDED: { description: "已裁决（裁决书）" },
    VOIDED: { description: "已撤销受理（误受理，更正） voided: the acceptance was recorded in error" },
  },
});

registerEnumType(ArbitrationAppearance, {
  name: "ArbitrationAppearance",
  description: "到庭情况: how one side of the case appeared at a hearing held.",
  valuesConfig: {
    IN_PERSON: { description: "到庭 in person at the hearing's place (a visit to the center)" },
    ONLINE: { description: "线上参加 by video, from elsewhere" },
    ABSENT: {
      description:
        "缺席 did not appear: a respondent absent without good reason may be decided by default (缺席裁决), an applicant's absence may count as withdrawal",
    },
  },
});

registerEnumType(CaseStepType, {
  name: "ArbitrationCaseStepType",
  description: "办案步骤: what a step on an arbitration case was.",
  valuesConfig: {
    FILE: { description: "收到申请 the application was filed" },
    ACCEPT: { description: "受理 accepted" },
    REJECT: { description: "不予受理 rejected" },
    SERVE: { description: "送达 the application was served" },
    ANSWER: { description: "答辩 the respondent answered" },
    COMPOSE_TRIBUNAL: { description: "组庭 the tribunal was composed" },
    SCHEDULE_HEARING: { description: "排期 a hearing was scheduled" },
    POSTPONE_HEARING: { description: "延期开庭 a hearing was postponed" },
    HOLD_HEARING: { description: "开庭审理 the scheduled hearing was held" },
    EXTEND_AWARD: { description: "延长审限 the award period was extended" },
    CLOSE_BY_MEDIATION: { description: "调解结案 closed by a mediation statement" },
    ISSUE_AWARD: { description: "裁决 the award was made" },
    SERVE_AWARD: { description: "裁决送达 the award was served" },
    VOID_ACCEPTANCE: { description: "撤销受理 (更正) the acceptance, recorded in error, was voided" },
  },
});

registerEnumType(ClaimKind, {
  name: "ArbitrationClaimKind",
  description: "仲裁请求类型",
  valuesConfig: {
    WAGE_ARREARS: { description: "追索劳动报酬" },
    OVERTIME_PAY: { description: "加班工资" },
    SEVERANCE: { description: "经济补偿" },
    DAMAGES: { description: "赔偿金" },
    WORK_INJURY_MEDICAL: { description: "工伤医疗费" },
    WORK_INJURY_BENEFITS: { description: "其他工伤保险待遇" },
    SOCIAL_INSURANCE: { description: "社会保险" },
    WORKING_HOURS: { description: "工作时间" },
    REST_AND_LEAVE: { description: "休息休假" },
    CONFIRM_LABOUR_RELATION: { description: "确认劳动关系" },
    OTHER: { description: "其他" },
  },
});

registerEnumType(CommissionKind, {
  name: "ArbitrationCommissionKind",
  description: "仲裁委员会类型: the kind of commission, which the registry's routing rules name.",
  valuesConfig: {
    LABOUR_PERSONNEL: { description: "劳动人事争议仲裁委员会 labour and personnel disputes" },
  },
});

registerEnumType(TribunalKind, {
  name: "ArbitrationTribunalKind",
  description: "仲裁庭组成",
  valuesConfig: {
    SOLE: { description: "独任仲裁" },
    PANEL: { description: "合议仲裁庭（三名仲裁员，设首席仲裁员）" },
  },
});

registerEnumType(ClaimDecision, {
  name: "ArbitrationClaimDecision",
  description: "裁决结果",
  valuesConfig: {
    GRANTED: { description: "支持" },
    PARTIALLY_GRANTED: { description: "部分支持" },
    DISMISSED: { description: "驳回" },
  },
});

registerEnumType(FinalityReason, {
  name: "ArbitrationFinalityReason",
  description: "是否终局裁决的理由",
  valuesConfig: {
    SMALL_CLAIM: { description: "小额（不超过当地月最低工资标准十二个月）" },
    LABOUR_STANDARD: { description: "劳动标准争议" },
    EXCEEDS_SMALL_CLAIM_LIMIT: { description: "超过小额标准" },
    NO_AMOUNT: { description: "无金额" },
    NOT_FINAL_KIND: { description: "非终局事项" },
    MINIMUM_WAGE_NOT_CONFIGURED: { description: "最低工资未配置" },
  },
});

export const FollowOnParty = enumOf(FOLLOW_ON_PARTIES);
export type FollowOnParty = (typeof FOLLOW_ON_PARTIES)[number];
registerEnumType(FollowOnParty, {
  name: "ArbitrationFollowOnParty",
  description: "裁决后可采取后续步骤的当事人",
  valuesConfig: {
    WORKER: { description: "劳动者 worker" },
    EMPLOYER: { description: "用人单位 employer" },
    EITHER: { description: "任一方当事人 either party" },
  },
});

export const FollowOnAction = enumOf(FOLLOW_ON_ACTIONS);
export type FollowOnAction = (typeof FOLLOW_ON_ACTIONS)[number];
registerEnumType(FollowOnAction, {
  name: "ArbitrationFollowOnAction",
  description: "裁决后的后续步骤",
  valuesConfig: {
    SUE: { description: "向人民法院起诉 sue in the people's court" },
    APPLY_TO_REVOKE: {
      description: "向中级人民法院申请撤销仲裁裁决 apply to the intermediate court to revoke the award",
    },
  },
});

export const LitigationReasonCode = enumOf(LITIGATION_REASON_CODES);
export type LitigationReasonCode = (typeof LITIGATION_REASON_CODES)[number];
registerEnumType(LitigationReasonCode, {
  name: "ArbitrationLitigationReasonCode",
  description: "可以起诉的原因",
  valuesConfig: {
    ACCEPTANCE_OVERDUE: { description: "逾期未作出受理决定 acceptance overdue" },
    REJECTED: { description: "不予受理 rejected" },
    AWARD_OVERDUE: { description: "逾期未作出裁决 award overdue" },
  },
});

/**
 * Not stored: the order of the commission's queue (Query.arbitrationCases) and of a party's cases
 * (Party.arbitrationCases), by when the application was received.
 */
export enum ArbitrationCaseSort {
  NEWEST_RECEIVED = "NEWEST_RECEIVED",
  OLDEST_RECEIVED = "OLDEST_RECEIVED",
}
registerEnumType(ArbitrationCaseSort, {
  name: "ArbitrationCaseSort",
  description: "仲裁案件排序: the order of the commission's queue and of a party's cases.",
  valuesConfig: {
    NEWEST_RECEIVED: { description: "最新收到在前 newest application first (the default)" },
    OLDEST_RECEIVED: { description: "最早收到在前 oldest application first" },
  },
});

/** Not stored: the order of an arbitrator's calendar (Query.arbitratorCalendar), by hearing time. */
export enum ArbitrationCalendarSort {
  EARLIEST_FIRST = "EARLIEST_FIRST",
  LATEST_FIRST = "LATEST_FIRST",
}
registerEnumType(ArbitrationCalendarSort, {
  name: "ArbitrationCalendarSort",
  description: "仲裁员日程排序, by hearing time.",
  valuesConfig: {
    EARLIEST_FIRST: { description: "开庭时间由早到晚 earliest hearing first (the default)" },
    LATEST_FIRST: { description: "开庭时间由晚到早 latest hearing first" },
  },
});

/** The direction of a keyset read for a case sort: newest received first unless asked otherwise. */
export const caseSortDirection = (sort: ArbitrationCaseSort | null | undefined): "asc" | "desc" =>
  sort === ArbitrationCaseSort.OLDEST_RECEIVED ? "asc" : "desc";
