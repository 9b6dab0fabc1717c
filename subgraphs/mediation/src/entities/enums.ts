// GraphQL enums of the mediation subgraph, built from the enums the database enforces (schema.prisma):
// each set is declared once, there.
import { registerEnumType } from "type-graphql";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import {
  AppraisalFeePayer,
  AppraisalKind,
  CommitteeLevel,
  CommitteeType,
  ExpertKind,
  FollowUpStatus,
  MediationCaseSource,
  MediationCaseStatus,
  MediationClockKind,
  MediationNextStep,
  MediationPickChannel,
  MediationSessionMode,
  MediatorRole,
} from "../generated/prisma/enums.js";
import { PerformanceStatus } from "../domain/agreement.js";
import { CASE_STATUS_ZH } from "../domain/case-state.js";

export {
  AppraisalFeePayer,
  AppraisalKind,
  CommitteeLevel,
  CommitteeType,
  DirectoryStatus,
  ExpertKind,
  FollowUpStatus,
  MediationCaseSource,
  MediationCaseStatus,
  MediationClockKind,
  MediationNextStep,
  MediationPickChannel,
  MediationSessionMode,
  MediatorRole,
  PerformanceStatus,
};

const describe = <E extends string>(labels: Record<E, string>) =>
  Object.fromEntries(
    Object.entries(labels).map(([value, label]) => [value, { description: label as string }]),
  ) as Record<E, { description: string }>;

registerEnumType(CommitteeType, {
  name: "MediationCommitteeType",
  description: "调委会类型: what kind of disputes a committee hears.",
  valuesConfig: describe<CommitteeType>({
    JOINT: "联合 joint committee of the center",
    LABOUR: "劳动争议 labour disputes",
    COMMERCIAL: "商会·商事 chamber of commerce, commercial disputes",
    MEDICAL: "医疗纠纷 medical disputes",
    TRAFFIC: "道路交通事故 road traffic accidents",
    MARINE_FISHERY: "海事渔业 maritime and fishery disputes",
    CONSUMER: "消费纠纷 consumer disputes",
    PROPERTY: "物业 property management disputes",
    FAMILY: "婚姻家庭 marriage and family disputes",
    GENERAL: "综合（乡镇、村） general committee of a township or village",
    LAWYER_OFFICE: "律师调解工作室 lawyer mediation office",
  }),
});

registerEnumType(CommitteeLevel, {
  name: "MediationCommitteeLevel",
  description: "层级: where the committee sits.",
  valuesConfig: describe<CommitteeLevel>({
    COUNTY: "县级 county",
    TOWN: "乡镇（街道） township or street",
    VILLAGE: "村（社区） village or community",
    PROFESSIONAL: "行业性专业性 sector-specific professional committee",
  }),
});

registerEnumType(MediatorRole, {
  name: "MediationMediatorRole",
  description: "调解员职务: a mediator's role on the committee.",
  valuesConfig: describe<MediatorRole>({
    CHIEF: "首席调解员 chief mediator",
    FULL_TIME: "专职调解员 full-time mediator",
    PART_TIME: "兼职调解员 part-time mediator",
  }),
});

registerEnumType(ExpertKind, {
  name: "MediationExpertKind",
  description: "调解专家库成员: who a member of the expert pool is.",
  valuesConfig: describe<ExpertKind>({ LAWYER: "律师 lawyer", EXPERT: "行业专家 sector expert" }),
});

registerEnumType(MediationPickChannel, {
  name: "MediationPickChannel",
  description: "点单渠道: how a party's pick of an expert reached the case.",
  valuesConfig: describe<MediationPickChannel>({
    AT_COMMITTEE: "调委会记录 the committee recorded the pick the party made to it",
    ONLINE: "线上点单 the party picked herself, signed in",
    AT_WINDOW: "窗口代为点单 the center's window recorded the pick on the party's behalf",
  }),
});

registerEnumType(MediationCaseSource, {
  name: "MediationCaseSource",
  description: "案件来源: how the case reached the committee.",
  valuesConfig: describe<MediationCaseSource>({
    DISPATCH: "中心派单 dispatched by the center",
    COURT_DELEGATION: "法院诉前委派 delegated by a court before filing",
    DIRECT_APPLICATION: "当事人直接申请 a party applied directly",
  }),
});

registerEnumType(MediationCaseStatus, {
  name: "MediationCaseStatus",
  description: "调解案件状态: where the case stands.",
  valuesConfig: describe<MediationCaseStatus>({
    ACCEPTED: `${CASE_STATUS_ZH.ACCEPTED} accepted`,
    IN_MEDIATION: `${CASE_STATUS_ZH.IN_MEDIATION} in mediation (a session was held)`,
    AGREEMENT_REACHED: `${CASE_STATUS_ZH.AGREEMENT_REACHED} agreement reached`,
    FAILED: `${CASE_STATUS_ZH.FAILED} mediation failed`,
    WITHDRAWN: `${CASE_STATUS_ZH.WITHDRAWN} withdrawn`,
    VOIDED: `${CASE_STATUS_ZH.VOIDED} voided: the acceptance was made in error and corrected`,
  }),
});

registerEnumType(MediationClockKind, {
  name: "MediationClockKind",
  description: "调解期限: which time limit runs on the case.",
  valuesConfig: describe<MediationClockKind>({
    PEOPLE: "人民调解 people's mediation, one month as a rule (configurable)",
    MEDICAL: "医疗纠纷 medical disputes, 30 working days, appraisal not counted",
    LABOUR: "劳动争议 labour disputes, 15 days; after them a party may apply for arbitration",
    COURT_PRE_FILING:
      "法院委派诉前调解 delegated by a court: the court's 30-day pre-filing period, one deadline for court and committee",
  }),
});

registerEnumType(MediationNextStep, {
  name: "MediationNextStep",
  description: "调解不成后的建议去向: where a failed mediation sends the matter.",
  valuesConfig: describe<MediationNextStep>({
    ARBITRATION: "仲裁 arbitration",
    LITIGATION: "诉讼 litigation",
    OTHER: "其他途径 another channel",
  }),
});

registerEnumType(MediationSessionMode, {
  name: "MediationSessionMode",
  description: "调解方式: how a session is held.",
  valuesConfig: describe<MediationSessionMode>({
    IN_PERSON: "现场 in person",
    ONLINE_VIDEO: "线上视频 online video",
  }),
});

registerEnumType(PerformanceStatus, {
  name: "MediationPerformanceStatus",
  description: "协议履行情况: how far the agreement has been performed.",
  valuesConfig: describe<PerformanceStatus>({
    DUE: "待履行 due, not yet checked",
    PERFORMED: "已履行 performed",
    PARTLY_PERFORMED: "部分履行 partly performed",
    NOT_PERFORMED: "未履行 not performed",
  }),
});

registerEnumType(FollowUpStatus, {
  name: "MediationFollowUpStatus",
  description: "回访查明的履行情况: what a follow-up found.",
  valuesConfig: describe<FollowUpStatus>({
    PERFORMED: "已履行 performed",
    PARTLY_PERFORMED: "部分履行 partly performed",
    NOT_PERFORMED: "未履行 not performed",
  }),
});

registerEnumType(AppraisalKind, {
  name: "MediationAppraisalKind",
  description: "鉴定类型: what an appraisal commissioned during medical mediation assesses.",
  valuesConfig: describe<AppraisalKind>({
    MEDICAL_MALPRACTICE: "医疗损害鉴定 whether the hospital was at fault and its share of liability",
    DISABILITY_GRADE: "伤残等级鉴定 the patient's disability grade",
    OTHER: "其他鉴定 any other appraisal (e.g. 护理依赖程度, 误工期)",
  }),
});

registerEnumType(AppraisalFeePayer, {
  name: "MediationAppraisalFeePayer",
  description: "鉴定费预交方: who advances the appraisal fee.",
  valuesConfig: describe<AppraisalFeePayer>({
    PATIENT_SIDE: "患方预交 the patient's side",
    HOSPITAL: "医方预交 the hospital",
    SHARED: "双方分担 both sides share it",
  }),
});

/** Orders of the case queue (not stored). */
export enum MediationCaseSort {
  NEWEST_ACCEPTED = "NEWEST_ACCEPTED",
  OLDEST_ACCEPTED = "OLDEST_ACCEPTED",
}
registerEnumType(MediationCaseSort, {
  name: "MediationCaseSort",
  description: "调解案件排序: the order of the case queue.",
  valuesConfig: describe<MediationCaseSort>({
    NEWEST_ACCEPTED: "最新受理在前 newest accepted first (the default)",
    OLDEST_ACCEPTED: "最早受理在前 oldest accepted first",
  }),
});

/** Orders of the committee directory (not stored). */
export enum MediationCommitteeSort {
  NAME = "NAME",
}
registerEnumType(MediationCommitteeSort, {
  name: "MediationCommitteeSort",
  description: "调委会排序: the order of the committee directory.",
  valuesConfig: describe<MediationCommitteeSort>({ NAME: "按名称 by name" }),
});

/** Orders of the mediator directory (not stored). */
export enum MediationMediatorSort {
  NAME = "NAME",
}
registerEnumType(MediationMediatorSort, {
  name: "MediationMediatorSort",
  description: "调解员排序: the order of the mediator directory.",
  valuesConfig: describe<MediationMediatorSort>({ NAME: "按姓名 by name" }),
});

/** Orders of the expert pool (not stored). */
export enum MediationExpertSort {
  NAME = "NAME",
}
registerEnumType(MediationExpertSort, {
  name: "MediationExpertSort",
  description: "调解专家库排序: the order of the expert pool.",
  valuesConfig: describe<MediationExpertSort>({ NAME: "按姓名 by name" }),
});
