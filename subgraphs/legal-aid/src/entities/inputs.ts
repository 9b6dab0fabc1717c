// Every input type of the legal aid center's operations.
import { Field, ID, InputType, Int } from "type-graphql";
import {
  ApplicantGroup,
  ClosureOutcome,
  ConsultationChannel,
  LegalAidMatter,
  LegalAidStatus,
  LegalSpecialty,
  ProviderKind,
  QualityRating,
  WorkActivity,
} from "./enums.js";

/** Optimistic concurrency: the field (or argument) every step of a case takes. */
export const EXPECTED_VERSION = {
  nullable: true,
  description: "The case's version as read: a different current version is a CONFLICT and changes nothing.",
} as const;

@InputType({ description: "申请人" })
export class LegalAidApplicantInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "居民身份证号码" })
  residentId!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [ApplicantGroup], {
    nullable: true,
    description: "Art. 42 groups the applicant has shown material for.",
  })
  groups?: ApplicantGroup[] | null;
}

@InputType({ description: "法律援助申请: for a dispute, or for a pending arbitration or court case (at least one)." })
export class LegalAidApplicationInput {
  @Field(() => String, { nullable: true, description: "解纷码" })
  disputeCode?: string | null;

  @Field(() => ID, { nullable: true })
  arbitrationCaseId?: string | null;

  @Field(() => ID, { nullable: true })
  courtCaseId?: string | null;

  @Field(() => LegalAidApplicantInput)
  applicant!: LegalAidApplicantInput;

  @Field(() => LegalAidMatter)
  matter!: LegalAidMatter;

  @Field(() => Int, { nullable: true, description: "家庭人口数 (needed for a means test)." })
  householdSize?: number | null;

  @Field(() => Int, { nullable: true, description: "家庭人均月收入 in fen (needed for a means test)." })
  monthlyIncomePerHeadFen?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Region for the hardship standard; defaults to the dispute code's county.",
  })
  regionCode?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "Legal deadline in the linked case; fewer than 7 days left starts aid at once.",
  })
  urgentDeadline?: Date | null;
}

@InputType({ description: "补充材料: what arrived, and any facts it changes." })
export class SupplyMaterialsInput {
  @Field(() => Int, { nullable: true })
  householdSize?: number | null;

  @Field(() => Int, { nullable: true, description: "in fen" })
  monthlyIncomePerHeadFen?: number | null;

  @Field(() => [ApplicantGroup], { nullable: true, description: "Replaces the art. 42 groups when given." })
  applicantGroups?: ApplicantGroup[] | null;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType()
export class CloseLegalAidCaseInput {
  @Field(() => ClosureOutcome)
  outcome!: ClosureOutcome;

  @Field(() => String)
  summary!: string;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType()
export class ReviewLegalAidCaseInput {
  @Field(() => QualityRating)
  rating!: QualityRating;

  @Field(() => String, { description: "评查人" })
  reviewer!: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType({ description: "Queue filter; all given conditions apply." })
export class LegalAidCaseFilter {
  @Field(() => String, { nullable: true, description: "解纷码" })
  disputeCode?: string | null;

  @Field(() => [LegalAidStatus], { nullable: true })
  status?: LegalAidStatus[] | null;

  @Field(() => [LegalAidMatter], { nullable: true })
  matter?: LegalAidMatter[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only cases with a clock past its deadline (true) or none (false).",
  })
  overdue?: boolean | null;

  @Field(() => Date, { nullable: true, description: "Applied at or after." })
  appliedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Applied before." })
  appliedTo?: Date | null;
}

@InputType()
export class RegisterLegalAidProviderInput {
  @Field(() => String)
  name!: string;

  @Field(() => ProviderKind)
  kind!: ProviderKind;

  @Field(() => String)
  organisation!: string;

  @Field(() => String, { nullable: true })
  licenseNumber?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { description: "County (GB/T 2260, 6 digits) of the roster." })
  regionCode!: string;

  @Field(() => [LegalSpecialty])
  specialties!: LegalSpecialty[];

  @Field(() => Int)
  maxOpenCases!: number;
}

@InputType()
export class LegalAidProviderFilter {
  @Field(() => String, { nullable: true, description: "County roster (GB/T 2260)." })
  regionCode?: string | null;

  @Field(() => LegalSpecialty, { nullable: true })
  specialty?: LegalSpecialty | null;

  @Field(() => ProviderKind, { nullable: true })
  kind?: ProviderKind | null;

  @Field(() => Boolean, { nullable: true, description: "Only providers on the active roster (default true)." })
  activeOnly?: boolean | null;
}

@InputType()
export class RecordLegalAidWorkInput {
  @Field(() => WorkActivity)
  activity!: WorkActivity;

  @Field(() => String)
  description!: string;

  @Field(() => Int, { nullable: true })
  minutes?: number | null;

  @Field(() => Date, { nullable: true, description: "Defaults to now." })
  occurredAt?: Date | null;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType()
export class RecordLegalConsultationInput {
  @Field(() => ConsultationChannel)
  channel!: ConsultationChannel;

  @Field(() => String, { nullable: true })
  disputeCode?: string | null;

  @Field(() => String, { nullable: true })
  enquirerName?: string | null;

  @Field(() => String, { nullable: true })
  enquirerPhone?: string | null;

  @Field(() => String)
  topic!: string;

  @Field(() => String)
  question!: string;

  @Field(() => String)
  answer!: string;

  @Field(() => String, { nullable: true, description: "Defaults to the signed-in user." })
  answeredBy?: string | null;
}

@InputType()
export class LegalConsultationFilter {
  @Field(() => String, { nullable: true })
  disputeCode?: string | null;

  @Field(() => ConsultationChannel, { nullable: true })
  channel?: ConsultationChannel | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@InputType({ description: "Facts for a pre-check at the window (预审), before an application is filed." })
export class LegalAidEligibilityInput {
  @Field(() => LegalAidMatter)
  matter!: LegalAidMatter;

  @Field(() => [ApplicantGroup], { nullable: true })
  applicantGroups?: ApplicantGroup[] | null;

  @Field(() => Int, { nullable: true })
  householdSize?: number | null;

  @Field(() => Int, { nullable: true, description: "in fen" })
  monthlyIncomePerHeadFen?: number | null;

  @Field(() => String, { description: "Region whose hardship standard applies (GB/T 2260)." })
  regionCode!: string;

  @Field(() => Date, { nullable: true, description: "Date whose rules apply; defaults to today." })
  on?: Date | null;
}
