import { CaseParty } from "@onedoor/shared/graphql/case-party";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import { MoneyScalar } from "@onedoor/shared/graphql/scalars";
import {
  ApplicantGroup,
  ClosureOutcome,
  EligibilityBasis,
  LegalAidMatter,
  LegalAidStatus,
  QualityRating,
} from "./enums.js";
import { LegalAidProvider } from "./provider.js";

/** Arbitration's case, referenced by id; the gateway fetches the rest from the arbitration subgraph. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("ArbitrationCase")
export class ArbitrationCaseRef {
  @Field(() => ID)
  id!: string;
}

/** Litigation's case, referenced by id; resolved by the litigation subgraph through the gateway. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("CourtCase")
export class CourtCaseRef {
  @Field(() => ID)
  id!: string;
}

/**
 * 申请人. Personal data is masked by default: the full resident ID and phone are separate fields
 * (`residentIdFull`, `phoneFull`) for those who need them, and every such read is audited.
 */
@ObjectType({
  implements: CaseParty,
  description: "申请人: resident ID and phone masked; the full values are `residentIdFull`/`phoneFull` (audited).",
})
export class LegalAidApplicant implements Omit<CaseParty, "kind"> {
  @Field(() => String, {
    description: "In full for the legal aid center, the commander and the applicant; 张* for others.",
  })
  name!: string;

  @Field(() => String, { nullable: true, description: "居民身份证号码, masked (330122********2016)." })
  residentId!: string | null;

  @Field(() => String, { nullable: true, description: "Masked (135****3408)." })
  phone!: string | null;

  @Field(() => [ApplicantGroup], {
    nullable: true,
    description:
      "Groups exempt from the means check (art. 42) the applicant has shown material for (hardship material): null for summary readers.",
  })
  groups!: ApplicantGroup[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "Internal party id of the applicant (never the ID number); null when there is no resident ID.",
  })
  partyId!: string | null;
}

@ObjectType({
  description:
    "经济状况 declared for the means test: only the legal aid center, the commander and the applicant see it.",
})
export class LegalAidFinancialSituation {
  @Field(() => Int, { nullable: true, description: "家庭人口数" })
  householdSize!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "家庭人均月收入" })
  monthlyIncomePerHead!: string | null;
}

@ObjectType({ description: "审查决定: the rule that decided, and written reasons for a refusal." })
export class LegalAidDecision {
  @Field(() => Boolean, { description: "准予 (true) or 不予 (false) legal aid." })
  granted!: boolean;

  // The basis and article name the applicant's hardship group (e.g. 低保 under art. 42): personal data.
  @Field(() => EligibilityBasis, {
    nullable: true,
    description: "Null for summary readers: it tells the applicant's hardship group.",
  })
  basis!: EligibilityBasis | null;

  @Field(() => String, {
    nullable: true,
    description: "Article applied, e.g. 《法律援助法》第四十二条第三项; null for summary readers.",
  })
  article!: string | null;

  @Field(() => String, { description: "Version of the eligibility rule set used, e.g. LAL-2022.1." })
  ruleVersion!: string;

  @Field(() => Boolean, { description: "Whether the financial situation was checked (经济困难审查)." })
  meansTestApplied!: boolean;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Hardship standard (经济困难标准) used by the means test, per head per month.",
  })
  hardshipStandard!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Source of that standard (configuration; marked verify until checked).",
  })
  hardshipStandardSource!: string | null;

  @Field(() => String, { nullable: true, description: "Why aid is granted; null for summary readers." })
  explanation!: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "不予法律援助的理由 (written reasons, may state the household income), empty for a grant; null for summary readers.",
  })
  refusalReasons!: string[] | null;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => String)
  decidedBy!: string;
}

@ObjectType("LegalAidProvisionalAid", { description: "先行提供法律援助 (art. 44): aid started at once, papers later." })
export class ProvisionalAid {
  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { description: "The legal deadline in the linked case that made it urgent." })
  legalDeadline!: Date;

  @Field(() => String)
  article!: string;

  @Field(() => String)
  note!: string;
}

@ObjectType("LegalAidMaterialRequest", { description: "补充材料通知: the decision clock is paused while it is open." })
export class MaterialRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: "What is missing (e.g. 家庭经济状况说明表); null for summary readers.",
  })
  items!: string | null;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => String)
  requestedBy!: string;

  @Field(() => Date, { nullable: true })
  suppliedAt!: Date | null;
}

@ObjectType({ description: "指派: who handles the case." })
export class LegalAidAssignment {
  @Field(() => LegalAidProvider)
  provider!: LegalAidProvider;

  @Field(() => Date)
  assignedAt!: Date;

  @Field(() => String)
  assignedBy!: string;
}

@ObjectType({ description: "结案" })
export class LegalAidClosure {
  @Field(() => Date)
  closedAt!: Date;

  @Field(() => ClosureOutcome)
  outcome!: ClosureOutcome;

  @Field(() => String, { nullable: true, description: "结案情况; null for summary readers." })
  summary!: string | null;
}

@ObjectType({ description: "质量评查" })
export class LegalAidQualityReview {
  @Field(() => QualityRating)
  rating!: QualityRating;

  @Field(() => String)
  reviewer!: string;

  @Field(() => String, { nullable: true, description: "评查意见; null for summary readers." })
  comment!: string | null;

  @Field(() => Date)
  reviewedAt!: Date;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "法律援助案件: an application for legal aid and, when granted, the aid given." })
export class LegalAidCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "解纷码 of the dispute, when the application is for one." })
  disputeCode!: string | null;

  @Field(() => LegalAidMatter)
  matter!: LegalAidMatter;

  @Field(() => LegalAidStatus)
  status!: LegalAidStatus;

  @Field(() => VoidReason, { nullable: true, description: "撤销受理 (更正): why the application's receipt was voided" })
  voidReason!: VoidReason | null;

  @Field(() => Int, {
    description: "Bumped by every change: send it back as `expectedVersion` so a stale edit gets CONFLICT.",
  })
  version!: number;

  @Field(() => String, { description: "Region whose hardship standard applies (GB/T 2260)." })
  regionCode!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The centre or workstation that received the application (on a dispute, the one the registry sent it to); " +
      "null only in a county whose centre is not in the directory.",
  })
  centreId!: string | null;

  @Field(() => Date, { description: "When the application was received (申请)." })
  appliedAt!: Date;

  @Field(() => Date, { nullable: true, description: "Legal deadline in the linked case (urgent rule, art. 44)." })
  urgentDeadline!: Date | null;
}

@ObjectType()
export class LegalAidCaseConnection extends Connection(LegalAidCase) {}
