// The department's code lists as GraphQL enums, built from the Prisma enums (declared once, in
// prisma/schema.prisma, and enforced by the database).
import { registerEnumType } from "type-graphql";
import {
  ApplicantGroup,
  ClosureOutcome,
  ConsultationChannel,
  EligibilityBasis,
  LegalAidCentreKind,
  LegalAidMatter,
  LegalAidStatus,
  LegalSpecialty,
  ProviderKind,
  QualityRating,
  WorkActivity,
} from "../generated/prisma/enums.js";
import { MATTERS, SPECIALTY_LABELS } from "../domain/matters.js";
import { STATUS_ZH } from "../domain/workflow.js";

const describe = <E extends string>(labels: Record<E, string>) =>
  Object.fromEntries(
    Object.entries(labels).map(([value, label]) => [value, { description: label as string }]),
  ) as Record<E, { description: string }>;

registerEnumType(LegalAidCentreKind, {
  name: "LegalAidCentreKind",
  description: "法律援助机构类型: which the registry's routing and dispatch name.",
  valuesConfig: {
    CENTRE: { description: "法律援助中心 of the county" },
    WORKSTATION: { description: "法律援助工作站, receiving applications on the centre's behalf" },
  },
});

registerEnumType(LegalAidMatter, {
  name: "LegalAidMatter",
  description:
    "法律援助事项: items of arts. 31 (means-tested) and 32 (no means test) of the Legal Aid Law, or OTHER (outside both).",
  valuesConfig: describe(
    Object.fromEntries(Object.entries(MATTERS).map(([k, v]) => [k, v.legalItem])) as Record<LegalAidMatter, string>,
  ),
});
registerEnumType(LegalSpecialty, {
  name: "LegalAidSpecialty",
  description: "承办人员专业领域",
  valuesConfig: describe(SPECIALTY_LABELS),
});
registerEnumType(ApplicantGroup, {
  name: "LegalAidApplicantGroup",
  description: "免予核查经济困难状况的人员 (Legal Aid Law art. 42) the applicant has shown material for.",
  valuesConfig: describe({
    NO_FIXED_INCOME_VULNERABLE: "无固定生活来源的未成年人、老年人、残疾人等特定群体（第一项）",
    SOCIAL_ASSISTANCE: "社会救助对象（第二项）",
    JUDICIAL_ASSISTANCE: "司法救助对象（第二项）",
    SPECIAL_CARE: "优抚对象（第二项）",
    MIGRANT_WORKER: "申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员（第三项）",
  }),
});
registerEnumType(EligibilityBasis, {
  name: "LegalAidEligibilityBasis",
  description: "审查依据: which rule decided the application.",
  valuesConfig: describe({
    NO_MEANS_TEST_MATTER: "不受经济困难条件限制的事项（第三十二条）",
    MEANS_CHECK_EXEMPT: "免予核查经济困难状况（第四十二条）",
    MEANS_TEST_PASSED: "经审查符合经济困难标准（第三十一条、第三十四条）",
    MEANS_TEST_FAILED: "经审查高于经济困难标准（第三十一条、第三十四条）",
    OUT_OF_SCOPE: "不属于法律援助事项范围",
  }),
});
registerEnumType(LegalAidStatus, {
  name: "LegalAidStatus",
  description: "法律援助案件状态",
  valuesConfig: describe(STATUS_ZH),
});
registerEnumType(ProviderKind, {
  name: "LegalAidProviderKind",
  description: "承办人员类别",
  valuesConfig: describe({
    LAWYER: "律师",
    LEGAL_AID_WORKER: "法律援助机构工作人员",
    GRASSROOTS_LEGAL_WORKER: "基层法律服务工作者",
  }),
});
registerEnumType(ConsultationChannel, {
  name: "LegalAidConsultationChannel",
  description: "法律咨询渠道",
  valuesConfig: describe({ WINDOW: "窗口咨询", PHONE: "电话咨询（12348）" }),
});
registerEnumType(WorkActivity, {
  name: "LegalAidWorkActivity",
  description: "办案工作类别",
  valuesConfig: describe({
    MEETING: "会见、谈话",
    INVESTIGATION: "调查取证",
    DRAFTING: "文书撰写",
    MEDIATION: "参与调解",
    HEARING: "出庭、参加仲裁庭审",
    OTHER: "其他",
  }),
});
registerEnumType(ClosureOutcome, {
  name: "LegalAidClosureOutcome",
  description: "结案方式",
  valuesConfig: describe({
    JUDGMENT_OR_AWARD: "判决、裁决",
    SETTLED: "和解",
    MEDIATED: "调解结案",
    WITHDRAWN: "撤回申请、撤诉",
    TERMINATED: "终止法律援助",
  }),
});
registerEnumType(QualityRating, {
  name: "LegalAidQualityRating",
  description: "质量评查等级",
  valuesConfig: describe({ EXCELLENT: "优秀", GOOD: "良好", PASS: "合格", FAIL: "不合格" }),
});

// Not stored: the order of a case's work log.
export enum WorkEntrySort {
  OLDEST_FIRST = "OLDEST_FIRST",
  NEWEST_FIRST = "NEWEST_FIRST",
}
registerEnumType(WorkEntrySort, {
  name: "LegalAidWorkEntrySort",
  description: "排序 of a work log.",
  valuesConfig: {
    OLDEST_FIRST: { description: "按时间先后 oldest first" },
    NEWEST_FIRST: { description: "时间倒序 newest first" },
  },
});

export {
  ApplicantGroup,
  ClosureOutcome,
  ConsultationChannel,
  EligibilityBasis,
  LegalAidCentreKind,
  LegalAidMatter,
  LegalAidStatus,
  LegalSpecialty,
  ProviderKind,
  QualityRating,
  WorkActivity,
};

/** Not stored: the order of the center's queue (Query.legalAidCases) and of a party's cases (Party.legalAidCases), by when they applied. */
export enum LegalAidCaseSort {
  NEWEST_APPLIED = "NEWEST_APPLIED",
  OLDEST_APPLIED = "OLDEST_APPLIED",
}
registerEnumType(LegalAidCaseSort, {
  name: "LegalAidCaseSort",
  description: "法律援助案件排序: the order of the center's queue and of a party's cases.",
  valuesConfig: {
    NEWEST_APPLIED: { description: "最新申请在前 newest application first (the default)" },
    OLDEST_APPLIED: { description: "最早申请在前 oldest application first" },
  },
});

/** Not stored: the order of the roster (Query.legalAidProviders), by when each person was registered. */
export enum LegalAidProviderSort {
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}
registerEnumType(LegalAidProviderSort, {
  name: "LegalAidProviderSort",
  description: "承办人员名册排序, by registration on the roster.",
  valuesConfig: {
    NEWEST_FIRST: { description: "最近登记在前 most recently registered first (the default)" },
    OLDEST_FIRST: { description: "最早登记在前 first registered first" },
  },
});

/** Not stored: the order of consultations (Query.legalConsultations, Dispute.legalConsultations). */
export enum LegalAidConsultationSort {
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}
registerEnumType(LegalAidConsultationSort, {
  name: "LegalAidConsultationSort",
  description: "法律咨询排序, by when the consultation was given.",
  valuesConfig: {
    NEWEST_FIRST: { description: "时间倒序 newest first" },
    OLDEST_FIRST: { description: "按时间先后 oldest first" },
  },
});
