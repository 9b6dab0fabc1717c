import { Field, Float, Int, ObjectType } from "type-graphql";
import { SurgeDimension } from "./enums.js";

@ObjectType({
  description: "预警: complaints about one respondent, place or category surging against the same days last year.",
})
export class EarlyWarning {
  @Field(() => SurgeDimension)
  dimension!: SurgeDimension;

  @Field(() => String, { description: "Credit code or name of the organisation, region code, or category." })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: "Complaints registered in the window (merged duplicates included)." })
  count!: number;

  @Field(() => Int, { description: "Complaints in the same window one year earlier." })
  baseline!: number;

  @Field(() => Float, { description: "count ÷ max(baseline, 1)" })
  ratio!: number;

  @Field(() => String, { description: "First day of the window (YYYY-MM-DD, China time)." })
  windowFrom!: string;

  @Field(() => String)
  windowTo!: string;

  @Field(() => String, { description: "Why it fired, in Chinese." })
  explanation!: string;

  @Field(() => String)
  policyVersion!: string;
}
