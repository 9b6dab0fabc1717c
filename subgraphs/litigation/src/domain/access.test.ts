import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import type { Identity } from "@onedoor/shared/auth/identity";
import {
  caseJurisdiction,
  caseListCounty,
  courtPartyId,
  isOneOfTheParties,
  mayOpenCase,
  scopeOf,
  shownIdNumber,
} from "./access.js";

const WANG = "33090319780923401X"; // 王海军
const CHEN = "330903196504173012"; // 陈阿福
const FUCHUN = "91330122MA2H3K4L5U"; // 浙江富春某实业有限公司

describe("court party ids", () => {
  it("derives the registry's id from a person's resident ID and an organisation's credit code", () => {
    expect(courtPartyId("PERSON", WANG)).toBe(partyIdOf({ residentId: WANG }));
    expect(courtPartyId("ORGANISATION", FUCHUN)).toBe(partyIdOf({ creditCode: FUCHUN }));
    // The same characters read as the other kind give another id: the kind decides.
    expect(courtPartyId("ORGANISATION", WANG)).not.toBe(courtPartyId("PERSON", WANG));
  });

  it("has no id without an ID number", () => {
    expect(courtPartyId("PERSON", null)).toBeNull();
    expect(courtPartyId("ORGANISATION", "")).toBeNull();
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
    expect(shownIdNumber("ORGANISATION", FUCHUN)).toBe(FUCHUN);
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

describe("a court case's jurisdiction", () => {
  const PUTUO = "330903"; // 舟山市普陀区
  const TONGLU = "330122"; // 杭州市桐庐县
  const PUTUO_COURT = "普陀区人民法院诉讼服务中心";
  const dispute = (region: string) => formatDisputeCode({ region, year: 2026, sequence: 123 });
  const putuoDispute = dispute(PUTUO);
  const clerk = (region?: string, organization?: string): Identity => ({
    roles: ["courtClerk"],
    department: "litigation",
    ...(region ? { region } : {}),
    ...(organization ? { organization } : {}),
  });
  const scope = { ...scopeOf({ partyIds: [] }), ...caseJurisdiction(putuoDispute) };

  it("is its dispute's county and that county's one court", () => {
    expect(caseJurisdiction(putuoDispute)).toEqual({ county: PUTUO, bodies: [PUTUO_COURT] });
    // A county the region table does not know has no court to name: no body's staff see it.
    expect(caseJurisdiction(dispute("339999")).bodies).toEqual([]);
  });

  it("shows the case to its county's court, not to another county's court or commander, nor to another kind of body", () => {
    expect(visibilityOf(clerk(PUTUO, PUTUO_COURT), scope)).toBe("full");
    expect(visibilityOf(clerk(PUTUO), scope)).toBe("full");
    expect(visibilityOf({ roles: ["commander"], region: PUTUO }, scope)).toBe("full");
    expect(visibilityOf(clerk(TONGLU, "桐庐县人民法院诉讼服务中心"), scope)).toBe("none");
    expect(visibilityOf({ roles: ["commander"], region: TONGLU }, scope)).toBe("none");
    expect(visibilityOf({ roles: ["commander"], region: "330000" }, scope)).toBe("none");
    expect(visibilityOf(clerk(PUTUO, "普陀区联合人民调解委员会"), scope)).toBe("none");
    // Other departments' staff of the county keep their summary.
    expect(visibilityOf({ roles: ["mediator"], department: "mediation", region: PUTUO }, scope)).toBe("summary");
  });

  it("lets court staff open a case only at their own court, for a dispute of their county", () => {
    expect(mayOpenCase(clerk(PUTUO, PUTUO_COURT), putuoDispute, "浙0903")).toBe(true);
    expect(mayOpenCase(clerk(), putuoDispute, "浙0903")).toBe(true);
    expect(mayOpenCase(clerk(TONGLU, "桐庐县人民法院诉讼服务中心"), putuoDispute, "浙0903")).toBe(false);
    // Their own county's dispute, but filed in another court's name.
    expect(mayOpenCase(clerk(TONGLU, "桐庐县人民法院诉讼服务中心"), dispute(TONGLU), "浙0903")).toBe(false);
    expect(mayOpenCase(clerk(PUTUO, "普陀区联合人民调解委员会"), putuoDispute, "浙0903")).toBe(false);
    expect(mayOpenCase(clerk(PUTUO, PUTUO_COURT), putuoDispute, "浙09")).toBe(false);
  });

  it("confines a list to the caller's county, and gives an aggregate region or a misplaced body none", () => {
    expect(caseListCounty(clerk(PUTUO, PUTUO_COURT))).toBe(PUTUO);
    expect(caseListCounty(clerk(PUTUO))).toBe(PUTUO);
    expect(caseListCounty({ roles: ["commander"], region: TONGLU })).toBe(TONGLU);
    expect(caseListCounty(clerk())).toBeUndefined();
    expect(caseListCounty({ roles: ["commander"] })).toBeUndefined();
    expect(caseListCounty({ roles: ["commander"], region: "330000" })).toBeNull();
    expect(caseListCounty(clerk("330900", PUTUO_COURT))).toBeNull();
    expect(caseListCounty(clerk(TONGLU, PUTUO_COURT))).toBeNull();
    expect(caseListCounty(clerk(undefined, PUTUO_COURT))).toBeNull();
  });
});
