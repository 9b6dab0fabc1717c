import { Field, Float, Int, ObjectType } from "type-graphql";
import { CountMeasure, RateMeasure } from "@onedoor/shared/cockpit/measure-type";

@ObjectType({ description: "平均审查天数: an average over decided applications, with its parts and formula." })
export class LegalAidAverageDays {
  @Field(() => Float, { nullable: true, description: "Days (24 h), 2 decimals; null when nothing was decided." })
  value!: number | null;

  @Field(() => Int, { description: "已作出决定件数: the applications averaged over." })
  decided!: number;

  @Field(() => Float, { description: "Σ days from application to decision over those applications (unrounded)." })
  totalDays!: number;

  @Field(() => String)
  formula!: string;

  @Field(() => Float, { nullable: true, description: "The same average for the same days one year earlier (同比)." })
  sameperiodLastYear!: number | null;
}

@ObjectType({ description: "法律援助板块 of the data cockpit: aggregates only, never a person's data." })
export class LegalAidCockpit {
  @Field(() => CountMeasure, { description: "法律援助申请件数" })
  applications!: CountMeasure;

  @Field(() => RateMeasure, { description: "准予率 = 准予 / 已作出决定" })
  grantRate!: RateMeasure;

  @Field(() => LegalAidAverageDays, { description: "平均审查天数 (申请至决定)" })
  averageDaysToDecision!: LegalAidAverageDays;

  @Field(() => CountMeasure, { description: "先行提供法律援助件数 (第四十四条, urgent cases)" })
  provisionalStarts!: CountMeasure;

  @Field(() => CountMeasure, { description: "法律咨询人次" })
  consultations!: CountMeasure;

  @Field(() => String, {
    nullable: true,
    description: "How the scope's region and category were applied to this section.",
  })
  note!: string | null;
}
