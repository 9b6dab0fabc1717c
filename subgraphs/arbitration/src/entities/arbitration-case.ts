import { CaseParty } from "@onedoor/shared/graphql/case-party";
import { PartyKind } from "@onedoor/shared/graphql/party-kind";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import type { PersonalDataOwner } from "@onedoor/shared/auth/access";
import type { RecordScope } from "@onedoor/shared/auth/policy";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import type { ClockKind } from "@onedoor/shared/clock/index";
import { ClockKindValue } from "@onedoor/shared/graphql/clock-type";
import { Connection } from "@onedoor/shared/graphql/connection";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import { LocalDateScalar, MoneyScalar } from "@onedoor/shared/graphql/scalars";
import type { ApplicantRow, CaseRow } from "../db/rows.js";
import {
  ArbitrationAppearance,
  ArbitrationStatus,
  ClaimDecision,
  ClaimKind,
  FinalityReason,
  FollowOnAction,
  FollowOnParty,
  LitigationReasonCode,
  TribunalKind,
} from "./enums.js";

/** The mediation subgraph's case, referenced by id; the gateway resolves its fields there. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("MediationCase")
export class MediationCaseRef {
  @Field(() => ID)
  id!: string;
}

/** 申请人 (a worker); name, resident ID and phone are field resolvers (masked unless the caller needs them). */
@ObjectType("ArbitrationApplicant", { implements: CaseParty, description: "申请人 (a worker)." })
export class Applicant implements Omit<CaseParty, "name" | "kind"> {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "Order in the application, from 0." })
  position!: number;

  @Field(() => Boolean, { description: "Elected representative of a collective dispute (推举代表)." })
  representative!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "Internal party id (当事人标识); null on records written before party ids.",
  })
  partyId!: string | null;

  /** The stored row and whose data it is, for the masking field resolvers. */
  row!: ApplicantRow;
  owner!: PersonalDataOwner;
}

@ObjectType("ArbitrationRespondent", { implements: CaseParty, description: "被申请人 (the employer)." })
export class Respondent implements CaseParty {
  @Field(() => String, { description: "The employer's registered name: public." })
  name!: string;

  @Field(() => PartyKind, { description: "Always ORGANISATION: the employer is identified by its credit code." })
  kind!: PartyKind;

  @Field(() => String, {
    description: "统一社会信用代码 (validated, GB 32100); public for organisations, never masked.",
  })
  creditCode!: string;

  @Field(() => String, { nullable: true, description: "法定代表人; masked (张*) for summary readers." })
  legalRepresentative!: string | null;

  @Field(() => String, { nullable: true, description: "Null for summary readers." })
  address!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Internal party id (当事人标识) from the credit code; null on records written before party ids.",
  })
  partyId!: string | null;

  @Field(() => PartyStub, { nullable: true, description: "The employer as a party of the center (其他部门的记录)." })
  party!: PartyStub | null;
}

@ObjectType("ArbitrationLimitationCheck", {
  description: "Limitation check at filing (仲裁时效): a warning for the tribunal, never a rejection.",
})
export class LimitationCheck {
  @Field(() => Boolean, { description: "False for pay owed during a continuing employment: no limitation runs yet." })
  running!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: "Last day of the one-year limitation." })
  deadlineDate!: string | null;

  @Field(() => Boolean)
  expired!: boolean;

  @Field(() => String, { nullable: true })
  warningZh!: string | null;
}

@ObjectType("ArbitrationClaim", { description: "仲裁请求 with its decision once awarded." })
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => ClaimKind)
  kind!: ClaimKind;

  @Field(() => String, {
    nullable: true,
    description: "The claim as worded by the applicant; null for summary readers.",
  })
  description!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Applicant (position) bringing the claim; null = all applicants together.",
  })
  applicantPosition!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount claimed (请求金额)." })
  amount!: string | null;

  @Field(() => LocalDateScalar, { description: "Day the worker knew of the infringement." })
  knewOfInfringementOn!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Day the employment ended; null while it continues.",
  })
  employmentEndedOn!: string | null;

  @Field(() => LimitationCheck)
  limitation!: LimitationCheck;

  @Field(() => ClaimDecision, { nullable: true })
  decision!: ClaimDecision | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount awarded (裁决金额)." })
  awardedAmount!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "一裁终局 for this claim: set with the award, previewed before it.",
  })
  final!: boolean | null;

  @Field(() => FinalityReason, { nullable: true })
  finalityReason!: FinalityReason | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the claim is or is not final, with the minimum-wage basis.",
  })
  finalityExplanation!: string | null;
}

@ObjectType("ArbitrationEvidence", { description: "证据 listed with the application." })
export class EvidenceItem {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "What it proves; null for summary readers." })
  description!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Who submitted it (申请人 / 被申请人 or a name); null for summary readers.",
  })
  submittedBy!: string | null;
}

@ObjectType("ArbitrationTribunal", { description: "仲裁庭" })
export class Tribunal {
  @Field(() => TribunalKind)
  kind!: TribunalKind;

  @Field(() => [String])
  arbitrators!: string[];

  @Field(() => String, { description: "首席仲裁员 (the sole arbitrator when SOLE)." })
  presidingArbitrator!: string;

  @Field(() => Date, { description: "When the parties were notified of the tribunal." })
  notifiedAt!: Date;
}

@ObjectType("ArbitrationPostponement", { description: "延期开庭 granted on a party's request." })
export class Postponement {
  @Field(() => String, { nullable: true, description: "Null for summary readers." })
  requestedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Null for summary readers." })
  reason!: string | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => Date)
  previousHearingAt!: Date;

  @Field(() => Date)
  newHearingAt!: Date;
}

@ObjectType("ArbitrationHearing", { description: "开庭" })
export class Hearing {
  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => Date, { description: "When the parties were notified (at least 5 days before)." })
  noticeAt!: Date;

  @Field(() => [Postponement])
  postponements!: Postponement[];

  @Field(() => Date, {
    nullable: true,
    description: "开庭审理: when this hearing was held; null until it is (a further hearing starts null again).",
  })
  heldAt!: Date | null;

  @Field(() => ArbitrationAppearance, { nullable: true, description: "How the applicants' side appeared when held." })
  applicantAppearance!: ArbitrationAppearance | null;

  @Field(() => ArbitrationAppearance, { nullable: true, description: "How the respondent appeared when held." })
  respondentAppearance!: ArbitrationAppearance | null;
}

@ObjectType("ArbitrationAwardExtension", {
  description: "Extension of the award period approved by the commission's chair.",
})
export class AwardExtension {
  @Field(() => Int)
  days!: number;

  @Field(() => String)
  approvedBy!: string;

  @Field(() => String, { nullable: true, description: "Null for summary readers." })
  reason!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType("ArbitrationClosing", {
  description: "How the case ended: 裁决书 (award) or 调解书 (mediation statement).",
})
export class CaseClosing {
  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  documentNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What the award or statement decides; null for summary readers.",
  })
  summary!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "For an award: when the parties received it (starts the windows to sue or revoke).",
  })
  servedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: "For an award: 一裁终局 (all claims final)." })
  final!: boolean | null;
}

@ObjectType("ArbitrationLitigationReason", {
  description: "Why a party may now sue although arbitration has not decided the dispute.",
})
export class LitigationReason {
  @Field(() => LitigationReasonCode)
  code!: LitigationReasonCode;

  @Field(() => String)
  messageZh!: string;

  @Field(() => String)
  messageEn!: string;
}

@ObjectType("ArbitrationFollowOnOption", { description: "A step open to a party after the award, and its window." })
export class FollowOnOption {
  @Field(() => FollowOnParty)
  party!: FollowOnParty;

  @Field(() => FollowOnAction)
  action!: FollowOnAction;

  @Field(() => ClockKindValue, { description: "The clock that bounds it, as in ArbitrationCase.clocks." })
  clockKind!: ClockKind;

  @Field(() => Date)
  deadline!: Date;

  @Field(() => Boolean, { description: "False once the window has passed." })
  open!: boolean;

  @Field(() => String)
  descriptionZh!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "仲裁案件 of the 劳动人事争议仲裁委员会: in full for the commission, the commander and the parties; other departments' staff see a summary (names masked, narratives null).",
})
export class ArbitrationCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => String, { description: "案号, e.g. 桐劳人仲案字〔2026〕第87号" })
  caseNumber!: string;

  @Field(() => ID, { description: "The commission's id in the department's directory (仲裁委名录)." })
  commissionId!: string;

  @Field(() => String, { description: "仲裁委员会" })
  commission!: string;

  @Field(() => ArbitrationStatus)
  status!: ArbitrationStatus;

  @Field(() => Date, { description: "When the application was received (收到申请)." })
  receivedAt!: Date;

  @Field(() => Boolean, { description: "集体劳动争议: 10+ workers with a common claim, handled with priority." })
  collective!: boolean;

  @Field(() => Respondent)
  respondent!: Respondent;

  @Field(() => [EvidenceItem])
  evidence!: EvidenceItem[];

  @Field(() => MediationCaseRef, { nullable: true, description: "The failed mediation this application follows." })
  failedMediation!: MediationCaseRef | null;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  rejectedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "不予受理的理由; null for summary readers." })
  rejectionReason!: string | null;

  @Field(() => Date, { nullable: true, description: "撤销受理 (更正): when the acceptance was voided" })
  voidedAt!: Date | null;

  @Field(() => VoidReason, { nullable: true, description: "撤销受理 (更正): why the acceptance was voided" })
  voidReason!: VoidReason | null;

  @Field(() => String, {
    nullable: true,
    description: "撤销受理: the commission's account of the error; null for summary readers.",
  })
  voidExplanation!: string | null;

  @Field(() => Date, { nullable: true, description: "申请书副本送达被申请人" })
  servedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "答辩书收到" })
  answeredAt!: Date | null;

  @Field(() => Tribunal, { nullable: true })
  tribunal!: Tribunal | null;

  @Field(() => Hearing, { nullable: true })
  hearing!: Hearing | null;

  @Field(() => [AwardExtension])
  awardExtensions!: AwardExtension[];

  @Field(() => CaseClosing, { nullable: true })
  closing!: CaseClosing | null;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back as expectedVersion." })
  version!: number;

  /** The stored row, for field resolvers computing clocks and relations. */
  row!: CaseRow;
  /** Who the case concerns and how much of it the caller sees (domain/access.ts). */
  scope!: RecordScope;
  visibility!: "full" | "summary";
}

@ObjectType()
export class ArbitrationCaseConnection extends Connection(ArbitrationCase) {}
