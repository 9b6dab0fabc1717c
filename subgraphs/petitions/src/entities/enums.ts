// The registry's GraphQL enums. A stored closed set is declared once, in prisma/schema.prisma: its GraphQL
// enum is the generated Prisma enum, and the database refuses any other value.
import { registerEnumType } from "type-graphql";
import { CASE_EVENT_TYPES } from "@onedoor/shared/events/case-event-types";
import {
  AlertKind,
  AlertStatus,
  CaseEventType,
  Channel,
  ContactMethod,
  Department,
  DisputeLinkKind,
  DisputeOutcome,
  DisputePartyRole,
  DisputeStatus,
  EventSource,
  HandOffStatus,
  HotlineRequestType,
  MemberUnitKind,
  MemberUnitStatus,
  PetitionStatus,
  RoutingFlag,
  Satisfaction,
  ServiceTier,
  StatutoryProcedure,
  VisitSource,
} from "../generated/prisma/enums.js";
import { SurgeDimension } from "../domain/early-warning.js";
import { PetitionEventType } from "../domain/petition.js";

export {
  MemberUnitKind,
  MemberUnitStatus,
  AlertKind,
  AlertStatus,
  CaseEventType,
  Channel,
  ContactMethod,
  HotlineRequestType,
  Department,
  DisputeLinkKind,
  DisputeOutcome,
  DisputePartyRole,
  DisputeStatus,
  EventSource,
  HandOffStatus,
  PetitionStatus,
  RoutingFlag,
  PetitionEventType,
  Satisfaction,
  ServiceTier,
  StatutoryProcedure,
  SurgeDimension,
  VisitSource,
};

registerEnumType(CaseEventType, {
  name: "TimelineEventType",
  description: "What a timeline step is (步骤类型), whichever department reported it.",
  valuesConfig: Object.fromEntries(
    Object.entries(CASE_EVENT_TYPES).map(([type, { description }]) => [type, { description }]),
  ),
});

registerEnumType(Channel, {
  name: "Channel",
  description: "受理渠道: how the matter reached the center.",
  valuesConfig: {
    WALK_IN: { description: "窗口来访 walk-in at the window" },
    HOTLINE_12345: { description: "12345热线转办 passed on by the 12345 hotline" },
    ONLINE: { description: "网上（浙里办）online" },
    GRID_WORKER: { description: "网格员上报 reported by a grid worker" },
    LETTER: { description: "来信 letter" },
    PETITION_AGENT: { description: "信访代办 filed by a petition agent" },
  },
});

registerEnumType(HotlineRequestType, {
  name: "HotlineRequestType",
  description: "12345诉求类型: the request type the hotline gave its work order.",
  valuesConfig: {
    CONSULTATION: { description: "咨询 consultation" },
    COMPLAINT: { description: "投诉 complaint" },
    HELP: { description: "求助 request for help" },
    SUGGESTION: { description: "建议 suggestion" },
    REPORT: { description: "举报 report of wrongdoing" },
  },
});

registerEnumType(ContactMethod, {
  name: "ContactMethod",
  description: "联系方式: how a handler reached a party.",
  valuesConfig: {
    PHONE: { description: "电话 phone call" },
    SMS: { description: "短信 text message" },
    VIDEO_CALL: { description: "视频通话 video call" },
    ONLINE_MESSAGE: { description: "在线留言（浙里办等） online message" },
  },
});

registerEnumType(DisputeOutcome, {
  name: "DisputeOutcome",
  description: "办结结果: how a closed dispute ended.",
  valuesConfig: {
    RESOLVED_BY_AGREEMENT: { description: "达成协议 resolved by the parties' agreement (调解协议/和解)" },
    RESOLVED_BY_DECISION: { description: "依裁决化解 resolved by a decision (award, judgment, review decision)" },
    PARTLY_RESOLVED: { description: "部分化解 partly resolved" },
    NOT_RESOLVED_REFERRED: { description: "未化解并引导其他途径 not resolved, referred to another channel" },
    WITHDRAWN: { description: "撤回 withdrawn by the applicant" },
    ANSWERED: { description: "当场答复 answered at the window (咨询解答、政策解释)" },
  },
});

registerEnumType(DisputeStatus, {
  name: "DisputeStatus",
  description: "纠纷状态: where a dispute stands at the registry.",
  valuesConfig: {
    REGISTERED: { description: "已登记 registered" },
    DISPATCHED: { description: "已派单 dispatched" },
    IN_PROGRESS: { description: "办理中 in progress" },
    CLOSED: { description: "已办结 closed" },
    MERGED: { description: "已并单 merged into another dispute" },
  },
});

registerEnumType(MemberUnitKind, {
  name: "MemberUnitKind",
  description: "入驻部门 / 协办单位: what kind of unit joins the center's joint handling.",
  valuesConfig: {
    LAW_ENFORCEMENT: { description: "综合行政执法局 comprehensive administrative law enforcement" },
    HOUSING_CONSTRUCTION: { description: "住房和城乡建设局 housing and urban-rural development" },
    SUBDISTRICT_OFFICE: { description: "街道办事处 sub-district office" },
    TOWNSHIP_GOVERNMENT: { description: "乡镇人民政府 township government" },
    RESIDENTS_COMMITTEE: { description: "社区居委会 / 村委会 residents' or villagers' committee" },
    POLICE: { description: "公安机关 / 派出所 police" },
    HUMAN_RESOURCES: { description: "人力资源和社会保障局 human resources and social security" },
    MARKET_REGULATION: { description: "市场监督管理局 market regulation" },
    NATURAL_RESOURCES: { description: "自然资源和规划局 natural resources and planning" },
    JUSTICE_BUREAU: { description: "司法局 justice bureau" },
    PETITIONS_BUREAU: { description: "信访局 petitions bureau" },
    COURT: { description: "人民法院 / 人民法庭 court" },
    PROCURATORATE: { description: "人民检察院 procuratorate" },
    LEGAL_AID: { description: "法律援助中心 legal aid centre" },
    SOCIAL_ORGANISATION: { description: "社会组织（商会、行业协会）social organisation" },
  },
});

registerEnumType(MemberUnitStatus, {
  name: "MemberUnitStatus",
  description: "A member unit's standing at the center.",
  valuesConfig: {
    ACTIVE: { description: "在驻 active: named as a co-handler on new dispatches" },
    SUSPENDED: { description: "暂停 suspended: takes no new disputes for now" },
    RETIRED: { description: "撤销 retired: no longer a member unit" },
  },
});

registerEnumType(Department, {
  name: "Department",
  description: "牵头部门: a department of the center.",
  valuesConfig: {
    PETITIONS: { description: "信访局 petitions bureau" },
    MEDIATION: { description: "人民调解 people's mediation" },
    ARBITRATION: { description: "劳动人事争议仲裁 labour and personnel dispute arbitration" },
    LITIGATION: { description: "法院诉讼服务 court litigation services" },
    LEGAL_AID: { description: "法律援助 legal aid" },
    ADMINISTRATIVE_REVIEW: { description: "行政复议 administrative review" },
    COMPREHENSIVE_WINDOW: { description: "综合调处窗口（兜底）the catch-all window" },
  },
});

registerEnumType(VisitSource, {
  name: "VisitSource",
  description:
    "来访来源: who recorded an in-person visit. Every source counts toward runs (跑动次数); an online step is never a visit.",
  valuesConfig: {
    WINDOW: { description: "综合受理窗口 recorded at the window (registration or a later walk-in)" },
    MEDIATION: { description: "人民调解 attendance at a mediation session held in person" },
    ARBITRATION: { description: "劳动人事争议仲裁 attendance reported by labour arbitration" },
    LITIGATION: { description: "法院诉讼服务 attendance reported by the court" },
    LEGAL_AID: { description: "法律援助 attendance reported by legal aid" },
    ADMINISTRATIVE_REVIEW: { description: "行政复议 attendance reported by administrative review" },
  },
});

registerEnumType(DisputePartyRole, {
  name: "DisputePartyRole",
  description: "当事人角色: which side of the dispute.",
  valuesConfig: {
    APPLICANT: { description: "申请人（当事人）applicant" },
    RESPONDENT: { description: "被申请人 respondent" },
  },
});

registerEnumType(Satisfaction, {
  name: "Satisfaction",
  description: "满意度评价: the party's evaluation.",
  valuesConfig: {
    SATISFIED: { description: "满意 satisfied" },
    BASICALLY_SATISFIED: { description: "基本满意 basically satisfied" },
    DISSATISFIED: { description: "不满意 dissatisfied" },
  },
});

registerEnumType(ServiceTier, {
  name: "ServiceTier",
  description: "办理层级: the local service promise.",
  valuesConfig: {
    SIMPLE: { description: "简易 simple, 1 working day" },
    ORDINARY: { description: "一般 ordinary, 7 working days" },
    COMPLEX: { description: "复杂 complex, 20 working days" },
  },
});

registerEnumType(RoutingFlag, {
  name: "RoutingFlag",
  description: "分流标记: facts at intake the routing rules read.",
  valuesConfig: {
    MEDIATION_DECLINED: { description: "当事人不同意调解 the party declines mediation" },
    PETITION_MATTER: { description: "信访事项 a petition matter" },
    ADMINISTRATIVE_ACT: { description: "涉及行政行为 concerns an administrative act" },
    OWNER_UNCLEAR: { description: "责任主体不明（兜底）no clear owner (catch-all)" },
  },
});

registerEnumType(DisputeLinkKind, {
  name: "DisputeLinkKind",
  description: "纠纷关联: how two disputes are related.",
  valuesConfig: {
    POSSIBLE_DUPLICATE: { description: "疑似重复 possible duplicate" },
    LINKED: { description: "关联 linked" },
    MERGED: { description: "并单（重复诉求并单）merged" },
  },
});

registerEnumType(PetitionStatus, {
  name: "PetitionStatus",
  description: "信访事项状态 under the 信访工作条例 (2022).",
  valuesConfig: {
    RECEIVED: { description: "已收到 received" },
    ACCEPTED: { description: "已受理 accepted" },
    NOT_ACCEPTED: { description: "不予受理 not accepted" },
    ROUTED_OUT: { description: "导入法定途径 routed to a statutory procedure" },
    REPLIED: { description: "已答复 replied" },
    REVIEW_REQUESTED: { description: "复查中 review requested" },
    REVIEWED: { description: "已复查 reviewed" },
    REEXAMINATION_REQUESTED: { description: "复核中 re-examination requested" },
    REEXAMINED: { description: "已复核（终结）re-examined, final" },
  },
});

registerEnumType(StatutoryProcedure, {
  name: "StatutoryProcedure",
  description: "法定途径: where a petition matter belongs instead.",
  valuesConfig: {
    LITIGATION: { description: "诉讼 litigation" },
    ARBITRATION: { description: "仲裁 arbitration" },
    ADMINISTRATIVE_REVIEW: { description: "行政复议 administrative review" },
  },
});

registerEnumType(HandOffStatus, {
  name: "HandOffStatus",
  description: "移交状态: where a hand-off stands.",
  valuesConfig: {
    PENDING: { description: "待接收 pending" },
    ACCEPTED: { description: "已接收 accepted" },
    REJECTED: { description: "已退回 rejected" },
    EXPIRED: { description: "逾期未接收（退回兜底窗口）expired, back to the catch-all window" },
  },
});

registerEnumType(EventSource, {
  name: "EventSource",
  description: "Which department reported a step.",
  valuesConfig: {
    PETITIONS: { description: "信访/综合窗口 the registry and the window" },
    MEDIATION: { description: "人民调解 people's mediation" },
    ARBITRATION: { description: "劳动仲裁 labour arbitration" },
    LITIGATION: { description: "法院 the court" },
    LEGAL_AID: { description: "法律援助 legal aid" },
    ADMINISTRATIVE_REVIEW: { description: "行政复议 administrative review" },
  },
});

registerEnumType(AlertKind, {
  name: "AlertKind",
  description: "预警类型: what a detector found.",
  valuesConfig: {
    SURGE: { description: "投诉激增 surge of complaints" },
    REPEATED_PETITION: { description: "重复诉求 repeated petition" },
    GROUP_DISPUTE: { description: "群体性纠纷 group dispute" },
    DUE_SOON: { description: "即将超期 due soon" },
  },
});

registerEnumType(AlertStatus, {
  name: "AlertStatus",
  description: "预警状态: NEW → ACKNOWLEDGED → HANDLED.",
  valuesConfig: {
    NEW: { description: "新预警 new" },
    ACKNOWLEDGED: { description: "已签收 acknowledged" },
    HANDLED: { description: "已处置 handled" },
  },
});

registerEnumType(PetitionEventType, {
  name: "PetitionEventType",
  description: "信访事项办理步骤: one step of petition handling.",
  valuesConfig: {
    ACCEPT: { description: "受理 accept" },
    REFUSE: { description: "不予受理 refuse" },
    ROUTE_OUT: { description: "导入法定途径 route to a statutory procedure" },
    EXTEND_HANDLING: { description: "延期办理 extend handling" },
    REPLY: { description: "出具处理意见 reply" },
    REQUEST_REVIEW: { description: "申请复查 request review" },
    HEARING: { description: "听证 hearing" },
    ANSWER_REVIEW: { description: "复查答复 answer the review" },
    REQUEST_REEXAMINATION: { description: "申请复核 request re-examination" },
    ANSWER_REEXAMINATION: { description: "复核答复 answer the re-examination" },
  },
});

registerEnumType(SurgeDimension, {
  name: "SurgeDimension",
  description: "预警维度: what a surge's complaints have in common.",
  valuesConfig: {
    RESPONDENT: { description: "同一被投诉单位 the same respondent" },
    REGION: { description: "同一地点 the same place" },
    CATEGORY: { description: "同一类别 the same category" },
  },
});

export enum TrendGranularity {
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
}
registerEnumType(TrendGranularity, {
  name: "TrendGranularity",
  description: "趋势粒度 of a trend, China time.",
  valuesConfig: {
    DAY: { description: "按日 by day" },
    WEEK: { description: "按周（周一起）by week, from Monday" },
    MONTH: { description: "按月 by month" },
  },
});

// Not stored: the order of a list, by keyset on (time, id) either way.
export enum DisputeSort {
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}
registerEnumType(DisputeSort, {
  name: "DisputeSort",
  description: "排序 of a dispute list.",
  valuesConfig: {
    NEWEST_FIRST: { description: "登记时间倒序 newest registration first" },
    OLDEST_FIRST: { description: "登记时间正序 oldest registration first" },
  },
});

export enum DisputeLinkDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}

registerEnumType(DisputeLinkDirection, {
  name: "DisputeLinkDirection",
  description:
    "Which end of a link a dispute is. A possible duplicate and a merge have a direction; a link (关联) is mutual, stored from the lower code.",
  valuesConfig: {
    OUTGOING: { description: "由本件发起: this dispute is the newer possible duplicate, or the one merged" },
    INCOMING: { description: "指向本件: the other dispute was flagged against or merged into this one" },
  },
});

export enum EarlyWarningSort {
  HIGHEST_RATIO_FIRST = "HIGHEST_RATIO_FIRST",
}

registerEnumType(EarlyWarningSort, {
  name: "EarlyWarningSort",
  description: "排序 of the early warnings.",
  valuesConfig: {
    HIGHEST_RATIO_FIRST: { description: "增幅倒序 the largest rise against last year first, the one order today" },
  },
});

export enum AlertSort {
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}

registerEnumType(AlertSort, {
  name: "AlertSort",
  description: "排序 of the alert list.",
  valuesConfig: {
    NEWEST_FIRST: { description: "预警时间倒序 newest raised first" },
    OLDEST_FIRST: { description: "预警时间正序 oldest raised first" },
  },
});

export enum VisitSort {
  OLDEST_FIRST = "OLDEST_FIRST",
  NEWEST_FIRST = "NEWEST_FIRST",
}

registerEnumType(VisitSort, {
  name: "VisitSort",
  description: "排序 of a dispute's visits.",
  valuesConfig: {
    OLDEST_FIRST: { description: "来访时间正序 first visit first" },
    NEWEST_FIRST: { description: "来访时间倒序 latest visit first" },
  },
});

export enum DisputeLinkSort {
  OLDEST_FIRST = "OLDEST_FIRST",
  NEWEST_FIRST = "NEWEST_FIRST",
}

registerEnumType(DisputeLinkSort, {
  name: "DisputeLinkSort",
  description: "排序 of a dispute's links.",
  valuesConfig: {
    OLDEST_FIRST: { description: "建立时间正序 oldest link first" },
    NEWEST_FIRST: { description: "建立时间倒序 newest link first" },
  },
});

export enum HandOffSort {
  NEWEST_FIRST = "NEWEST_FIRST",
}
registerEnumType(HandOffSort, {
  name: "HandOffSort",
  description: "排序 of a hand-off list.",
  valuesConfig: { NEWEST_FIRST: { description: "移交时间倒序 newest request first" } },
});

export enum TimelineEventSort {
  OLDEST_FIRST = "OLDEST_FIRST",
  NEWEST_FIRST = "NEWEST_FIRST",
}
registerEnumType(TimelineEventSort, {
  name: "TimelineEventSort",
  description: "排序 of a dispute's timeline.",
  valuesConfig: {
    OLDEST_FIRST: { description: "按时间先后 oldest first, the story's order" },
    NEWEST_FIRST: { description: "时间倒序 newest first" },
  },
});

export enum PetitionSort {
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}
registerEnumType(PetitionSort, {
  name: "PetitionSort",
  description: "排序 of a petition list.",
  valuesConfig: {
    NEWEST_FIRST: { description: "收件时间倒序 newest receipt first" },
    OLDEST_FIRST: { description: "收件时间正序 oldest receipt first" },
  },
});

/** The keyset direction of a list's sort: newest first unless asked otherwise. */
export const sortDirection = (sort: DisputeSort | PetitionSort | null | undefined): "asc" | "desc" =>
  sort === "OLDEST_FIRST" ? "asc" : "desc";

// Not stored: the level of a region in the reference data, described value by value.
export enum RegionLevel {
  PROVINCE = "PROVINCE",
  PREFECTURE = "PREFECTURE",
  COUNTY = "COUNTY",
  TOWNSHIP = "TOWNSHIP",
}

registerEnumType(RegionLevel, {
  name: "RegionLevel",
  description: "行政区划层级 (GB/T 2260 and the statistical township codes)",
  valuesConfig: {
    PROVINCE: { description: "省级 (province), 6-digit code ending 0000" },
    PREFECTURE: { description: "地级 (prefecture-level city), 6-digit code ending 00" },
    COUNTY: { description: "县级 (county, county-level city or district), 6-digit code" },
    TOWNSHIP: { description: "乡级 (township, town or street / 乡镇街道), 9-digit statistical code" },
  },
});
