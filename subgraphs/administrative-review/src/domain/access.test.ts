import { describe, expect, it } from "vitest";
import type { Identity } from "@onedoor/shared/auth/identity";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { caseScope, mayReceiveOn } from "./access.js";

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县
const PUTUO_DISPUTE = "330903260000016";

const officer = (region: string, organization: string): Identity => ({
  roles: ["reviewOfficer"],
  department: "administrative-review",
  userId: "officer",
  region,
  organization,
});
const putuoOffice = officer(PUTUO, "普陀区人民政府行政复议办公室");
const tongluOffice = officer(TONGLU, "桐庐县人民政府行政复议办公室");
// A review role in a token naming a body of another kind (the county's legal aid center).
const wrongBody = officer(PUTUO, "普陀区法律援助中心");
const commander = (region: string): Identity => ({ roles: ["commander"], userId: "c1", region });
const applicant: Identity = { roles: ["resident"], userId: "r1", partyId: "PAPPLICANT" };

describe("an administrative review office's jurisdiction", () => {
  const scope = caseScope({ applicantPartyId: "PAPPLICANT", disputeCode: PUTUO_DISPUTE });

  it("places a case in its dispute's county, held by the county's review office", () => {
    expect(scope).toMatchObject({ county: PUTUO, bodies: ["普陀区人民政府行政复议办公室"] });
  });

  it("shows a case to its own office and commander; another county, body or level sees nothing; the applicant always", () => {
    expect(visibilityOf(putuoOffice, scope)).toBe("full");
    expect(visibilityOf(commander(PUTUO), scope)).toBe("full");
    for (const other of [tongluOffice, wrongBody, commander(TONGLU), commander("330000")])
      expect(visibilityOf(other, scope)).toBe("none");
    expect(visibilityOf(applicant, scope)).toBe("full");
  });

  it("lets an office receive applications only on its own county's disputes, in its own name", () => {
    expect(mayReceiveOn(putuoOffice, PUTUO_DISPUTE)).toBe(true);
    expect(mayReceiveOn(tongluOffice, PUTUO_DISPUTE)).toBe(false);
    expect(mayReceiveOn(wrongBody, PUTUO_DISPUTE)).toBe(false);
    // A token without jurisdiction claims (outside production) is not narrowed.
    expect(mayReceiveOn({ roles: ["reviewOfficer"], department: "administrative-review" }, PUTUO_DISPUTE)).toBe(true);
  });
});
