import { describe, expect, it } from "vitest";
import { DIRECTORY_STATUSES } from "@onedoor/shared/directory/lifecycle";
import { DirectoryStatus } from "../generated/prisma/enums.js";
import { tribunalRosterProblem } from "./arbitrators.js";

const COMMISSION = "桐庐县劳动人事争议仲裁委员会";
const ROSTER = [
  { name: "方建明", status: "ACTIVE" as const },
  { name: "周丽华", status: "ACTIVE" as const },
  { name: "钟伟", status: "SUSPENDED" as const },
  { name: "陈国平", status: "RETIRED" as const },
];

describe("composing a tribunal from the roster", () => {
  it("declares the shared directory statuses in the database", () => {
    expect(Object.values(DirectoryStatus)).toEqual(DIRECTORY_STATUSES);
  });

  it("appoints active arbitrators of the commission's roster", () => {
    expect(tribunalRosterProblem(["方建明"], ROSTER, COMMISSION)).toBeNull();
    expect(tribunalRosterProblem(["周丽华", "方建明"], ROSTER, COMMISSION)).toBeNull();
  });

  it("refuses someone not on the roster, and a suspended or retired arbitrator", () => {
    expect(tribunalRosterProblem(["方建明", "王志强"], ROSTER, COMMISSION)).toEqual({
      ok: false,
      reason: "ARBITRATOR_NOT_ON_ROSTER",
      messageEn: `王志强 is not on the roster of ${COMMISSION}`,
      messageZh: `王志强不在${COMMISSION}仲裁员名册中`,
    });
    expect(tribunalRosterProblem(["方建明", "周丽华", "钟伟"], ROSTER, COMMISSION)).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: "仲裁员钟伟已暂停，不能承接新的事项",
    });
    expect(tribunalRosterProblem(["陈国平"], ROSTER, COMMISSION)).toEqual({
      ok: false,
      reason: "DIRECTORY_ENTRY_RETIRED",
      messageEn: "Arbitrator 陈国平 is retired and takes no new matters",
      messageZh: "仲裁员陈国平已退出名录，不能承接新的事项",
    });
  });
});
