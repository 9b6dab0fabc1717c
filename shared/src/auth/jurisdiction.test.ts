import { describe, expect, it } from "vitest";
import type { Identity } from "./identity.js";
import { isIdentity } from "./identity.js";
import {
  aggregatePrefix,
  countyOfDisputeCode,
  inJurisdiction,
  isCountyRegion,
  mainBodyIn,
  recordCounty,
  regionCovers,
  servesBody,
} from "./jurisdiction.js";

const staff = (identity: Partial<Identity>): Identity => ({
  roles: ["mediator"],
  department: "mediation",
  ...identity,
});

describe("regions", () => {
  it("tells counties from prefectures and provinces, and which counties each covers", () => {
    expect([
      isCountyRegion("330122"),
      isCountyRegion("330100"),
      isCountyRegion("330000"),
      isCountyRegion("33012"),
    ]).toEqual([true, false, false, false]);
    expect(regionCovers("330000", "330903")).toBe(true);
    expect(regionCovers("330100", "330122")).toBe(true);
    expect(regionCovers("330100", "330903")).toBe(false);
    expect(regionCovers("330122", "330122")).toBe(true);
    expect(regionCovers("330122", "330127")).toBe(false);
  });

  it("reads a dispute's county from its code", () => {
    expect(countyOfDisputeCode("330903260000011")).toBe("330903");
  });

  it("confines a county identity to its county and opens no records to a province", () => {
    expect(inJurisdiction(staff({ region: "330122" }), "330122")).toBe(true);
    expect(inJurisdiction(staff({ region: "330122" }), "330903")).toBe(false);
    expect(inJurisdiction(staff({ region: "330000" }), "330903")).toBe(false);
    expect(recordCounty(staff({ region: "330122" }))).toBe("330122");
    expect(recordCounty(staff({ region: "330000" }))).toBeNull();
    expect(aggregatePrefix(staff({ region: "330000" }))).toBe("33");
  });

  it("confines staff to the bodies a record was sent to", () => {
    const own = staff({ organization: "桐庐县劳动争议人民调解委员会" });
    expect(servesBody(own, ["桐庐县劳动争议人民调解委员会"])).toBe(true);
    expect(servesBody(own, ["桐庐县联合人民调解委员会"])).toBe(false);
    expect(servesBody(own, [])).toBe(false);
  });
});

describe("jurisdiction claims in an identity", () => {
  it("accepts a 6-digit region and a named body, and refuses anything else", () => {
    expect(isIdentity(staff({ region: "330122", organization: "桐庐县联合人民调解委员会" }))).toBe(true);
    expect(isIdentity(staff({ region: "33012" }))).toBe(false);
    expect(isIdentity(staff({ region: "浙江" }))).toBe(false);
    expect(isIdentity(staff({ organization: "" }))).toBe(false);
    expect(isIdentity({ ...staff({}), region: 330122 })).toBe(false);
  });
});

describe("mainBodyIn", () => {
  it("names a department's main body in a county by the county's name", () => {
    expect(mainBodyIn("arbitration", "330122")).toBe("桐庐县劳动人事争议仲裁院");
    expect(mainBodyIn("litigation", "330903")).toBe("普陀区人民法院诉讼服务中心");
  });

  it("names none for a county the region table does not know", () => {
    expect(mainBodyIn("legal-aid", "339999")).toBeUndefined();
  });
});
