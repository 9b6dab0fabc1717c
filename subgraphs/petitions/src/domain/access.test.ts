import { describe, expect, it } from "vitest";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import type { Identity } from "@onedoor/shared/auth/identity";
import { disputeScope, partyScope, subgraphOfDepartment } from "./access.js";

const mediator: Identity = { userId: "m1", roles: ["mediator"], department: "mediation" };
const arbitrator: Identity = { userId: "a1", roles: ["arbitrator"], department: "arbitration" };
const clerk: Identity = { userId: "c1", roles: ["intakeClerk"], department: "petitions" };

describe("dispute scope", () => {
  it("gives the lead department full sight and other departments a summary", () => {
    const scope = disputeScope({ leadDepartment: "MEDIATION", partyIds: ["PAAA"] });
    expect(scope).toEqual({ department: "petitions", coHandlers: ["mediation"], partyIds: ["PAAA"] });
    expect(visibilityOf(mediator, scope)).toBe("full");
    expect(visibilityOf(arbitrator, scope)).toBe("summary");
    expect(visibilityOf(clerk, scope)).toBe("full");
  });

  it("lets the receiver of a pending hand-off see the matter in full, but not after it was rejected", () => {
    const pending = disputeScope({
      leadDepartment: "MEDIATION",
      partyIds: [],
      handOffs: [{ toDepartment: "ARBITRATION", status: "PENDING" }],
    });
    expect(visibilityOf(arbitrator, pending)).toBe("full");
    const rejected = disputeScope({
      leadDepartment: "MEDIATION",
      partyIds: [],
      handOffs: [{ toDepartment: "ARBITRATION", status: "REJECTED" }],
    });
    expect(visibilityOf(arbitrator, rejected)).toBe("summary");
  });

  it("lists the registry only as owner, not as a co-handler, for the catch-all window", () => {
    expect(disputeScope({ leadDepartment: "COMPREHENSIVE_WINDOW", partyIds: [] }).coHandlers).toEqual([]);
    expect(disputeScope({ leadDepartment: null, partyIds: [] }).coHandlers).toEqual([]);
  });
});

describe("party scope", () => {
  it("opens the party to the departments handling any of their disputes", () => {
    const scope = partyScope(
      "PBBB",
      (["LITIGATION", null, "LITIGATION", "PETITIONS"] as const).map((leadDepartment) => ({
        leadDepartment,
        county: "330122",
      })),
    );
    expect(scope).toEqual({
      department: "petitions",
      coHandlers: ["litigation"],
      partyIds: ["PBBB"],
      county: "330122",
    });
    expect(visibilityOf({ roles: ["resident"], partyId: "PBBB" }, scope)).toBe("full");
    expect(visibilityOf({ roles: ["resident"], partyId: "POTHER" }, scope)).toBe("none");
  });

  it("belongs to the caller's county when the party has a dispute there, and to none of a stranger county's", () => {
    const disputes = [
      { leadDepartment: "MEDIATION" as const, county: "330122" },
      { leadDepartment: "ARBITRATION" as const, county: "330903" },
    ];
    const putuoCommander = { roles: ["commander" as const], region: "330903" };
    const scope = partyScope("PBBB", disputes, (county) => county === "330903");
    expect(scope.county).toBe("330903");
    expect(visibilityOf(putuoCommander, scope)).toBe("full");
    const stranger = { roles: ["commander" as const], region: "330110" };
    expect(
      visibilityOf(
        stranger,
        partyScope("PBBB", disputes, (county) => county === "330110"),
      ),
    ).toBe("none");
  });

  it("maps every routing department to the subgraph whose staff work for it", () => {
    expect(subgraphOfDepartment("LEGAL_AID")).toBe("legal-aid");
    expect(subgraphOfDepartment("COMPREHENSIVE_WINDOW")).toBe("petitions");
    expect(subgraphOfDepartment(null)).toBeUndefined();
  });
});
