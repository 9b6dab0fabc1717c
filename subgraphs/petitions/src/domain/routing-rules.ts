// 分流规则维护: what a routing rule set must satisfy before the registry saves it. A rule that could never name
// a body able to act, or that names one that is gone, is refused when it is saved, not discovered at dispatch.
import { categoryListOn } from "./categories.js";
import { DIRECTORY_DEPARTMENTS, type DirectoryEntry, type RoutingRule, type RoutingRuleSet } from "./routing.js";

/** At most this many rules in a set: the table is read at every dispatch and suggestion. */
export const MAX_RULES = 200;
/** Amounts are stored as DECIMAL(14, 2). */
const MAX_AMOUNT_YUAN = 999_999_999_999.99;
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const REGION_PREFIX = /^\d{2,9}$/;

export type RuleProblemReason =
  | "EMPTY_RULE_SET"
  | "TOO_MANY_RULES"
  | "MALFORMED_RULE_ID"
  | "DUPLICATE_RULE_ID"
  | "EMPTY_CONDITION"
  | "UNKNOWN_CATEGORY"
  | "MALFORMED_AMOUNT"
  | "EMPTY_AMOUNT_RANGE"
  | "MALFORMED_REGION"
  | "CONTRADICTORY_FLAGS"
  | "NOT_A_DIRECTORY_DEPARTMENT"
  | "NO_BODY_KIND"
  | "NO_COUNTY_COVERED"
  | "NO_ACTIVE_BODY"
  | "NO_SUCH_BODY"
  | "BODY_RETIRED"
  | "BODY_OF_ANOTHER_KIND"
  | "NO_CATCH_ALL";

/** One reason a rule set cannot be saved, at its place in the input (`["rules", 3, "bodyKind"]`), in both languages. */
export interface RuleProblem {
  field: (string | number)[];
  reason: RuleProblemReason;
  en: string;
  zh: string;
}

/**
 * The center's region: the counties (6-digit codes) of the registry's copy of the directories where mediation
 * keeps a body taking every category (a county's 联合人民调解委员会, whatever its status), i.e. where the center
 * takes in every matter. A county where a department keeps only a specialised body (淳安县's town committee,
 * which mediates for the county court) is not routed by the center.
 */
export function centerCounties(directory: readonly DirectoryEntry[]): string[] {
  // Mediation's catch-all only: a court's service centre takes every category too, in every county with a court.
  const catchAll = directory.filter((b) => b.department === "MEDIATION" && b.coversAllCategories);
  return [...new Set(catchAll.map((b) => b.regionCode.slice(0, 6)))].sort();
}

/**
 * The counties a rule covers: those of the center's region (centerCounties) that the rule's
 * region prefixes reach (a county within a prefix, or a prefix within a county, e.g. a township); all of them
 * when it names none.
 */
export function coveredCounties(rule: RoutingRule, counties: readonly string[]): string[] {
  const prefixes = rule.regionPrefixes ?? [];
  if (prefixes.length === 0) return [...counties];
  return counties.filter((county) => prefixes.some((p) => county.startsWith(p) || p.startsWith(county)));
}

/**
 * The catch-all a set must end with: a rule taking every category, amount and county (it may still look at the
 * matter's flags, as 调解先行 does not take a matter whose parties declined mediation; what no rule takes goes to
 * the comprehensive window, route()).
 */
export function isCatchAll(rule: RoutingRule): boolean {
  return (
    !rule.categories?.length &&
    rule.minAmountYuan === undefined &&
    rule.maxAmountYuan === undefined &&
    !rule.regionPrefixes?.length &&
    rule.bodyId === undefined
  );
}

const hasCents = (amount: number) => Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6;

function amountProblem(amount: number | undefined): boolean {
  return (
    amount !== undefined && (!Number.isFinite(amount) || amount < 0 || amount > MAX_AMOUNT_YUAN || hasCents(amount))
  );
}

/**
 * Why the rule set cannot be saved against the registry's copy of the directories (empty when it can): each
 * problem names its rule. A directory department's rule must name a kind of body that has an active, staffed
 * body in every county it covers, or one published body by id that exists and is not retired.
 */
export function ruleSetProblems(set: RoutingRuleSet, directory: readonly DirectoryEntry[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (set.rules.length === 0)
    return [{ field: ["rules"], reason: "EMPTY_RULE_SET", en: "A rule set needs rules", zh: "规则集不能为空" }];
  if (set.rules.length > MAX_RULES)
    problems.push({
      field: ["rules"],
      reason: "TOO_MANY_RULES",
      en: `At most ${MAX_RULES} rules`,
      zh: `规则不能超过 ${MAX_RULES} 条`,
    });
  const known = new Set(categoryListOn(set.effectiveFrom)?.categories ?? []);
  const counties = centerCounties(directory);
  const seen = new Set<string>();
  set.rules.forEach((rule, index) => {
    const add = (field: string, reason: RuleProblemReason, en: string, zh: string) =>
      problems.push({
        field: ["rules", index, field],
        reason,
        en: `Rule ${rule.id}: ${en}`,
        zh: `规则 ${rule.id}：${zh}`,
      });
    if (!RULE_ID.test(rule.id))
      add(
        "id",
        "MALFORMED_RULE_ID",
        "ids are lower-case letters, digits and hyphens",
        "编号只能由小写字母、数字和连字符组成",
      );
    if (seen.has(rule.id)) add("id", "DUPLICATE_RULE_ID", "another rule has this id", "编号与其他规则重复");
    seen.add(rule.id);
    for (const field of ["categories", "regionPrefixes", "flags", "withoutFlags"] as const)
      if (rule[field]?.length === 0)
        add(
          field,
          "EMPTY_CONDITION",
          "an empty list matches nothing: leave it out",
          "条件列表为空将不匹配任何纠纷，请省略",
        );
    const unknown = (rule.categories ?? []).filter((c) => !known.has(c));
    if (unknown.length > 0)
      add(
        "categories",
        "UNKNOWN_CATEGORY",
        `not in the category list in force on ${set.effectiveFrom}: ${unknown.join(", ")}`,
        `${set.effectiveFrom} 施行的纠纷类别中没有：${unknown.join("、")}`,
      );
    for (const field of ["minAmountYuan", "maxAmountYuan"] as const)
      if (amountProblem(rule[field]))
        add(
          field,
          "MALFORMED_AMOUNT",
          "an amount is yuan from 0, with at most two decimals",
          "金额须为不小于 0 的元数，最多两位小数",
        );
    if (rule.minAmountYuan !== undefined && rule.maxAmountYuan !== undefined && rule.minAmountYuan > rule.maxAmountYuan)
      add("maxAmountYuan", "EMPTY_AMOUNT_RANGE", "the maximum is below the minimum", "金额上限低于下限");
    const badPrefixes = (rule.regionPrefixes ?? []).filter((p) => !REGION_PREFIX.test(p));
    if (badPrefixes.length > 0)
      add(
        "regionPrefixes",
        "MALFORMED_REGION",
        `region prefixes are 2 to 9 digits of a GB/T 2260 code: ${badPrefixes.join(", ")}`,
        `地区前缀须为 2 至 9 位行政区划代码：${badPrefixes.join("、")}`,
      );
    if (rule.flags?.some((f) => rule.withoutFlags?.includes(f)))
      add(
        "withoutFlags",
        "CONTRADICTORY_FLAGS",
        "a flag cannot be both required and excluded",
        "同一标记不能既要求又排除",
      );
    problems.push(
      ...directoryProblems(rule, directory, counties).map((p) => ({ ...p, field: ["rules", index, ...p.field] })),
    );
  });
  const last = set.rules.at(-1)!;
  if (!isCatchAll(last))
    problems.push({
      field: ["rules", set.rules.length - 1],
      reason: "NO_CATCH_ALL",
      en: `Rule ${last.id}: the last rule must take every category, amount and county (兜底), so every matter has an owner`,
      zh: `规则 ${last.id}：最后一条规则须不限类别、金额和地区（兜底），使每件纠纷都有着落`,
    });
  return problems;
}

/** The rule against the directories: whether it can name a body that exists and can act. */
function directoryProblems(
  rule: RoutingRule,
  directory: readonly DirectoryEntry[],
  counties: readonly string[],
): RuleProblem[] {
  const problem = (field: string, reason: RuleProblemReason, en: string, zh: string): RuleProblem[] => [
    { field: [field], reason, en: `Rule ${rule.id}: ${en}`, zh: `规则 ${rule.id}：${zh}` },
  ];
  if (!DIRECTORY_DEPARTMENTS.includes(rule.department))
    return rule.bodyKind !== undefined || rule.bodyId !== undefined
      ? problem(
          rule.bodyId !== undefined ? "bodyId" : "bodyKind",
          "NOT_A_DIRECTORY_DEPARTMENT",
          `${rule.department} publishes no directory of bodies: name the body only`,
          `${rule.department} 未发布承办单位名录，只能填写承办单位名称`,
        )
      : [];
  if (rule.bodyId !== undefined) {
    const body = directory.find((b) => b.department === rule.department && b.id === rule.bodyId);
    if (!body)
      return problem(
        "bodyId",
        "NO_SUCH_BODY",
        `${rule.department}'s directory has no body ${rule.bodyId}`,
        `${rule.department} 名录中没有编号为 ${rule.bodyId} 的承办单位`,
      );
    if (body.status === "RETIRED")
      return problem("bodyId", "BODY_RETIRED", `${body.name} is retired`, `${body.name}已退出名录`);
    if (rule.bodyKind !== undefined && body.kind !== rule.bodyKind)
      return problem(
        "bodyKind",
        "BODY_OF_ANOTHER_KIND",
        `${body.name} is of kind ${body.kind}, not ${rule.bodyKind}`,
        `${body.name}的类型是 ${body.kind}，不是 ${rule.bodyKind}`,
      );
    return [];
  }
  if (rule.bodyKind === undefined)
    return problem(
      "bodyKind",
      "NO_BODY_KIND",
      `a rule of ${rule.department} names the kind of body (or one body by id) that takes the matter`,
      `${rule.department} 的规则须指明承办单位类型（或承办单位编号）`,
    );
  const covered = coveredCounties(rule, counties);
  if (covered.length === 0)
    return problem(
      "regionPrefixes",
      "NO_COUNTY_COVERED",
      "its regions reach no county of the center",
      "所列地区不含本中心任何县（市、区）",
    );
  const without = covered.filter(
    (county) =>
      !directory.some(
        (b) =>
          b.department === rule.department &&
          b.kind === rule.bodyKind &&
          b.regionCode.startsWith(county) &&
          b.status === "ACTIVE" &&
          b.staffed > 0,
      ),
  );
  return without.length > 0
    ? problem(
        "bodyKind",
        "NO_ACTIVE_BODY",
        `no active, staffed ${rule.bodyKind} body of ${rule.department} in ${without.join(", ")}`,
        `${without.join("、")} 没有在册、有人承办的 ${rule.bodyKind} 类承办单位`,
      )
    : [];
}
