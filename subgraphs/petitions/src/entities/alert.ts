import { Field, ID, Int, ObjectType } from "type-graphql";
import type { LocalDate } from "@onedoor/shared/clock/local-date";
import { LocalDateScalar } from "@onedoor/shared/graphql/scalars";
import { AlertKind, AlertStatus } from "./enums.js";

@ObjectType({
  description: "预警记录: what a detector found, the evidence, and how the command center worked it. No personal data.",
})
export class Alert {
  @Field(() => ID)
  id!: string;

  @Field(() => AlertKind)
  kind!: AlertKind;

  @Field(() => AlertStatus)
  status!: AlertStatus;

  @Field(() => Int, { description: "Counts the alert's steps; send it back as expectedVersion to change it." })
  version!: number;

  @Field(() => String, { description: "Why it fired, in Chinese." })
  summary!: string;

  @Field(() => Int, {
    description:
      "The figure it is about: complaints (surge), disputes (repeated), people (group), days left (due soon).",
  })
  count!: number;

  @Field(() => Int, { nullable: true, description: "Same days last year (surges)." })
  baseline!: number | null;

  @Field(() => [ID], { description: "解纷码 of the disputes behind it (evidence; at most 200)." })
  disputeCodes!: string[];

  @Field(() => String, { description: "Detection policy version (thresholds are local configuration)." })
  policyVersion!: string;

  @Field(() => LocalDateScalar, { description: "The day the detector looked at (China time)." })
  asOf!: LocalDate;

  @Field(() => Date)
  raisedAt!: Date;

  @Field(() => Date, { description: "Last time a detection run updated the evidence." })
  refreshedAt!: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "User id of whoever acknowledged it." })
  acknowledgedBy!: string | null;

  @Field(() => Date, { nullable: true })
  handledAt!: Date | null;

  @Field(() => String, { nullable: true, description: "User id of whoever handled it." })
  handledBy!: string | null;

  @Field(() => String, { nullable: true, description: "What was done (处置情况)." })
  handlingNote!: string | null;
}
