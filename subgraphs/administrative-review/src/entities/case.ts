import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import {
  AdministrativeReviewCaseStatus,
  AdministrativeReviewDecisionKind,
  AdministrativeReviewProcedure,
} from "./enums.js";

@Directive('@key(fields: "id")')
@ObjectType("AdministrativeReviewCase", {
  description:
    "行政复议案件. Other departments' staff see a summary: status, dates, the organ and the act, no request or reasons.",
})
export class AdministrativeReviewCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The review office that received it (复议机构名录); null only in a county whose office is not listed.",
  })
  officeId!: string | null;

  @Field(() => AdministrativeReviewCaseStatus)
  status!: AdministrativeReviewCaseStatus;

  @Field(() => Int, {
    description: "Changes with every step: send it back as expectedVersion to change the case safely.",
  })
  version!: number;

  @Field(() => String, { description: "被申请人: the administrative organ whose act is contested." })
  respondentAgency!: string;

  @Field(() => String, { description: "被申请复议的行政行为." })
  contestedAct!: string;

  @Field(() => Date)
  receivedAt!: Date;

  @Field(() => AdministrativeReviewProcedure, { nullable: true, description: "Set at acceptance." })
  procedure!: AdministrativeReviewProcedure | null;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Int, { description: "Days the decision period was extended by (ordinary procedure, ≤ 30)." })
  extensionDays!: number;

  @Field(() => AdministrativeReviewDecisionKind, { nullable: true })
  decisionKind!: AdministrativeReviewDecisionKind | null;

  @Field(() => Date, {
    nullable: true,
    description: "Decided, rejected or terminated, or its acceptance voided (更正).",
  })
  closedAt!: Date | null;

  @Field(() => VoidReason, { nullable: true, description: "撤销受理 (更正): why the acceptance was voided" })
  voidReason!: VoidReason | null;
}
