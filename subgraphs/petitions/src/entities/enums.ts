import { registerEnumType } from "type-graphql";

// GraphQL enums mirror the domain's string unions (src/domain); EnumsMatchDomain below fails to
// compile when a value is added on one side only.
import type {
  Channel as ChannelValue,
  PartyKind as PartyKindValue,
  PartyRole as PartyRoleValue,
  RoutingFlag as RoutingFlagValue,
  ServiceTier as ServiceTierValue,
} from "../domain/registration.js";
import type { DisputeStatus as DisputeStatusValue, Satisfaction as SatisfactionValue } from "../domain/lifecycle.js";
import type { Department as DepartmentValue } from "../domain/routing.js";

export enum Channel {
  WALK_IN = "WALK_IN",
  HOTLINE_12345 = "HOTLINE_12345",
  ONLINE = "ONLINE",
  GRID_WORKER = "GRID_WORKER",
  LETTER = "LETTER",
  PETITION_AGENT = "PETITION_AGENT",
}
registerEnumType(Channel, {
  name: "Channel",
  description: "受理渠道: 窗口来访 / 12345热线转办 / 网上（浙里办）/ 网格员上报 / 来信 / 信访代办",
});

export enum DisputeStatus {
  REGISTERED = "REGISTERED",
  DISPATCHED = "DISPATCHED",
  IN_PROGRESS = "IN_PROGRESS",
  CLOSED = "CLOSED",
  MERGED = "MERGED",
}
registerEnumType(DisputeStatus, { name: "DisputeStatus", description: "已登记 / 已派单 / 办理中 / 已办结 / 已并单" });

export enum Department {
  PETITIONS = "PETITIONS",
  MEDIATION = "MEDIATION",
  ARBITRATION = "ARBITRATION",
  LITIGATION = "LITIGATION",
  LEGAL_AID = "LEGAL_AID",
  COMPREHENSIVE_WINDOW = "COMPREHENSIVE_WINDOW",
}
registerEnumType(Department, {
  name: "Department",
  description: "牵头部门: 信访局 / 人民调解 / 劳动人事争议仲裁 / 法院诉讼服务 / 法律援助 / 综合调处窗口（兜底）",
});

export enum PartyKind {
  PERSON = "PERSON",
  ORGANISATION = "ORGANISATION",
}
registerEnumType(PartyKind, { name: "DisputePartyKind", description: "自然人 / 法人或其他组织" });

export enum PartyRole {
  APPLICANT = "APPLICANT",
  RESPONDENT = "RESPONDENT",
}
registerEnumType(PartyRole, { name: "DisputePartyRole", description: "申请人（当事人）/ 被申请人" });

export enum Satisfaction {
  SATISFIED = "SATISFIED",
  BASICALLY_SATISFIED = "BASICALLY_SATISFIED",
  DISSATISFIED = "DISSATISFIED",
}
registerEnumType(Satisfaction, { name: "Satisfaction", description: "满意度评价: 满意 / 基本满意 / 不满意" });

export enum ServiceTier {
  SIMPLE = "SIMPLE",
  ORDINARY = "ORDINARY",
  COMPLEX = "COMPLEX",
}
registerEnumType(ServiceTier, {
  name: "ServiceTier",
  description: "办理层级: 简易（1日）/ 一般（7日）/ 复杂（20日），本地服务承诺",
});

export enum RoutingFlag {
  MEDIATION_DECLINED = "MEDIATION_DECLINED",
  PETITION_MATTER = "PETITION_MATTER",
  ADMINISTRATIVE_ACT = "ADMINISTRATIVE_ACT",
  OWNER_UNCLEAR = "OWNER_UNCLEAR",
}
registerEnumType(RoutingFlag, {
  name: "RoutingFlag",
  description: "分流标记: 当事人不同意调解 / 信访事项 / 涉及行政行为 / 责任主体不明（兜底）",
});

export enum DisputeLinkKind {
  POSSIBLE_DUPLICATE = "POSSIBLE_DUPLICATE",
  LINKED = "LINKED",
  MERGED = "MERGED",
}
registerEnumType(DisputeLinkKind, { name: "DisputeLinkKind", description: "疑似重复 / 关联 / 并单（重复诉求并单）" });

type Same<A extends string, B extends string> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time only: fails to type-check when a GraphQL enum and its domain union differ. */
export type EnumsMatchDomain = [
  Assert<Same<`${Channel}`, ChannelValue>>,
  Assert<Same<`${DisputeStatus}`, DisputeStatusValue>>,
  Assert<Same<`${Department}`, DepartmentValue>>,
  Assert<Same<`${PartyKind}`, PartyKindValue>>,
  Assert<Same<`${PartyRole}`, PartyRoleValue>>,
  Assert<Same<`${Satisfaction}`, SatisfactionValue>>,
  Assert<Same<`${ServiceTier}`, ServiceTierValue>>,
  Assert<Same<`${RoutingFlag}`, RoutingFlagValue>>,
];
