import { Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "@onedoor/shared/graphql/scalars";
import { Connection } from "@onedoor/shared/graphql/connection";
import type { LocalDate } from "@onedoor/shared/clock/local-date";
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

  @Field(() => LocalDateScalar, { description: "First day of the window (China time)." })
  windowFrom!: LocalDate;

  @Field(() => LocalDateScalar, { description: "Last day of the window (China time)." })
  windowTo!: LocalDate;

  @Field(() => String, { description: "Why it fired, in Chinese." })
  explanation!: string;

  @Field(() => String)
  policyVersion!: string;
}

@ObjectType()
export class EarlyWarningConnection extends Connection(EarlyWarning) {}
