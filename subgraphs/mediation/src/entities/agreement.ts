import { Directive, Field, ID, ObjectType } from "type-graphql";
import { MoneyScalar } from "@onedoor/shared/graphql/scalars";
import { FollowUpStatus } from "./enums.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "调解协议: what the parties agreed and signed; the court may confirm it (司法确认)." })
export class MediationAgreement {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { description: "履行期限: end of the last day to perform" })
  performanceDeadline!: Date;

  @Field(() => Date)
  signedAt!: Date;
}

@ObjectType("MediationAgreementObligation", {
  description: "One payment under the agreement: who pays whom how much.",
})
export class AgreementObligation {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Masked (张*) except for the committee's staff" })
  payer!: string;

  @Field(() => String, { description: "Masked (张*) except for the committee's staff" })
  payee!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => String, { nullable: true, description: "What the payment is for; null for summary readers" })
  description!: string | null;
}

@ObjectType("MediationPerformanceFollowUp", { description: "回访: what a follow-up found about performance." })
export class PerformanceFollowUp {
  @Field(() => ID)
  id!: string;

  @Field(() => FollowUpStatus)
  status!: FollowUpStatus;

  @Field(() => String, { nullable: true, description: "回访情况; null for summary readers" })
  notes!: string | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true, description: "Staff user id; null for residents and summary readers" })
  recordedBy!: string | null;
}
