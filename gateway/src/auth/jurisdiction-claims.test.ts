import { describe, expect, it } from "vitest";
import { hasJurisdiction } from "./jwt.js";
import { withDefaultJurisdiction } from "./development-token.js";

describe("jurisdiction claims in tokens", () => {
  it("requires a region of staff, commanders and leaders, and a body of department staff (production)", () => {
    expect(hasJurisdiction({ roles: ["mediator"], department: "mediation" })).toBe(false);
    expect(hasJurisdiction({ roles: ["mediator"], department: "mediation", region: "330122" })).toBe(false);
    expect(
      hasJurisdiction({
        roles: ["mediator"],
        department: "mediation",
        region: "330122",
        organization: "桐庐县联合人民调解委员会",
      }),
    ).toBe(true);
    expect(hasJurisdiction({ roles: ["commander"] })).toBe(false);
    expect(hasJurisdiction({ roles: ["commander"], region: "330122" })).toBe(true);
    expect(hasJurisdiction({ roles: ["cockpitViewer"], region: "330000" })).toBe(true);
    expect(hasJurisdiction({ roles: ["resident"], partyId: "p1" })).toBe(true);
    expect(hasJurisdiction({ roles: ["auditor"] })).toBe(true);
  });

  it("puts development tokens in the demo county at the department's main body unless told otherwise", () => {
    expect(withDefaultJurisdiction({ roles: ["mediator"], department: "mediation" })).toMatchObject({
      region: "330122",
      organization: "桐庐县联合人民调解委员会",
    });
    expect(
      withDefaultJurisdiction({ roles: ["courtClerk"], department: "litigation", region: "330903" }),
    ).toMatchObject({
      region: "330903",
      organization: "普陀区人民法院诉讼服务中心",
    });
    expect(withDefaultJurisdiction({ roles: ["commander"] })).toEqual({ roles: ["commander"], region: "330122" });
    expect(withDefaultJurisdiction({ roles: ["cockpitViewer"], region: "330000" })).toEqual({
      roles: ["cockpitViewer"],
      region: "330000",
    });
    expect(withDefaultJurisdiction({ roles: ["resident"], party: "p1" })).toEqual({ roles: ["resident"], party: "p1" });
  });
});
