// The registry's GraphQL enums. A stored closed set is declared once, in prisma/schema.prisma: its GraphQL
// enum is the generated Prisma enum, and the database refuses any other value.
import { registerEnumType } from "type-graphql";
import {
  AlertKind,
  AlertStatus,
  Channel,
  Department,
  DisputeLinkKind,
  DisputeOutcome,
  DisputePartyKind,
  DisputePartyRole,
  DisputeStatus,
  EventSource,
  HandOffState,
  PetitionState,
  RoutingFlag,
  Satisfaction,
  ServiceTier,
  StatutoryProcedure,
} from "../generated/prisma/enums.js";
import { SurgeDimension } from "../domain/early-warning.js";
import { PetitionEventType } from "../domain/petition.js";

export {
  AlertKind,
  AlertStatus,
  Channel,
  Department,
  DisputeLinkKind,
  DisputeOutcome,
  DisputePartyKind,
  DisputePartyRole,
  DisputeStatus,
  EventSource,
  HandOffState,
  PetitionState,
  RoutingFlag,
  PetitionEventType,
  Satisfaction,
  ServiceTier,
  StatutoryProcedure,
  SurgeDimension,
};

registerEnumType(Channel, {
  name: "Channel",
  description: "受理渠道: 窗口来访 / 12345热线转办 / 网上（浙里办）/ 网格员上报 / 来信 / 信访代办",
});

registerEnumType(DisputeOutcome, {
  name: "DisputeOutcome",
  description: "办结结果: 达成协议 / 依裁决化解 / 部分化解 / 未化解并引导其他途径 / 撤回 / 当场答复",
});
registerEnumType(DisputeStatus, { name: "DisputeStatus", description: "已登记 / 已派单 / 办理中 / 已办结 / 已并单" });

registerEnumType(Department, {
  name: "Department",
  description:
    "牵头部门: 信访局 / 人民调解 / 劳动人事争议仲裁 / 法院诉讼服务 / 法律援助 / 行政复议 / 综合调处窗口（兜底）",
});

registerEnumType(DisputePartyKind, { name: "DisputePartyKind", description: "自然人 / 法人或其他组织" });

registerEnumType(DisputePartyRole, { name: "DisputePartyRole", description: "申请人（当事人）/ 被申请人" });

registerEnumType(Satisfaction, { name: "Satisfaction", description: "满意度评价: 满意 / 基本满意 / 不满意" });

registerEnumType(ServiceTier, {
  name: "ServiceTier",
  description: "办理层级: 简易（1日）/ 一般（7日）/ 复杂（20日），本地服务承诺",
});

registerEnumType(RoutingFlag, {
  name: "RoutingFlag",
  description: "分流标记: 当事人不同意调解 / 信访事项 / 涉及行政行为 / 责任主体不明（兜底）",
});

registerEnumType(DisputeLinkKind, { name: "DisputeLinkKind", description: "疑似重复 / 关联 / 并单（重复诉求并单）" });

registerEnumType(PetitionState, {
  name: "PetitionState",
  description:
    "信访事项: 已收到 / 已受理 / 不予受理 / 导入法定途径 / 已答复 / 复查中 / 已复查 / 复核中 / 已复核（终结）",
});

registerEnumType(StatutoryProcedure, { name: "StatutoryProcedure", description: "法定途径: 诉讼 / 仲裁 / 行政复议" });

registerEnumType(HandOffState, {
  name: "HandOffState",
  description: "待接收 / 已接收 / 已退回 / 逾期未接收（退回兜底窗口）",
});

registerEnumType(EventSource, {
  name: "EventSource",
  description: "Which department reported a step: 信访/综合窗口, 人民调解, 劳动仲裁, 法院, 法律援助.",
});

registerEnumType(AlertKind, {
  name: "AlertKind",
  description: "SURGE 投诉激增 · REPEATED_PETITION 重复诉求 · GROUP_DISPUTE 群体性纠纷 · DUE_SOON 即将超期",
});

registerEnumType(AlertStatus, {
  name: "AlertStatus",
  description: "NEW 新预警 → ACKNOWLEDGED 已签收 → HANDLED 已处置",
});

registerEnumType(PetitionEventType, {
  name: "PetitionEventType",
  description:
    "受理 / 不予受理 / 导入法定途径 / 延期办理 / 出具处理意见 / 申请复查 / 听证 / 复查答复 / 申请复核 / 复核答复",
});

registerEnumType(SurgeDimension, { name: "SurgeDimension", description: "同一被投诉单位 / 同一地点 / 同一类别" });

export enum TrendGranularity {
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
}
registerEnumType(TrendGranularity, {
  name: "TrendGranularity",
  description: "按日 / 按周（周一起）/ 按月, China time",
});

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
