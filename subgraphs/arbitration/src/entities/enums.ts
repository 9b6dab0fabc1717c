import { registerEnumType } from "type-graphql";

export enum ArbitrationStatus {
  RECEIVED = "RECEIVED",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
  TRIBUNAL_FORMED = "TRIBUNAL_FORMED",
  HEARING_SCHEDULED = "HEARING_SCHEDULED",
  MEDIATED = "MEDIATED",
  AWARDED = "AWARDED",
}
registerEnumType(ArbitrationStatus, {
  name: "ArbitrationStatus",
  description:
    "仲裁案件状态：已收到申请 / 已受理 / 不予受理 / 已组庭 / 已排期开庭 / 调解结案（调解书）/ 已裁决（裁决书）",
});

export enum ClaimKind {
  WAGE_ARREARS = "WAGE_ARREARS",
  OVERTIME_PAY = "OVERTIME_PAY",
  SEVERANCE = "SEVERANCE",
  DAMAGES = "DAMAGES",
  WORK_INJURY_MEDICAL = "WORK_INJURY_MEDICAL",
  WORK_INJURY_BENEFITS = "WORK_INJURY_BENEFITS",
  SOCIAL_INSURANCE = "SOCIAL_INSURANCE",
  WORKING_HOURS = "WORKING_HOURS",
  REST_AND_LEAVE = "REST_AND_LEAVE",
  CONFIRM_LABOUR_RELATION = "CONFIRM_LABOUR_RELATION",
  OTHER = "OTHER",
}
registerEnumType(ClaimKind, {
  name: "ArbitrationClaimKind",
  description:
    "仲裁请求类型：追索劳动报酬 / 加班工资 / 经济补偿 / 赔偿金 / 工伤医疗费 / 其他工伤保险待遇 / 社会保险 / 工作时间 / 休息休假 / 确认劳动关系 / 其他",
});

export enum TribunalKind {
  SOLE = "SOLE",
  PANEL = "PANEL",
}
registerEnumType(TribunalKind, {
  name: "ArbitrationTribunalKind",
  description: "独任仲裁 / 合议仲裁庭（三名仲裁员，设首席仲裁员）",
});

export enum ClaimDecision {
  GRANTED = "GRANTED",
  PARTIALLY_GRANTED = "PARTIALLY_GRANTED",
  DISMISSED = "DISMISSED",
}
registerEnumType(ClaimDecision, { name: "ArbitrationClaimDecision", description: "裁决结果：支持 / 部分支持 / 驳回" });

export enum FinalityReason {
  SMALL_CLAIM = "SMALL_CLAIM",
  LABOUR_STANDARD = "LABOUR_STANDARD",
  EXCEEDS_SMALL_CLAIM_LIMIT = "EXCEEDS_SMALL_CLAIM_LIMIT",
  NO_AMOUNT = "NO_AMOUNT",
  NOT_FINAL_KIND = "NOT_FINAL_KIND",
  MINIMUM_WAGE_NOT_CONFIGURED = "MINIMUM_WAGE_NOT_CONFIGURED",
}
registerEnumType(FinalityReason, {
  name: "ArbitrationFinalityReason",
  description:
    "是否终局裁决的理由：小额（不超过当地月最低工资标准十二个月）/ 劳动标准争议 / 超过小额标准 / 无金额 / 非终局事项 / 最低工资未配置",
});

export enum FollowOnParty {
  WORKER = "WORKER",
  EMPLOYER = "EMPLOYER",
  EITHER = "EITHER",
}
registerEnumType(FollowOnParty, { name: "ArbitrationFollowOnParty", description: "劳动者 / 用人单位 / 任一方当事人" });

export enum FollowOnAction {
  SUE = "SUE",
  APPLY_TO_REVOKE = "APPLY_TO_REVOKE",
}
registerEnumType(FollowOnAction, {
  name: "ArbitrationFollowOnAction",
  description: "向人民法院起诉 / 向中级人民法院申请撤销仲裁裁决",
});

export enum LitigationReasonCode {
  ACCEPTANCE_OVERDUE = "ACCEPTANCE_OVERDUE",
  REJECTED = "REJECTED",
  AWARD_OVERDUE = "AWARD_OVERDUE",
}
registerEnumType(LitigationReasonCode, {
  name: "ArbitrationLitigationReasonCode",
  description: "可以起诉的原因：逾期未决定受理 / 不予受理 / 逾期未裁决",
});
