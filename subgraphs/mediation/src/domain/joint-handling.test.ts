import { describe, expect, it } from "vitest";
import { attendingUnitsOf, checkAttendingUnits, joinUnits, participatingUnitsOf } from "./joint-handling.js";

const TABLE = [
  { unitId: "u-law", name: "桐庐县综合行政执法局" },
  { unitId: "u-housing", name: "桐庐县住房和城乡建设局" },
];

describe("joint mediation by reference", () => {
  it("records a unit at a session only if it sits at the case's table, once, with its representative", () => {
    const checked = checkAttendingUnits(
      [
        { unitId: "u-law", representative: "王建军" },
        { unitId: "u-court", representative: "徐法官" },
        { unitId: "u-law", representative: "李四" },
      ],
      TABLE,
    );
    expect(checked.units).toEqual([{ unitId: "u-law", name: "桐庐县综合行政执法局", representative: "王建军" }]);
    expect(checked.problems.map((p) => p.index)).toEqual([1, 2]);
    expect(checked.problems[0]!.messageZh).toContain("请先将其加入本案");
    expect(checked.problems[1]!.messageEn).toContain("named twice");
  });

  it("adds units to the table once each, keeping the order they came in", () => {
    expect(
      joinUnits(TABLE, [
        { unitId: "u-law", name: "桐庐县综合行政执法局" },
        { unitId: "u-p", name: "桐庐县信访局" },
      ]),
    ).toEqual([...TABLE, { unitId: "u-p", name: "桐庐县信访局" }]);
  });

  it("reads the stored columns, leaving out what is not a unit", () => {
    expect(participatingUnitsOf([...TABLE, { unitId: 7 }, "x"])).toEqual(TABLE);
    expect(participatingUnitsOf(null)).toEqual([]);
    expect(attendingUnitsOf([{ unitId: "u-law", name: "执法局", representative: "王建军" }, { unitId: "u" }])).toEqual([
      { unitId: "u-law", name: "执法局", representative: "王建军" },
    ]);
  });
});
