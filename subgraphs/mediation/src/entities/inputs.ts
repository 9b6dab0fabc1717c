// Every input of the mediation subgraph: queue and directory filters and the mutations' inputs. Each
// mutation that changes a case takes the optional `expectedVersion` it was read at (optimistic concurrency).
import { Field, ID, InputType, Int } from "type-graphql";
import type { LocalDate } from "@onedoor/shared/clock/index";
import { PartyRecordFilter } from "@onedoor/shared/graphql/party-records";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import { LocalDateScalar, MoneyScalar } from "@onedoor/shared/graphql/scalars";
import { DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS } from "../domain/suggest-mediators.js";
import {
  AppraisalFeePayer,
  AppraisalKind,
  CommitteeLevel,
  CommitteeType,
  DirectoryStatus,
  ExpertKind,
  FollowUpStatus,
  MediationCaseSource,
  MediationCaseStatus,
  MediationNextStep,
  MediationSessionMode,
  MediatorRole,
} from "./enums.js";

@InputType({ description: "Queue filter: all given conditions apply." })
export class MediationCaseFilter {
  @Field(() => ID, { nullable: true })
  committeeId?: string;

  @Field(() => ID, { nullable: true, description: "A mediator's workload: cases they sit on (not recused)" })
  mediatorId?: string;

  @Field(() => [MediationCaseStatus], { nullable: true })
  statuses?: MediationCaseStatus[];

  @Field(() => Boolean, { nullable: true, description: "Only cases whose clock is (or is not) overdue" })
  overdue?: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: "Accepted on this day (China time) or later" })
  from?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: "Accepted on this day (China time) or earlier" })
  to?: LocalDate;

  @Field(() => String, { nullable: true })
  disputeCode?: string;
}

/** A party's mediation cases (Party.mediationCases): by status and the day they were accepted. */
export const MediationPartyCaseFilter = PartyRecordFilter<MediationCaseStatus>(
  MediationCaseStatus,
  "MediationPartyCaseFilter",
  "Accepted",
);
export type MediationPartyCaseFilter = InstanceType<typeof MediationPartyCaseFilter>;

@InputType()
export class AcceptMediationCaseInput {
  @Field(() => String, { description: "解纷码 (with or without separators)" })
  disputeCode!: string;

  @Field(() => ID)
  committeeId!: string;

  @Field(() => MediationCaseSource)
  source!: MediationCaseSource;

  @Field(() => String, {
    nullable: true,
    description: "Dispatch number, or the court's case number for 诉前委派 (required then)",
  })
  sourceReference?: string;

  @Field(() => [String], { nullable: true, description: "联合调解 departments" })
  participatingDepartments?: string[];

  @Field(() => Date, { nullable: true, description: "When accepted; now when absent" })
  acceptedAt?: Date;
}

@InputType()
export class AssignMediatorInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  mediatorId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Make this mediator the lead; the first one assigned leads anyway",
  })
  lead?: boolean;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class RecuseMediatorInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  mediatorId!: string;

  @Field(() => String, { description: "The party who asked (当事人申请回避)" })
  requestedBy!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class AddParticipatingDepartmentsInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => [String], {
    nullable: true,
    description: "Departments by name, where the unit is not in the registry's list (prefer unitIds)",
  })
  departments?: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      "Units by id: member units of the dispute's county (Query.memberUnits) that are active, checked against the registry's list",
  })
  unitIds?: string[];

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType({ description: "A unit at a session and its representative (出席代表)." })
export class MediationAttendingUnitInput {
  @Field(() => ID, { description: "One of the case's participatingUnits" })
  unitId!: string;

  @Field(() => String, { description: "The representative's name, e.g. 县综合行政执法局 王建军" })
  representative!: string;
}

@InputType()
export class RecordMediationSessionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => MediationSessionMode)
  mode!: MediationSessionMode;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => String)
  place!: string;

  @Field(() => [String], {
    description:
      "Parties and other persons present, by name (masked per person on read); may be empty when staff or units attended",
  })
  attendees!: string[];

  @Field(() => [ID], { nullable: true, description: "The committee's mediators who sat, by id" })
  mediatorIds?: string[];

  @Field(() => [MediationAttendingUnitInput], {
    nullable: true,
    description: "Units of the case's table that attended (participatingUnits), each with its representative",
  })
  attendingUnits?: MediationAttendingUnitInput[];

  @Field(() => String)
  notes!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class PauseMediationClockInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: "e.g. 医疗损害鉴定" })
  reason!: string;

  @Field(() => Date, { nullable: true, description: "Now when absent" })
  from?: Date;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class ResumeMediationClockInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Date, { nullable: true, description: "Now when absent" })
  at?: Date;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType({ description: "委托鉴定: commission an appraisal of a medical case; its clock pauses from the request." })
export class RequestMediationAppraisalInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: "The appraisal institution, e.g. 杭州市医学会 / 浙江迪安司法鉴定中心" })
  body!: string;

  @Field(() => AppraisalKind)
  kind!: AppraisalKind;

  @Field(() => Date, { description: "When the appraisal was commissioned; the clock pauses from then" })
  requestedAt!: Date;

  @Field(() => AppraisalFeePayer)
  feePayer!: AppraisalFeePayer;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType({
  description: "收到鉴定意见: record an appraisal's opinion; the case's clock runs again from its receipt.",
})
export class RecordMediationAppraisalResultInput {
  @Field(() => ID)
  appraisalId!: string;

  @Field(() => Date, { description: "When the opinion (鉴定意见书) was received; not before the request" })
  receivedAt!: Date;

  @Field(() => String, { description: "The opinion in brief, e.g. 医方存在过错，承担次要责任（30%）" })
  conclusionSummary!: string;

  @Field(() => Int, { nullable: true, description: "The hospital's share of liability, 0–100 percent, if stated" })
  liabilityShare?: number;

  @Field(() => Int, { nullable: true, description: "The appraisal's version it was read at" })
  expectedVersion?: number;
}

@InputType()
export class PickMediationExpertInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  expertId!: string;

  @Field(() => String, { description: "The party who picked (点单)" })
  pickedBy!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class PickMyMediationExpertInput {
  @Field(() => ID, { description: "A mediation case of a dispute the signed-in resident is a party of" })
  caseId!: string;

  @Field(() => ID, { description: "One of mediationExpertChoices for the case" })
  expertId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class PickMediationExpertForPartyInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: "One of mediationExpertChoices for the case" })
  expertId!: string;

  @Field(() => ID, { description: "The party who picks (点单当事人): a party of the case's dispute, by her Party id" })
  partyId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class FailMediationInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => MediationNextStep)
  suggestedNextStep!: MediationNextStep;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class WithdrawMediationInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType({ description: "撤销受理 (更正): void an acceptance made in error; the reason is required." })
export class VoidMediationAcceptanceInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => VoidReason, { description: "Why, in a word: the resident's timeline shows it" })
  reason!: VoidReason;

  @Field(() => String, {
    description: "The committee's own account of the error; kept with the case, never on the timeline",
  })
  explanation!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType()
export class MediationObligationInput {
  @Field(() => String)
  payer!: string;

  @Field(() => String)
  payee!: string;

  @Field(() => MoneyScalar, { description: "More than zero" })
  amount!: string;

  @Field(() => String)
  description!: string;
}

@InputType()
export class ReachMediationAgreementInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  terms!: string;

  @Field(() => [MediationObligationInput])
  obligations!: MediationObligationInput[];

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
export class RecordPerformanceFollowUpInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => FollowUpStatus)
  status!: FollowUpStatus;

  @Field(() => String)
  notes!: string;

  @Field(() => Date, { nullable: true, description: "Now when absent" })
  at?: Date;

  @Field(() => Int, { nullable: true, description: "The case's version as read (MediationAgreement.case.version)" })
  expectedVersion?: number;
}

@InputType("MediationCommitteeFilter")
export class CommitteeFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string;

  @Field(() => CommitteeType, { nullable: true })
  type?: CommitteeType;

  @Field(() => CommitteeLevel, { nullable: true })
  level?: CommitteeLevel;

  @Field(() => String, { nullable: true, description: "Committees listing this specialty" })
  specialty?: string;

  @Field(() => DirectoryStatus, { nullable: true, description: "Only those in this lifecycle state" })
  status?: DirectoryStatus;
}

@InputType("MediationMediatorFilter")
export class MediatorFilter {
  @Field(() => ID, { nullable: true })
  committeeId?: string;

  @Field(() => String, { nullable: true })
  specialty?: string;

  @Field(() => String, { nullable: true })
  dialect?: string;

  @Field(() => MediatorRole, { nullable: true })
  role?: MediatorRole;

  @Field(() => Boolean, { nullable: true })
  available?: boolean;

  @Field(() => DirectoryStatus, { nullable: true, description: "Only those in this lifecycle state" })
  status?: DirectoryStatus;
}

@InputType("MediationExpertFilter")
export class ExpertFilter {
  @Field(() => String, { nullable: true })
  specialty?: string;

  @Field(() => ExpertKind, { nullable: true })
  kind?: ExpertKind;

  @Field(() => String, { nullable: true })
  regionCode?: string;

  @Field(() => DirectoryStatus, { nullable: true, description: "Only those in this lifecycle state" })
  status?: DirectoryStatus;
}

@InputType()
export class SuggestMediatorsInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => [String], { nullable: true, description: "Specialties wanted; the committee's own when absent" })
  specialties?: string[];

  @Field(() => Int, { nullable: true, description: `At most ${MAX_SUGGESTIONS}; ${DEFAULT_SUGGESTIONS} when absent` })
  first?: number;
}

@InputType({ description: "名录维护: a committee joins the directory (ACTIVE)." })
export class AddMediationCommitteeInput {
  @Field(() => String, { description: "Unique in the directory, e.g. 普陀区医疗纠纷人民调解委员会" })
  name!: string;

  @Field(() => CommitteeType)
  type!: CommitteeType;

  @Field(() => CommitteeLevel)
  level!: CommitteeLevel;

  @Field(() => String, { description: "GB/T 2260 code of the county served, 6 digits" })
  regionCode!: string;

  @Field(() => [String], { description: "擅长领域: the dispute categories it covers in that county" })
  specialties!: string[];
}

@InputType({ description: "名录维护: a mediator joins a committee (ACTIVE, available)." })
export class AddMediationMediatorInput {
  @Field(() => ID)
  committeeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => MediatorRole)
  role!: MediatorRole;

  @Field(() => [String], { nullable: true })
  specialties?: string[];

  @Field(() => [String], { nullable: true, description: "Languages or dialects besides Mandarin" })
  dialects?: string[];
}

@InputType({ description: "名录维护: a lawyer or expert joins the expert pool (ACTIVE)." })
export class AddMediationExpertInput {
  @Field(() => String)
  name!: string;

  @Field(() => ExpertKind)
  kind!: ExpertKind;

  @Field(() => [String], { description: "Specialties, e.g. 医疗纠纷, 心血管外科" })
  specialties!: string[];

  @Field(() => String, { description: "GB/T 2260 code of the county whose pool it joins, 6 digits" })
  regionCode!: string;

  @Field(() => String, { description: "Law firm, hospital, institute…" })
  organization!: string;

  @Field(() => String, { nullable: true, description: "职称, e.g. 主任医师, 一级律师" })
  title?: string;
}

@InputType({ description: "暂停 / 恢复 / 退出 of a committee, with the reason." })
export class ChangeMediationCommitteeStatusInput {
  @Field(() => ID)
  committeeId!: string;

  @Field(() => DirectoryStatus)
  status!: DirectoryStatus;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: "暂停 / 恢复 / 退出 of a mediator, with the reason." })
export class ChangeMediatorStatusInput {
  @Field(() => ID)
  mediatorId!: string;

  @Field(() => DirectoryStatus)
  status!: DirectoryStatus;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: "暂停 / 恢复 / 退出 of an expert of the pool, with the reason." })
export class ChangeMediationExpertStatusInput {
  @Field(() => ID)
  expertId!: string;

  @Field(() => DirectoryStatus)
  status!: DirectoryStatus;

  @Field(() => String)
  reason!: string;
}
