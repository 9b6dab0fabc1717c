import { Arg, Authorized, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import {
  EligibilityOutcome,
  LegalAidEligibilityAssessment,
  LegalAidEligibilityInput,
} from "../entities/eligibility.js";
import { evaluateEligibility } from "../domain/eligibility.js";
import { standardFen } from "../domain/hardship-standards.js";
import { checkIntRange } from "./input-checks.js";
import { currentTime } from "@onedoor/shared/clock/now";

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
    const householdSize = checkIntRange(problems, ["input", "householdSize"], input.householdSize, 1, 30, "家庭人口数");
    const income = checkIntRange(
      problems,
      ["input", "monthlyIncomePerHeadFen"],
      input.monthlyIncomePerHeadFen,
      0,
      100_000_000,
      "家庭人均月收入（分）",
    );
    const on = input.on ?? currentTime();
    if (Number.isNaN(on.getTime()) || toLocalDate(on) < "2022-01-01") {
      problems.add(
        ["input", "on"],
        "FORMAT",
        "日期须在《法律援助法》施行（2022年1月1日）之后",
        "on must be on or after 2022-01-01, when the Legal Aid Law took effect",
      );
    }
    problems.throwIfAny();
    const result = evaluateEligibility({
      matter: input.matter,
      applicantGroups: input.applicantGroups ?? [],
      householdSize,
      monthlyIncomePerHeadFen: income,
      regionCode: regionCode!,
      appliedOn: toLocalDate(on),
    });
    if (result.outcome === "UNDETERMINED") {
      return {
        outcome: EligibilityOutcome.UNDETERMINED,
        basis: null,
        article: null,
        ruleVersion: null,
        meansTestApplied: null,
        hardshipStandardFen: null,
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
      hardshipStandardFen: result.hardshipStandard ? standardFen(result.hardshipStandard) : null,
      hardshipStandardSource: result.hardshipStandard?.source ?? null,
      messages: result.outcome === "ELIGIBLE" ? [result.explanationZh] : result.reasonsZh,
      missing: [],
    };
  }
}
