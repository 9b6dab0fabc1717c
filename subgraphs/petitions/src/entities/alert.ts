import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ALERT_KINDS, ALERT_STATUSES } from "../domain/alerts.js";

export const AlertKind = Object.fromEntries(ALERT_KINDS.map((k) => [k, k])) as {
  [K in (typeof ALERT_KINDS)[number]]: K;
};
export type AlertKind = (typeof ALERT_KINDS)[number];
registerEnumType(AlertKind, {
  name: "AlertKind",
  description: "SURGE 投诉激增 · REPEATED_PETITION 重复诉求 · GROUP_DISPUTE 群体性纠纷 · DUE_SOON 即将超期",
});

export const AlertStatus = Object.fromEntries(ALERT_STATUSES.map((s) => [s, s])) as {
  [S in (typeof ALERT_STATUSES)[number]]: S;
};
export type AlertStatus = (typeof ALERT_STATUSES)[number];
registerEnumType(AlertStatus, {
  name: "AlertStatus",
  description: "NEW 新预警 → ACKNOWLEDGED 已签收 → HANDLED 已处置",
});

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

  @Field(() => String, { description: "The day the detector looked at (YYYY-MM-DD, China time)." })
  asOf!: string;

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
