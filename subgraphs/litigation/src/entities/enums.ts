import { registerEnumType } from "type-graphql";

export enum CourtProcedure {
  PRE_FILING_MEDIATION = "PRE_FILING_MEDIATION",
  FIRST_INSTANCE = "FIRST_INSTANCE",
  JUDICIAL_CONFIRMATION = "JUDICIAL_CONFIRMATION",
  ENFORCEMENT = "ENFORCEMENT",
}
registerEnumType(CourtProcedure, {
  name: "CourtProcedure",
  description: "诉前调解 (民诉前调) / 民事一审 (民初) / 司法确认 (民特) / 执行 (执)",
});

export enum CourtCaseStatus {
  IN_MEDIATION = "IN_MEDIATION",
  RESOLVED = "RESOLVED",
  MEDIATION_FAILED = "MEDIATION_FAILED",
  FILED = "FILED",
  JUDGED = "JUDGED",
  APPLIED = "APPLIED",
  ACCEPTED = "ACCEPTED",
  NOT_ACCEPTED = "NOT_ACCEPTED",
  CONFIRMED = "CONFIRMED",
  REJECTED = "REJECTED",
  ENFORCING = "ENFORCING",
  CONCLUDED = "CONCLUDED",
}
registerEnumType(CourtCaseStatus, {
  name: "CourtCaseStatus",
  description:
    "诉前调解中 / 调解成功 / 调解不成已立案 / 已立案 / 已判决 / 已申请 / 已受理 / 不予受理 / 裁定确认有效 / 裁定驳回申请 / 执行中 / 执行结案",
});

export enum TrialProcedure {
  ORDINARY = "ORDINARY",
  SIMPLIFIED = "SIMPLIFIED",
  SMALL_CLAIMS = "SMALL_CLAIMS",
}
registerEnumType(TrialProcedure, {
  name: "TrialProcedure",
  description: "普通程序 (6 个月) / 简易程序 (3 个月) / 小额诉讼程序 (2 个月)",
});

export enum MediatorKind {
  MEDIATION_COMMITTEE = "MEDIATION_COMMITTEE",
  INVITED_MEDIATOR = "INVITED_MEDIATOR",
}
registerEnumType(MediatorKind, { name: "MediatorKind", description: "委派给人民调解委员会 / 特邀调解员" });

export enum PreFilingSuccess {
  AGREEMENT = "AGREEMENT",
  MEDIATION_STATEMENT = "MEDIATION_STATEMENT",
}
registerEnumType(PreFilingSuccess, { name: "PreFilingSuccess", description: "诉前调解成功的结果: 调解协议 / 调解书" });

export enum PartyRole {
  PLAINTIFF = "PLAINTIFF",
  DEFENDANT = "DEFENDANT",
  APPLICANT = "APPLICANT",
  RESPONDENT = "RESPONDENT",
  THIRD_PARTY = "THIRD_PARTY",
}
registerEnumType(PartyRole, { name: "PartyRole", description: "原告 / 被告 / 申请人 / 被申请人 (被执行人) / 第三人" });

export enum PartyKind {
  PERSON = "PERSON",
  ORGANIZATION = "ORGANIZATION",
}
registerEnumType(PartyKind, {
  name: "PartyKind",
  description: "自然人 (居民身份证) / 法人或其他组织 (统一社会信用代码)",
});

export enum Performance {
  PENDING = "PENDING",
  PERFORMED = "PERFORMED",
  ENFORCEMENT_APPLIED = "ENFORCEMENT_APPLIED",
}
registerEnumType(Performance, { name: "Performance", description: "履行情况: 待履行 / 已履行 / 已申请强制执行" });

export enum EnforcementOutcome {
  FULLY_ENFORCED = "FULLY_ENFORCED",
  SETTLED = "SETTLED",
  TERMINATED_THIS_ROUND = "TERMINATED_THIS_ROUND",
  TERMINATED = "TERMINATED",
}
registerEnumType(EnforcementOutcome, {
  name: "EnforcementOutcome",
  description: "执行完毕 / 执行和解 / 终结本次执行程序 / 终结执行",
});
