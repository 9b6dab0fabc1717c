import { Field, ID, InputType, Int } from "type-graphql";
import type { LocalDate } from "@onedoor/shared/clock/index";
import { PartyRecordFilter } from "@onedoor/shared/graphql/party-records";
import { LocalDateScalar, MoneyScalar } from "@onedoor/shared/graphql/scalars";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { DirectoryStatusChange } from "@onedoor/shared/directory/fields";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import {
  ConsentChannel,
  CourtBodyKind,
  CourtCaseStatus,
  CourtProcedure,
  EnforcementOutcome,
  MediatorKind,
  PartyKind,
  PartyRole,
  PreFilingSuccess,
  TrialProcedure,
} from "./enums.js";

const EXPECTED_VERSION =
  "The case's version as you read it: if it changed since, nothing is done and the answer is CONFLICT.";

@InputType("CourtPartyInput", { description: "当事人" })
export class PartyInput {
  @Field(() => PartyRole)
  role!: PartyRole;

  @Field(() => PartyKind)
  kind!: PartyKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Resident ID (person) or unified social credit code (organisation).",
  })
  idNumber?: string | null;
}

@InputType("CourtClaimInput", { description: "诉讼请求 / 申请事项" })
export class ClaimInput {
  @Field(() => String)
  description!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Yuan, up to two decimals, e.g. "42000" or "42000.50".' })
  amount?: string | null;
}

@InputType({ description: "What every new case needs." })
export class CaseBasicsInput {
  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => String, {
    nullable: true,
    description: "County region code of the court; default: the dispute code's county.",
  })
  courtRegionCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The court body opening the case (诉讼服务中心 or 人民法庭): the one the registry sent the dispute to. Default: " +
      "that body when it is this court's, else the court's service centre.",
  })
  bodyId?: string | null;

  @Field(() => String, { description: "案由 code in the list in force (see causesOfAction)." })
  causeOfActionCode!: string;

  @Field(() => [PartyInput])
  parties!: PartyInput[];

  @Field(() => [ClaimInput], { nullable: true })
  claims?: ClaimInput[] | null;

  @Field(() => Boolean, { nullable: true, description: "线上调 / 掌上办; default false." })
  online?: boolean | null;
}

@InputType()
export class DelegatePreFilingMediationInput extends CaseBasicsInput {
  @Field(() => MediatorKind)
  mediatorKind!: MediatorKind;

  @Field(() => String, { description: "人民调解委员会, or the invited mediator's organisation." })
  mediatorBody!: string;

  @Field(() => String)
  mediatorName!: string;
}

@InputType()
export class FileCourtCaseInput extends CaseBasicsInput {
  @Field(() => TrialProcedure)
  trialProcedure!: TrialProcedure;

  @Field(() => Boolean, { nullable: true, description: "速裁; simplified or small-claims cases only. Default false." })
  fastTrack?: boolean | null;
}

/** A step on an existing case: which case, and optionally the version the caller read. Never referenced itself. */
@InputType()
abstract class CaseStepInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
}

/** Extends a running clock of the case: days, and why. Never referenced itself. */
@InputType()
export abstract class CaseClockExtensionInput extends CaseStepInput {
  @Field(() => Int)
  days!: number;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: "Extend a pre-filing mediation: days, and the parties' consent in the reason." })
export class ExtendPreFilingMediationInput extends CaseClockExtensionInput {}

@InputType({ description: "Extend the ruling period: days (up to 10), and the president's approval in the reason." })
export class ExtendJudicialConfirmationRulingInput extends CaseClockExtensionInput {}

@InputType()
export class RecordPreFilingMediationSuccessInput extends CaseStepInput {
  @Field(() => PreFilingSuccess)
  success!: PreFilingSuccess;
}

@InputType({ description: "诉前调解不成: file the case at once." })
export class FileAfterFailedPreFilingMediationInput extends CaseStepInput {
  @Field(() => TrialProcedure)
  trialProcedure!: TrialProcedure;

  @Field(() => Boolean, { nullable: true })
  fastTrack?: boolean | null;
}

@InputType({ description: "撤销立案 (更正): void a filing recorded in error; the reason is required." })
export class VoidCourtCaseFilingInput extends CaseStepInput {
  @Field(() => VoidReason, { description: "Why, in a word: the resident's timeline shows it" })
  reason!: VoidReason;

  @Field(() => String, {
    description: "The court's own account of the error; kept with the case, never on the timeline",
  })
  explanation!: string;
}

@InputType({ description: "判决: the case judged." })
export class RecordJudgmentInput extends CaseStepInput {}

@InputType()
export class ApplyForJudicialConfirmationInput extends CaseBasicsInput {
  @Field(() => ID, {
    description: "MediationAgreement.id in the mediation subgraph: an agreement reached on this dispute.",
  })
  agreementId!: string;
}

@InputType({
  description:
    "共同申请: one party's consent to a judicial confirmation application, given by the party itself (signed in) or taken by a court clerk.",
})
export class ConsentToJudicialConfirmationInput extends CaseStepInput {
  @Field(() => ID, { description: "The CourtCaseParty.id of the party consenting." })
  casePartyId!: string;

  @Field(() => ConsentChannel)
  channel!: ConsentChannel;

  @Field(() => String, {
    nullable: true,
    description:
      "代理人: the representative consenting for the party, as the clerk records it; not for a party itself.",
  })
  representativeName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "到场地点: where a party consented in person (IN_PERSON only); defaults to the service centre of the court of the dispute's county (e.g. 桐庐县人民法院诉讼服务中心). The party's trip there counts toward the dispute's runs.",
  })
  place?: string | null;
}

/** A court decision with an optional reason (required when refusing). Never referenced itself. */
@InputType()
export abstract class CourtDecisionInput extends CaseStepInput {
  @Field(() => Boolean)
  granted!: boolean;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: "受理决定: accept (granted), or refuse with a reason (不予受理)." })
export class DecideJudicialConfirmationAcceptanceInput extends CourtDecisionInput {}

@InputType({ description: "裁定: confirm the agreement (granted), or reject the application with a reason (驳回)." })
export class RuleOnJudicialConfirmationInput extends CourtDecisionInput {}

@InputType({ description: "履行: the obligor performed the confirmed agreement or the judgment of this case." })
export class RecordCourtPerformanceInput extends CaseStepInput {}

@InputType()
export class ApplyForEnforcementInput {
  @Field(() => ID, {
    description: "The confirmation (民特) or first-instance (民初) case whose ruling was not performed.",
  })
  basisCaseId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The basis case's version as you read it: if it changed since, nothing is done and the answer is CONFLICT.",
  })
  expectedVersion?: number | null;

  @Field(() => Boolean, { nullable: true })
  online?: boolean | null;
}

@InputType()
export class ConcludeEnforcementInput extends CaseStepInput {
  @Field(() => EnforcementOutcome)
  outcome!: EnforcementOutcome;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: "Queue filter for the court service center." })
export class CourtCaseFilter {
  @Field(() => [CourtProcedure], { nullable: true })
  procedures?: CourtProcedure[] | null;

  @Field(() => [CourtCaseStatus], { nullable: true })
  statuses?: CourtCaseStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only cases with a running clock past its deadline (true), or none (false).",
  })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  online?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Filed on or after this day (China time)." })
  from?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Filed on or before this day (China time)." })
  to?: LocalDate | null;

  @Field(() => String, { nullable: true, description: "法院代字, e.g. 浙0903" })
  courtCode?: string | null;

  @Field(() => String, { nullable: true })
  disputeCode?: string | null;
}

/** A party's court cases (Party.courtCases): by status and the day the case was filed. */
export const CourtPartyCaseFilter = PartyRecordFilter<CourtCaseStatus>(
  CourtCaseStatus,
  "CourtPartyCaseFilter",
  "Filed",
);
export type CourtPartyCaseFilter = InstanceType<typeof CourtPartyCaseFilter>;

@InputType({ description: "特邀调解员名册: an invited mediator added to a court's roster." })
export class RegisterCourtInvitedMediatorInput {
  @Field(() => String, { description: "法院代字 of the court, e.g. 浙0122." })
  courtCode!: string;

  @Field(() => String, { description: "The mediator's name, unique on the court's roster." })
  name!: string;

  @Field(() => String, { description: "Where the mediator works from, e.g. 桐庐县律师协会特邀调解工作室." })
  organisation!: string;
}

@InputType({ description: "暂停、恢复或退出名录: an invited mediator's new status and why." })
export class ChangeCourtInvitedMediatorStatusInput extends DirectoryStatusChange("mediatorId", {
  status: "SUSPENDED to suspend, ACTIVE to reinstate, RETIRED for good.",
  reason: "Why (e.g. 聘期届满, 当事人投诉核查中); shown on the roster.",
}) {}

@InputType({ description: "Which invited mediators of the rosters to list." })
export class CourtInvitedMediatorFilter {
  @Field(() => String, { nullable: true, description: "法院代字 of the court, e.g. 浙0122." })
  courtCode?: string | null;

  @Field(() => [DirectoryStatus], {
    nullable: true,
    description: "Mediators in these statuses; by default only active ones (those who may be delegated to).",
  })
  statuses?: DirectoryStatus[] | null;
}

@InputType({ description: "法院机构名录维护: a court body joins the directory, ACTIVE." })
export class AddCourtBodyInput {
  @Field(() => String, { description: "Unique in the directory, e.g. 桐庐县人民法院分水人民法庭" })
  name!: string;

  @Field(() => CourtBodyKind)
  kind!: CourtBodyKind;

  @Field(() => String, { description: "GB/T 2260 code of the county whose court it belongs to, 6 digits" })
  regionCode!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      "The dispute categories a tribunal takes (婚姻家庭, 邻里 …); none for the service centre, which takes all",
  })
  categories?: string[] | null;
}

@InputType({ description: "暂停、恢复或退出名录: a court body's new status and why." })
export class ChangeCourtBodyStatusInput extends DirectoryStatusChange("bodyId", {
  status: "SUSPENDED to suspend, ACTIVE to reinstate, RETIRED for good (only without open cases).",
  reason: "Why (e.g. 法庭撤并, 暂停受理); shown in the directory.",
}) {}

@InputType({ description: "Which court bodies of the directory to list." })
export class CourtBodyFilter {
  @Field(() => String, { nullable: true, description: "法院代字 of the court, e.g. 浙0122." })
  courtCode?: string | null;

  @Field(() => [DirectoryStatus], { nullable: true, description: "Bodies in these statuses; by default every one." })
  statuses?: DirectoryStatus[] | null;
}

@InputType({ description: "承办法官名册: a judge added to a court body's roster." })
export class RegisterCourtJudgeInput {
  @Field(() => ID, { description: "The body whose roster it is." })
  bodyId!: string;

  @Field(() => String, { description: "The judge's name, unique on the body's roster." })
  name!: string;
}

@InputType({ description: "暂停、恢复或退出名录: a judge's new status on the body's roster and why." })
export class ChangeCourtJudgeStatusInput extends DirectoryStatusChange("judgeId", {
  status: "SUSPENDED to suspend, ACTIVE to reinstate, RETIRED for good.",
  reason: "Why (e.g. 调离, 休假); shown on the roster.",
}) {}

@InputType({ description: "Which judges of the bodies' rosters to list." })
export class CourtJudgeFilter {
  @Field(() => ID, { nullable: true, description: "The body whose roster to list." })
  bodyId?: string | null;

  @Field(() => [DirectoryStatus], {
    nullable: true,
    description: "Judges in these statuses; by default only active ones (the body's staff).",
  })
  statuses?: DirectoryStatus[] | null;
}
