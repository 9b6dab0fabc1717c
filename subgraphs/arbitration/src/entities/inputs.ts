import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PartyRecordFilter } from "@onedoor/shared/graphql/party-records";
import { LocalDateScalar, MoneyScalar } from "@onedoor/shared/graphql/scalars";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { DirectoryStatusChange } from "@onedoor/shared/directory/fields";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import {
  ArbitrationAppearance,
  ArbitrationCalendarSort,
  ArbitrationCaseSort,
  ArbitrationStatus,
  ClaimDecision,
  ClaimKind,
  CommissionKind,
  TribunalKind,
} from "./enums.js";

@InputType("ArbitrationApplicantInput")
export class ApplicantInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "居民身份证号码" })
  residentId!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Elected representative (collective disputes: 3–5)." })
  representative?: boolean | null;
}

@InputType("ArbitrationRespondentInput")
export class RespondentInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "统一社会信用代码" })
  creditCode!: string;

  @Field(() => String, { nullable: true })
  legalRepresentative?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType("ArbitrationClaimInput")
export class ClaimInput {
  @Field(() => ClaimKind)
  kind!: ClaimKind;

  @Field(() => String)
  description!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Applicant position (0-based) bringing it; omit when all bring it together.",
  })
  applicantPosition?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount claimed (请求金额)." })
  amount?: string | null;

  @Field(() => LocalDateScalar, { description: "Day the worker knew or should have known of the infringement." })
  knewOfInfringementOn!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Day the employment ended; omit while it continues.",
  })
  employmentEndedOn?: string | null;
}

@InputType("ArbitrationEvidenceInput")
export class EvidenceInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String)
  submittedBy!: string;
}

@InputType({ description: "仲裁申请" })
export class FileArbitrationApplicationInput {
  @Field(() => String, { description: "解纷码 of the dispute (with or without separators)." })
  disputeCode!: string;

  @Field(() => String, {
    nullable: true,
    description: "Commission region; defaults to the county of the dispute code.",
  })
  commissionRegion?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The commission receiving it (the one the registry sent the dispute to); defaults to the active commission " +
      "of the commission region. Name it where the county has several.",
  })
  commissionId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the application reached the commission (by post it may be earlier); defaults to now. Staff only: an online application is received when submitted.",
  })
  receivedAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: "The failed MediationCase this application follows (one step from mediation).",
  })
  failedMediationId?: string | null;

  @Field(() => [ApplicantInput])
  applicants!: ApplicantInput[];

  @Field(() => RespondentInput)
  respondent!: RespondentInput;

  @Field(() => [ClaimInput])
  claims!: ClaimInput[];

  @Field(() => [EvidenceInput], { nullable: true })
  evidence?: EvidenceInput[] | null;
}

/** Common to every step: which case, the version read, and when the step happened (each step names its own input). */
@InputType("ArbitrationStepInput")
export abstract class CaseStepInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Version the client read; the step fails with CONFLICT if the case changed since.",
  })
  expectedVersion?: number | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the step was taken (entered after the fact); defaults to now, never in the future.",
  })
  occurredAt?: Date | null;
}

@InputType({ description: "受理: accept the application." })
export class AcceptArbitrationCaseInput extends CaseStepInput {}

@InputType({ description: "撤销受理 (更正): void an acceptance recorded in error; the reason is required." })
export class VoidArbitrationAcceptanceInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => VoidReason, { description: "Why, in a word: the resident's timeline shows it" })
  reason!: VoidReason;

  @Field(() => String, {
    description: "The commission's own account of the error; kept with the case, never on the timeline",
  })
  explanation!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Version the client read; the void fails with CONFLICT if the case changed since.",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "申请书副本送达被申请人" })
export class RecordArbitrationServiceInput extends CaseStepInput {}

@InputType({ description: "裁决书送达" })
export class RecordArbitrationAwardServiceInput extends CaseStepInput {}

@InputType({ description: "答辩书收到" })
export class RecordArbitrationAnswerInput extends CaseStepInput {}

@InputType("RejectArbitrationCaseInput", { description: "不予受理" })
export class RejectInput extends CaseStepInput {
  @Field(() => String)
  reason!: string;
}

@InputType("ComposeArbitrationTribunalInput")
export class ComposeTribunalInput extends CaseStepInput {
  @Field(() => TribunalKind)
  kind!: TribunalKind;

  @Field(() => [String])
  arbitrators!: string[];

  @Field(() => String, { description: "首席仲裁员 (the sole arbitrator when SOLE)." })
  presidingArbitrator!: string;
}

@InputType("ScheduleArbitrationHearingInput")
export class ScheduleHearingInput extends CaseStepInput {
  @Field(() => Date)
  hearingAt!: Date;

  @Field(() => String, { nullable: true })
  place?: string | null;
}

@InputType("PostponeArbitrationHearingInput")
export class PostponeHearingInput extends CaseStepInput {
  @Field(() => Date)
  newHearingAt!: Date;

  @Field(() => String)
  requestedBy!: string;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: "开庭审理: the scheduled hearing was held; how each side appeared." })
export class RecordArbitrationHearingHeldInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Version the client read; the step fails with CONFLICT if the case changed since.",
  })
  expectedVersion?: number | null;

  @Field(() => Date, {
    description: "When the hearing was held: not before the day it was scheduled for, never in the future.",
  })
  heldAt!: Date;

  @Field(() => String, { description: "Where it was held, e.g. 桐庐县社会治理综合服务中心仲裁庭 (one line)." })
  place!: string;

  @Field(() => ArbitrationAppearance, { description: "How the applicants' side appeared." })
  applicantAppearance!: ArbitrationAppearance;

  @Field(() => ArbitrationAppearance, { description: "How the respondent appeared." })
  respondentAppearance!: ArbitrationAppearance;
}

@InputType("ExtendArbitrationAwardPeriodInput")
export class ExtendAwardPeriodInput extends CaseStepInput {
  @Field(() => Int)
  days!: number;

  @Field(() => String, { description: "The commission's chair (仲裁委员会主任) who approved." })
  approvedBy!: string;

  @Field(() => String)
  reason!: string;
}

@InputType("CloseArbitrationByMediationStatementInput")
export class CloseByMediationInput extends CaseStepInput {
  @Field(() => String, { description: "调解书 number" })
  documentNumber!: string;

  @Field(() => String)
  summary!: string;
}

@InputType("ArbitrationClaimDecisionInput")
export class ClaimDecisionInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => ClaimDecision)
  decision!: ClaimDecision;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount awarded (required unless DISMISSED)." })
  awardedAmount?: string | null;
}

@InputType("IssueArbitrationAwardInput")
export class IssueAwardInput extends CaseStepInput {
  @Field(() => String, { description: "裁决书 number" })
  documentNumber!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Handed to the parties on issue (当庭/当日送达); default true. Otherwise record the service later.",
  })
  servedOnIssue?: boolean | null;

  @Field(() => [ClaimDecisionInput], { description: "A decision for every claim." })
  decisions!: ClaimDecisionInput[];
}

@InputType({ description: "Commission queue filter (all conditions apply)." })
export class ArbitrationCaseFilter {
  @Field(() => [ArbitrationStatus], { nullable: true })
  statuses?: ArbitrationStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only cases with a procedural clock past its deadline." })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Only cases with a procedural clock due within 2 days." })
  dueSoon?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  collective?: boolean | null;

  @Field(() => String, { nullable: true, description: "Commission region code." })
  commissionRegion?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Received on or after this day." })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Received on or before this day." })
  to?: string | null;
}

@ArgsType()
export class ArbitrationCasesArgs {
  @Field(() => ArbitrationCaseFilter, { nullable: true })
  filter?: ArbitrationCaseFilter | null;

  @Field(() => ArbitrationCaseSort, { nullable: true, defaultValue: ArbitrationCaseSort.NEWEST_RECEIVED })
  sort?: ArbitrationCaseSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "An arbitrator's calendar: whose, and which days." })
export class ArbitrationCalendarFilter {
  @Field(() => String, { description: "The arbitrator's name, as on the tribunal." })
  arbitrator!: string;

  @Field(() => LocalDateScalar, { description: "Hearings on or after this day (China time)." })
  from!: string;

  @Field(() => LocalDateScalar, { description: "Hearings on or before this day (China time); at most 366 days on." })
  to!: string;
}

@ArgsType()
export class ArbitratorCalendarArgs {
  @Field(() => ArbitrationCalendarFilter)
  filter!: ArbitrationCalendarFilter;

  @Field(() => ArbitrationCalendarSort, { nullable: true, defaultValue: ArbitrationCalendarSort.EARLIEST_FIRST })
  sort?: ArbitrationCalendarSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** A party's arbitration cases (Party.arbitrationCases): by status and the day the application was received. */
export const ArbitrationPartyCaseFilter = PartyRecordFilter<ArbitrationStatus>(
  ArbitrationStatus,
  "ArbitrationPartyCaseFilter",
  "Received",
);
export type ArbitrationPartyCaseFilter = InstanceType<typeof ArbitrationPartyCaseFilter>;

@InputType({ description: "仲裁员名册: an arbitrator added to a commission's roster." })
export class RegisterArbitrationArbitratorInput {
  @Field(() => ID, { description: "The commission whose roster it is." })
  commissionId!: string;

  @Field(() => String, { description: "The arbitrator's name, unique on the commission's roster." })
  name!: string;
}

@InputType({ description: "暂停、恢复或退出名录: an arbitrator's new status and why." })
export class ChangeArbitrationArbitratorStatusInput extends DirectoryStatusChange("arbitratorId", {
  status: "SUSPENDED to suspend, ACTIVE to reinstate, RETIRED for good.",
  reason: "Why (e.g. 任期届满, 回避调查期间); shown on the roster.",
}) {}

@InputType({ description: "Which arbitrators of the roster to list." })
export class ArbitrationArbitratorFilter {
  @Field(() => String, { nullable: true, description: "Region code of the commission." })
  commissionRegion?: string | null;

  @Field(() => ID, { nullable: true, description: "The commission whose roster to list." })
  commissionId?: string | null;

  @Field(() => [DirectoryStatus], {
    nullable: true,
    description: "Arbitrators in these statuses; by default only active ones (those who may be appointed).",
  })
  statuses?: DirectoryStatus[] | null;
}

@InputType({ description: "仲裁委名录维护: a commission joins the department's directory, ACTIVE." })
export class AddArbitrationCommissionInput {
  @Field(() => String, { description: "Unique in the directory, e.g. 桐庐县劳动人事争议仲裁委员会" })
  name!: string;

  @Field(() => CommissionKind)
  kind!: CommissionKind;

  @Field(() => String, { description: "GB/T 2260 code of the county served, 6 digits" })
  regionCode!: string;

  @Field(() => [String], { description: "The dispute categories it takes, e.g. 劳动争议, 拖欠农民工工资" })
  categories!: string[];

  @Field(() => String, { description: "案号 prefix (字号) the commission chose, ending in 字, e.g. 桐劳人仲案字" })
  caseNumberPrefix!: string;
}

@InputType({ description: "暂停、恢复或退出名录: a commission's new status and why." })
export class ChangeArbitrationCommissionStatusInput extends DirectoryStatusChange("commissionId", {
  status: "SUSPENDED to suspend, ACTIVE to reinstate, RETIRED for good (only without undecided cases).",
  reason: "Why (e.g. 机构合并, 暂停受理); shown in the directory.",
}) {}

@InputType({ description: "Which commissions of the directory to list." })
export class ArbitrationCommissionFilter {
  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the county served." })
  regionCode?: string | null;

  @Field(() => [DirectoryStatus], {
    nullable: true,
    description: "Commissions in these statuses; by default every one.",
  })
  statuses?: DirectoryStatus[] | null;
}
