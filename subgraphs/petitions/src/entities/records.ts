import { CaseParty } from "@onedoor/shared/graphql/case-party";
import { PartyKind } from "@onedoor/shared/graphql/party-kind";
import { Field, ID, Int, ObjectType } from "type-graphql";
import type { PersonalDataOwner } from "@onedoor/shared/auth/access";
import {
  Department,
  DisputeLinkDirection,
  DisputeLinkKind,
  DisputePartyRole,
  Satisfaction,
  VisitSource,
} from "./enums.js";

@ObjectType("DisputeParty", {
  implements: CaseParty,
  description: "A party or respondent of a dispute (当事人 / 被申请人).",
})
export class DisputeParty implements CaseParty {
  @Field(() => ID)
  id!: string;

  @Field(() => DisputePartyRole)
  role!: DisputePartyRole;

  @Field(() => PartyKind)
  kind!: PartyKind;

  @Field(() => String, { nullable: true, description: "统一社会信用代码 (organisations): public, never masked." })
  creditCode!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Internal party id (当事人标识), the same for this person in every dispute and department; null without an identifier.",
  })
  partyId!: string | null;

  // Personal data: resolved masked or in full (audited) by DisputePartyResolver.
  name!: string;
  residentId!: string | null;
  phone!: string | null;
  legalRepresentative!: string | null;
  /** Whose data this is, for masking and the audit entry (set by the resolver that lists the parties). */
  owner!: PersonalDataOwner;
}

@ObjectType({
  description:
    "An in-person visit for a matter (来访 / 跑一次): a visit recorded at the window, or attendance in person at a department's step (到场).",
})
export class Visit {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { name: "at", description: "When the party came." })
  visitedAt!: Date;

  @Field(() => String, { description: "Where, e.g. 桐庐县社会治理综合服务中心综合受理窗口." })
  place!: string;

  @Field(() => String, { nullable: true, description: "Why the party came; null for summary readers." })
  purpose!: string | null;

  @Field(() => String)
  recordedBy!: string;

  @Field(() => VisitSource, {
    description:
      "Who recorded the visit: the window, or the department whose step the parties attended in person (到场), e.g. a mediation session held at the center.",
  })
  source!: VisitSource;
}

@ObjectType({ description: "One dispatch (派单): the rule that fired, or who overrode it and why." })
export class Dispatch {
  @Field(() => ID)
  id!: string;

  @Field(() => Department)
  department!: Department;

  @Field(() => String, { description: "Handling body (承办单位)." })
  body!: string;

  @Field(() => [String], { description: "Co-handling bodies (协办单位), by name as at the dispatch." })
  coHandlers!: string[];

  @Field(() => [ID], {
    description:
      "The co-handlers by id, in the order of `coHandlers`: member units (Query.memberUnits) or bodies a department published. Empty for dispatches made before co-handlers were named by id.",
  })
  coHandlerIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: "Routing rule that suggested this department; null when no rule applied.",
  })
  ruleId!: string | null;

  @Field(() => String, { description: "Version of the routing rules in force." })
  rulesVersion!: string;

  @Field(() => Department, { nullable: true, description: "Department the rules suggested." })
  suggestedDepartment!: Department | null;

  @Field(() => Boolean, { description: "The clerk sent the matter elsewhere than the rules suggested." })
  overridden!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Why the clerk overrode the rules (or any note); null for summary readers.",
  })
  reason!: string | null;

  @Field(() => String, { name: "by", description: "User id of the clerk who dispatched." })
  dispatchedBy!: string;

  @Field(() => Date, { name: "at", description: "When it was dispatched." })
  dispatchedAt!: Date;
}

@ObjectType({ description: "What the routing rules suggest for a dispute now (分流建议)." })
export class RoutingSuggestion {
  @Field(() => String, { nullable: true, description: "Rule that fired; null = catch-all window (兜底)." })
  ruleId!: string | null;

  @Field(() => String)
  rulesVersion!: string;

  @Field(() => Department)
  department!: Department;

  @Field(() => String)
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The body's id in its department's published directory (mediation's committees); null otherwise.",
  })
  bodyId!: string | null;
}

@ObjectType({
  description:
    "承办单位: a body of a department's published directory that can take a dispute now (serves its county, takes its category, active, staffed).",
})
export class SuitableBody {
  @Field(() => ID, { description: "The body's id in its department's directory." })
  id!: string;

  @Field(() => Department)
  department!: Department;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "GB/T 2260 code of the area it serves." })
  regionCode!: string;

  @Field(() => Int, { description: "How many of its people can take a case now (在岗调解员)." })
  availableStaff!: number;
}

@ObjectType({
  description:
    "Joint consultation (会商研判, 3+X): judge, chief mediator, legal-aid lawyer and the departments concerned.",
})
export class Consultation {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  heldAt!: Date;

  @Field(() => String, { description: "法官" })
  judge!: string;

  @Field(() => String, { description: "首席调解员" })
  chiefMediator!: string;

  @Field(() => String, { description: "法律援助律师" })
  legalAidLawyer!: string;

  @Field(() => [String], { description: "The departments concerned (X)." })
  departments!: string[];

  @Field(() => String, { nullable: true, description: "研判结论; null for summary readers." })
  conclusion!: string | null;

  @Field(() => String)
  recordedBy!: string;
}

@ObjectType({ description: "The party's satisfaction evaluation after closure (满意度评价)." })
export class Evaluation {
  @Field(() => Satisfaction)
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true, description: "The party's comment; null for summary readers." })
  comment!: string | null;

  @Field(() => Date)
  evaluatedAt!: Date;
}

@ObjectType({ description: "A follow-up visit by staff after closure (回访)." })
export class FollowUp {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: "电话 / 上门 / 短信 ..." })
  method!: string;

  @Field(() => String, { nullable: true, description: "回访情况; null for summary readers." })
  notes!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether a mediation agreement was performed (协议履行), when one exists.",
  })
  agreementPerformed!: boolean | null;

  @Field(() => String)
  recordedBy!: string;
}

@ObjectType({
  description: "A link between two disputes: possible duplicate flagged at intake, link, or merge (重复诉求并单).",
})
export class DisputeLink {
  @Field(() => ID)
  id!: string;

  @Field(() => DisputeLinkKind)
  kind!: DisputeLinkKind;

  @Field(() => DisputeLinkDirection, { description: "Which end of the link this dispute is." })
  direction!: DisputeLinkDirection;

  /** Resolved by DisputeLinkResolver: only for callers who may see the other dispute. */
  otherCode!: string;

  @Field(() => String, { nullable: true, description: "Why; null for summary readers." })
  reason!: string | null;

  @Field(() => String)
  createdBy!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: "Counts of a dispute's runs (最多跑一地)." })
export class RunSummary {
  @Field(() => Int, { description: "In-person visits recorded." })
  visits!: number;

  @Field(() => Int, { description: "Runs: distinct days with an in-person visit (0 = zero-run, 1 = one-run)." })
  runs!: number;
}
