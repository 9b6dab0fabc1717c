import { describe, expect, it } from "vitest";
import { bodyStatusChange } from "@onedoor/shared/directory/bodies";
import {
  officeRefusal,
  receivingOffice,
  REVIEW_OFFICES,
  rosterRefusal,
  type ReviewOfficeFacts,
} from "./review-office.js";

const office = (name: string, over: Partial<ReviewOfficeFacts> = {}): ReviewOfficeFacts => ({
  id: name,
  name,
  kind: "COUNTY_REVIEW_OFFICE",
  regionCode: "330122",
  status: "ACTIVE",
  ...over,
});
const OFFICE = office("桐庐县人民政府行政复议办公室");
const POINT = office("桐庐县社会治理综合服务中心行政复议受理点", { kind: "RECEPTION_POINT" });

describe("review offices (复议机构名录)", () => {
  it("receives an application only at an active office", () => {
    expect(officeRefusal(OFFICE)).toBeNull();
    expect(officeRefusal({ ...OFFICE, status: "SUSPENDED" })).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: expect.stringContaining("复议机构桐庐县人民政府行政复议办公室"),
    });
    expect(officeRefusal({ ...OFFICE, status: "RETIRED" })).toMatchObject({ reason: "DIRECTORY_ENTRY_RETIRED" });
  });

  it("takes officers on the roster of a suspended office, not of a retired one", () => {
    expect(rosterRefusal({ ...OFFICE, status: "SUSPENDED" })).toBeNull();
    expect(rosterRefusal({ ...OFFICE, status: "RETIRED" })).toMatchObject({ reason: "DIRECTORY_ENTRY_RETIRED" });
  });

  it("receives at the office the registry sent the dispute to, else at the county's active review office", () => {
    const offices = [POINT, OFFICE];
    expect(receivingOffice(offices, POINT.id)).toBe(POINT);
    expect(receivingOffice(offices, null)).toBe(OFFICE);
    // Sent to an office of another county: the county's own office, which the dispute was not sent to.
    expect(receivingOffice(offices, "another-county's-office")).toBe(OFFICE);
    const suspended = { ...OFFICE, status: "SUSPENDED" as const };
    expect(receivingOffice([POINT, suspended], null)).toBe(suspended);
    expect(receivingOffice([POINT], null)).toBe(POINT);
    expect(receivingOffice([], null)).toBeUndefined();
  });

  it("does not retire an office with open cases", () => {
    expect(bodyStatusChange(REVIEW_OFFICES, OFFICE, "RETIRED", 2)).toMatchObject({
      ok: false,
      reason: "OPEN_CASES",
      messageZh: "复议机构桐庐县人民政府行政复议办公室尚有2件未结案件，须办结后才能退出名录",
    });
    expect(bodyStatusChange(REVIEW_OFFICES, OFFICE, "RETIRED", 0)).toMatchObject({ ok: true });
    expect(bodyStatusChange(REVIEW_OFFICES, OFFICE, "SUSPENDED", 2)).toMatchObject({ ok: true });
  });
});
