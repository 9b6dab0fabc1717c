// The court's closed sets, declared once in prisma/schema.prisma (the database refuses any other value)
// and registered here for the schema under their GraphQL names.
import { registerEnumType } from "type-graphql";
import {
  CourtCaseStatus,
  CourtProcedure,
  EnforcementOutcome,
  MediatorKind,
  PartyKind,
  PartyRole,
  Performance,
  PreFilingSuccess,
  TrialProcedure,
} from "../generated/prisma/enums.js";

export {
  CourtCaseStatus,
  CourtProcedure,
  EnforcementOutcome,
  MediatorKind,
  PartyKind,
  PartyRole,
  Performance,
  PreFilingSuccess,
  TrialProcedure,
};

registerEnumType(CourtProcedure, {
  name: "CourtProcedure",
  description: "诉前调解 (民诉前调) / 民事一审 (民初) / 司法确认 (民特) / 执行 (执)",
});

registerEnumType(CourtCaseStatus, {
  name: "CourtCaseStatus",
  description:
    "诉前调解中 / 调解成功 / 调解不成已立案 / 已立案 / 已判决 / 已申请 / 已受理 / 不予受理 / 裁定确认有效 / 裁定驳回申请 / 执行中 / 执行结案",
  valuesConfig: {
    IN_MEDIATION: { description: "诉前调解中" },
    RESOLVED: { description: "诉前调解成功" },
    MEDIATION_FAILED: { description: "诉前调解不成, case filed" },
    FILED: { description: "已立案" },
    JUDGED: { description: "已判决" },
    APPLIED: { description: "已申请 (司法确认)" },
    ACCEPTED: { description: "已受理" },
    NOT_ACCEPTED: { description: "不予受理" },
    CONFIRMED: { description: "裁定确认有效" },
    REJECTED: { description: "裁定驳回申请" },
    ENFORCING: { description: "执行中" },
    CONCLUDED: { description: "执行结案" },
  },
});

registerEnumType(TrialProcedure, {
  name: "TrialProcedure",
  description: "普通程序 (6 个月) / 简易程序 (3 个月) / 小额诉讼程序 (2 个月)",
});

registerEnumType(MediatorKind, { name: "MediatorKind", description: "委派给人民调解委员会 / 特邀调解员" });

registerEnumType(PreFilingSuccess, { name: "PreFilingSuccess", description: "诉前调解成功的结果: 调解协议 / 调解书" });

registerEnumType(PartyRole, { name: "PartyRole", description: "原告 / 被告 / 申请人 / 被申请人 (被执行人) / 第三人" });

registerEnumType(PartyKind, {
  name: "PartyKind",
  description: "自然人 (居民身份证) / 法人或其他组织 (统一社会信用代码)",
});

registerEnumType(Performance, { name: "Performance", description: "履行情况: 待履行 / 已履行 / 已申请强制执行" });

registerEnumType(EnforcementOutcome, {
  name: "EnforcementOutcome",
  description: "执行完毕 / 执行和解 / 终结本次执行程序 / 终结执行",
});
