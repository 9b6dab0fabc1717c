import { describe, expect, it } from "vitest";
import type { Identity } from "./identity.js";
import { mayReadPersonalData, visibilityOf, type RecordScope, type Visibility } from "./policy.js";

const mediationRecord: RecordScope = {
  department: "mediation",
  coHandlers: ["legal-aid"],
  partyIds: ["p-worker", "p-employer"],
};
const who = (identity: Partial<Identity>): Identity => ({ roles: [], ...identity });

describe("record visibility", () => {
  it.each([
    ["commander", who({ userId: "c", roles: ["commander"] }), "full"],
    ["mediator of the owning department", who({ roles: ["mediator"], department: "mediation" }), "full"],
    [
      "legal aid officer of a co-handling department",
      who({ roles: ["legalAidOfficer"], department: "legal-aid" }),
      "full",
    ],
    ["arbitrator (routed, not co-handling)", who({ roles: ["arbitrator"], department: "arbitration" }), "summary"],
    ["mediator role claiming another department", who({ roles: ["mediator"], department: "arbitration" }), "summary"],
    ["resident who is a party", who({ roles: ["resident"], partyId: "p-worker" }), "full"],
    ["resident who is not a party", who({ roles: ["resident"], partyId: "p-stranger" }), "none"],
    ["cockpit viewer", who({ roles: ["cockpitViewer"] }), "none"],
    ["auditor", who({ roles: ["auditor"] }), "none"],
    ["anonymous", who({}), "none"],
  ] as const)("%s sees %s", (_label, identity, expected) => {
    expect(visibilityOf(identity, mediationRecord)).toBe(expected);
  });

  it("lets a resident read only their own personal data, never the other party's", () => {
    const worker = who({ roles: ["resident"], partyId: "p-worker" });
    expect(mayReadPersonalData(worker, mediationRecord, "p-worker")).toBe(true);
    expect(mayReadPersonalData(worker, mediationRecord, "p-employer")).toBe(false);
  });

  it("lets staff with full visibility read personal data, and no one with a summary", () => {
    expect(
      mayReadPersonalData(who({ roles: ["mediator"], department: "mediation" }), mediationRecord, "p-employer"),
    ).toBe(true);
    expect(
      mayReadPersonalData(who({ roles: ["arbitrator"], department: "arbitration" }), mediationRecord, "p-employer"),
    ).toBe(false);
  });
});

describe("jurisdiction: county and body", () => {
  const putuoCase: RecordScope = {
    department: "mediation",
    coHandlers: ["legal-aid"],
    partyIds: ["p-worker"],
    county: "330903",
    bodies: ["普陀区海事渔业人民调解委员会", "普陀区法律援助中心"],
  };
  const putuo = { region: "330903" };
  it.each([
    [
      "a mediator of the committee holding it",
      { roles: ["mediator"], department: "mediation", ...putuo, organization: "普陀区海事渔业人民调解委员会" },
      "full",
    ],
    [
      "a mediator of another committee in the county",
      { roles: ["mediator"], department: "mediation", ...putuo, organization: "普陀区联合人民调解委员会" },
      "none",
    ],
    [
      "a mediator of the same-named role in another county",
      { roles: ["mediator"], department: "mediation", region: "330122", organization: "普陀区海事渔业人民调解委员会" },
      "none",
    ],
    [
      "the co-handling legal aid centre",
      { roles: ["legalAidOfficer"], department: "legal-aid", ...putuo, organization: "普陀区法律援助中心" },
      "full",
    ],
    [
      "another department's staff in the county",
      { roles: ["courtClerk"], department: "litigation", ...putuo, organization: "普陀区人民法院诉讼服务中心" },
      "summary",
    ],
    [
      "another department's staff in another county",
      { roles: ["courtClerk"], department: "litigation", region: "330122" },
      "none",
    ],
    [
      "the registry's staff of the county, whatever their body",
      { roles: ["intakeClerk"], department: "petitions", ...putuo, organization: "普陀区信访局" },
      "summary",
    ],
    ["the county's commander", { roles: ["commander"], ...putuo }, "full"],
    ["another county's commander", { roles: ["commander"], region: "330122" }, "none"],
    ["a province-level commander (aggregates only)", { roles: ["commander"], region: "330000" }, "none"],
    ["the resident party, wherever the case is", { roles: ["resident"], partyId: "p-worker" }, "full"],
  ] satisfies [string, Partial<Identity>, Visibility][])("%s sees %s", (_label, identity, expected) => {
    expect(visibilityOf(who(identity), putuoCase)).toBe(expected);
  });

  it("lets the registry's staff of the county see a dispute it owns in full, whatever body they work at", () => {
    const dispute: RecordScope = { department: "petitions", county: "330903", bodies: ["普陀区联合人民调解委员会"] };
    const clerk = who({
      roles: ["intakeClerk"],
      department: "petitions",
      region: "330903",
      organization: "普陀区社会治理综合服务中心综合调处窗口",
    });
    expect(visibilityOf(clerk, dispute)).toBe("full");
    expect(visibilityOf({ ...clerk, region: "330122" }, dispute)).toBe("none");
  });
});
