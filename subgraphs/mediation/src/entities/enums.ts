// GraphQL enums of the mediation subgraph, built from the enums the database enforces (schema.prisma):
// each set is declared once, there.
import { registerEnumType } from "type-graphql";
import {
  CommitteeLevel,
  CommitteeType,
  ExpertKind,
  FollowUpStatus,
  MediationCaseSource,
  MediationCaseStatus,
  MediationClockKind,
  MediationNextStep,
  MediationSessionMode,
  MediatorRole,
} from "../generated/prisma/enums.js";
import { PerformanceStatus } from "../domain/agreement.js";
import { CASE_STATUS_ZH } from "../domain/case-state.js";

export {
  CommitteeLevel,
  CommitteeType,
  ExpertKind,
  FollowUpStatus,
  MediationCaseSource,
  MediationCaseStatus,
  MediationClockKind,
  MediationNextStep,
  MediationSessionMode,
  MediatorRole,
  PerformanceStatus,
};

registerEnumType(CommitteeType, {
  name: "CommitteeType",
  description:
    "调委会类型: 联合 / 劳动争议 / 商会·商事 / 医疗纠纷 / 道路交通事故 / 海事渔业 / 消费纠纷 / 物业 / 婚姻家庭 / 综合（乡镇、村） / 律师调解工作室",
});

registerEnumType(CommitteeLevel, {
  name: "CommitteeLevel",
  description: "层级: 县级 / 乡镇（街道） / 村（社区） / 行业性专业性",
});

registerEnumType(MediatorRole, { name: "MediatorRole", description: "首席调解员 / 专职调解员 / 兼职调解员" });

registerEnumType(ExpertKind, { name: "ExpertKind", description: "调解专家库成员: 律师 / 行业专家" });

registerEnumType(MediationCaseSource, {
  name: "MediationCaseSource",
  description: "案件来源: 中心派单 / 法院诉前委派 / 当事人直接申请",
});

registerEnumType(MediationCaseStatus, {
  name: "MediationCaseStatus",
  description: "已受理 / 调解中 / 已达成协议 / 调解不成 / 已撤回",
  valuesConfig: Object.fromEntries(
    Object.values(MediationCaseStatus).map((status) => [status, { description: CASE_STATUS_ZH[status] }]),
  ),
});

registerEnumType(MediationClockKind, {
  name: "MediationClockKind",
  description:
    "调解期限: 人民调解（一般一个月，可配置） / 医疗纠纷（30个工作日，鉴定期间不计） / 劳动争议（15日，逾期可申请仲裁）",
});

registerEnumType(MediationNextStep, {
  name: "MediationNextStep",
  description: "调解不成后的建议去向: 仲裁 / 诉讼 / 其他途径",
});

registerEnumType(MediationSessionMode, { name: "MediationSessionMode", description: "调解方式: 现场 / 线上视频" });

registerEnumType(PerformanceStatus, {
  name: "PerformanceStatus",
  description: "协议履行情况: 待履行 / 已履行 / 部分履行 / 未履行",
});

registerEnumType(FollowUpStatus, {
  name: "FollowUpStatus",
  description: "回访查明的履行情况: 已履行 / 部分履行 / 未履行",
});
