import { describe, expect, it } from "vitest";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import type { Identity } from "@onedoor/shared/auth/identity";
import { choosesFor, coHandlingDepartments, isWindowOf, pickerOf, readingOf, scopeOf } from "./access.js";

const MANHOLE = [
  "桐庐县综合行政执法局",
  "桐庐县住房和城乡建设局",
  "桐庐县城南街道办事处",
  "城南街道迎春社区居民委员会",
  "桐庐县信访局",
];

describe("co-handling departments of a joint mediation (联合调解)", () => {
  it("recognises the center's resident bodies among the departments at the table", () => {
    expect(coHandlingDepartments(MANHOLE)).toEqual(["petitions"]);
    expect(
      coHandlingDepartments(["桐庐县法律援助中心", "普陀区人民法院东极人民法庭", "桐庐县劳动人事争议仲裁院"]).sort(),
    ).toEqual(["arbitration", "legal-aid", "litigation"]);
    expect(coHandlingDepartments(["legal-aid"])).toEqual(["legal-aid"]);
  });

  it("ignores outside bodies, even when their names mention one of ours", () => {
    expect(
      coHandlingDepartments([
        "桐庐县商会人民调解委员会",
        "桐庐县人力资源和社会保障局劳动保障监察大队",
        "桐庐县人民法院执行局门卫室",
      ]),
    ).toEqual([]);
    expect(coHandlingDepartments([])).toEqual([]);
  });
});

describe("who sees a mediation case", () => {
  const worker = "P3VXKQ7ZL2M4TBN6RCE5A";
  const mediator: Identity = { roles: ["mediator"], department: "mediation" };
  const aidOfficer: Identity = { roles: ["legalAidOfficer"], department: "legal-aid" };
  const arbitrator: Identity = { roles: ["arbitrator"], department: "arbitration" };
  const resident: Identity = { roles: ["resident"], partyId: worker };
  const joint = { disputeCode: "330122260000027", participatingDepartments: ["桐庐县法律援助中心"] };

  it("is full for the committee, co-handlers and the parties, summary for other staff, none for the rest", () => {
    const reached = scopeOf({ ...joint, partyIds: [worker] });
    expect(visibilityOf(mediator, reached)).toBe("full");
    expect(visibilityOf(aidOfficer, reached)).toBe("full");
    expect(visibilityOf(resident, reached)).toBe("full");
    expect(visibilityOf(arbitrator, reached)).toBe("summary");
    expect(visibilityOf({ roles: ["resident"], partyId: "P-someone-else" }, reached)).toBe("none");
    expect(visibilityOf({ roles: ["cockpitViewer"] }, reached)).toBe("none");
  });

  it("refuses a resident when the case is reached without the dispute's parties (by id)", () => {
    expect(scopeOf(joint)).toEqual({ department: "mediation", county: "330122", coHandlers: ["legal-aid"] });
    expect(visibilityOf(resident, scopeOf(joint))).toBe("none");
  });

  it("confines staff to the case's county", () => {
    const scope = scopeOf(joint);
    expect(visibilityOf({ ...mediator, region: "330122" }, scope)).toBe("full");
    expect(visibilityOf({ ...mediator, region: "330903" }, scope)).toBe("none");
    expect(visibilityOf({ ...aidOfficer, region: "330903" }, scope)).toBe("none");
  });

  it("shows narratives to full readers and staff details to handlers only", () => {
    expect(readingOf("full", false)).toEqual({ narratives: true, staffDetails: true });
    expect(readingOf("full", true)).toEqual({ narratives: true, staffDetails: false });
    expect(readingOf("summary", false)).toEqual({ narratives: false, staffDetails: false });
  });
});

describe("who picks an expert for a party (点单)", () => {
  const PUTUO = "330903";
  const dispute = { county: PUTUO, partyIds: ["P-LIJING", "P-HOSPITAL"] };
  const resident = (partyId: string): Identity => ({ userId: `resident-${partyId}`, roles: ["resident"], partyId });
  const window = (region: string): Identity => ({
    userId: "clerk",
    roles: ["intakeClerk"],
    department: "petitions",
    region,
  });

  it("lets a party pick for herself, online", () => {
    expect(pickerOf(resident("P-LIJING"), dispute, null)).toEqual({ ok: true, partyId: "P-LIJING", channel: "ONLINE" });
  });

  it("refuses a resident who is not a party, and anyone else picking as herself", () => {
    for (const identity of [
      resident("P-NEIGHBOUR"),
      { userId: "m", roles: ["mediator"], department: "mediation", region: PUTUO } as Identity,
      window(PUTUO),
    ]) {
      expect(pickerOf(identity, dispute, null)).toMatchObject({ ok: false, reason: "NOT_A_PARTY" });
    }
  });

  it("lets the window of the dispute's county pick for a party it names, at the window", () => {
    expect(pickerOf(window(PUTUO), dispute, "P-HOSPITAL")).toEqual({
      ok: true,
      partyId: "P-HOSPITAL",
      channel: "AT_WINDOW",
    });
  });

  it("refuses the window of another county, a resident naming a party, and a named party not of the dispute", () => {
    expect(pickerOf(window("330122"), dispute, "P-LIJING")).toMatchObject({ ok: false, reason: "NOT_THE_WINDOW" });
    expect(pickerOf(resident("P-LIJING"), dispute, "P-LIJING")).toMatchObject({ ok: false, reason: "NOT_THE_WINDOW" });
    const refused = pickerOf(window(PUTUO), dispute, "P-NEIGHBOUR");
    expect(refused).toMatchObject({ ok: false, reason: "NOT_THE_DISPUTES_PARTY" });
    expect(refused.ok || refused.messageZh).toBe("所选当事人不是本纠纷的当事人");
  });

  it("knows the window by role, department and county", () => {
    expect(isWindowOf(window(PUTUO), PUTUO)).toBe(true);
    expect(isWindowOf({ ...window(PUTUO), department: "mediation" }, PUTUO)).toBe(false);
    expect(isWindowOf({ ...window(PUTUO), roles: ["petitionsOfficer"] }, PUTUO)).toBe(false);
    expect(isWindowOf(window("330900"), PUTUO)).toBe(false);
  });

  it("shows the choices to the dispute's parties and the window of its county only", () => {
    expect(choosesFor(resident("P-LIJING"), dispute)).toBe(true);
    expect(choosesFor(window(PUTUO), dispute)).toBe(true);
    expect(choosesFor(resident("P-NEIGHBOUR"), dispute)).toBe(false);
    expect(choosesFor(window("330122"), dispute)).toBe(false);
  });
});
