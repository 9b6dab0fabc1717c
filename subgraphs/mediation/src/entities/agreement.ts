import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { FollowUpStatus } from "./enums.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "调解协议: what the parties agreed and signed; the court may confirm it (司法确认)." })
export class MediationAgreement {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "协议内容" })
  terms!: string;

  @Field(() => Date, { description: "履行期限: end of the last day to perform" })
  performanceDeadline!: Date;

  @Field(() => Date)
  signedAt!: Date;

  @Field(() => [String], { description: "Parties who signed (当事人签名)" })
  signatories!: string[];

  @Field(() => String)
  recordedBy!: string;
}

@ObjectType({ description: "One payment under the agreement: who pays whom how much." })
export class AgreementObligation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  payer!: string;

  @Field(() => String)
  payee!: string;

  @Field(() => String, { description: "Yuan, two decimals, e.g. \"21000.00\"" })
  amount!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType({ description: "回访: what a follow-up found about performance." })
export class PerformanceFollowUp {
  @Field(() => ID)
  id!: string;

  @Field(() => FollowUpStatus)
  status!: FollowUpStatus;

  @Field(() => String)
  notes!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  recordedBy!: string;
}

@InputType()
export class ObligationInput {
  @Field(() => String)
  payer!: string;

  @Field(() => String)
  payee!: string;

  @Field(() => String, { description: "Yuan, at most two decimals" })
  amount!: string;

  @Field(() => String)
  description!: string;
}

@InputType()
export class ReachAgreementInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  terms!: string;

  @Field(() => [ObligationInput])
  obligations!: ObligationInput[];

  @Field(() => Date)
  performanceDeadline!: Date;

  @Field(() => [String], { description: "Every party signs" })
  signatories!: string[];

  @Field(() => Date, { nullable: true, description: "Now when absent" })
  signedAt?: Date;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class RecordFollowUpInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => FollowUpStatus)
  status!: FollowUpStatus;

  @Field(() => String)
  notes!: string;

  @Field(() => Date, { nullable: true, description: "Now when absent" })
  at?: Date;
}
