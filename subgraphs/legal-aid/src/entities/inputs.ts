// Every input type of the legal aid center's operations.
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PartyRecordFilter } from "@onedoor/shared/graphql/party-records";
import { LocalDateScalar, MoneyScalar } from "@onedoor/shared/graphql/scalars";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { DirectoryStatusChange } from "@onedoor/shared/directory/fields";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import {
  ApplicantGroup,
  ClosureOutcome,
  ConsultationChannel,
  LegalAidCaseSort,
  LegalAidCentreKind,
  LegalAidConsultationSort,
  LegalAidMatter,
  LegalAidProviderSort,
  LegalAidStatus,
  LegalSpecialty,
  ProviderKind,
  QualityRating,
  WorkActivity,
} from "./enums.js";

const PAGE_SIZE = "Page size, 1–100 (default 20).";

/** Optimistic concurrency: the field every step of a case takes. */
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
export class ApplyForLegalAidInput {
  @Field(() => String, { nullable: true, description: "解纷码" })
  disputeCode?: string | null;

  @Field(() => ID, { nullable: true })
  arbitrationCaseId?: string | null;

  @Field(() => ID, { nullable: true })
  courtCaseId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The centre or workstation receiving it (on a dispute, the one the registry sent the dispute to); defaults " +
      "to the county's legal aid centre. Name it where the dispute was sent to a workstation.",
  })
  centreId?: string | null;

  @Field(() => LegalAidApplicantInput)
  applicant!: LegalAidApplicantInput;

  @Field(() => LegalAidMatter)
  matter!: LegalAidMatter;

  @Field(() => Int, { nullable: true, description: "家庭人口数 (needed for a means test)." })
  householdSize?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "家庭人均月收入 (needed for a means test)." })
  monthlyIncomePerHead?: string | null;

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

@InputType({ description: "要求补充材料" })
export class RequestLegalAidMaterialsInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: "What is missing, e.g. 家庭经济状况说明表" })
  items!: string;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType({ description: "补充材料: what arrived, and any facts it changes." })
export class SupplyLegalAidMaterialsInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { nullable: true })
  householdSize?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "家庭人均月收入" })
  monthlyIncomePerHead?: string | null;

  @Field(() => [ApplicantGroup], { nullable: true, description: "Replaces the art. 42 groups when given." })
  applicantGroups?: ApplicantGroup[] | null;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType({ description: "先行提供法律援助 (art. 44)" })
export class StartProvisionalLegalAidInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Date, { description: "The legal deadline in the linked case that makes the case urgent." })
  legalDeadline!: Date;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType({ description: "审查决定" })
export class DecideLegalAidInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType({ description: "指派" })
export class AssignLegalAidCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The provider to assign; omitted, the least-loaded one with the matter's specialty.",
  })
  providerId?: string | null;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType()
export class CloseLegalAidCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ClosureOutcome)
  outcome!: ClosureOutcome;

  @Field(() => String)
  summary!: string;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType({ description: "撤销受理 (更正): void an application received in error; the reason is required." })
export class VoidLegalAidApplicationInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => VoidReason, { description: "Why, in a word: the resident's timeline shows it" })
  reason!: VoidReason;

  @Field(() => String, {
    description: "The center's own account of the error; kept with the case, never on the timeline",
  })
  explanation!: string;

  @Field(() => Int, EXPECTED_VERSION)
  expectedVersion?: number | null;
}

@InputType()
export class ReviewLegalAidCaseInput {
  @Field(() => ID)
  caseId!: string;

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
  statuses?: LegalAidStatus[] | null;

  @Field(() => [LegalAidMatter], { nullable: true })
  matters?: LegalAidMatter[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only cases with a clock past its deadline (true) or none (false).",
  })
  overdue?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Applied on or after this day." })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Applied on or before this day." })
  to?: string | null;
}

@ArgsType()
export class LegalAidCasesArgs {
  @Field(() => LegalAidCaseFilter, { nullable: true })
  filter?: LegalAidCaseFilter | null;

  @Field(() => LegalAidCaseSort, { nullable: true, defaultValue: LegalAidCaseSort.NEWEST_APPLIED })
  sort?: LegalAidCaseSort | null;

  @Field(() => Int, { nullable: true, description: PAGE_SIZE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
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

  @Field(() => ID, { description: "The centre or workstation whose roster the provider joins (its staff)." })
  centreId!: string;

  @Field(() => [LegalSpecialty])
  specialties!: LegalSpecialty[];

  @Field(() => Int)
  maxOpenCases!: number;
}

@InputType()
export class LegalAidProviderFilter {
  @Field(() => String, { nullable: true, description: "County roster (GB/T 2260)." })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: "The roster of one centre or workstation." })
  centreId?: string | null;

  @Field(() => LegalSpecialty, { nullable: true })
  specialty?: LegalSpecialty | null;

  @Field(() => ProviderKind, { nullable: true })
  kind?: ProviderKind | null;

  @Field(() => [DirectoryStatus], {
    nullable: true,
    description: "Providers in these statuses; by default only active ones (those who may be assigned).",
  })
  statuses?: DirectoryStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only providers on the active roster (default true); ignored when statuses is given.",
    deprecationReason: "Use statuses.",
  })
  activeOnly?: boolean | null;
}

@InputType({ description: "暂停、恢复或退出名录: a roster entry's new status and why." })
export class ChangeLegalAidProviderStatusInput extends DirectoryStatusChange("providerId", {
  status: "SUSPENDED to suspend, ACTIVE to reinstate, RETIRED for good.",
  reason: "Why (e.g. 执业证暂扣, 调离本县); shown on the roster.",
}) {}

@ArgsType()
export class LegalAidProvidersArgs {
  @Field(() => LegalAidProviderFilter, { nullable: true })
  filter?: LegalAidProviderFilter | null;

  @Field(() => LegalAidProviderSort, { nullable: true, defaultValue: LegalAidProviderSort.NEWEST_FIRST })
  sort?: LegalAidProviderSort | null;

  @Field(() => Int, { nullable: true, description: PAGE_SIZE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType()
export class RecordLegalAidWorkInput {
  @Field(() => ID)
  caseId!: string;

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

@InputType("LegalAidConsultationFilter", { description: "Consultations filter; all given conditions apply." })
export class LegalConsultationFilter {
  @Field(() => String, { nullable: true, description: "解纷码" })
  disputeCode?: string | null;

  @Field(() => ConsultationChannel, { nullable: true })
  channel?: ConsultationChannel | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Consulted on or after this day (China time)." })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Consulted on or before this day (China time)." })
  to?: string | null;
}

@InputType({ description: "A dispute's consultations; all given conditions apply." })
export class LegalAidDisputeConsultationFilter {
  @Field(() => ConsultationChannel, { nullable: true })
  channel?: ConsultationChannel | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Consulted on or after this day (China time)." })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Consulted on or before this day (China time)." })
  to?: string | null;
}

@ArgsType()
export class LegalConsultationsArgs {
  @Field(() => LegalConsultationFilter, { nullable: true })
  filter?: LegalConsultationFilter | null;

  @Field(() => LegalAidConsultationSort, { nullable: true, defaultValue: LegalAidConsultationSort.NEWEST_FIRST })
  sort?: LegalAidConsultationSort | null;

  @Field(() => Int, { nullable: true, description: PAGE_SIZE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class DisputeLegalConsultationsArgs {
  @Field(() => LegalAidDisputeConsultationFilter, { nullable: true })
  filter?: LegalAidDisputeConsultationFilter | null;

  @Field(() => LegalAidConsultationSort, { nullable: true, defaultValue: LegalAidConsultationSort.OLDEST_FIRST })
  sort?: LegalAidConsultationSort | null;

  @Field(() => Int, { nullable: true, description: PAGE_SIZE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "Facts for a pre-check at the window (预审), before an application is filed." })
export class LegalAidEligibilityInput {
  @Field(() => LegalAidMatter)
  matter!: LegalAidMatter;

  @Field(() => [ApplicantGroup], { nullable: true })
  applicantGroups?: ApplicantGroup[] | null;

  @Field(() => Int, { nullable: true })
  householdSize?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "家庭人均月收入" })
  monthlyIncomePerHead?: string | null;

  @Field(() => String, { description: "Region whose hardship standard applies (GB/T 2260)." })
  regionCode!: string;

  @Field(() => Date, { nullable: true, description: "Date whose rules apply; defaults to today." })
  on?: Date | null;
}

/** A party's legal aid cases (Party.legalAidCases): by status and the day they applied. */
export const LegalAidPartyCaseFilter = PartyRecordFilter<LegalAidStatus>(
  LegalAidStatus,
  "LegalAidPartyCaseFilter",
  "Applied",
);
export type LegalAidPartyCaseFilter = InstanceType<typeof LegalAidPartyCaseFilter>;

@InputType("LegalAidWorkEntryFilter", { description: "Work log filter; every field narrows the list." })
export class WorkEntryFilter {
  @Field(() => [WorkActivity], { nullable: true, description: "Any of these activities." })
  activities?: WorkActivity[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Done on or after this day (China time)." })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Done on or before this day (China time)." })
  to?: string | null;
}

@InputType({ description: "法律援助机构名录维护: a centre or workstation joins the department's directory, ACTIVE." })
export class AddLegalAidCentreInput {
  @Field(() => String, { description: "Unique in the directory, e.g. 桐庐县法律援助中心驻县人民法院工作站" })
  name!: string;

  @Field(() => LegalAidCentreKind)
  kind!: LegalAidCentreKind;

  @Field(() => String, { description: "GB/T 2260 code of the county served, 6 digits" })
  regionCode!: string;

  @Field(() => [String], {
    nullable: true,
    description: "The dispute categories it takes (e.g. 劳动争议 at a labour arbitration workstation); none: any",
  })
  categories?: string[] | null;
}

@InputType({ description: "暂停、恢复或退出名录: a centre's new status and why." })
export class ChangeLegalAidCentreStatusInput extends DirectoryStatusChange("centreId", {
  status: "SUSPENDED to suspend, ACTIVE to reinstate, RETIRED for good (only without open cases).",
  reason: "Why (e.g. 工作站撤并, 暂停受理); shown in the directory.",
}) {}

@InputType({ description: "Which centres of the directory to list." })
export class LegalAidCentreFilter {
  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the county served." })
  regionCode?: string | null;

  @Field(() => [DirectoryStatus], { nullable: true, description: "Centres in these statuses; by default every one." })
  statuses?: DirectoryStatus[] | null;
}
