import { describe, expect, it } from "vitest";
import { route, ROUTING_RULES, type RoutingFacts } from "./routing.js";

const facts = (over: Partial<RoutingFacts>): RoutingFacts => ({
  category: "损害赔偿",
  amountYuan: null,
  regionCode: "330122",
  flags: [],
  ...over,
});

describe("routing rules (分流)", () => {
  it("sends a matter to mediation first, with the county's body", () => {
    expect(route(facts({}))).toEqual({
      ruleId: "mediation-default",
      rulesVersion: ROUTING_RULES.version,
      department: "MEDIATION",
      body: "桐庐县联合人民调解委员会",
    });
    expect(route(facts({ category: "拖欠农民工工资" })).body).toBe("桐庐县劳动争议人民调解委员会");
  });

  it("routes by amount: large commercial matters to the commercial committee", () => {
    expect(route(facts({ category: "合同", amountYuan: 8_000_000 })).ruleId).toBe("mediation-commercial");
    expect(route(facts({ category: "合同", amountYuan: 20_000 })).ruleId).toBe("mediation-default");
  });

  it("routes by region: fishery matters to Zhoushan's committee only", () => {
    expect(route(facts({ category: "海事渔事", regionCode: "330903" })).body).toBe("普陀区海事渔业人民调解委员会");
    expect(route(facts({ category: "海事渔事", regionCode: "330122" })).ruleId).toBe("mediation-default");
  });

  it("routes by law when mediation is declined", () => {
    expect(route(facts({ category: "劳动争议", flags: ["MEDIATION_DECLINED"] })).department).toBe("ARBITRATION");
    expect(route(facts({ category: "民间借贷", flags: ["MEDIATION_DECLINED"] })).department).toBe("LITIGATION");
  });

  it("keeps petitions last and sends unclaimed matters to the catch-all window", () => {
    expect(route(facts({ category: "征地拆迁", flags: ["PETITION_MATTER", "MEDIATION_DECLINED"] })).department).toBe(
      "PETITIONS",
    );
    expect(route(facts({ flags: ["ADMINISTRATIVE_ACT"] }))).toMatchObject({
      department: "ADMINISTRATIVE_REVIEW",
      body: "桐庐县人民政府行政复议办公室",
    });
    expect(route(facts({ category: "其他", flags: ["MEDIATION_DECLINED"] }))).toMatchObject({
      ruleId: null,
      department: "COMPREHENSIVE_WINDOW",
    });
    expect(route(facts({ flags: ["OWNER_UNCLEAR"] })).ruleId).toBe("owner-unclear");
  });
});
