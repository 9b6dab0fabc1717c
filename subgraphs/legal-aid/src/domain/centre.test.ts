import { describe, expect, it } from "vitest";
import { bodyStatusChange } from "@onedoor/shared/directory/bodies";
import { CENTRES, centreRefusal, rosterRefusal } from "./centre.js";

const STATION = { name: "桐庐县法律援助中心驻县人民法院工作站", status: "ACTIVE" as const };

describe("a legal aid centre's lifecycle (法律援助机构名录)", () => {
  it("receives new applications only while active", () => {
    expect(centreRefusal(STATION)).toBeNull();
    expect(centreRefusal({ ...STATION, status: "SUSPENDED" })).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: "法律援助机构桐庐县法律援助中心驻县人民法院工作站已暂停，不能承接新的事项",
    });
    expect(centreRefusal({ ...STATION, status: "RETIRED" })).toMatchObject({ reason: "DIRECTORY_ENTRY_RETIRED" });
  });

  it("takes providers onto its roster while suspended, not once retired", () => {
    expect(rosterRefusal({ ...STATION, status: "SUSPENDED" })).toBeNull();
    expect(rosterRefusal({ ...STATION, status: "RETIRED" })).toMatchObject({ reason: "DIRECTORY_ENTRY_RETIRED" });
  });

  it("does not retire with cases in hand, in both languages, and suspends with them", () => {
    expect(bodyStatusChange(CENTRES, STATION, "RETIRED", 2)).toEqual({
      ok: false,
      reason: "OPEN_CASES",
      messageEn: "The legal aid centre 桐庐县法律援助中心驻县人民法院工作站 still has 2 open case(s): close them first",
      messageZh: "法律援助机构桐庐县法律援助中心驻县人民法院工作站尚有2件未结案件，须办结后才能退出名录",
    });
    expect(bodyStatusChange(CENTRES, STATION, "SUSPENDED", 2)).toMatchObject({ ok: true, status: "SUSPENDED" });
    expect(bodyStatusChange(CENTRES, STATION, "RETIRED", 0)).toMatchObject({ ok: true, status: "RETIRED" });
    expect(bodyStatusChange(CENTRES, { ...STATION, status: "RETIRED" }, "ACTIVE", 0)).toMatchObject({
      ok: false,
      reason: "DIRECTORY_ENTRY_RETIRED",
    });
  });
});
