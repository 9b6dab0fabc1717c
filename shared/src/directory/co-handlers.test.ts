import { describe, expect, it } from "vitest";
import { checkCoHandlers, type CoHandlerCandidate } from "./co-handlers.js";

const UNITS: CoHandlerCandidate[] = [
  { id: "u-1", name: "桐庐县综合行政执法局", regionCode: "330122", status: "ACTIVE" },
  { id: "u-2", name: "普陀区综合行政执法局", regionCode: "330903", status: "ACTIVE" },
  { id: "u-3", name: "桐庐县原城南工商所", regionCode: "330122", status: "RETIRED" },
  // A town committee serves an area within the county: it is of the county.
  { id: "b-1", name: "桐庐县分水镇三合村人民调解委员会", regionCode: "330122101", status: "ACTIVE" },
];

describe("co-handlers named by id", () => {
  it("takes the county's active units and bodies, in the order named", () => {
    expect(checkCoHandlers(["b-1", "u-1"], UNITS, "330122")).toEqual({
      units: [
        { id: "b-1", name: "桐庐县分水镇三合村人民调解委员会" },
        { id: "u-1", name: "桐庐县综合行政执法局" },
      ],
      problems: [],
    });
  });

  it("refuses, naming each, an unknown id, a unit of another county, a retired one and one named twice", () => {
    const check = checkCoHandlers(["x", "u-2", "u-3", "u-1", "u-1"], UNITS, "330122");
    expect(check.units.map((u) => u.id)).toEqual(["u-1"]);
    expect(check.problems.map((p) => [p.index, p.reason])).toEqual([
      [0, "UNKNOWN"],
      [1, "NOT_IN_COUNTY"],
      [2, "NOT_ACTIVE"],
      [4, "DUPLICATE"],
    ]);
    expect(check.problems[1]!.messageZh).toContain("普陀区综合行政执法局");
    expect(check.problems[2]!.messageEn).toContain("retired");
  });
});
