import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import type { Identity } from "@onedoor/shared/auth/identity";
import {
  caseCounty,
  caseScope,
  consultationScope,
  listScopeOf,
  mayApplyFor,
  mayFileIn,
  mayReadDisputeRecords,
  maySupplyMaterials,
} from "./access.js";

const WANG = "330122198503142016"; // 汪建新
const CHEN = "330122198607153035"; // 陈月娥
const resident = (residentId: string): Identity => ({
  roles: ["resident"],
  userId: `resident-${residentId.slice(-4)}`,
  partyId: partyIdOf({ residentId }),
});
const officer: Identity = { roles: ["legalAidOfficer"], department: "legal-aid", userId: "ye" };
const mediator: Identity = { roles: ["mediator"], department: "mediation", userId: "m1" };
const commander: Identity = { roles: ["commander"], userId: "c1" };

const place = { disputeCode: null, regionCode: "330122" };
const stored = { applicantPartyId: partyIdOf({ residentId: WANG }), applicantResidentId: WANG, ...place };
const legacy = { applicantPartyId: null, applicantResidentId: WANG, ...place };

describe("who sees a legal aid case", () => {
  it("shows it in full to the applicant, the center and the commander, as a summary to other departments, to nobody else", () => {
    expect(visibilityOf(resident(WANG), caseScope(stored))).toBe("full");
    expect(visibilityOf(officer, caseScope(stored))).toBe("full");
    expect(visibilityOf(commander, caseScope(stored))).toBe("full");
    expect(visibilityOf(mediator, caseScope(stored))).toBe("summary");
    expect(visibilityOf(resident(CHEN), caseScope(stored))).toBe("none");
    expect(visibilityOf({ roles: ["cockpitViewer"] }, caseScope(stored))).toBe("none");
    expect(visibilityOf({ roles: [] }, caseScope(stored))).toBe("none");
  });

  it("derives the applicant's party id for rows stored before the column existed", () => {
    expect(caseScope(legacy)).toEqual(caseScope(stored));
    expect(caseScope({ applicantPartyId: null, applicantResidentId: null, ...place }).partyIds).toEqual([]);
  });

  it("shows no consultation to any resident", () => {
    expect(visibilityOf(resident(WANG), consultationScope({ disputeCode: null }))).toBe("none");
    expect(visibilityOf(officer, consultationScope({ disputeCode: null }))).toBe("full");
  });
});

describe("who acts on a legal aid case", () => {
  it("lets a resident apply only in their own name, and the center for anyone", () => {
    expect(mayApplyFor(resident(WANG), partyIdOf({ residentId: WANG }))).toBe(true);
    expect(mayApplyFor(resident(WANG), partyIdOf({ residentId: CHEN }))).toBe(false);
    expect(mayApplyFor(officer, partyIdOf({ residentId: CHEN }))).toBe(true);
    expect(mayApplyFor(mediator, partyIdOf({ residentId: CHEN }))).toBe(false);
  });

  it("lets the applicant and the center supply material, not another resident", () => {
    expect(maySupplyMaterials(resident(WANG), stored)).toBe(true);
    expect(maySupplyMaterials(resident(WANG), legacy)).toBe(true);
    expect(maySupplyMaterials(resident(CHEN), stored)).toBe(false);
    expect(maySupplyMaterials(officer, stored)).toBe(true);
  });

  it("lets a resident read a dispute's legal aid records only as a party to it", () => {
    const parties = [partyIdOf({ residentId: WANG })];
    expect(mayReadDisputeRecords(resident(WANG), parties)).toBe(true);
    expect(mayReadDisputeRecords(resident(CHEN), parties)).toBe(false);
    expect(mayReadDisputeRecords(resident(CHEN), undefined)).toBe(false);
    expect(mayReadDisputeRecords(mediator, [])).toBe(true);
  });
});

describe("a legal aid center's jurisdiction", () => {
  const PUTUO = "330903"; // 舟山市普陀区
  const TONGLU = "330122"; // 杭州市桐庐县
  const within = (identity: Identity, region: string, organization?: string): Identity => ({
    ...identity,
    region,
    ...(organization ? { organization } : {}),
  });
  const putuoOfficer = within(officer, PUTUO, "普陀区法律援助中心");
  const tongluOfficer = within(officer, TONGLU, "桐庐县法律援助中心");
  // A legal aid role in a token naming a body of another kind (a committee of the same county).
  const wrongBody = within(officer, PUTUO, "普陀区联合人民调解委员会");
  const putuoCommander = within(commander, PUTUO);
  const tongluCommander = within(commander, TONGLU);
  const provinceCommander = within(commander, "330000");
  const putuoCase = { ...stored, disputeCode: "330903260000016", regionCode: "330122" };

  it("places a case in its dispute's county, else in its region's", () => {
    expect(caseCounty({ disputeCode: "330903260000016", regionCode: "330122" })).toBe(PUTUO);
    expect(caseCounty({ disputeCode: null, regionCode: "330122103000" })).toBe(TONGLU);
    expect(caseScope(putuoCase)).toMatchObject({ county: PUTUO, bodies: ["普陀区法律援助中心"] });
  });

  it("shows a case to its own county's center and commander only; other departments' staff of the county see a summary", () => {
    expect(visibilityOf(putuoOfficer, caseScope(putuoCase))).toBe("full");
    expect(visibilityOf(putuoCommander, caseScope(putuoCase))).toBe("full");
    expect(visibilityOf(within(mediator, PUTUO, "普陀区联合人民调解委员会"), caseScope(putuoCase))).toBe("summary");
    for (const other of [tongluOfficer, wrongBody, tongluCommander, provinceCommander, within(mediator, TONGLU)])
      expect(visibilityOf(other, caseScope(putuoCase))).toBe("none");
    // The applicant reaches their own case wherever it is.
    expect(visibilityOf(resident(WANG), caseScope(putuoCase))).toBe("full");
  });

  it("places a consultation about a dispute in the dispute's county, and leaves one without a dispute to the roles", () => {
    const aboutPutuo = consultationScope({ disputeCode: "330903260000016" });
    expect(visibilityOf(putuoOfficer, aboutPutuo)).toBe("full");
    expect(visibilityOf(tongluOfficer, aboutPutuo)).toBe("none");
    expect(visibilityOf(tongluOfficer, consultationScope({ disputeCode: null }))).toBe("full");
  });

  it("narrows lists to the caller's county, to nothing of it for another body, and refuses an aggregate-level token", () => {
    expect(listScopeOf(putuoOfficer)).toEqual({ county: PUTUO, ownCenter: true });
    expect(listScopeOf(wrongBody)).toEqual({ county: PUTUO, ownCenter: false });
    expect(listScopeOf(tongluCommander)).toEqual({ county: TONGLU, ownCenter: true });
    expect(listScopeOf(provinceCommander)).toBeNull();
    expect(listScopeOf(within(officer, "330900", "舟山市法律援助中心"))).toBeNull();
    expect(listScopeOf(officer)).toBeUndefined();
    expect(listScopeOf(resident(WANG))).toBeUndefined();
  });

  it("lets staff file only in their own county and their own center's name; residents are not narrowed", () => {
    expect(mayFileIn(putuoOfficer, [PUTUO])).toBe(true);
    expect(mayFileIn(putuoOfficer, [PUTUO, TONGLU])).toBe(false);
    expect(mayFileIn(tongluOfficer, [PUTUO])).toBe(false);
    expect(mayFileIn(wrongBody, [PUTUO])).toBe(false);
    expect(mayFileIn(provinceCommander, [PUTUO])).toBe(false);
    expect(mayFileIn(officer, [PUTUO])).toBe(true);
    expect(mayFileIn(resident(WANG), [PUTUO])).toBe(true);
    expect(mayFileIn(tongluOfficer, [])).toBe(true);
  });
});
