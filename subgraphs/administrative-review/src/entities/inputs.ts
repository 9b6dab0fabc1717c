// Every input type of the administrative review body. Values are checked in the resolvers (InputProblems).
import { Field, ID, InputType, Int } from "type-graphql";
import type { LocalDate } from "@onedoor/shared/clock/index";
import { LocalDateScalar } from "@onedoor/shared/graphql/scalars";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import { AdministrativeReviewDecisionKind, AdministrativeReviewProcedure } from "./enums.js";

@InputType({ description: "收到行政复议申请 on a registered dispute." })
export class ReceiveAdministrativeReviewCaseInput {
  @Field(() => String, { description: "解纷码" })
  disputeCode!: string;

  @Field(() => String, { description: "复议请求, in the applicant's words." })
  request!: string;

  @Field(() => String, { description: "被申请人: the administrative organ, e.g. 桐庐县自然资源和规划局." })
  respondentAgency!: string;

  @Field(() => String, { description: "被申请复议的行政行为, e.g. the decision's number." })
  contestedAct!: string;

  @Field(() => LocalDateScalar, {
    description: "When the applicant knew of the act (the 60-day application period runs from it).",
  })
  actKnownOn!: LocalDate;

  @Field(() => String, { nullable: true, description: "The applicant's resident ID (stored only as a party id)." })
  applicantResidentId?: string | null;
}

@InputType()
export class AcceptAdministrativeReviewCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; CONFLICT if the case changed since." })
  expectedVersion?: number | null;

  @Field(() => AdministrativeReviewProcedure)
  procedure!: AdministrativeReviewProcedure;

  @Field(() => String, {
    nullable: true,
    description: "正当理由 for a late application (force majeure or another proper reason); required when late.",
  })
  lateReason?: string | null;
}

@InputType()
export class RejectAdministrativeReviewCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; CONFLICT if the case changed since." })
  expectedVersion?: number | null;

  @Field(() => String, { description: "不予受理的理由 (told to the applicant in writing)." })
  reason!: string;
}

@InputType()
export class ExtendAdministrativeReviewCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; CONFLICT if the case changed since." })
  expectedVersion?: number | null;

  @Field(() => Int, { description: "Days (1–30 in all)." })
  days!: number;

  @Field(() => String, { description: "Why (案情复杂), as approved by the head of the review body." })
  reason!: string;
}

@InputType()
export class DecideAdministrativeReviewCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; CONFLICT if the case changed since." })
  expectedVersion?: number | null;

  @Field(() => AdministrativeReviewDecisionKind)
  decisionKind!: AdministrativeReviewDecisionKind;

  @Field(() => String, { description: "The decision's gist (复议决定书要点)." })
  summary!: string;
}

@InputType()
export class TerminateAdministrativeReviewCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; CONFLICT if the case changed since." })
  expectedVersion?: number | null;

  @Field(() => String, { description: "Why, e.g. 申请人撤回行政复议申请." })
  reason!: string;
}

@InputType({ description: "撤销受理 (更正): void an acceptance recorded in error; the reason is required." })
export class VoidAdministrativeReviewAcceptanceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; CONFLICT if the case changed since." })
  expectedVersion?: number | null;

  @Field(() => VoidReason, { description: "Why, in a word: the resident's timeline shows it" })
  reason!: VoidReason;

  @Field(() => String, {
    description: "The review office's own account of the error; kept with the case, never on the timeline",
  })
  explanation!: string;
}
