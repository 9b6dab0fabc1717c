// 分流规则维护: the commander saves a new version of the routing rules, which routing then uses; a rule naming a body
// that cannot act is refused when saved, naming the rule.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, toLocalDate } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { demoId, demoMediationDirectory } from "@onedoor/shared/demo/mediation-directory";
import { demoArbitrationDirectory } from "@onedoor/shared/demo/arbitration-directory";
import { demoLegalAidDirectory } from "@onedoor/shared/demo/legal-aid-directory";
import { demoCourtDirectory } from "@onedoor/shared/demo/court-directory";
import { demoReviewDirectory } from "@onedoor/shared/demo/review-directory";
import { subgraph } from "../subgraph.js";
import { applyDirectoryPublication } from "../db/directory.js";
import { ROUTING_RULES, type RoutingRule } from "../domain/routing.js";
import { CLERK, COMMANDER, registerDispute } from "../testing/callers.js";

const SAVE = `mutation ($input: SaveRoutingRuleSetInput!) {
  saveRoutingRuleSet(input: $input) { version effectiveFrom savedBy rules { id bodyKindCode minAmountYuan } }
}`;
const CURRENT = `{ routingRuleSet { version rules { id } } }`;
const HISTORY = `query ($first: Int) { routingRuleSets(first: $first) { version effectiveFrom } }`;
const SUGGESTION = `query ($code: ID!) { dispute(code: $code) { suggestedRouting { ruleId rulesVersion body bodyId } } }`;
const DISPATCH = `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { routing { ruleId rulesVersion } } }`;

/** A rule as the mutation takes it (amounts are Money strings). */
const asInput = ({ minAmountYuan, maxAmountYuan, bodyKind, ...rule }: RoutingRule) => ({
  ...rule,
  ...(bodyKind !== undefined && { bodyKindCode: bodyKind }),
  ...(minAmountYuan !== undefined && { minAmountYuan: String(minAmountYuan) }),
  ...(maxAmountYuan !== undefined && { maxAmountYuan: String(maxAmountYuan) }),
});
const TRAFFIC = "桐庐县道路交通事故人民调解委员会";
/** 桐庐县's damages claims to its traffic accident committee, which takes them too. */
const DAMAGES_TO_TRAFFIC: RoutingRule = {
  id: "damages-traffic",
  description: "Damages in Tonglu: traffic accident committee",
  categories: ["损害赔偿"],
  regionPrefixes: ["330122"],
  withoutFlags: ["MEDIATION_DECLINED"],
  department: "MEDIATION",
  body: "{county}道路交通事故人民调解委员会",
  bodyKind: "TRAFFIC",
};

describe("saving routing rules (分流规则维护)", () => {
  const kit = useSubgraphKit(subgraph);
  // The directories as mediation, arbitration, the court, legal aid and administrative review publish them: every
  // demo rule resolves to a body.
  beforeAll(async () => {
    const publishedAt = new Date().toISOString();
    await applyDirectoryPublication(kit.store(), {
      source: "mediation",
      publishedAt,
      bodies: demoMediationDirectory(),
    });
    await applyDirectoryPublication(kit.store(), {
      source: "arbitration",
      publishedAt,
      bodies: demoArbitrationDirectory(),
    });
    await applyDirectoryPublication(kit.store(), {
      source: "legal-aid",
      publishedAt,
      bodies: demoLegalAidDirectory(),
    });
    await applyDirectoryPublication(kit.store(), { source: "litigation", publishedAt, bodies: demoCourtDirectory() });
    await applyDirectoryPublication(kit.store(), {
      source: "administrative-review",
      publishedAt,
      bodies: demoReviewDirectory(),
    });
  });
  const today = () => toLocalDate(currentTime());
  const save = (version: string, rules: readonly RoutingRule[], as = COMMANDER, effectiveFrom = today()) =>
    kit.run(as, SAVE, { input: { version, effectiveFrom, rules: rules.map(asInput) } });

  it("routes on the configuration's rules, stored as the first version, until another is saved", async () => {
    const { data } = await kit.run(COMMANDER, CURRENT);
    expect(data!.routingRuleSet).toEqual({
      version: ROUTING_RULES.version,
      rules: ROUTING_RULES.rules.map((r) => ({ id: r.id })),
    });
  });

  it("lets only the commander read and save them, and only one whose region covers the center's counties", async () => {
    expect((await kit.run(CLERK, CURRENT)).codes).toEqual(["FORBIDDEN"]);
    expect((await save("TL-CLERK", ROUTING_RULES.rules, CLERK)).codes).toEqual(["FORBIDDEN"]);
    const countyCommander = caller("commander", { region: "330122" });
    expect((await kit.run(countyCommander, CURRENT)).codes).toEqual([]);
    const refused = await save("TL-COUNTY", ROUTING_RULES.rules, countyCommander);
    expect(refused.codes).toEqual(["FORBIDDEN"]);
    expect(refused.errors[0]!.message).toContain("330903");
    const prefecture = caller("commander", { region: "330000" });
    expect((await save("TL-PROVINCE", ROUTING_RULES.rules, prefecture)).codes).toEqual([]);
  });

  it("refuses, naming the rule, one whose body does not exist or whose kind has no staffed body", async () => {
    const missing = { ...DAMAGES_TO_TRAFFIC, bodyKind: undefined, bodyId: "no-such-committee" };
    const refused = await save("TL-MISSING", [missing, ...ROUTING_RULES.rules]);
    expect(refused.codes).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors[0]!.extensions!.problems).toEqual([
      expect.objectContaining({
        field: ["input", "rules", 0, "bodyId"],
        reason: "NO_SUCH_BODY",
        messageEn: expect.stringContaining("Rule damages-traffic"),
        messageZh: expect.stringContaining("规则 damages-traffic"),
      }),
    ]);
    // Only 普陀区 has a fishery committee: a rule covering every county of the center is refused for 桐庐县.
    const fishery = { ...DAMAGES_TO_TRAFFIC, regionPrefixes: undefined, bodyKind: "MARINE_FISHERY" };
    const unstaffed = await save("TL-FISHERY", [fishery, ...ROUTING_RULES.rules]);
    expect(unstaffed.errors[0]!.extensions!.problems).toEqual([
      expect.objectContaining({ reason: "NO_ACTIVE_BODY", messageEn: expect.stringContaining("330122") }),
    ]);
    const late = await save("TL-LATE", ROUTING_RULES.rules, COMMANDER, addDays(today(), -1));
    expect(late.errors[0]!.extensions!.problems).toEqual([expect.objectContaining({ reason: "IN_THE_PAST" })]);
    const again = await save(ROUTING_RULES.version, ROUTING_RULES.rules);
    expect(again.errors[0]!.extensions!.problems).toEqual([expect.objectContaining({ reason: "DUPLICATE_VERSION" })]);
    const versions = (await kit.run(COMMANDER, HISTORY, { first: 10 })).data!.routingRuleSets.map(
      (s: { version: string }) => s.version,
    );
    expect(versions).not.toContain("TL-MISSING");
    expect(versions).not.toContain("TL-FISHERY");
  });

  it("routes on a saved version at once, records it on the dispatch, and audits the save", async () => {
    const saved = await save("TL-DAMAGES", [DAMAGES_TO_TRAFFIC, ...ROUTING_RULES.rules]);
    expect(saved.codes).toEqual([]);
    expect(saved.data!.saveRoutingRuleSet).toMatchObject({
      version: "TL-DAMAGES",
      effectiveFrom: today(),
      savedBy: "commander-test",
    });
    expect(saved.data!.saveRoutingRuleSet.rules.find((r: { id: string }) => r.id === "mediation-commercial")).toEqual({
      id: "mediation-commercial",
      bodyKindCode: "COMMERCIAL",
      minAmountYuan: "1000000.00",
    });
    const history = (await kit.run(COMMANDER, HISTORY, { first: 2 })).data!.routingRuleSets;
    expect(history).toEqual([{ version: "TL-DAMAGES", effectiveFrom: today() }, expect.anything()]);
    expect((await kit.run(COMMANDER, HISTORY, { first: 0 })).codes).toEqual(["BAD_USER_INPUT"]);

    const { code } = await registerDispute(kit); // 损害赔偿 in 桐庐县
    expect((await kit.run(CLERK, SUGGESTION, { code })).data!.dispute.suggestedRouting).toEqual({
      ruleId: "damages-traffic",
      rulesVersion: "TL-DAMAGES",
      body: TRAFFIC,
      bodyId: demoId(TRAFFIC),
    });
    expect((await kit.run(CLERK, DISPATCH, { code })).data!.dispatchDispute.routing).toEqual({
      ruleId: "damages-traffic",
      rulesVersion: "TL-DAMAGES",
    });
    const audit = await kit.store().auditEntry.findMany({ where: { action: "saveRoutingRuleSet" } });
    expect(audit.map((a) => [a.entity, a.entityId])).toContainEqual(["RoutingRuleSet", "TL-DAMAGES"]);
    expect(audit.find((a) => a.entityId === "TL-DAMAGES")!.fields).toEqual(
      expect.arrayContaining(["version", "effectiveFrom", "rules"]),
    );
  });
});
