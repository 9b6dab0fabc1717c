import { describe, expect, it } from "vitest";
import { bodyStatusChange } from "@onedoor/shared/directory/bodies";
import { COURT_BODIES, courtBodyRefusal, receivingBody, type CourtBodyFacts } from "./court-bodies.js";

const body = (name: string, over: Partial<CourtBodyFacts> = {}): CourtBodyFacts => ({
  id: name,
  name,
  kind: "PEOPLES_TRIBUNAL",
  courtCode: "浙0122",
  status: "ACTIVE",
  ...over,
});
const CENTRE = body("桐庐县人民法院诉讼服务中心", { kind: "LITIGATION_SERVICE_CENTRE" });
const FENSHUI = body("桐庐县人民法院分水人民法庭");

describe("court bodies (法院机构名录)", () => {
  it("opens a case only in an active body of the case's own court", () => {
    expect(courtBodyRefusal(FENSHUI, "浙0122")).toBeNull();
    expect(courtBodyRefusal(FENSHUI, "浙0903")).toMatchObject({
      reason: "BODY_OF_ANOTHER_COURT",
      messageZh: "桐庐县人民法院分水人民法庭属于浙0122法院，不属于浙0903法院",
    });
    expect(courtBodyRefusal({ ...FENSHUI, status: "SUSPENDED" }, "浙0122")).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
    });
    expect(courtBodyRefusal({ ...FENSHUI, status: "RETIRED" }, "浙0122")).toMatchObject({
      reason: "DIRECTORY_ENTRY_RETIRED",
    });
  });

  it("opens a case in the body the registry sent it to, else in the court's active service centre", () => {
    const bodies = [FENSHUI, CENTRE];
    expect(receivingBody(bodies, FENSHUI.id)).toBe(FENSHUI);
    expect(receivingBody(bodies, null)).toBe(CENTRE);
    // Sent to a body that is not this court's: the service centre, which the dispute was not sent to.
    expect(receivingBody(bodies, "another-court's-body")).toBe(CENTRE);
    const suspendedCentre = { ...CENTRE, status: "SUSPENDED" as const };
    expect(receivingBody([FENSHUI, suspendedCentre], null)).toBe(suspendedCentre);
    expect(receivingBody([], null)).toBeUndefined();
  });

  it("suspends and reinstates a body, and retires one only without open cases", () => {
    expect(bodyStatusChange(COURT_BODIES, FENSHUI, "SUSPENDED", 2)).toEqual({ ok: true, status: "SUSPENDED" });
    expect(bodyStatusChange(COURT_BODIES, FENSHUI, "RETIRED", 2)).toMatchObject({
      ok: false,
      reason: "OPEN_CASES",
      messageZh: "桐庐县人民法院分水人民法庭尚有2件未结案件，须办结或移送后才能退出名录",
    });
    expect(bodyStatusChange(COURT_BODIES, FENSHUI, "RETIRED", 0)).toEqual({ ok: true, status: "RETIRED" });
    expect(bodyStatusChange(COURT_BODIES, { ...FENSHUI, status: "RETIRED" }, "ACTIVE", 0)).toMatchObject({
      ok: false,
      reason: "DIRECTORY_ENTRY_RETIRED",
    });
  });
});
