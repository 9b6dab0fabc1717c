import { describe, expect, it } from "vitest";
import {
  checkExpertFits,
  checkStatusChange,
  checkTakesNewMatters,
  picksToCarry,
  rosterRefusal,
  type EarlierPick,
} from "./directory.js";

describe("who takes new matters", () => {
  it("an active member does", () => {
    expect(checkTakesNewMatters("committee", "普陀区医疗纠纷人民调解委员会", "ACTIVE")).toBeNull();
  });

  it.each([
    ["committee", "SUSPENDED", "调委会甲已暂停，不能受理新案件", "accepts no new case"],
    ["mediator", "RETIRED", "调解员甲已退出名录，不能指派到案件", "cannot be assigned"],
    ["expert", "SUSPENDED", "专家甲已暂停，不能被点单", "cannot be picked"],
  ] as const)("a %s %s does not, saying why in both languages", (member, status, zh, en) => {
    const refusal = checkTakesNewMatters(member, "甲", status);
    expect(refusal).toMatchObject({ ok: false, reason: `DIRECTORY_ENTRY_${status}`, messageZh: zh });
    expect(refusal?.messageEn).toContain(en);
  });

  it("a retired committee takes no new mediator; a suspended one still does", () => {
    expect(rosterRefusal({ name: "甲", status: "RETIRED" })).toMatchObject({
      reason: "DIRECTORY_ENTRY_RETIRED",
      messageZh: "调委会甲已退出名录，不能增加调解员",
    });
    expect(rosterRefusal({ name: "甲", status: "SUSPENDED" })).toBeNull();
  });
});

describe("a member's status changes", () => {
  it.each([
    ["ACTIVE", "SUSPENDED"],
    ["SUSPENDED", "ACTIVE"],
    ["ACTIVE", "RETIRED"],
    ["SUSPENDED", "RETIRED"],
  ] as const)("%s to %s", (from, to) => {
    expect(checkStatusChange("mediator", "甲", from, to, 0)).toEqual({ ok: true, status: to });
  });

  it("not to the status it has", () => {
    expect(checkStatusChange("expert", "甲", "SUSPENDED", "SUSPENDED", 0)).toMatchObject({
      ok: false,
      reason: "DIRECTORY_STATUS_UNCHANGED",
      messageZh: "专家甲已是“暂停”状态",
    });
  });

  it.each(["ACTIVE", "SUSPENDED", "RETIRED"] as const)("never back from retirement, to %s", (to) => {
    expect(checkStatusChange("committee", "甲", "RETIRED", to, 0)).toMatchObject({
      ok: false,
      reason: "DIRECTORY_ENTRY_RETIRED",
    });
  });

  it("not into retirement while open cases are held, which suspension keeps", () => {
    expect(checkStatusChange("mediator", "甲", "ACTIVE", "RETIRED", 2)).toMatchObject({
      ok: false,
      reason: "OPEN_CASES",
      messageZh: "调解员甲尚有2件在办案件，须先改派或办结后才能退出名录",
    });
    expect(checkStatusChange("mediator", "甲", "ACTIVE", "SUSPENDED", 2)).toEqual({ ok: true, status: "SUSPENDED" });
  });
});

describe("an expert fits a mediation", () => {
  const medical = { county: "330903", specialties: ["医疗"] };
  it("of the dispute's county and a specialty of the committee", () => {
    expect(
      checkExpertFits({ name: "孙立群", regionCode: "330903", specialties: ["医疗", "普通外科"] }, medical),
    ).toBeNull();
  });
  it("not from another county's pool", () => {
    expect(checkExpertFits({ name: "吴建国", regionCode: "330122", specialties: ["医疗"] }, medical)).toMatchObject({
      reason: "OTHER_REGION",
      messageZh: "专家吴建国不属于本县区调解专家库",
    });
  });
  it("not of another specialty", () => {
    expect(checkExpertFits({ name: "胡海峰", regionCode: "330903", specialties: ["海事渔事"] }, medical)).toMatchObject(
      {
        reason: "OTHER_SPECIALTY",
        messageZh: "专家胡海峰的专业领域与本案调委会受理范围（医疗）不符",
      },
    );
  });
});

describe("the party's pick carried into a court's delegation", () => {
  const pick = (over: Partial<EarlierPick>): EarlierPick => ({
    caseId: "first",
    caseAcceptedAt: new Date("2026-01-05T02:00:00Z"),
    expertId: "sun",
    expertStatus: "ACTIVE",
    chosenByParty: true,
    pickedBy: "李静",
    pickedByPartyId: null,
    channel: "AT_COMMITTEE",
    pickedAt: new Date("2026-01-06T02:00:00Z"),
    ...over,
  });

  it("takes the latest mediation's active picks, in the order picked", () => {
    const carried = picksToCarry([
      pick({ expertId: "later", pickedAt: new Date("2026-01-08T02:00:00Z") }),
      pick({}),
      pick({ expertId: "suspended", expertStatus: "SUSPENDED" }),
    ]);
    expect(carried.map((p) => p.expertId)).toEqual(["sun", "later"]);
  });

  it("not an older mediation's, nor one the party did not choose", () => {
    expect(
      picksToCarry([
        pick({ caseId: "old", caseAcceptedAt: new Date("2025-12-01T02:00:00Z"), expertId: "old" }),
        pick({ expertId: "newer" }),
        pick({ expertId: "staff", chosenByParty: false }),
      ]).map((p) => p.expertId),
    ).toEqual(["newer"]);
    expect(picksToCarry([pick({ expertStatus: "RETIRED" })])).toEqual([]);
  });
});
