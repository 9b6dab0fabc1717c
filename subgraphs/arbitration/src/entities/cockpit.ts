import { Field, ObjectType } from "type-graphql";
import { CountMeasure, RateMeasure } from "@onedoor/shared/cockpit/measure-type";

@ObjectType({
  description: "劳动人事争议仲裁 section of the data cockpit (数据驾驶舱): aggregates only, each with its formula.",
})
export class ArbitrationCockpit {
  @Field(() => CountMeasure, { description: "收到仲裁申请 / applications received (by date of receipt)." })
  applicationsReceived!: CountMeasure;

  @Field(() => CountMeasure, { description: "受理 / accepted (by date of acceptance)." })
  accepted!: CountMeasure;

  @Field(() => RateMeasure, {
    description: "按期裁决率 / awards within 45 (+ extension) days of acceptance / awards (by award date).",
  })
  awardedOnTime!: RateMeasure;

  @Field(() => RateMeasure, { description: "一裁终局占比 / final awards / awards (by award date)." })
  finalAwardShare!: RateMeasure;

  @Field(() => CountMeasure, { description: "调解书结案 / closed by mediation statement (by closing date)." })
  mediationStatementClosures!: CountMeasure;

  @Field(() => CountMeasure, { description: "集体劳动争议 / collective cases (by date of receipt)." })
  collectiveCases!: CountMeasure;

  @Field(() => String, {
    nullable: true,
    description: "How the filter applies to this section (category, town/village region), when it matters.",
  })
  note!: string | null;
}
