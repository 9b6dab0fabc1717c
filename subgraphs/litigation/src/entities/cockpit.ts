import { Field, ObjectType } from "type-graphql";
import { BreakdownItem, CountMeasure, RateMeasure } from "@onedoor/shared/cockpit/measure-type";

@ObjectType({
  description:
    "法院诉讼服务中心 section of the cockpit: court cases registered in the scope's days (by filedAt), counted by procedure and outcome. Aggregates only.",
})
export class LitigationCockpit {
  @Field(() => RateMeasure, { description: "诉前化解率: resolved before filing / (resolved before filing + filed)." })
  preFilingResolutionRate!: RateMeasure;

  @Field(() => CountMeasure, { description: "司法确认申请 (民特 cases registered)." })
  judicialConfirmationsApplied!: CountMeasure;

  @Field(() => CountMeasure, { description: "司法确认: agreements ruled valid." })
  judicialConfirmationsConfirmed!: CountMeasure;

  @Field(() => CountMeasure, { description: "司法确认: applications not accepted or rejected by ruling." })
  judicialConfirmationsRefused!: CountMeasure;

  @Field(() => RateMeasure, { description: "司法确认率: confirmed / (confirmed + refused)." })
  confirmationRate!: RateMeasure;

  @Field(() => CountMeasure, { description: "执行申请 (执 cases registered)." })
  enforcementsApplied!: CountMeasure;

  @Field(() => CountMeasure, { description: "执行结案." })
  enforcementsConcluded!: CountMeasure;

  @Field(() => RateMeasure, { description: "线上办理占比 (零跑腿): online court cases / court cases." })
  onlineShare!: RateMeasure;

  @Field(() => [BreakdownItem], {
    description:
      "Court cases registered, by procedure (PRE_FILING_MEDIATION, FIRST_INSTANCE, JUDICIAL_CONFIRMATION, ENFORCEMENT).",
  })
  casesByProcedure!: BreakdownItem[];

  @Field(() => String, {
    nullable: true,
    description: "What this section could not narrow down for the scope (category; region finer than a county).",
  })
  note!: string | null;
}
