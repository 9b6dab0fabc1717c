import { CaseParty } from "@onedoor/shared/graphql/case-party";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import type { PersonalDataOwner } from "@onedoor/shared/auth/access";
import type { LocalDate } from "@onedoor/shared/clock/index";
import { Connection } from "@onedoor/shared/graphql/connection";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import { LocalDateScalar, MoneyScalar } from "@onedoor/shared/graphql/scalars";
import {
  ConsentChannel,
  ConsentRecorder,
  CourtCaseStatus,
  CourtProcedure,
  EnforcementOutcome,
  MediatorKind,
  PartyKind,
  PartyRole,
  Performance,
  PreFilingSuccess,
  TrialProcedure,
} from "./enums.js";

/** The mediation subgraph's agreement, by key only: the gateway fetches the rest from mediation. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("MediationAgreement")
export class MediationAgreementRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType("CourtCauseOfAction", {
  description: "案由: cause of action from a version of the Supreme People's Court's list.",
})
export class CauseOfAction {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: "e.g. 劳务合同纠纷" })
  name!: string;

  @Field(() => String, { description: "Part of the list, e.g. 第四部分 合同、准合同纠纷" })
  part!: string;

  @Field(() => String, { description: "Version of the list, e.g. 2020" })
  listVersion!: string;

  @Field(() => LocalDateScalar, { description: "Day the list version took effect." })
  listEffectiveFrom!: LocalDate;

  @Field(() => Boolean, { description: "确认身份、收养、婚姻关系: agreements on it cannot be judicially confirmed." })
  excludedFromConfirmation!: boolean;
}

@ObjectType({
  implements: CaseParty,
  description: "当事人. Name, ID number and party id are resolved per caller (see CourtCasePartyResolver).",
})
export class CourtCaseParty implements Omit<CaseParty, "name" | "partyId"> {
  @Field(() => ID)
  id!: string;

  @Field(() => PartyRole)
  role!: PartyRole;

  @Field(() => PartyKind)
  kind!: PartyKind;

  @Field(() => Boolean, {
    description: "Has consented to the joint application (司法确认); see JudicialConfirmation.consents.",
  })
  joinsApplication!: boolean;

  // Not in the schema: what the per-caller fields need.
  fullName!: string;
  idNumberValue!: string | null;
  partyIdValue!: string | null;
  /** The caller sees the case as a summary (another department's staff): no party identifiers. */
  summary!: boolean;
  owner!: PersonalDataOwner;
}

@ObjectType({ description: "诉讼请求 / 申请事项" })
export class CourtCaseClaim {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "The claim's text; null for summary readers." })
  description!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount in yuan with two decimals, e.g. "42000.00".' })
  amount!: string | null;
}

@ObjectType("CourtPreFilingMediation", {
  description: "诉前调解: the court's delegation of a dispute to a mediator before filing.",
})
export class PreFilingMediation {
  @Field(() => MediatorKind)
  mediatorKind!: MediatorKind;

  @Field(() => String, { description: "人民调解委员会 or the invited mediator's organisation." })
  mediatorBody!: string;

  @Field(() => String)
  mediatorName!: string;

  @Field(() => PreFilingSuccess, { nullable: true, description: "How a successful mediation ended." })
  success!: PreFilingSuccess | null;

  @Field(() => MediationAgreementRef, {
    nullable: true,
    description: "The agreement the delegated committee reached, which ended the mediation (owned by mediation).",
  })
  agreement!: MediationAgreementRef | null;

  @Field(() => Date, { nullable: true })
  concludedAt!: Date | null;
}

@ObjectType({
  description: "共同申请: one party's consent to the joint application for judicial confirmation, its own act.",
})
export class JudicialConfirmationConsent {
  @Field(() => ID)
  id!: string;

  @Field(() => CourtCaseParty, { description: "The party consenting (name masked as on the case's parties)." })
  party!: CourtCaseParty;

  @Field(() => ConsentChannel)
  channel!: ConsentChannel;

  @Field(() => ConsentRecorder)
  recorder!: ConsentRecorder;

  @Field(() => String, {
    nullable: true,
    description: "代理人 who consented for the party, if not the party itself; null for summary readers.",
  })
  representativeName!: string | null;

  @Field(() => Date, { description: "When the party consented." })
  at!: Date;
}

@ObjectType({ description: "司法确认 of a mediation agreement." })
export class JudicialConfirmation {
  @Field(() => MediationAgreementRef, {
    nullable: true,
    description: "The agreement confirmed (owned by the mediation subgraph).",
  })
  agreement!: MediationAgreementRef | null;

  @Field(() => Date, { description: "When the agreement took effect: the 30-day application period runs from here." })
  agreementEffectiveAt!: Date;

  @Field(() => [JudicialConfirmationConsent], { description: "Each party's consent, in the order given." })
  consents!: JudicialConfirmationConsent[];

  @Field(() => Boolean, {
    description: "共同申请: every party has consented, so the court may accept the application.",
  })
  joint!: boolean;

  @Field(() => Date, { nullable: true, description: "受理: when the court accepted the application." })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When the court decided not to accept or ruled." })
  decidedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Reason of a refusal to accept or of a rejecting ruling; null for summary readers.",
  })
  reason!: string | null;

  @Field(() => Boolean, { description: "具有强制执行力: confirmed, so a party may apply for enforcement." })
  enforceable!: boolean;

  @Field(() => Performance, { nullable: true, description: "履行情况 once confirmed." })
  performance!: Performance | null;
}

@ObjectType("CourtEnforcement", { description: "执行: enforcement of a confirmed agreement or a judgment." })
export class Enforcement {
  @Field(() => EnforcementOutcome, { nullable: true })
  outcome!: EnforcementOutcome | null;

  @Field(() => String, { nullable: true, description: "How it ended, in the court's words; null for summary readers." })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  concludedAt!: Date | null;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "法院案件 for a dispute: a pre-filing mediation, a filed case, a judicial confirmation or an enforcement.",
})
export class CourtCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => String, { description: "案号, e.g. (2026)浙0122民初123号" })
  caseNumber!: string;

  @Field(() => String, { description: "法院代字, e.g. 浙0122" })
  courtCode!: string;

  @Field(() => ID, {
    description: "The court body handling the case (诉讼服务中心 or 人民法庭), by its id in the court's directory.",
  })
  bodyId!: string;

  @Field(() => CourtProcedure)
  procedure!: CourtProcedure;

  @Field(() => CourtCaseStatus)
  status!: CourtCaseStatus;

  @Field(() => Int, {
    description:
      "Increases with every change of the case; send it as expectedVersion to change it only as you read it.",
  })
  version!: number;

  @Field(() => Date, { description: "When the court registered the case (登记)" })
  filedAt!: Date;

  @Field(() => Boolean, { description: "线上调 / 掌上办: handled online, so it needed no trip (zero runs)." })
  online!: boolean;

  @Field(() => Boolean, { description: "速裁: on the fast track for simple cases." })
  fastTrack!: boolean;

  @Field(() => TrialProcedure, { nullable: true, description: "First instance: 普通 / 简易 / 小额诉讼." })
  trialProcedure!: TrialProcedure | null;

  @Field(() => VoidReason, { nullable: true, description: "撤销立案 (更正): why the filing was voided" })
  voidReason!: VoidReason | null;
}

@ObjectType()
export class CourtCaseConnection extends Connection(CourtCase) {}

@ObjectType({
  description:
    "司法确认 counts for a court and period (e.g. Putuo 2018: 207 confirmed, 187 performed on time, 20 enforced).",
})
export class JudicialConfirmationStatistics {
  @Field(() => Int, { description: "Applications registered." })
  applied!: number;

  @Field(() => Int, { description: "Agreements confirmed (裁定确认有效)." })
  confirmed!: number;

  @Field(() => Int, { description: "Confirmed agreements performed without enforcement." })
  performed!: number;

  @Field(() => Int, { description: "Confirmed agreements sent to enforcement (申请强制执行)." })
  enforced!: number;

  @Field(() => Int, { description: "Confirmed agreements whose performance is still open." })
  pendingPerformance!: number;

  @Field(() => Int, { description: "Applications refused (不予受理 or 驳回)." })
  refused!: number;
}
