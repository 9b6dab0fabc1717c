import { Field, ObjectType } from "type-graphql";
import { BreakdownItem, CountMeasure, RateMeasure } from "@onedoor/shared/cockpit/measure-type";
import { MEDIATION_COCKPIT_FORMULAS as F } from "../domain/cockpit.js";

@ObjectType({
  description: "人民调解 section of the data cockpit (数据驾驶舱): aggregates only, never a person's data.",
})
export class MediationCockpit {
  @Field(() => CountMeasure, { description: F.acceptedCases })
  acceptedCases!: CountMeasure;

  @Field(() => RateMeasure, { description: F.successRate })
  successRate!: RateMeasure;

  @Field(() => RateMeasure, { description: F.agreementPerformanceRate })
  agreementPerformanceRate!: RateMeasure;

  @Field(() => [BreakdownItem], { description: F.byCommittee })
  byCommittee!: BreakdownItem[];

  @Field(() => CountMeasure, { description: F.overdueOpenCases })
  overdueOpenCases!: CountMeasure;

  @Field(() => String, {
    nullable: true,
    description:
      "Why a filter of the scope was not applied to this section (the category: mediation does not know it).",
  })
  note!: string | null;
}
