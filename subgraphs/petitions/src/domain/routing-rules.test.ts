import { describe, expect, it } from "vitest";
import { demoId, demoMediationDirectory } from "@onedoor/shared/demo/mediation-directory";
import { demoArbitrationDirectory } from "@onedoor/shared/demo/arbitration-directory";
import { demoLegalAidDirectory } from "@onedoor/shared/demo/legal-aid-directory";
import { demoCourtDirectory } from "@onedoor/shared/demo/court-directory";
import { demoReviewDirectory } from "@onedoor/shared/demo/review-directory";
import { ROUTING_RULES, type DirectoryEntry, type RoutingRule, type RoutingRuleSet } from "./routing.js";
import { coveredCounties, centerCounties, isCatchAll, ruleSetProblems } from "./routing-rules.js";

/**
 * The demo counties' committees, commissions, court bodies, legal aid centres and review offices, as their
 * departments publish them.
 */
const DIRECTORY: DirectoryEntry[] = [
  ...demoMediationDirectory().map((b) => ({ department: "MEDIATION" as const, ...b })),
  ...demoArbitrationDirectory().map((b) => ({ department: "ARBITRATION" as const, ...b })),
  ...demoCourtDirectory().map((b) => ({ department: "LITIGATION" as const, ...b })),
  ...demoLegalAidDirectory().map((b) => ({ department: "LEGAL_AID" as const, ...b })),
  ...demoReviewDirectory().map((b) => ({ department: "ADMINISTRATIVE_REVIEW" as const, ...b })),
];
const changed = (name: string, change: Partial<DirectoryEntry>) =>
  DIRECTORY.map((b) => (b.name === name ? { ...b, ...change } : b));

/** The demo set with `rule` tried first. */
const withFirst = (rule: RoutingRule): RoutingRuleSet => ({ ...ROUTING_RULES, rules: [rule, ...ROUTING_RULES.rules] });
const rule = (over: Partial<RoutingRule>): RoutingRule => ({
  id: "new-rule",
  description: "A rule under test",
  categories: ["医疗"],
  department: "MEDIATION",
  body: "{county}联合人民调解委员会",
  bodyKind: "JOINT",
  ...over,
});
const reasons = (set: RoutingRuleSet, directory = DIRECTORY) =>
  ruleSetProblems(set, directory).map((p) => ({ field: p.field, reason: p.reason }));

describe("the check a routing rule set passes before it is saved (分流规则维护)", () => {
  it("passes the demo rules: every rule names a kind with an active, staffed body in each county it covers", () => {
    expect(centerCounties(DIRECTORY)).toEqual(["330122", "330903"]);
    expect(ruleSetProblems(ROUTING_RULES, DIRECTORY)).toEqual([]);
  });

  it("covers the directory's counties its region prefixes reach, all of them without prefixes", () => {
    const counties = centerCounties(DIRECTORY);
    expect(coveredCounties(rule({}), counties)).toEqual(["330122", "330903"]);
    expect(coveredCounties(rule({ regionPrefixes: ["3309"] }), counties)).toEqual(["330903"]);
    expect(coveredCounties(rule({ regionPrefixes: ["330122101"] }), counties)).toEqual(["330122"]);
    expect(coveredCounties(rule({ regionPrefixes: ["3401"] }), counties)).toEqual([]);
  });

  it("refuses a kind of body without an active, staffed body in a county the rule covers, naming rule and county", () => {
    const unstaffed = changed("桐庐县医疗纠纷人民调解委员会", { staffed: 0 });
    const problems = ruleSetProblems(ROUTING_RULES, unstaffed);
    expect(problems).toMatchObject([
      { field: ["rules", 6, "bodyKind"], reason: "NO_ACTIVE_BODY", en: expect.stringContaining("mediation-medical") },
    ]);
    expect(problems[0]!.en).toContain("330122");
    expect(problems[0]!.zh).toContain("规则 mediation-medical");
    const retired = changed("桐庐县医疗纠纷人民调解委员会", { status: "RETIRED" });
    expect(reasons(ROUTING_RULES, retired)).toEqual([{ field: ["rules", 6, "bodyKind"], reason: "NO_ACTIVE_BODY" }]);
    expect(reasons(withFirst(rule({ bodyKind: "NO_SUCH_KIND" })))).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "NO_ACTIVE_BODY" },
    ]);
  });

  it("checks a legal aid rule against legal aid's centres: a county centre in each county, a workstation in one only", () => {
    const legalAid = (over: Partial<RoutingRule>) =>
      rule({ categories: ["拖欠农民工工资"], department: "LEGAL_AID", body: "{county}法律援助中心", ...over });
    expect(reasons(withFirst(legalAid({ bodyKind: "CENTRE" })))).toEqual([]);
    expect(reasons(withFirst(legalAid({ bodyKind: "WORKSTATION" })))).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "NO_ACTIVE_BODY" },
    ]);
    expect(reasons(withFirst(legalAid({ bodyKind: "WORKSTATION", regionPrefixes: ["330122"] })))).toEqual([]);
    expect(reasons(withFirst(legalAid({ bodyKind: undefined })))).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "NO_BODY_KIND" },
    ]);
  });

  it("refuses a directory rule naming no kind, or reaching no county of the center", () => {
    expect(reasons(withFirst(rule({ bodyKind: undefined })))).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "NO_BODY_KIND" },
    ]);
    expect(reasons(withFirst(rule({ regionPrefixes: ["3401"] })))).toEqual([
      { field: ["rules", 0, "regionPrefixes"], reason: "NO_COUNTY_COVERED" },
    ]);
  });

  it("refuses a body id that does not exist, is retired or is of another kind; takes one that exists", () => {
    const joint = demoId("桐庐县联合人民调解委员会");
    expect(reasons(withFirst(rule({ bodyId: joint })))).toEqual([]);
    expect(reasons(withFirst(rule({ bodyKind: undefined, bodyId: "no-such-body" })))).toEqual([
      { field: ["rules", 0, "bodyId"], reason: "NO_SUCH_BODY" },
    ]);
    const retired = changed("桐庐县联合人民调解委员会", { status: "RETIRED" });
    const problems = ruleSetProblems(withFirst(rule({ bodyKind: undefined, bodyId: joint })), retired);
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: ["rules", 0, "bodyId"],
        reason: "BODY_RETIRED",
        zh: expect.stringContaining("已退出"),
      }),
    );
    expect(reasons(withFirst(rule({ bodyKind: "MEDICAL", bodyId: joint })))).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "BODY_OF_ANOTHER_KIND" },
    ]);
  });

  it("refuses a kind or body id for a department that publishes no directory", () => {
    expect(
      reasons(
        withFirst(rule({ department: "COMPREHENSIVE_WINDOW", body: "{county}社会治理综合服务中心综合调处窗口" })),
      ),
    ).toEqual([{ field: ["rules", 0, "bodyKind"], reason: "NOT_A_DIRECTORY_DEPARTMENT" }]);
  });

  it("checks a rule to administrative review against its offices: the county office, or a reception point by id", () => {
    const point = demoId("桐庐县社会治理综合服务中心行政复议受理点");
    const toReview = (over: Partial<RoutingRule>) =>
      withFirst(rule({ department: "ADMINISTRATIVE_REVIEW", body: "{county}人民政府行政复议办公室", ...over }));
    expect(reasons(toReview({ bodyKind: undefined }))).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "NO_BODY_KIND" },
    ]);
    expect(reasons(toReview({ bodyKind: "COUNTY_REVIEW_OFFICE" }))).toEqual([]);
    // 普陀区 has no reception point: a rule for every county names it only where there is one.
    expect(reasons(toReview({ bodyKind: "RECEPTION_POINT" }))).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "NO_ACTIVE_BODY" },
    ]);
    expect(reasons(toReview({ bodyKind: undefined, bodyId: point, regionPrefixes: ["330122"] }))).toEqual([]);
    const retired = changed("桐庐县人民政府行政复议办公室", { status: "RETIRED" });
    expect(reasons(toReview({ bodyKind: "COUNTY_REVIEW_OFFICE" }), retired)).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "NO_ACTIVE_BODY" },
      { field: ["rules", 2, "bodyKind"], reason: "NO_ACTIVE_BODY" },
    ]);
  });

  it("checks a rule to the court against the court's bodies: a kind, or a tribunal by id", () => {
    const tribunal = demoId("桐庐县人民法院分水人民法庭");
    const toCourt = (over: Partial<RoutingRule>) =>
      withFirst(rule({ department: "LITIGATION", body: "{county}人民法院诉讼服务中心", ...over }));
    expect(reasons(toCourt({ bodyKind: undefined }))).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "NO_BODY_KIND" },
    ]);
    expect(reasons(toCourt({ bodyKind: "LITIGATION_SERVICE_CENTRE" }))).toEqual([]);
    expect(reasons(toCourt({ bodyKind: undefined, bodyId: tribunal, regionPrefixes: ["330122"] }))).toEqual([]);
    expect(reasons(toCourt({ bodyKind: "LITIGATION_SERVICE_CENTRE", bodyId: tribunal }))).toEqual([
      { field: ["rules", 0, "bodyKind"], reason: "BODY_OF_ANOTHER_KIND" },
    ]);
  });

  it("refuses unknown categories, in the list in force on the set's date", () => {
    expect(reasons(withFirst(rule({ categories: ["医疗", "星际纠纷"] })))).toEqual([
      { field: ["rules", 0, "categories"], reason: "UNKNOWN_CATEGORY" },
    ]);
    // 消费 came with the 2025 list.
    const early = { ...withFirst(rule({ categories: ["消费"] })), effectiveFrom: "2024-06-01" };
    expect(reasons(early).filter((p) => p.field[1] === 0)).toEqual([
      { field: ["rules", 0, "categories"], reason: "UNKNOWN_CATEGORY" },
    ]);
  });

  it("refuses malformed amounts and an empty amount range", () => {
    for (const amount of [-1, 0.001, Number.NaN, Number.POSITIVE_INFINITY, 1e13])
      expect(reasons(withFirst(rule({ minAmountYuan: amount })))).toEqual([
        { field: ["rules", 0, "minAmountYuan"], reason: "MALFORMED_AMOUNT" },
      ]);
    expect(reasons(withFirst(rule({ minAmountYuan: 1000.5, maxAmountYuan: 2000 })))).toEqual([]);
    expect(reasons(withFirst(rule({ minAmountYuan: 2000, maxAmountYuan: 1000 })))).toEqual([
      { field: ["rules", 0, "maxAmountYuan"], reason: "EMPTY_AMOUNT_RANGE" },
    ]);
  });

  it("refuses duplicate and malformed ids, empty conditions, malformed regions and contradictory flags", () => {
    expect(reasons(withFirst(rule({ id: "mediation-medical" })))).toEqual([
      { field: ["rules", 7, "id"], reason: "DUPLICATE_RULE_ID" },
    ]);
    expect(reasons(withFirst(rule({ id: "Bad Id" })))).toEqual([
      { field: ["rules", 0, "id"], reason: "MALFORMED_RULE_ID" },
    ]);
    expect(reasons(withFirst(rule({ categories: [] })))).toEqual([
      { field: ["rules", 0, "categories"], reason: "EMPTY_CONDITION" },
    ]);
    expect(reasons(withFirst(rule({ regionPrefixes: ["33x"] })))).toContainEqual({
      field: ["rules", 0, "regionPrefixes"],
      reason: "MALFORMED_REGION",
    });
    expect(reasons(withFirst(rule({ flags: ["PETITION_MATTER"], withoutFlags: ["PETITION_MATTER"] })))).toEqual([
      { field: ["rules", 0, "withoutFlags"], reason: "CONTRADICTORY_FLAGS" },
    ]);
  });

  it("refuses a set whose last rule does not take every category, amount and county, and an empty set", () => {
    const rules = ROUTING_RULES.rules;
    expect(isCatchAll(rules.at(-1)!)).toBe(true);
    const withoutCatchAll = { ...ROUTING_RULES, rules: rules.slice(0, -1) };
    expect(reasons(withoutCatchAll)).toEqual([{ field: ["rules", rules.length - 2], reason: "NO_CATCH_ALL" }]);
    expect(reasons({ ...ROUTING_RULES, rules: [] })).toEqual([{ field: ["rules"], reason: "EMPTY_RULE_SET" }]);
  });
});
