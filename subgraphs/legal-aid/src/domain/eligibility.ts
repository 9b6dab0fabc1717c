// Who gets civil/administrative legal aid (法律援助法 2021, arts. 31, 32, 34, 42), as versioned rules.
// A decision records the rule set version and the article applied, so it can be explained years later
// even after the rules change.
import type { LocalDate } from "@onedoor/shared/clock/index";
import { ApplicantGroup, EligibilityBasis, LegalAidMatter } from "../generated/prisma/enums.js";
import { MATTERS } from "./matters.js";
import { hardshipStandardFor, standardFen, type HardshipStandard } from "./hardship-standards.js";

export interface EligibilityRuleSet {
  version: string;
  effectiveFrom: LocalDate;
  source: string;
  /** Art. 31 items: aid when the applicant is in financial hardship. */
  meansTested: ReadonlySet<LegalAidMatter>;
  /** Art. 32 items: aid without a means test. */
  noMeansTest: ReadonlySet<LegalAidMatter>;
  /** Art. 42: groups exempt from the means check, and the matters for which (undefined = any matter). */
  exemptions: ReadonlyMap<ApplicantGroup, { item: string; matters?: ReadonlySet<LegalAidMatter> }>;
}

const M = LegalAidMatter;

export const ELIGIBILITY_RULES: readonly EligibilityRuleSet[] = [
  {
    version: "LAL-2022.1",
    effectiveFrom: "2022-01-01",
    source: "《中华人民共和国法律援助法》（2021年8月20日通过，2022年1月1日起施行）",
    meansTested: new Set([
      M.STATE_COMPENSATION,
      M.SOCIAL_INSURANCE_OR_ASSISTANCE,
      M.SURVIVOR_OR_DISABILITY_PENSION,
      M.SUPPORT_PAYMENT,
      M.CONFIRM_LABOUR_RELATION,
      M.CLAIM_LABOUR_REMUNERATION,
      M.CAPACITY_DETERMINATION,
      M.WORK_INJURY_DAMAGES,
      M.TRAFFIC_ACCIDENT_DAMAGES,
      M.FOOD_DRUG_ACCIDENT_DAMAGES,
      M.MEDICAL_ACCIDENT_DAMAGES,
      M.ENVIRONMENTAL_DAMAGES,
    ]),
    noMeansTest: new Set([
      M.HERO_MARTYR_RELATIVE,
      M.ACT_OF_BRAVERY,
      M.RETRIAL_ACQUITTAL_COMPENSATION,
      M.ABUSE_OR_DOMESTIC_VIOLENCE_VICTIM,
    ]),
    exemptions: new Map([
      [ApplicantGroup.NO_FIXED_INCOME_VULNERABLE, { item: "第一项" }],
      [ApplicantGroup.SOCIAL_ASSISTANCE, { item: "第二项" }],
      [ApplicantGroup.JUDICIAL_ASSISTANCE, { item: "第二项" }],
      [ApplicantGroup.SPECIAL_CARE, { item: "第二项" }],
      [
        ApplicantGroup.MIGRANT_WORKER,
        { item: "第三项", matters: new Set([M.CLAIM_LABOUR_REMUNERATION, M.WORK_INJURY_DAMAGES]) },
      ],
    ]),
  },
];

/** The rule set in force on `onDate`; throws for a date before the first one (no rules to apply). */
export function ruleSetFor(
  onDate: LocalDate,
  rules: readonly EligibilityRuleSet[] = ELIGIBILITY_RULES,
): EligibilityRuleSet {
  const inForce = rules
    .filter((r) => r.effectiveFrom <= onDate)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  if (!inForce) throw new RangeError(`No legal aid eligibility rules in force on ${onDate}`);
  return inForce;
}

export interface EligibilityFacts {
  matter: LegalAidMatter;
  applicantGroups: readonly ApplicantGroup[];
  householdSize?: number | null;
  /** Household monthly income divided by household size, in fen. */
  monthlyIncomePerHeadFen?: number | null;
  /** Where the means test is judged (the applicant's residence or the center's county). */
  regionCode: string;
  /** Date of the application: it selects the rule set and the hardship standard. */
  appliedOn: LocalDate;
}

interface DecidedBase {
  basis: EligibilityBasis;
  /** E.g. 《法律援助法》第四十二条第三项. */
  article: string;
  ruleVersion: string;
  meansTestApplied: boolean;
  hardshipStandard?: HardshipStandard;
}

export type EligibilityResult =
  | (DecidedBase & { outcome: "ELIGIBLE"; explanationZh: string })
  | (DecidedBase & { outcome: "INELIGIBLE"; reasonsZh: string[] })
  /** Not decidable yet: facts are missing (ask for material) or no standard is configured. */
  | {
      outcome: "UNDETERMINED";
      missing: ("householdSize" | "monthlyIncomePerHead" | "hardshipStandard")[];
      messageZh: string;
    };

const yuan = (fen: number): string => (fen / 100).toFixed(2).replace(/\.00$/, "");

/**
 * Decides eligibility from the facts. Order matters: art. 32 matters need no means test; then an
 * art. 42 exemption spares the check; otherwise the art. 31 means test against the local standard.
 */
export function evaluateEligibility(
  facts: EligibilityFacts,
  rules: readonly EligibilityRuleSet[] = ELIGIBILITY_RULES,
  standards?: readonly HardshipStandard[],
): EligibilityResult {
  const ruleSet = ruleSetFor(facts.appliedOn, rules);
  const matter = MATTERS[facts.matter];
  const ruleVersion = ruleSet.version;

  if (ruleSet.noMeansTest.has(facts.matter)) {
    return {
      outcome: "ELIGIBLE",
      basis: EligibilityBasis.NO_MEANS_TEST_MATTER,
      article: "《法律援助法》第三十二条",
      ruleVersion,
      meansTestApplied: false,
      explanationZh: `申请事项属于“${matter.legalItem}”，依照《法律援助法》第三十二条，不受经济困难条件的限制。`,
    };
  }

  if (!ruleSet.meansTested.has(facts.matter)) {
    return {
      outcome: "INELIGIBLE",
      basis: EligibilityBasis.OUT_OF_SCOPE,
      article: "《法律援助法》第三十一条",
      ruleVersion,
      meansTestApplied: false,
      reasonsZh: [
        "申请事项不属于《法律援助法》第三十一条、第三十二条规定的法律援助事项范围，也不属于本地法规、规章规定的其他情形。",
        "申请人可通过法律咨询获得帮助，或自行委托律师。",
      ],
    };
  }

  const exemption = facts.applicantGroups
    .map((group) => ruleSet.exemptions.get(group))
    .find((e) => e !== undefined && (e.matters === undefined || e.matters.has(facts.matter)));
  if (exemption) {
    return {
      outcome: "ELIGIBLE",
      basis: EligibilityBasis.MEANS_CHECK_EXEMPT,
      article: `《法律援助法》第四十二条${exemption.item}`,
      ruleVersion,
      meansTestApplied: false,
      explanationZh: `申请事项“${matter.legalItem}”属于第三十一条规定的事项；申请人有材料证明属于第四十二条${exemption.item}规定的人员，免予核查经济困难状况。`,
    };
  }

  const missing: ("householdSize" | "monthlyIncomePerHead" | "hardshipStandard")[] = [];
  if (!facts.householdSize || facts.householdSize < 1) missing.push("householdSize");
  if (
    facts.monthlyIncomePerHeadFen === null ||
    facts.monthlyIncomePerHeadFen === undefined ||
    facts.monthlyIncomePerHeadFen < 0
  ) {
    missing.push("monthlyIncomePerHead");
  }
  if (missing.length > 0) {
    return {
      outcome: "UNDETERMINED",
      missing,
      messageZh: "申请事项须审查经济困难状况，请补充家庭人口数和家庭人均月收入材料。",
    };
  }
  const standard = hardshipStandardFor(facts.regionCode, facts.appliedOn, standards);
  if (!standard) {
    return {
      outcome: "UNDETERMINED",
      missing: ["hardshipStandard"],
      messageZh: `行政区划 ${facts.regionCode} 在 ${facts.appliedOn} 没有配置经济困难标准，须人工审查。`,
    };
  }

  const limit = standardFen(standard);
  const income = facts.monthlyIncomePerHeadFen!;
  const base = {
    article: "《法律援助法》第三十一条、第三十四条",
    ruleVersion,
    meansTestApplied: true,
    hardshipStandard: standard,
  };
  if (income <= limit) {
    return {
      ...base,
      outcome: "ELIGIBLE",
      basis: EligibilityBasis.MEANS_TEST_PASSED,
      explanationZh: `申请事项“${matter.legalItem}”属于第三十一条规定的事项；申请人家庭人均月收入${yuan(income)}元，不高于${standard.regionName}经济困难标准${yuan(limit)}元，符合经济困难条件。`,
    };
  }
  return {
    ...base,
    outcome: "INELIGIBLE",
    basis: EligibilityBasis.MEANS_TEST_FAILED,
    reasonsZh: [
      `申请事项“${matter.legalItem}”属于《法律援助法》第三十一条规定的事项，须审查经济困难状况。`,
      `申请人家庭（${facts.householdSize}人）人均月收入${yuan(income)}元，高于${standard.regionName}经济困难标准${yuan(limit)}元（当地最低生活保障标准${yuan(standard.minimumLivingGuaranteeFen)}元的${standard.multiplier}倍），不符合第三十四条规定的经济困难条件。`,
      "申请人未提交属于《法律援助法》第四十二条规定免予核查经济困难状况人员的材料。",
      "申请人对本决定有异议的，可以向设立该法律援助机构的司法行政部门提出（《法律援助法》第四十九条）。",
    ],
  };
}
