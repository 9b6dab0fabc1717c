import { Arg, Authorized, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { EligibilityOutcome, LegalAidEligibilityAssessment } from "../entities/eligibility.js";
import { LegalAidEligibilityInput } from "../entities/inputs.js";
import { evaluateEligibility } from "../domain/eligibility.js";
import { standardFen } from "../domain/hardship-standards.js";
import { yuanOf } from "../domain/money.js";
import { householdSize, incomePerHead, optional, underLegalAidLaw } from "../domain/input-rules.js";

@Resolver()
export class EligibilityResolver {
  // A calculator on the facts given: nothing is stored or read, so anyone signed in may use it.
  @Authorized<Policy>("signedIn")
  @Query(() => LegalAidEligibilityAssessment, {
    description: "预审: applies the eligibility rules to the given facts without filing anything.",
  })
  legalAidEligibility(
    @Arg("input", () => LegalAidEligibilityInput) input: LegalAidEligibilityInput,
  ): LegalAidEligibilityAssessment {
    const problems = new InputProblems();
    const regionCode = problems.check(["input", "regionCode"], validateRegionCode(input.regionCode));
    const household = problems.check(["input", "householdSize"], optional(input.householdSize, householdSize));
    const income = problems.check(
      ["input", "monthlyIncomePerHead"],
      optional(input.monthlyIncomePerHead, incomePerHead),
    );
    const on = problems.check(["input", "on"], underLegalAidLaw(input.on ?? currentTime()));
    problems.throwIfAny();
    const result = evaluateEligibility({
      matter: input.matter,
      applicantGroups: input.applicantGroups ?? [],
      householdSize: household,
      monthlyIncomePerHeadFen: income,
      regionCode: regionCode!,
      appliedOn: toLocalDate(on!),
    });
    if (result.outcome === "UNDETERMINED") {
      return {
        outcome: EligibilityOutcome.UNDETERMINED,
        basis: null,
        article: null,
        ruleVersion: null,
        meansTestApplied: null,
        hardshipStandard: null,
        hardshipStandardSource: null,
        messages: [result.messageZh],
        missing: result.missing,
      };
    }
    return {
      outcome: result.outcome === "ELIGIBLE" ? EligibilityOutcome.ELIGIBLE : EligibilityOutcome.INELIGIBLE,
      basis: result.basis,
      article: result.article,
      ruleVersion: result.ruleVersion,
      meansTestApplied: result.meansTestApplied,
      hardshipStandard: result.hardshipStandard ? yuanOf(standardFen(result.hardshipStandard)) : null,
      hardshipStandardSource: result.hardshipStandard?.source ?? null,
      messages: result.outcome === "ELIGIBLE" ? [result.explanationZh] : result.reasonsZh,
      missing: [],
    };
  }
}
