import type { LocalDate } from "@onedoor/shared/clock/index";
import { lookupRegion } from "@onedoor/shared/validators/index";
import type { Department, RoutingFlag } from "../generated/prisma/enums.js";

/** What a rule looks at. Amount in yuan. */
export interface RoutingFacts {
  category: string;
  amountYuan: number | null;
  regionCode: string;
  flags: readonly RoutingFlag[];
}

export interface RoutingRule {
  id: string;
  /** Why the rule exists, for the clerk who sees it fire. */
  description: string;
  categories?: readonly string[];
  minAmountYuan?: number;
  maxAmountYuan?: number;
  /** County codes (or prefixes) where the rule applies. */
  regionPrefixes?: readonly string[];
  /** All of these flags must be set. */
  flags?: readonly RoutingFlag[];
  /** None of these flags may be set. */
  withoutFlags?: readonly RoutingFlag[];
  department: Department;
  /** Handling body; `{county}` becomes the county name, e.g. 桐庐县. */
  body: string;
}

export interface RoutingRuleSet {
  version: string;
  effectiveFrom: LocalDate;
  rules: readonly RoutingRule[];
}

const LABOUR = ["劳动争议", "拖欠农民工工资"];
const CIVIL_BY_LAW = [
  "合同",
  "民间借贷",
  "生产经营",
  "知识产权",
  "电子商务",
  "房屋宅基地",
  "婚姻家庭",
  "损害赔偿",
  "道路交通事故",
  "医疗",
  "物业",
  "消费",
  "旅游",
  "海事渔事",
];

/**
 * CONFIGURATION: routing rules, first match wins, in the routing order of the center: mediation first
 * (调解先行); when a party declines mediation, by law to arbitration (labour) or litigation; administrative
 * acts to administrative review; petition matters to 信访 last (信访兜底); whatever no rule claims goes to the comprehensive
 * mediation window (兜底), so every matter has an owner. Publish a new version to change them.
 */
export const ROUTING_RULES: RoutingRuleSet = {
  version: "TL-ROUTING-2026.2",
  effectiveFrom: "2026-12-01",
  rules: [
    {
      id: "owner-unclear",
      description: "Owner unclear: comprehensive mediation window (兜底)",
      flags: ["OWNER_UNCLEAR"],
      department: "COMPREHENSIVE_WINDOW",
      body: "{county}社会治理综合服务中心综合调处窗口",
    },
    {
      // 诉访分离: a matter the law gives to administrative review goes there, not to 信访.
      id: "administrative-review",
      description: "Administrative act contested: administrative review (行政复议法 2023)",
      flags: ["ADMINISTRATIVE_ACT"],
      department: "ADMINISTRATIVE_REVIEW",
      body: "{county}人民政府行政复议办公室",
    },
    {
      id: "labour-arbitration",
      description: "Labour matter, mediation declined: labour arbitration",
      categories: LABOUR,
      flags: ["MEDIATION_DECLINED"],
      department: "ARBITRATION",
      body: "{county}劳动人事争议仲裁院",
    },
    {
      id: "civil-litigation",
      description: "Civil matter, mediation declined: court (立案/诉前调解)",
      categories: CIVIL_BY_LAW,
      flags: ["MEDIATION_DECLINED"],
      department: "LITIGATION",
      body: "{county}人民法院诉讼服务中心",
    },
    {
      id: "petition-declined",
      description: "Petition matter with mediation declined: petitions last (信访兜底)",
      flags: ["PETITION_MATTER", "MEDIATION_DECLINED"],
      department: "PETITIONS",
      body: "{county}信访局",
    },
    {
      id: "mediation-labour",
      description: "Labour matter: labour dispute mediation committee",
      categories: LABOUR,
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}劳动争议人民调解委员会",
    },
    {
      id: "mediation-medical",
      description: "Medical dispute: medical dispute mediation committee",
      categories: ["医疗"],
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}医疗纠纷人民调解委员会",
    },
    {
      id: "mediation-traffic",
      description: "Road traffic accident: traffic accident mediation committee",
      categories: ["道路交通事故"],
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}道路交通事故人民调解委员会",
    },
    {
      id: "mediation-fishery",
      description: "Maritime/fishery matter in an island county",
      categories: ["海事渔事"],
      regionPrefixes: ["3309"],
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}海事渔业人民调解委员会",
    },
    {
      id: "mediation-consumer",
      description: "Consumer matter: consumer dispute mediation committee",
      categories: ["消费", "旅游", "电子商务"],
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}消费纠纷人民调解委员会",
    },
    {
      id: "mediation-commercial",
      description: "Commercial matter of 1,000,000 yuan or more: commercial mediation committee",
      categories: ["合同", "生产经营", "知识产权", "民间借贷"],
      minAmountYuan: 1_000_000,
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}商事人民调解委员会",
    },
    {
      id: "mediation-default",
      description: "Mediation first (调解先行): joint people's mediation committee",
      withoutFlags: ["MEDIATION_DECLINED", "PETITION_MATTER"],
      department: "MEDIATION",
      body: "{county}联合人民调解委员会",
    },
  ],
};

/** Default handling body of a department when the clerk names none. */
export const DEFAULT_BODIES: Record<Department, string> = {
  PETITIONS: "{county}信访局",
  MEDIATION: "{county}联合人民调解委员会",
  ARBITRATION: "{county}劳动人事争议仲裁院",
  LITIGATION: "{county}人民法院诉讼服务中心",
  LEGAL_AID: "{county}法律援助中心",
  ADMINISTRATIVE_REVIEW: "{county}人民政府行政复议办公室",
  COMPREHENSIVE_WINDOW: "{county}社会治理综合服务中心综合调处窗口",
};

export interface RoutingDecision {
  ruleId: string | null;
  rulesVersion: string;
  department: Department;
  body: string;
}

export function bodyName(template: string, regionCode: string): string {
  return template.replace("{county}", lookupRegion(regionCode)?.name ?? "");
}

function matches(rule: RoutingRule, facts: RoutingFacts): boolean {
  if (rule.categories && !rule.categories.includes(facts.category)) return false;
  if (rule.minAmountYuan !== undefined && (facts.amountYuan === null || facts.amountYuan < rule.minAmountYuan))
    return false;
  if (rule.maxAmountYuan !== undefined && (facts.amountYuan === null || facts.amountYuan > rule.maxAmountYuan))
    return false;
  if (rule.regionPrefixes && !rule.regionPrefixes.some((p) => facts.regionCode.startsWith(p))) return false;
  if (rule.flags && !rule.flags.every((f) => facts.flags.includes(f))) return false;
  if (rule.withoutFlags && rule.withoutFlags.some((f) => facts.flags.includes(f))) return false;
  return true;
}

/** The first rule that matches, or the catch-all window when none does (件件有着落). */
export function route(facts: RoutingFacts, rules: RoutingRuleSet = ROUTING_RULES): RoutingDecision {
  const rule = rules.rules.find((r) => matches(r, facts));
  if (!rule) {
    return {
      ruleId: null,
      rulesVersion: rules.version,
      department: "COMPREHENSIVE_WINDOW",
      body: bodyName(DEFAULT_BODIES.COMPREHENSIVE_WINDOW, facts.regionCode),
    };
  }
  return {
    ruleId: rule.id,
    rulesVersion: rules.version,
    department: rule.department,
    body: bodyName(rule.body, facts.regionCode),
  };
}
