import { describe, expect, it } from "vitest";
import type { Identity } from "./identity.js";
import { mayReadPersonalData, visibilityOf, type RecordScope } from "./policy.js";

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
