import { describe, expect, it } from "vitest";
import { COURT_FORMULAS, courtFigures, disputeCodeSelection, scopeNote } from "./cockpit.js";

describe("court cockpit figures", () => {
  it("folds grouped case counts into the section's figures", () => {
    const figures = courtFigures([
      { procedure: "PRE_FILING_MEDIATION", status: "RESOLVED", online: true, count: 3 },
      { procedure: "PRE_FILING_MEDIATION", status: "RESOLVED", online: false, count: 4 },
      { procedure: "PRE_FILING_MEDIATION", status: "MEDIATION_FAILED", online: false, count: 2 },
      { procedure: "PRE_FILING_MEDIATION", status: "IN_MEDIATION", online: false, count: 5 },
      { procedure: "FIRST_INSTANCE", status: "FILED", online: false, count: 2 },
      { procedure: "FIRST_INSTANCE", status: "JUDGED", online: true, count: 1 },
      { procedure: "JUDICIAL_CONFIRMATION", status: "APPLIED", online: true, count: 1 },
      { procedure: "JUDICIAL_CONFIRMATION", status: "CONFIRMED", online: true, count: 6 },
      { procedure: "JUDICIAL_CONFIRMATION", status: "NOT_ACCEPTED", online: false, count: 1 },
      { procedure: "JUDICIAL_CONFIRMATION", status: "REJECTED", online: false, count: 1 },
      { procedure: "ENFORCEMENT", status: "ENFORCING", online: false, count: 2 },
      { procedure: "ENFORCEMENT", status: "CONCLUDED", online: false, count: 1 },
    ]);
    expect(figures).toEqual({
      resolvedBeforeFiling: 7, // 3 + 4; failed and open mediations are neither resolved nor (yet) filed here
      filed: 3, // 2 FILED + 1 JUDGED
      confirmationsApplied: 9, // 1 + 6 + 1 + 1
      confirmationsConfirmed: 6,
      confirmationsRefused: 2, // not accepted 1 + rejected 1
      enforcementsApplied: 3,
      enforcementsConcluded: 1,
      onlineCases: 11, // 3 + 1 + 1 + 6
      cases: 29,
      byProcedure: [
        { label: "PRE_FILING_MEDIATION", count: 14 },
        { label: "FIRST_INSTANCE", count: 3 },
        { label: "JUDICIAL_CONFIRMATION", count: 9 },
        { label: "ENFORCEMENT", count: 3 },
      ],
    });
  });

  it("counts a filing voided as recorded in error nowhere (更正)", () => {
    const figures = courtFigures([
      { procedure: "FIRST_INSTANCE", status: "FILED", online: false, count: 2 },
      { procedure: "FIRST_INSTANCE", status: "VOIDED", online: true, count: 1 },
    ]);
    expect(figures).toMatchObject({ filed: 2, onlineCases: 0, cases: 2 });
    expect(figures.byProcedure.find((p) => p.label === "FIRST_INSTANCE")!.count).toBe(2);
  });

  it("counts nothing in an empty scope, with every procedure still listed", () => {
    const figures = courtFigures([]);
    expect(figures.cases).toBe(0);
    expect(figures.byProcedure.map((p) => p.count)).toEqual([0, 0, 0, 0]);
  });

  it("selects cases by county: a town or village falls back to its county", () => {
    expect(disputeCodeSelection(null)).toBeNull();
    expect(disputeCodeSelection("330122")).toEqual({ startsWith: "330122", gte: "330122", lt: "330123" });
    expect(disputeCodeSelection("330122101")).toEqual({ startsWith: "330122", gte: "330122", lt: "330123" });
    expect(disputeCodeSelection("330122101201")).toEqual({ startsWith: "330122", gte: "330122", lt: "330123" });
    expect(disputeCodeSelection("330199")?.lt).toBe("330200");
    // A prefecture or province selects the counties under it.
    expect(disputeCodeSelection("330900")).toEqual({ startsWith: "3309", gte: "3309", lt: "3310" });
    expect(disputeCodeSelection("330000")).toEqual({ startsWith: "33", gte: "33", lt: "34" });
  });

  it("says which parts of the scope it could not apply", () => {
    expect(scopeNote({ regionCode: "330122", category: null })).toBeNull();
    expect(scopeNote({ regionCode: null, category: "合同" })).toBe(
      "类别筛选仅适用于综合受理与总体指标 / category applies to intake and overall measures only",
    );
    expect(scopeNote({ regionCode: "330122101", category: null })).toMatch(/by county only/);
  });

  it("writes every formula in Chinese and English with the date it counts by", () => {
    for (const formula of Object.values(COURT_FORMULAS)) {
      expect(formula).toMatch(/[\u4e00-\u9fff]/);
      expect(formula).toMatch(/ \/ [a-z]/);
      expect(formula).toContain("filedAt");
    }
  });
});
