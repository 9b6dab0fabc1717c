// GraphQL enums of the mediation subgraph; values are the strings stored in the database.
import { registerEnumType } from "type-graphql";

export enum CommitteeType {
  JOINT = "JOINT",
  LABOUR = "LABOUR",
  COMMERCIAL = "COMMERCIAL",
  MEDICAL = "MEDICAL",
  TRAFFIC = "TRAFFIC",
  MARINE_FISHERY = "MARINE_FISHERY",
  CONSUMER = "CONSUMER",
  PROPERTY = "PROPERTY",
  FAMILY = "FAMILY",
  GENERAL = "GENERAL",
  LAWYER_OFFICE = "LAWYER_OFFICE",
}
registerEnumType(CommitteeType, {
  name: "CommitteeType",
  description:
    "调委会类型: 联合 / 劳动争议 / 商会·商事 / 医疗纠纷 / 道路交通事故 / 海事渔业 / 消费纠纷 / 物业 / 婚姻家庭 / 综合（乡镇、村） / 律师调解工作室",
});

export enum CommitteeLevel {
  COUNTY = "COUNTY",
  TOWN = "TOWN",
  VILLAGE = "VILLAGE",
  PROFESSIONAL = "PROFESSIONAL",
}
registerEnumType(CommitteeLevel, {
  name: "CommitteeLevel",
  description: "层级: 县级 / 乡镇（街道） / 村（社区） / 行业性专业性",
});

export enum MediatorRole {
  CHIEF = "CHIEF",
  FULL_TIME = "FULL_TIME",
  PART_TIME = "PART_TIME",
}
registerEnumType(MediatorRole, { name: "MediatorRole", description: "首席调解员 / 专职调解员 / 兼职调解员" });

export enum ExpertKind {
  LAWYER = "LAWYER",
  EXPERT = "EXPERT",
}
registerEnumType(ExpertKind, { name: "ExpertKind", description: "调解专家库成员: 律师 / 行业专家" });

export enum CaseSource {
  DISPATCH = "DISPATCH",
  COURT_DELEGATION = "COURT_DELEGATION",
  DIRECT_APPLICATION = "DIRECT_APPLICATION",
}
registerEnumType(CaseSource, {
  name: "MediationCaseSource",
  description: "案件来源: 中心派单 / 法院诉前委派 / 当事人直接申请",
});

export enum MediationCaseStatus {
  ACCEPTED = "ACCEPTED",
  IN_MEDIATION = "IN_MEDIATION",
  AGREEMENT_REACHED = "AGREEMENT_REACHED",
  FAILED = "FAILED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(MediationCaseStatus, {
  name: "MediationCaseStatus",
  description: "已受理 / 调解中 / 已达成协议 / 调解不成 / 已撤回",
});

export enum MediationClockKind {
  PEOPLE = "PEOPLE",
  MEDICAL = "MEDICAL",
  LABOUR = "LABOUR",
}
registerEnumType(MediationClockKind, {
  name: "MediationClockKind",
  description:
    "调解期限: 人民调解（一般一个月，可配置） / 医疗纠纷（30个工作日，鉴定期间不计） / 劳动争议（15日，逾期可申请仲裁）",
});

export enum NextStep {
  ARBITRATION = "ARBITRATION",
  LITIGATION = "LITIGATION",
  OTHER = "OTHER",
}
registerEnumType(NextStep, { name: "MediationNextStep", description: "调解不成后的建议去向: 仲裁 / 诉讼 / 其他途径" });

export enum SessionMode {
  IN_PERSON = "IN_PERSON",
  ONLINE_VIDEO = "ONLINE_VIDEO",
}
registerEnumType(SessionMode, { name: "MediationSessionMode", description: "调解方式: 现场 / 线上视频" });

export enum PerformanceStatus {
  DUE = "DUE",
  PERFORMED = "PERFORMED",
  PARTLY_PERFORMED = "PARTLY_PERFORMED",
  NOT_PERFORMED = "NOT_PERFORMED",
}
registerEnumType(PerformanceStatus, {
  name: "PerformanceStatus",
  description: "协议履行情况: 待履行 / 已履行 / 部分履行 / 未履行",
});

export enum FollowUpStatus {
  PERFORMED = "PERFORMED",
  PARTLY_PERFORMED = "PARTLY_PERFORMED",
  NOT_PERFORMED = "NOT_PERFORMED",
}
registerEnumType(FollowUpStatus, {
  name: "FollowUpStatus",
  description: "回访查明的履行情况: 已履行 / 部分履行 / 未履行",
});
