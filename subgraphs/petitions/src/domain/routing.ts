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
  /**
   * Handling body; `{county}` becomes the county name, e.g. 桐庐县. For a department that publishes its
   * directory (DIRECTORY_DEPARTMENTS) this is what the clerk reads, and `bodyKind` picks the body.
   */
  body: string;
  /**
   * For a directory department: the kind of body (a committee's type, a commission's kind, a court body's kind) that
   * takes the matter.
   */
  bodyKind?: string;
  /** For a directory department: one published body, by its id, that takes the matter (of `bodyKind` when given). */
  bodyId?: string;
}

/**
 * Departments that publish their bodies to the registry (名录发布): routing and dispatch name one of their
 * published bodies by id, and only one that serves the county, takes the category, is active and is staffed.
 */
export const DIRECTORY_DEPARTMENTS: readonly Department[] = [
  "MEDIATION",
  "ARBITRATION",
  "LITIGATION",
  "LEGAL_AID",
  "ADMINISTRATIVE_REVIEW",
];

/** A body of a department's published directory (the registry's DirectoryBody). */
export interface DirectoryEntry {
  department: Department;
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  categories: readonly string[];
  coversAllCategories: boolean;
  status: "ACTIVE" | "SUSPENDED" | "RETIRED";
  staffed: number;
}

export interface RoutingRuleSet {
  version: string;
  effectiveFrom: LocalDate;
  rules: readonly RoutingRule[];
}

/**
 * The rule set routing uses on `today`: of those in force (effective on or before it) the latest effective, the
 * later saved of two on one day (`sets` newest first, as stored). Before the first takes effect, the first: a
 * matter is never left without rules.
 */
export function ruleSetInForce<S extends RoutingRuleSet>(sets: readonly S[], today: LocalDate): S | undefined {
  return sets.find((set) => set.effectiveFrom <= today) ?? sets.at(-1);
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
 * CONFIGURATION: the first routing rules, first match wins, in the routing order of the center: mediation first
 * (调解先行); when a party declines mediation, by law to arbitration (labour) or litigation; administrative
 * acts to administrative review; petition matters to 信访 last (信访兜底); whatever no rule claims goes to the comprehensive
 * mediation window (兜底), so every matter has an owner. The registry stores them as its first saved version
 * (db/routing-rules.ts); the routing administrator saves later versions (saveRoutingRuleSet), not this constant.
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
      bodyKind: "COUNTY_REVIEW_OFFICE",
    },
    {
      id: "labour-arbitration",
      description: "Labour matter, mediation declined: labour arbitration",
      categories: LABOUR,
      flags: ["MEDIATION_DECLINED"],
      department: "ARBITRATION",
      body: "{county}劳动人事争议仲裁委员会",
      bodyKind: "LABOUR_PERSONNEL",
    },
    {
      id: "civil-litigation",
      description: "Civil matter, mediation declined: court (立案/诉前调解)",
      categories: CIVIL_BY_LAW,
      flags: ["MEDIATION_DECLINED"],
      department: "LITIGATION",
      body: "{county}人民法院诉讼服务中心",
      bodyKind: "LITIGATION_SERVICE_CENTRE",
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
      bodyKind: "LABOUR",
    },
    {
      id: "mediation-medical",
      description: "Medical dispute: medical dispute mediation committee",
      categories: ["医疗"],
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}医疗纠纷人民调解委员会",
      bodyKind: "MEDICAL",
    },
    {
      id: "mediation-traffic",
      description: "Road traffic accident: traffic accident mediation committee",
      categories: ["道路交通事故"],
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}道路交通事故人民调解委员会",
      bodyKind: "TRAFFIC",
    },
    {
      id: "mediation-fishery",
      description: "Maritime/fishery matter in an island county",
      categories: ["海事渔事"],
      regionPrefixes: ["3309"],
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}海事渔业人民调解委员会",
      bodyKind: "MARINE_FISHERY",
    },
    {
      id: "mediation-consumer",
      description: "Consumer matter: consumer dispute mediation committee",
      categories: ["消费", "旅游", "电子商务"],
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}消费纠纷人民调解委员会",
      bodyKind: "CONSUMER",
    },
    {
      id: "mediation-commercial",
      description: "Commercial matter of 1,000,000 yuan or more: commercial mediation committee",
      categories: ["合同", "生产经营", "知识产权", "民间借贷"],
      minAmountYuan: 1_000_000,
      withoutFlags: ["MEDIATION_DECLINED"],
      department: "MEDIATION",
      body: "{county}商事人民调解委员会",
      bodyKind: "COMMERCIAL",
    },
    {
      id: "mediation-default",
      description: "Mediation first (调解先行): joint people's mediation committee",
      withoutFlags: ["MEDIATION_DECLINED", "PETITION_MATTER"],
      department: "MEDIATION",
      body: "{county}联合人民调解委员会",
      bodyKind: "JOINT",
    },
  ],
};

/**
 * Default handling body of a department when the clerk names none; a directory department's default is its
 * body of `DEFAULT_BODY_KINDS`.
 */
export const DEFAULT_BODIES: Record<Department, string> = {
  PETITIONS: "{county}信访局",
  MEDIATION: "{county}联合人民调解委员会",
  ARBITRATION: "{county}劳动人事争议仲裁委员会",
  LITIGATION: "{county}人民法院诉讼服务中心",
  LEGAL_AID: "{county}法律援助中心",
  ADMINISTRATIVE_REVIEW: "{county}人民政府行政复议办公室",
  COMPREHENSIVE_WINDOW: "{county}社会治理综合服务中心综合调处窗口",
};

/** The kind of body a directory department takes a matter in when no rule names one (兜底). */
export const DEFAULT_BODY_KINDS: Partial<Record<Department, string>> = {
  MEDIATION: "JOINT",
  ARBITRATION: "LABOUR_PERSONNEL",
  // The county's legal aid centre itself, not one of its workstations.
  LEGAL_AID: "CENTRE",
  // The court's door (诉讼服务中心); a tribunal (人民法庭) is sent a dispute only by name.
  LITIGATION: "LITIGATION_SERVICE_CENTRE",
  // The county government's review office (2023 revision); a reception point (受理点) is sent a dispute only by id.
  ADMINISTRATIVE_REVIEW: "COUNTY_REVIEW_OFFICE",
};

export interface RoutingDecision {
  ruleId: string | null;
  rulesVersion: string;
  department: Department;
  body: string;
  /** The body's id in its department's published directory (directory departments only). */
  bodyId: string | null;
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

/** Why a directory body cannot take a dispute now, or null when it can. */
export function bodyRefusal(
  body: DirectoryEntry,
  dispute: { regionCode: string; category: string },
): "NOT_IN_COUNTY" | "CATEGORY_NOT_COVERED" | "NOT_ACTIVE" | "NOT_STAFFED" | null {
  if (!body.regionCode.startsWith(dispute.regionCode.slice(0, 6))) return "NOT_IN_COUNTY";
  if (!body.coversAllCategories && !body.categories.includes(dispute.category)) return "CATEGORY_NOT_COVERED";
  if (body.status !== "ACTIVE") return "NOT_ACTIVE";
  if (body.staffed < 1) return "NOT_STAFFED";
  return null;
}

/**
 * The department's bodies that can take the dispute (dispatch suggestions, 推荐承办单位): serving its county,
 * taking its category, active and staffed; county-wide bodies first, then by name.
 */
export function suitableBodies(
  department: Department,
  dispute: { regionCode: string; category: string },
  directory: readonly DirectoryEntry[],
): DirectoryEntry[] {
  return directory
    .filter((b) => b.department === department && bodyRefusal(b, dispute) === null)
    .sort((a, b) => a.regionCode.length - b.regionCode.length || a.name.localeCompare(b.name, "zh"));
}

/**
 * The rule's body that takes the dispute, if the department's directory has one: of the rule's kind, the one the
 * rule names where several are (a county's 商事 and 商会 committees are both commercial), else the first.
 */
function bodyOfRule(rule: RoutingRule, facts: RoutingFacts, directory: readonly DirectoryEntry[]) {
  const ofKind = suitableBodies(rule.department, facts, directory).filter(
    (b) =>
      (rule.bodyKind === undefined || b.kind === rule.bodyKind) && (rule.bodyId === undefined || b.id === rule.bodyId),
  );
  return ofKind.find((b) => b.name === bodyName(rule.body, facts.regionCode)) ?? ofKind[0];
}

/**
 * The first rule that matches and names a body that can take the matter, or the catch-all window when none does
 * (件件有着落). A rule of a directory department whose county has no such body (none of the kind, retired,
 * without mediators) is passed over, so routing never names a body that does not exist or cannot act.
 */
export function route(
  facts: RoutingFacts,
  directory: readonly DirectoryEntry[],
  rules: RoutingRuleSet,
): RoutingDecision {
  for (const rule of rules.rules) {
    if (!matches(rule, facts)) continue;
    if (!DIRECTORY_DEPARTMENTS.includes(rule.department))
      return {
        ruleId: rule.id,
        rulesVersion: rules.version,
        department: rule.department,
        body: bodyName(rule.body, facts.regionCode),
        bodyId: null,
      };
    const body = rule.bodyKind || rule.bodyId ? bodyOfRule(rule, facts, directory) : undefined;
    if (body)
      return {
        ruleId: rule.id,
        rulesVersion: rules.version,
        department: rule.department,
        body: body.name,
        bodyId: body.id,
      };
  }
  return {
    ruleId: null,
    rulesVersion: rules.version,
    department: "COMPREHENSIVE_WINDOW",
    body: bodyName(DEFAULT_BODIES.COMPREHENSIVE_WINDOW, facts.regionCode),
    bodyId: null,
  };
}

/** The body a directory department takes a matter in when the clerk names none: its default kind, else the first. */
export function defaultBody(
  department: Department,
  facts: { regionCode: string; category: string },
  directory: readonly DirectoryEntry[],
): DirectoryEntry | undefined {
  const suitable = suitableBodies(department, facts, directory);
  return suitable.find((b) => b.kind === DEFAULT_BODY_KINDS[department]) ?? suitable[0];
}

type BodyRefusal = NonNullable<ReturnType<typeof bodyRefusal>>;

const BODY_REFUSALS: Record<BodyRefusal, { en: string; zh: string }> = {
  NOT_IN_COUNTY: { en: "does not serve the dispute's county", zh: "不在纠纷所在县（市、区）受理范围内" },
  CATEGORY_NOT_COVERED: { en: "does not take disputes of this category", zh: "不受理此类纠纷" },
  NOT_ACTIVE: { en: "is suspended or retired and takes no new matter", zh: "已暂停或退出名录，不受理新案件" },
  NOT_STAFFED: { en: "has nobody who can take a case now", zh: "暂无可承办案件的人员" },
};

/** Why the body cannot be sent the dispute, in both languages. */
export function bodyRefusalMessage(reason: BodyRefusal, name: string): { en: string; zh: string } {
  return { en: `${name} ${BODY_REFUSALS[reason].en}`, zh: `${name}${BODY_REFUSALS[reason].zh}` };
}

/** What the rules look at, from a registered dispute. */
export function routingFacts(dispute: {
  category: string;
  amountInvolved: { toNumber(): number } | null;
  regionCode: string;
  flags: readonly RoutingFlag[];
}): RoutingFacts {
  return {
    category: dispute.category,
    amountYuan: dispute.amountInvolved ? dispute.amountInvolved.toNumber() : null,
    regionCode: dispute.regionCode,
    flags: dispute.flags,
  };
}
