import { Field, ID, InputType, Int } from "type-graphql";
import {
  CourtCaseStatus,
  CourtProcedure,
  EnforcementOutcome,
  MediatorKind,
  PartyKind,
  PartyRole,
  PreFilingSuccess,
  TrialProcedure,
} from "./enums.js";

export const EXPECTED_VERSION =
  "The case's version as you read it: if it changed since, nothing is done and the answer is CONFLICT.";

@InputType({ description: "当事人" })
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

  @Field(() => Boolean, { nullable: true, description: "Joins the application (司法确认); default false." })
  joinsApplication?: boolean | null;
}

@InputType({ description: "诉讼请求 / 申请事项" })
export class ClaimInput {
  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: 'Yuan, up to two decimals, e.g. "42000" or "42000.50".' })
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
export class FileCaseInput extends CaseBasicsInput {
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

@InputType({ description: "Extend a clock: days, and why (the parties' consent, the president's approval...)." })
export class ExtendCaseClockInput extends CaseStepInput {
  @Field(() => Int)
  days!: number;

  @Field(() => String)
  reason!: string;
}

@InputType()
export class PreFilingMediationSuccessInput extends CaseStepInput {
  @Field(() => PreFilingSuccess)
  success!: PreFilingSuccess;
}

@InputType({ description: "诉前调解不成: file the case at once." })
export class FileAfterFailedMediationInput extends CaseStepInput {
  @Field(() => TrialProcedure)
  trialProcedure!: TrialProcedure;

  @Field(() => Boolean, { nullable: true })
  fastTrack?: boolean | null;
}

@InputType()
export class ApplyForJudicialConfirmationInput extends CaseBasicsInput {
  @Field(() => ID, {
    description: "MediationAgreement.id in the mediation subgraph: an agreement reached on this dispute.",
  })
  agreementId!: string;
}

@InputType({ description: "A court decision with an optional reason (required when refusing)." })
export class CourtDecisionInput extends CaseStepInput {
  @Field(() => Boolean)
  granted!: boolean;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

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

  @Field(() => Date, { nullable: true, description: "Filed at or after." })
  filedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Filed before." })
  filedTo?: Date | null;

  @Field(() => String, { nullable: true, description: "法院代字, e.g. 浙0903" })
  courtCode?: string | null;

  @Field(() => String, { nullable: true })
  disputeCode?: string | null;
}
