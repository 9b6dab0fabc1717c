import { describe, expect, it } from "vitest";
import { awardIsFinal, claimFinality } from "./final-award.js";
import { monthlyMinimumWage } from "./minimum-wage.js";

describe("final awards (一裁终局)", () => {
  // 桐庐县 (tier 2) in 2026: 2,200 yuan a month, so 26,400 yuan = 2,640,000 fen is the limit.
  const tonglu = monthlyMinimumWage("330122", "2026-11-23");

  it("uses the configured minimum wage of the region and date", () => {
    expect(tonglu).toMatchObject({ monthlyFen: 220_000, tier: 2, toVerify: true });
    expect(monthlyMinimumWage("330122", "2025-06-01")?.monthlyFen).toBe(207_000);
    expect(monthlyMinimumWage("330903", "2026-11-23")?.monthlyFen).toBe(249_000);
    expect(monthlyMinimumWage("110101", "2026-11-23")).toBeUndefined();
  });

  it("makes a wage claim up to 12 months' minimum wage final, and one fen more non-final", () => {
    expect(claimFinality("WAGE_ARREARS", 2_640_000n, tonglu)).toMatchObject({
      final: true,
      reason: "SMALL_CLAIM",
      limitFen: 2_640_000n,
    });
    expect(claimFinality("WAGE_ARREARS", 2_640_001n, tonglu)).toMatchObject({
      final: false,
      reason: "EXCEEDS_SMALL_CLAIM_LIMIT",
    });
    expect(claimFinality("SEVERANCE", 100_000n, undefined)).toMatchObject({
      final: false,
      reason: "MINIMUM_WAGE_NOT_CONFIGURED",
    });
    expect(claimFinality("OVERTIME_PAY", null, tonglu)).toMatchObject({ final: false, reason: "NO_AMOUNT" });
  });

  it("makes labour-standard disputes final whatever the amount and never confirmation of the relation", () => {
    expect(claimFinality("SOCIAL_INSURANCE", 99_000_000n, tonglu)).toMatchObject({
      final: true,
      reason: "LABOUR_STANDARD",
    });
    expect(claimFinality("REST_AND_LEAVE", null, tonglu).final).toBe(true);
    expect(claimFinality("CONFIRM_LABOUR_RELATION", null, tonglu)).toMatchObject({
      final: false,
      reason: "NOT_FINAL_KIND",
    });
  });

  it("treats an award mixing final and non-final items as non-final", () => {
    expect(awardIsFinal([{ final: true }, { final: true }])).toBe(true);
    expect(awardIsFinal([{ final: true }, { final: false }])).toBe(false);
    expect(awardIsFinal([])).toBe(false);
  });
});
