import { describe, expect, it } from "vitest";
import { demoId, demoMediationDirectory } from "@onedoor/shared/demo/mediation-directory";
import { demoArbitrationDirectory } from "@onedoor/shared/demo/arbitration-directory";
import { demoLegalAidDirectory } from "@onedoor/shared/demo/legal-aid-directory";
import { demoCourtDirectory } from "@onedoor/shared/demo/court-directory";
import { demoReviewDirectory } from "@onedoor/shared/demo/review-directory";
import {
  bodyRefusal,
  defaultBody,
  route,
  ROUTING_RULES,
  suitableBodies,
  ruleSetInForce,
  type DirectoryEntry,
  type RoutingFacts,
} from "./routing.js";

const facts = (over: Partial<RoutingFacts>): RoutingFacts => ({
  category: "损害赔偿",
  amountYuan: null,
  regionCode: "330122",
  flags: [],
  ...over,
});

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
const named = (name: string) => DIRECTORY.find((b) => b.name === name)!;
/** The directory with one committee changed. */
const changed = (name: string, change: Partial<DirectoryEntry>) =>
  DIRECTORY.map((b) => (b.name === name ? { ...b, ...change } : b));

describe("routing rules (分流)", () => {
  it("sends a matter to mediation first, naming the county's committee by its id", () => {
    expect(route(facts({}), DIRECTORY, ROUTING_RULES)).toEqual({
      ruleId: "mediation-default",
      rulesVersion: ROUTING_RULES.version,
      department: "MEDIATION",
      body: "桐庐县联合人民调解委员会",
      bodyId: demoId("桐庐县联合人民调解委员会"),
    });
    expect(route(facts({ category: "拖欠农民工工资" }), DIRECTORY, ROUTING_RULES)).toMatchObject({
      body: "桐庐县劳动争议人民调解委员会",
      bodyId: named("桐庐县劳动争议人民调解委员会").id,
    });
  });

  it("routes by amount: large commercial matters to the commercial committee the rule names", () => {
    // 桐庐县 has two commercial committees (商事 and 商会): the rule names 商事.
    expect(route(facts({ category: "合同", amountYuan: 8_000_000 }), DIRECTORY, ROUTING_RULES)).toMatchObject({
      ruleId: "mediation-commercial",
      bodyId: named("桐庐县商事人民调解委员会").id,
    });
    expect(route(facts({ category: "合同", amountYuan: 20_000 }), DIRECTORY, ROUTING_RULES).ruleId).toBe(
      "mediation-default",
    );
  });

  it("routes by region: fishery matters to Zhoushan's committee only", () => {
    expect(route(facts({ category: "海事渔事", regionCode: "330903" }), DIRECTORY, ROUTING_RULES).body).toBe(
      "普陀区海事渔业人民调解委员会",
    );
    expect(route(facts({ category: "海事渔事", regionCode: "330122" }), DIRECTORY, ROUTING_RULES).ruleId).toBe(
      "mediation-default",
    );
  });

  it("passes over a rule whose committee is retired, suspended, unstaffed or missing, to the next that can act", () => {
    const medical = facts({ category: "医疗" });
    expect(route(medical, DIRECTORY, ROUTING_RULES).ruleId).toBe("mediation-medical");
    for (const directory of [
      changed("桐庐县医疗纠纷人民调解委员会", { status: "RETIRED" }),
      changed("桐庐县医疗纠纷人民调解委员会", { status: "SUSPENDED" }),
      changed("桐庐县医疗纠纷人民调解委员会", { staffed: 0 }),
      DIRECTORY.filter((b) => b.name !== "桐庐县医疗纠纷人民调解委员会"),
    ])
      expect(route(medical, directory, ROUTING_RULES)).toMatchObject({
        ruleId: "mediation-default",
        bodyId: named("桐庐县联合人民调解委员会").id,
      });
  });

  it("sends a matter to the catch-all window when no committee of the county can take it, never to a made-up name", () => {
    expect(route(facts({}), [], ROUTING_RULES)).toMatchObject({
      ruleId: null,
      department: "COMPREHENSIVE_WINDOW",
      bodyId: null,
    });
    expect(route(facts({ regionCode: "330127" }), DIRECTORY, ROUTING_RULES)).toMatchObject({
      department: "COMPREHENSIVE_WINDOW",
    });
  });

  it("routes by law when mediation is declined, a labour dispute to the county's commission by its id", () => {
    const declined = facts({ category: "劳动争议", flags: ["MEDIATION_DECLINED"] });
    expect(route(declined, DIRECTORY, ROUTING_RULES)).toEqual({
      ruleId: "labour-arbitration",
      rulesVersion: ROUTING_RULES.version,
      department: "ARBITRATION",
      body: "桐庐县劳动人事争议仲裁委员会",
      bodyId: demoId("桐庐县劳动人事争议仲裁委员会"),
    });
    expect(route({ ...declined, regionCode: "330903" }, DIRECTORY, ROUTING_RULES)).toMatchObject({
      body: "舟山市普陀区劳动人事争议仲裁委员会",
      bodyId: demoId("舟山市普陀区劳动人事争议仲裁委员会"),
    });
    // A commission without arbitrators able to sit is passed over: the matter still has an owner (兜底).
    expect(route(declined, changed("桐庐县劳动人事争议仲裁委员会", { staffed: 0 }), ROUTING_RULES)).toMatchObject({
      ruleId: null,
      department: "COMPREHENSIVE_WINDOW",
    });
  });

  it("routes a civil matter whose mediation is declined to the county court's service centre, by its id", () => {
    const declined = facts({ category: "民间借贷", flags: ["MEDIATION_DECLINED"] });
    expect(route(declined, DIRECTORY, ROUTING_RULES)).toEqual({
      ruleId: "civil-litigation",
      rulesVersion: ROUTING_RULES.version,
      department: "LITIGATION",
      body: "桐庐县人民法院诉讼服务中心",
      bodyId: demoId("桐庐县人民法院诉讼服务中心"),
    });
    expect(route({ ...declined, regionCode: "330903" }, DIRECTORY, ROUTING_RULES)).toMatchObject({
      body: "普陀区人民法院诉讼服务中心",
      bodyId: demoId("普陀区人民法院诉讼服务中心"),
    });
    // The service centre takes every category, a tribunal only its own; neither is the default when suspended.
    expect(
      suitableBodies("LITIGATION", { regionCode: "330122", category: "合同" }, DIRECTORY).map((b) => b.name),
    ).toEqual(["桐庐县人民法院诉讼服务中心"]);
    expect(
      suitableBodies("LITIGATION", { regionCode: "330122", category: "婚姻家庭" }, DIRECTORY).map((b) => b.name),
    ).toEqual(["桐庐县人民法院城南人民法庭", "桐庐县人民法院分水人民法庭", "桐庐县人民法院诉讼服务中心"]);
    const suspended = changed("桐庐县人民法院诉讼服务中心", { status: "SUSPENDED" });
    expect(defaultBody("LITIGATION", { regionCode: "330122", category: "婚姻家庭" }, suspended)?.kind).toBe(
      "PEOPLES_TRIBUNAL",
    );
    // A court without judges to handle the case is passed over: the matter still has an owner (兜底).
    expect(route(declined, changed("桐庐县人民法院诉讼服务中心", { staffed: 0 }), ROUTING_RULES)).toMatchObject({
      ruleId: null,
      department: "COMPREHENSIVE_WINDOW",
    });
  });

  it("keeps petitions last and sends unclaimed matters to the catch-all window", () => {
    expect(
      route(facts({ category: "征地拆迁", flags: ["PETITION_MATTER", "MEDIATION_DECLINED"] }), DIRECTORY, ROUTING_RULES)
        .department,
    ).toBe("PETITIONS");
    // To the county government's review office by id, not to its reception point.
    expect(route(facts({ flags: ["ADMINISTRATIVE_ACT"] }), DIRECTORY, ROUTING_RULES)).toMatchObject({
      department: "ADMINISTRATIVE_REVIEW",
      body: "桐庐县人民政府行政复议办公室",
      bodyId: demoId("桐庐县人民政府行政复议办公室"),
    });
    // An office with no officers to handle the case is passed over (兜底).
    const unstaffed = changed("桐庐县人民政府行政复议办公室", { staffed: 0 });
    expect(route(facts({ flags: ["ADMINISTRATIVE_ACT"] }), unstaffed, ROUTING_RULES).department).not.toBe(
      "ADMINISTRATIVE_REVIEW",
    );
    expect(route(facts({ category: "其他", flags: ["MEDIATION_DECLINED"] }), DIRECTORY, ROUTING_RULES)).toMatchObject({
      ruleId: null,
      department: "COMPREHENSIVE_WINDOW",
    });
    expect(route(facts({ flags: ["OWNER_UNCLEAR"] }), DIRECTORY, ROUTING_RULES).ruleId).toBe("owner-unclear");
  });
});

describe("which committees can take a dispute (推荐承办单位)", () => {
  it("lists only committees serving the county, taking the category, active and staffed; county-wide first", () => {
    const medical = { regionCode: "330122", category: "医疗" };
    expect(suitableBodies("MEDIATION", medical, DIRECTORY).map((b) => b.name)).toEqual([
      "桐庐县联合人民调解委员会",
      "桐庐县医疗纠纷人民调解委员会",
    ]);
    expect(suitableBodies("ARBITRATION", medical, DIRECTORY)).toEqual([]);
  });

  it("sends legal aid to the county's centre by its id, to a workstation only when the centre cannot act", () => {
    const wages = { regionCode: "330122", category: "劳动争议" };
    expect(suitableBodies("LEGAL_AID", wages, DIRECTORY).map((b) => b.name)).toEqual([
      "桐庐县法律援助中心",
      "桐庐县法律援助中心驻县社会治理综合服务中心工作站",
    ]);
    expect(defaultBody("LEGAL_AID", wages, DIRECTORY)).toMatchObject({
      id: demoId("桐庐县法律援助中心"),
      kind: "CENTRE",
    });
    expect(defaultBody("LEGAL_AID", { ...wages, regionCode: "330903" }, DIRECTORY)?.name).toBe(
      "舟山市普陀区法律援助中心",
    );
    expect(defaultBody("LEGAL_AID", wages, changed("桐庐县法律援助中心", { status: "SUSPENDED" }))).toMatchObject({
      name: "桐庐县法律援助中心驻县社会治理综合服务中心工作站",
      kind: "WORKSTATION",
    });
    // A county without a published centre has none to send to: dispatch says so rather than naming one by template.
    expect(defaultBody("LEGAL_AID", { ...wages, regionCode: "330127" }, DIRECTORY)).toBeUndefined();
  });

  it("says why a committee cannot take a dispute", () => {
    const medicalCommittee = named("桐庐县医疗纠纷人民调解委员会");
    expect(bodyRefusal(medicalCommittee, { regionCode: "330122", category: "医疗" })).toBeNull();
    expect(bodyRefusal(medicalCommittee, { regionCode: "330903", category: "医疗" })).toBe("NOT_IN_COUNTY");
    expect(bodyRefusal(medicalCommittee, { regionCode: "330122", category: "合同" })).toBe("CATEGORY_NOT_COVERED");
    expect(bodyRefusal({ ...medicalCommittee, status: "RETIRED" }, { regionCode: "330122", category: "医疗" })).toBe(
      "NOT_ACTIVE",
    );
    expect(bodyRefusal({ ...medicalCommittee, staffed: 0 }, { regionCode: "330122", category: "医疗" })).toBe(
      "NOT_STAFFED",
    );
  });
});

describe("the rule set in force", () => {
  const set = (version: string, effectiveFrom: string) => ({ version, effectiveFrom, rules: [] });
  // Newest effective first, the later saved of one day first: as the registry stores them.
  const saved = [set("C", "2027-01-01"), set("B2", "2026-12-01"), set("B1", "2026-12-01"), set("A", "2026-01-01")];

  it("is the latest effective on the day, the later saved of one day, and the first before any takes effect", () => {
    expect(ruleSetInForce(saved, "2026-12-15")?.version).toBe("B2");
    expect(ruleSetInForce(saved, "2027-01-01")?.version).toBe("C");
    expect(ruleSetInForce(saved, "2026-06-01")?.version).toBe("A");
    expect(ruleSetInForce(saved, "2025-06-01")?.version).toBe("A");
    expect(ruleSetInForce([], "2025-06-01")).toBeUndefined();
  });
});

describe("a rule naming one body by id", () => {
  const pinned = {
    ...ROUTING_RULES,
    rules: [
      {
        id: "medical-to-joint",
        description: "Medical matters of Tonglu to its joint committee",
        categories: ["医疗"],
        department: "MEDIATION" as const,
        body: "桐庐县联合人民调解委员会",
        bodyId: named("桐庐县联合人民调解委员会").id,
      },
      ...ROUTING_RULES.rules,
    ],
  };

  it("names that body while it can act, and is passed over when it cannot", () => {
    expect(route(facts({ category: "医疗" }), DIRECTORY, pinned)).toMatchObject({
      ruleId: "medical-to-joint",
      bodyId: named("桐庐县联合人民调解委员会").id,
    });
    const suspended = changed("桐庐县联合人民调解委员会", { status: "SUSPENDED" });
    expect(route(facts({ category: "医疗" }), suspended, pinned).ruleId).toBe("mediation-medical");
  });
});
