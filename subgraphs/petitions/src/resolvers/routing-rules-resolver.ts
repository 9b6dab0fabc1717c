import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { RoutingRuleSetRecord } from "../entities/routing-rules.js";
import { SaveRoutingRuleSetInput } from "../entities/inputs.js";
import { DIRECTORY_DEPARTMENTS, type RoutingRule, type RoutingRuleSet } from "../domain/routing.js";
import { centerCounties, MAX_RULES, ruleSetProblems } from "../domain/routing-rules.js";
import { directoryOfDepartments } from "../db/directory.js";
import { ruleSetHistory, rulesInForce, saveRuleSet, savedRuleSets, type StoredRuleSet } from "../db/routing-rules.js";
import { assertRoutesCounties } from "./access.js";
import type { PetitionsContext } from "./context.js";

/** At most this many saved versions in one answer. */
const MAX_HISTORY = 50;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const TEXT_MAX = 200;

function toRecord(set: StoredRuleSet): RoutingRuleSetRecord {
  return {
    id: set.id,
    version: set.version,
    effectiveFrom: set.effectiveFrom,
    savedBy: set.savedBy,
    savedAt: set.savedAt,
    rules: set.rules.map((rule) => ({
      id: rule.id,
      description: rule.description,
      categories: rule.categories ? [...rule.categories] : null,
      minAmountYuan: rule.minAmountYuan ?? null,
      maxAmountYuan: rule.maxAmountYuan ?? null,
      regionPrefixes: rule.regionPrefixes ? [...rule.regionPrefixes] : null,
      flags: rule.flags ? [...rule.flags] : null,
      withoutFlags: rule.withoutFlags ? [...rule.withoutFlags] : null,
      department: rule.department,
      body: rule.body,
      bodyKind: rule.bodyKind ?? null,
      bodyId: rule.bodyId ?? null,
    })),
  };
}

/** The input as a rule set, its texts checked at the edge (what the rules mean is checked by ruleSetProblems). */
function ruleSetOf(input: SaveRoutingRuleSetInput, problems: InputProblems): RoutingRuleSet {
  const version = problems.text(["input", "version"], input.version, { zh: "版本", en: "Version" }, 64);
  if (version && !VERSION.test(version))
    problems.add(
      ["input", "version"],
      "FORMAT",
      "版本只能由字母、数字、点、下划线和连字符组成",
      "A version is letters, digits, dots, underscores and hyphens",
    );
  const rules = input.rules.map((rule, i): RoutingRule => {
    const at = (field: string) => ["input", "rules", i, field];
    const text = (field: string, value: string | null | undefined, zh: string, en: string) =>
      problems.optionalText(at(field), value, { zh, en }, TEXT_MAX);
    const amount = (value: string | null | undefined) => (value == null ? undefined : Number(value));
    const given: RoutingRule = {
      id: rule.id,
      description: text("description", rule.description, "规则说明", "Description") ?? "",
      categories: rule.categories ?? undefined,
      minAmountYuan: amount(rule.minAmountYuan),
      maxAmountYuan: amount(rule.maxAmountYuan),
      regionPrefixes: rule.regionPrefixes ?? undefined,
      flags: rule.flags ?? undefined,
      withoutFlags: rule.withoutFlags ?? undefined,
      department: rule.department,
      body: text("body", rule.body, "承办单位", "Handling body") ?? "",
      bodyKind: text("bodyKindCode", rule.bodyKindCode, "承办单位类型", "Kind of body"),
      bodyId: text("bodyId", rule.bodyId, "承办单位编号", "Body id"),
    };
    return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as unknown as RoutingRule;
  });
  return { version, effectiveFrom: input.effectiveFrom, rules };
}

/** 分流规则维护: the routing rules routing uses, their saved versions, and saving a new one. */
@Resolver()
export class RoutingRulesResolver {
  @Authorized<Policy>("commander")
  @Query(() => RoutingRuleSetRecord, { description: "分流规则: the rule set routing uses today." })
  async routingRuleSet(@Ctx() ctx: PetitionsContext): Promise<RoutingRuleSetRecord> {
    return toRecord(await rulesInForce(ctx.store));
  }

  @Authorized<Policy>("commander")
  @Query(() => [RoutingRuleSetRecord], {
    description: `The saved rule sets, latest effective first (the later saved of one day first), at most ${MAX_HISTORY}.`,
  })
  async routingRuleSets(
    @Arg("first", () => Int, { defaultValue: 20, description: `How many, 1 to ${MAX_HISTORY}.` }) first: number,
    @Ctx() ctx: PetitionsContext,
  ): Promise<RoutingRuleSetRecord[]> {
    const problems = new InputProblems();
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY)
      problems.add(["first"], "OUT_OF_RANGE", `数量须在 1 到 ${MAX_HISTORY} 之间`, `first is 1 to ${MAX_HISTORY}`);
    problems.throwIfAny();
    return (await ruleSetHistory(ctx.store, first)).map(toRecord);
  }

  @Authorized<Policy>("commander")
  @Mutation(() => RoutingRuleSetRecord, {
    description:
      "分流规则维护: saves a new version of the whole rule set (an old version is never changed). Refused naming each " +
      "rule whose body cannot act (a directory department's kind without an active, staffed body in a county it " +
      "covers; a body id that does not exist or is retired), an unknown category, a malformed amount, a duplicate " +
      "id, or a set whose last rule does not take every matter.",
  })
  async saveRoutingRuleSet(
    @Arg("input", () => SaveRoutingRuleSetInput) input: SaveRoutingRuleSetInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<RoutingRuleSetRecord> {
    const directory = await directoryOfDepartments(ctx.store, DIRECTORY_DEPARTMENTS);
    assertRoutesCounties(ctx, centerCounties(directory));
    const problems = new InputProblems();
    if (input.rules.length > MAX_RULES) {
      problems.add(["input", "rules"], "TOO_MANY_RULES", `规则不能超过 ${MAX_RULES} 条`, `At most ${MAX_RULES} rules`);
      problems.throwIfAny();
    }
    const set = ruleSetOf(input, problems);
    const today = toLocalDate(currentTime());
    if (set.effectiveFrom < today)
      problems.add(
        ["input", "effectiveFrom"],
        "IN_THE_PAST",
        "施行日期不能早于今天：已作出的分流不追溯",
        "A rule set takes effect today or later: routing already done is not redone",
      );
    if ((await savedRuleSets(ctx.store)).some((saved) => saved.version === set.version))
      problems.add(
        ["input", "version"],
        "DUPLICATE_VERSION",
        `版本 ${set.version} 已保存`,
        `Version ${set.version} is saved`,
      );
    // The input calls a rule's kind of body its code (bodyKindCode).
    for (const problem of ruleSetProblems(set, directory))
      problems.add(
        ["input", ...problem.field.map((f) => (f === "bodyKind" ? "bodyKindCode" : f))],
        problem.reason,
        problem.zh,
        problem.en,
      );
    problems.throwIfAny();
    const saved = await saveRuleSet(ctx.store, ctx, set, input);
    ctx.log.info(
      { version: saved.version, effectiveFrom: saved.effectiveFrom, rules: saved.rules.length },
      "routing rules saved",
    );
    return toRecord(saved);
  }
}
