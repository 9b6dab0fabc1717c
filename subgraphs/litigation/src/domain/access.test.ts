import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import type { Identity } from "@onedoor/shared/auth/identity";
import { courtPartyId, isOneOfTheParties, scopeOf, shownIdNumber } from "./access.js";

const WANG = "33090319780923401X"; // 王海军
const CHEN = "330903196504173012"; // 陈阿福
const FUCHUN = "91330122MA2H3K4L5U"; // 浙江富春某实业有限公司

describe("court party ids", () => {
  it("derives the registry's id from a person's resident ID and an organisation's credit code", () => {
    expect(courtPartyId("PERSON", WANG)).toBe(partyIdOf({ residentId: WANG }));
    expect(courtPartyId("ORGANIZATION", FUCHUN)).toBe(partyIdOf({ creditCode: FUCHUN }));
    // The same characters read as the other kind give another id: the kind decides.
    expect(courtPartyId("ORGANIZATION", WANG)).not.toBe(courtPartyId("PERSON", WANG));
  });

  it("has no id without an ID number", () => {
    expect(courtPartyId("PERSON", null)).toBeNull();
    expect(courtPartyId("ORGANIZATION", "")).toBeNull();
  });
});

describe("who sees a court case", () => {
  const wang = courtPartyId("PERSON", WANG)!;
  const chen = courtPartyId("PERSON", CHEN)!;
  const resident = (partyId: string): Identity => ({ userId: "r", roles: ["resident"], partyId });
  const scope = scopeOf({ partyIds: [wang, null] });

  it("shows the case in full to its parties, the court clerk and the commander", () => {
    expect(visibilityOf(resident(wang), scope)).toBe("full");
    expect(visibilityOf({ roles: ["courtClerk"], department: "litigation" }, scope)).toBe("full");
    expect(visibilityOf({ roles: ["commander"] }, scope)).toBe("full");
  });

  it("gives other departments' staff a summary and refuses other residents, leaders and auditors", () => {
    expect(visibilityOf({ roles: ["mediator"], department: "mediation" }, scope)).toBe("summary");
    expect(visibilityOf(resident(chen), scope)).toBe("none");
    expect(visibilityOf({ roles: ["cockpitViewer"] }, scope)).toBe("none");
    expect(visibilityOf({ roles: ["auditor"] }, scope)).toBe("none");
  });

  it("lets a party of the registry's dispute see the court's case even when the court holds no ID number for them", () => {
    expect(visibilityOf(resident(chen), scopeOf({ partyIds: [wang, null], disputePartyIds: [chen] }))).toBe("full");
    expect(scopeOf({ partyIds: [wang, wang], disputePartyIds: [wang] }).partyIds).toEqual([wang]);
  });
});

describe("ID numbers shown by default", () => {
  it("masks a resident ID and shows an organisation's public credit code", () => {
    expect(shownIdNumber("PERSON", WANG)).toBe("330903********401X");
    expect(shownIdNumber("ORGANIZATION", FUCHUN)).toBe(FUCHUN);
    expect(shownIdNumber("PERSON", null)).toBeNull();
  });
});

describe("applications filed by a resident", () => {
  it("accepts a resident who is one of the parties only", () => {
    const parties = [courtPartyId("PERSON", WANG), null];
    expect(isOneOfTheParties(partyIdOf({ residentId: WANG }), parties)).toBe(true);
    expect(isOneOfTheParties(partyIdOf({ residentId: CHEN }), parties)).toBe(false);
    expect(isOneOfTheParties(undefined, parties)).toBe(false);
  });
});
