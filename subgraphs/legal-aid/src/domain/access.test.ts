import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import type { Identity } from "@onedoor/shared/auth/identity";
import { caseScope, CONSULTATION_SCOPE, mayApplyFor, mayReadDisputeRecords, maySupplyMaterials } from "./access.js";

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

const stored = { applicantPartyId: partyIdOf({ residentId: WANG }), applicantResidentId: WANG };
const legacy = { applicantPartyId: null, applicantResidentId: WANG };

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
    expect(caseScope({ applicantPartyId: null, applicantResidentId: null }).partyIds).toEqual([]);
  });

  it("shows no consultation to any resident", () => {
    expect(visibilityOf(resident(WANG), CONSULTATION_SCOPE)).toBe("none");
    expect(visibilityOf(officer, CONSULTATION_SCOPE)).toBe("full");
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
