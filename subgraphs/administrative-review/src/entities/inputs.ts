// Every input type of the administrative review body. Values are checked in the resolvers (InputProblems).
import { Field, ID, InputType, Int } from "type-graphql";
import type { LocalDate } from "@onedoor/shared/clock/index";
import { LocalDateScalar } from "@onedoor/shared/graphql/scalars";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import { DirectoryStatusChange } from "@onedoor/shared/directory/fields";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { AdministrativeReviewDecisionKind, AdministrativeReviewProcedure, ReviewOfficeKind } from "./enums.js";

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

@InputType({ description: "复议机构名录维护: a review office or reception point joins the directory, ACTIVE." })
export class AddReviewOfficeInput {
  @Field(() => String, { description: "Unique in the directory, e.g. 桐庐县人民政府行政复议办公室" })
  name!: string;

  @Field(() => ReviewOfficeKind)
  kind!: ReviewOfficeKind;

  @Field(() => String, { description: "GB/T 2260 code of the county it serves, 6 digits" })
  regionCode!: string;

  @Field(() => [String], {
    nullable: true,
    description: "The dispute categories it takes; none when it takes any (a county's office reviews every act)",
  })
  categories?: string[] | null;
}

@InputType({ description: "暂停、恢复或退出名录: a review office's new status and why." })
export class ChangeReviewOfficeStatusInput extends DirectoryStatusChange("officeId", {
  status: "SUSPENDED to suspend, ACTIVE to reinstate, RETIRED for good (only without open cases).",
  reason: "Why (e.g. 机构调整, 暂停受理); shown in the directory.",
}) {}

@InputType({ description: "Which review offices of the directory to list." })
export class ReviewOfficeFilter {
  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the county, 6 digits." })
  regionCode?: string | null;

  @Field(() => [DirectoryStatus], { nullable: true, description: "Offices in these statuses; by default every one." })
  statuses?: DirectoryStatus[] | null;
}

@InputType({ description: "行政复议人员: an officer added to a review office's roster." })
export class RegisterReviewOfficerInput {
  @Field(() => ID, { description: "The office whose roster it is." })
  officeId!: string;

  @Field(() => String, { description: "The officer's name, unique on the office's roster." })
  name!: string;
}

@InputType({ description: "暂停、恢复或退出名录: an officer's new status on the office's roster and why." })
export class ChangeReviewOfficerStatusInput extends DirectoryStatusChange("officerId", {
  status: "SUSPENDED to suspend, ACTIVE to reinstate, RETIRED for good.",
  reason: "Why (e.g. 调离, 休假); shown on the roster.",
}) {}

@InputType({ description: "Which officers of the offices' rosters to list." })
export class ReviewOfficerFilter {
  @Field(() => ID, { nullable: true, description: "The office whose roster to list." })
  officeId?: string | null;

  @Field(() => [DirectoryStatus], {
    nullable: true,
    description: "Officers in these statuses; by default only active ones (the office's staff).",
  })
  statuses?: DirectoryStatus[] | null;
}
