// 分流规则维护 through the gateway: the commander saves a new version of the routing rules and routing uses it at
// once; a version naming a body that mediation retired, or one that does not exist, is refused naming the rules.
// Its own system: a saved rule set routes every later dispute, so it must not reach other files' stories.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { ROUTING_RULES, type RoutingRule } from "../../subgraphs/petitions/src/domain/routing.js";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";
import { as, COMMANDER, directoryAdministrator } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { registerDispute } from "../support/registration.js";

const SAVE = `mutation ($input: SaveRoutingRuleSetInput!) { saveRoutingRuleSet(input: $input) { version } }`;
const SUGGESTION = `query ($code: ID!) { dispute(code: $code) { suggestedRouting { ruleId rulesVersion department body } } }`;
const DISPATCH = `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { handlingBody routing { ruleId rulesVersion } } }`;

const asInput = ({ minAmountYuan, maxAmountYuan, bodyKind, ...rule }: RoutingRule) => ({
  ...rule,
  ...(bodyKind !== undefined && { bodyKindCode: bodyKind }),
  ...(minAmountYuan !== undefined && { minAmountYuan: String(minAmountYuan) }),
  ...(maxAmountYuan !== undefined && { maxAmountYuan: String(maxAmountYuan) }),
});
/** 桐庐县's damages claims, which the joint committee takes under the demo rules, to its traffic committee. */
const DAMAGES_TO_TRAFFIC: RoutingRule = {
  id: "damages-traffic",
  description: "Damages in Tonglu: traffic accident committee (a drill)",
  categories: ["损害赔偿"],
  regionPrefixes: ["330122"],
  withoutFlags: ["MEDIATION_DECLINED"],
  department: "MEDIATION",
  body: "{county}道路交通事故人民调解委员会",
  bodyKind: "TRAFFIC",
};
const registration = () => ({
  title: "楼上漏水损害赔偿",
  description: "楼上卫生间漏水导致申请人天花板受损，双方协商未果。",
  category: "损害赔偿",
  region: "330122",
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: "施永康", residentId: residentId(), phone: "13806715520" }],
});

describe("saving routing rules through the gateway", () => {
  let databases: TestDatabases;
  let system: RunningSystem;
  const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, headers = {}) =>
    graphql<T>(system.gatewayUrl, query, variables, headers);
  const today = () => toLocalDate(new Date());
  const save = async (version: string, rules: readonly RoutingRule[]) =>
    (await gql(SAVE, { input: { version, effectiveFrom: today(), rules: rules.map(asInput) } }, await as(COMMANDER)))
      .body;

  beforeAll(async () => {
    databases = await testDatabases();
    system = await startSystem(databases, { env: { SEED_DEMO_DATA: "1" } });
  });
  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
  });

  it("routes a category to another committee kind once a version moving it is saved, and records that version", async () => {
    const before = await registerDispute(gql, registration());
    const { body: suggested } = await gql(SUGGESTION, { code: before });
    expect(suggested.data!.dispute.suggestedRouting).toEqual({
      ruleId: "mediation-default",
      rulesVersion: ROUTING_RULES.version,
      department: "MEDIATION",
      body: "桐庐县联合人民调解委员会",
    });

    const saved = await save("TL-DRILL-1", [DAMAGES_TO_TRAFFIC, ...ROUTING_RULES.rules]);
    expect(saved.errors).toBeUndefined();
    const code = await registerDispute(gql, registration());
    const { body: now } = await gql(SUGGESTION, { code });
    expect(now.data!.dispute.suggestedRouting).toEqual({
      ruleId: "damages-traffic",
      rulesVersion: "TL-DRILL-1",
      department: "MEDIATION",
      body: "桐庐县道路交通事故人民调解委员会",
    });
    const { body: dispatched } = await gql(DISPATCH, { code });
    expect(dispatched.data!.dispatchDispute).toEqual({
      handlingBody: "桐庐县道路交通事故人民调解委员会",
      routing: { ruleId: "damages-traffic", rulesVersion: "TL-DRILL-1" },
    });
  });

  it(
    "refuses a version naming a committee mediation retired, or one that does not exist, naming each rule",
    {
      timeout: 120_000,
    },
    async () => {
      const admin = await as(directoryAdministrator("mediation"));
      const { body: added } = await gql(
        `mutation ($input: AddMediationCommitteeInput!) { addMediationCommittee(input: $input) { id } }`,
        {
          input: {
            name: "桐庐县旧县街道人民调解委员会",
            type: "GENERAL",
            level: "TOWN",
            regionCode: "330122",
            specialties: ["邻里"],
          },
        },
        admin,
      );
      expect(added.errors).toBeUndefined();
      const retiredId = added.data!.addMediationCommittee.id as string;
      const { body: retired } = await gql(
        `mutation ($input: ChangeMediationCommitteeStatusInput!) { changeMediationCommitteeStatus(input: $input) { status } }`,
        { input: { committeeId: retiredId, status: "RETIRED", reason: "街道调委会合并" } },
        admin,
      );
      expect(retired.errors).toBeUndefined();

      const pinned = (id: string, bodyId: string): RoutingRule => ({
        id,
        description: "Neighbour quarrels to one committee",
        categories: ["邻里"],
        department: "MEDIATION",
        body: "{county}人民调解委员会",
        bodyId,
      });
      const rules = [
        pinned("to-retired", retiredId),
        pinned("to-missing", "no-such-committee"),
        ...ROUTING_RULES.rules,
      ];
      // Mediation publishes its directory after each change; the registry then knows the committee as retired.
      const refusal = await vi.waitFor(
        async () => {
          const body = await save("TL-DRILL-2", rules);
          const problems = body.errors![0]!.extensions!.problems as { field: unknown[]; reason: string }[];
          expect(problems.map((p) => p.reason)).toEqual(["BODY_RETIRED", "NO_SUCH_BODY"]);
          return body.errors![0]!;
        },
        { timeout: 60_000, interval: 500 },
      );
      expect(refusal.extensions!.code).toBe("BAD_USER_INPUT");
      expect(refusal.message).toContain("Rule to-retired");
      expect(refusal.message).toContain("Rule to-missing");
      expect(refusal.extensions!.messageZh).toContain("规则 to-retired");
      const { body: history } = await gql(`{ routingRuleSets(first: 5) { version } }`, {}, await as(COMMANDER));
      expect(history.data!.routingRuleSets.map((s: { version: string }) => s.version)).not.toContain("TL-DRILL-2");
    },
  );
});
