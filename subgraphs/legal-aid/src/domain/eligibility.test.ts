import { describe, expect, it } from "vitest";
import { ApplicantGroup, EligibilityBasis, LegalAidMatter } from "../generated/prisma/enums.js";
import { ELIGIBILITY_RULES, evaluateEligibility, ruleSetFor, type EligibilityFacts } from "./eligibility.js";
import { HARDSHIP_STANDARDS, hardshipStandardFor, standardFen, type HardshipStandard } from "./hardship-standards.js";
import { MATTERS, matterFromLabel } from "./matters.js";

const TONGLU = "330122";
const base: EligibilityFacts = {
  matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION,
  applicantGroups: [],
  regionCode: TONGLU,
  appliedOn: "2026-11-20",
};

describe("legal aid eligibility (法律援助法 2021)", () => {
  it("grants a migrant worker claiming wages without a means check, citing art. 42 item 3", () => {
    const result = evaluateEligibility({ ...base, applicantGroups: [ApplicantGroup.MIGRANT_WORKER] });
    expect(result).toMatchObject({
      outcome: "ELIGIBLE",
      basis: EligibilityBasis.MEANS_CHECK_EXEMPT,
      article: "《法律援助法》第四十二条第三项",
      ruleVersion: "LAL-2022.1",
      meansTestApplied: false,
    });
  });

  it("exempts a migrant worker for work-injury damages too, even with a high income", () => {
    const result = evaluateEligibility({
      ...base,
      matter: LegalAidMatter.WORK_INJURY_DAMAGES,
      applicantGroups: [ApplicantGroup.MIGRANT_WORKER],
      householdSize: 2,
      monthlyIncomePerHeadFen: 1_000_000,
    });
    expect(result).toMatchObject({
      outcome: "ELIGIBLE",
      basis: EligibilityBasis.MEANS_CHECK_EXEMPT,
      meansTestApplied: false,
    });
  });

  it("does not exempt a migrant worker for other matters: the means test applies", () => {
    const result = evaluateEligibility({
      ...base,
      matter: LegalAidMatter.TRAFFIC_ACCIDENT_DAMAGES,
      applicantGroups: [ApplicantGroup.MIGRANT_WORKER],
      householdSize: 3,
      monthlyIncomePerHeadFen: 500_000,
    });
    expect(result).toMatchObject({
      outcome: "INELIGIBLE",
      basis: EligibilityBasis.MEANS_TEST_FAILED,
      meansTestApplied: true,
    });
  });

  it.each([
    [ApplicantGroup.SOCIAL_ASSISTANCE, "第二项"],
    [ApplicantGroup.JUDICIAL_ASSISTANCE, "第二项"],
    [ApplicantGroup.SPECIAL_CARE, "第二项"],
    [ApplicantGroup.NO_FIXED_INCOME_VULNERABLE, "第一项"],
  ])("exempts %s from the means check for any art. 31 matter (%s)", (group, item) => {
    const result = evaluateEligibility({ ...base, matter: LegalAidMatter.SUPPORT_PAYMENT, applicantGroups: [group] });
    expect(result).toMatchObject({
      outcome: "ELIGIBLE",
      basis: EligibilityBasis.MEANS_CHECK_EXEMPT,
      article: `《法律援助法》第四十二条${item}`,
    });
  });

  it.each([
    LegalAidMatter.HERO_MARTYR_RELATIVE,
    LegalAidMatter.ACT_OF_BRAVERY,
    LegalAidMatter.RETRIAL_ACQUITTAL_COMPENSATION,
    LegalAidMatter.ABUSE_OR_DOMESTIC_VIOLENCE_VICTIM,
  ])("grants %s without a means test (art. 32), whatever the income", (matter) => {
    const result = evaluateEligibility({ ...base, matter, householdSize: 1, monthlyIncomePerHeadFen: 5_000_000 });
    expect(result).toMatchObject({
      outcome: "ELIGIBLE",
      basis: EligibilityBasis.NO_MEANS_TEST_MATTER,
      article: "《法律援助法》第三十二条",
      meansTestApplied: false,
    });
  });

  it("refuses a means-tested matter above the hardship standard, with written reasons naming the figures", () => {
    const result = evaluateEligibility({
      ...base,
      matter: LegalAidMatter.SUPPORT_PAYMENT,
      householdSize: 3,
      monthlyIncomePerHeadFen: 450_000,
    });
    expect(result.outcome).toBe("INELIGIBLE");
    if (result.outcome !== "INELIGIBLE") return;
    expect(result.basis).toBe(EligibilityBasis.MEANS_TEST_FAILED);
    expect(result.article).toBe("《法律援助法》第三十一条、第三十四条");
    expect(result.meansTestApplied).toBe(true);
    expect(result.hardshipStandard?.regionPrefix).toBe("3301");
    expect(result.reasonsZh.join("")).toContain("人均月收入4500元，高于杭州市（含桐庐县）经济困难标准2766元");
    expect(result.reasonsZh.join("")).toContain("第四十九条");
  });

  it("grants a means-tested matter at exactly the standard (at or below qualifies)", () => {
    const limit = standardFen(hardshipStandardFor(TONGLU, "2026-11-20")!);
    const result = evaluateEligibility({
      ...base,
      matter: LegalAidMatter.SUPPORT_PAYMENT,
      householdSize: 4,
      monthlyIncomePerHeadFen: limit,
    });
    expect(result).toMatchObject({
      outcome: "ELIGIBLE",
      basis: EligibilityBasis.MEANS_TEST_PASSED,
      meansTestApplied: true,
    });
    expect(
      evaluateEligibility({
        ...base,
        matter: LegalAidMatter.SUPPORT_PAYMENT,
        householdSize: 4,
        monthlyIncomePerHeadFen: limit + 1,
      }).outcome,
    ).toBe("INELIGIBLE");
  });

  it("cannot decide a means-tested matter without household figures", () => {
    const result = evaluateEligibility({ ...base, matter: LegalAidMatter.CONFIRM_LABOUR_RELATION });
    expect(result).toMatchObject({ outcome: "UNDETERMINED", missing: ["householdSize", "monthlyIncomePerHead"] });
  });

  it("does not guess a hardship standard for a region without one", () => {
    const result = evaluateEligibility({
      ...base,
      regionCode: "110101",
      householdSize: 2,
      monthlyIncomePerHeadFen: 100,
    });
    expect(result).toMatchObject({ outcome: "UNDETERMINED", missing: ["hardshipStandard"] });
  });

  it("refuses a matter outside arts. 31 and 32 with reasons", () => {
    const result = evaluateEligibility({
      ...base,
      matter: LegalAidMatter.OTHER,
      applicantGroups: [ApplicantGroup.SOCIAL_ASSISTANCE],
    });
    expect(result).toMatchObject({
      outcome: "INELIGIBLE",
      basis: EligibilityBasis.OUT_OF_SCOPE,
      meansTestApplied: false,
    });
  });

  it("selects rules by application date and refuses to apply rules before the law took effect", () => {
    expect(ruleSetFor("2022-01-01").version).toBe("LAL-2022.1");
    expect(() => ruleSetFor("2021-12-31")).toThrow(RangeError);
    const amended = { ...ELIGIBILITY_RULES[0]!, version: "LAL-2027.1", effectiveFrom: "2027-01-01" };
    expect(ruleSetFor("2026-12-31", [ELIGIBILITY_RULES[0]!, amended]).version).toBe("LAL-2022.1");
    expect(ruleSetFor("2027-01-01", [ELIGIBILITY_RULES[0]!, amended]).version).toBe("LAL-2027.1");
  });

  it("classifies every matter exactly once: art. 31, art. 32 or out of scope", () => {
    const rules = ELIGIBILITY_RULES[0]!;
    for (const matter of Object.values(LegalAidMatter)) {
      const places = [
        rules.meansTested.has(matter),
        rules.noMeansTest.has(matter),
        matter === LegalAidMatter.OTHER,
      ].filter(Boolean);
      expect(places, matter).toHaveLength(1);
    }
  });

  it("maps the window label 追索劳动报酬 back to its matter", () => {
    expect(matterFromLabel("追索劳动报酬")).toBe(LegalAidMatter.CLAIM_LABOUR_REMUNERATION);
    expect(MATTERS.CLAIM_LABOUR_REMUNERATION.label).toBe("追索劳动报酬");
    expect(matterFromLabel("不存在的事项")).toBeUndefined();
  });
});

describe("hardship standards (经济困难标准, configuration)", () => {
  const table: HardshipStandard[] = [
    {
      regionPrefix: "33",
      regionName: "浙江省",
      effectiveFrom: "2024-01-01",
      minimumLivingGuaranteeFen: 100_000,
      multiplier: 2,
      source: "test",
      verify: true,
    },
    {
      regionPrefix: "3301",
      regionName: "杭州市",
      effectiveFrom: "2024-01-01",
      minimumLivingGuaranteeFen: 120_000,
      multiplier: 2,
      source: "test",
      verify: true,
    },
    {
      regionPrefix: "3301",
      regionName: "杭州市",
      effectiveFrom: "2025-07-01",
      minimumLivingGuaranteeFen: 130_000,
      multiplier: 2,
      source: "test",
      verify: true,
    },
    {
      regionPrefix: "330122",
      regionName: "桐庐县",
      effectiveFrom: "2026-01-01",
      minimumLivingGuaranteeFen: 140_000,
      multiplier: 1.5,
      source: "test",
      verify: true,
    },
  ];

  it("takes the most specific region, then the latest effective date on or before the application", () => {
    expect(hardshipStandardFor("330122", "2025-06-30", table)?.minimumLivingGuaranteeFen).toBe(120_000);
    expect(hardshipStandardFor("330122", "2025-07-01", table)?.minimumLivingGuaranteeFen).toBe(130_000);
    expect(hardshipStandardFor("330122", "2026-01-01", table)?.regionName).toBe("桐庐县");
    expect(hardshipStandardFor("330903", "2026-01-01", table)?.regionName).toBe("浙江省");
    expect(hardshipStandardFor("330122", "2023-12-31", table)).toBeUndefined();
  });

  it("computes the standard as the guarantee times the multiplier, in fen", () => {
    expect(standardFen(table[3]!)).toBe(210_000);
  });

  it("marks every configured figure for verification and covers the demo counties", () => {
    expect(HARDSHIP_STANDARDS.every((s) => s.verify && s.source.includes("verify"))).toBe(true);
    for (const county of ["330122", "330903", "330523", "330681", "330111", "330922"]) {
      expect(hardshipStandardFor(county, "2026-11-20"), county).toBeDefined();
    }
  });
});
