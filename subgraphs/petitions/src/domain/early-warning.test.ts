import { describe, expect, it } from "vitest";
import { detectSurges, respondentKey, type GroupCount } from "./early-warning.js";

const salon = (count: number): GroupCount => ({
  dimension: "RESPONDENT",
  key: "91330122MA28XXXX",
  label: "某连锁美容院",
  count,
});

describe("early warning of surges", () => {
  it("fires when a group reaches the minimum and at least twice last year's count", () => {
    expect(detectSurges([salon(12)], [salon(3)])).toEqual([{ ...salon(12), baseline: 3, ratio: 4 }]);
    expect(detectSurges([salon(12)], [])).toMatchObject([{ baseline: 0, ratio: 12 }]);
  });

  it("stays quiet below the minimum or when last year was as busy", () => {
    expect(detectSurges([salon(4)], [])).toEqual([]);
    expect(detectSurges([salon(12)], [salon(7)])).toEqual([]);
  });

  it("ranks the sharpest surge first and keeps dimensions apart", () => {
    const category: GroupCount = { dimension: "CATEGORY", key: "消费", label: "消费", count: 10 };
    const surges = detectSurges(
      [category, salon(12)],
      [
        { ...category, count: 4 },
        { dimension: "CATEGORY", key: "91330122MA28XXXX", label: "x", count: 100 },
      ],
    );
    expect(surges.map((s) => s.dimension)).toEqual(["RESPONDENT", "CATEGORY"]);
  });

  it("treats spelling variants of one respondent as one, and prefers the credit code", () => {
    expect(respondentKey("某连锁美容院（桐庐店）", null)).toBe(respondentKey("某连锁美容院 (桐庐店)", null));
    expect(respondentKey("whatever", "91330122ma28xxxx")).toBe("91330122MA28XXXX");
  });
});
