import { Field, ObjectType, registerEnumType } from "type-graphql";
import { MoneyScalar } from "@onedoor/shared/graphql/scalars";
import { EligibilityBasis } from "./enums.js";

export enum EligibilityOutcome {
  ELIGIBLE = "ELIGIBLE",
  INELIGIBLE = "INELIGIBLE",
  UNDETERMINED = "UNDETERMINED",
}
registerEnumType(EligibilityOutcome, {
  name: "LegalAidEligibilityOutcome",
  description: "预审结果",
  valuesConfig: {
    ELIGIBLE: { description: "符合条件" },
    INELIGIBLE: { description: "不符合条件" },
    UNDETERMINED: { description: "材料不全或无本地标准，须补充或人工审查" },
  },
});

@ObjectType({ description: "What the eligibility rules say for the given facts; nothing is recorded." })
export class LegalAidEligibilityAssessment {
  @Field(() => EligibilityOutcome)
  outcome!: EligibilityOutcome;

  @Field(() => EligibilityBasis, { nullable: true })
  basis!: EligibilityBasis | null;

  @Field(() => String, { nullable: true })
  article!: string | null;

  @Field(() => String, { nullable: true })
  ruleVersion!: string | null;

  @Field(() => Boolean, { nullable: true })
  meansTestApplied!: boolean | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Hardship standard (经济困难标准) per head per month." })
  hardshipStandard!: string | null;

  @Field(() => String, { nullable: true })
  hardshipStandardSource!: string | null;

  @Field(() => [String], { description: "Explanation of a grant, reasons of a refusal, or what is missing (Chinese)." })
  messages!: string[];

  @Field(() => [String], {
    description: "Facts still needed: householdSize, monthlyIncomePerHead, hardshipStandard.",
  })
  missing!: string[];
}
