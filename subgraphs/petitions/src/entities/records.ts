import { Field, ID, Int, ObjectType } from "type-graphql";
import { Department, DisputeLinkKind, PartyKind, PartyRole, Satisfaction } from "./enums.js";

@ObjectType("DisputeParty", { description: "A party or respondent of a dispute (当事人 / 被申请人)." })
export class Party {
  @Field(() => ID)
  id!: string;

  @Field(() => PartyRole)
  role!: string;

  @Field(() => PartyKind)
  kind!: string;

  @Field(() => String, { description: "Name of the person or organisation." })
  name!: string;

  @Field(() => String, { nullable: true, description: "居民身份证号码 (natural persons)." })
  residentId!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "统一社会信用代码 (organisations)." })
  creditCode!: string | null;

  @Field(() => String, { nullable: true, description: "法定代表人 (organisations)." })
  legalRepresentative!: string | null;
}

@ObjectType({ description: "An in-person visit for a matter (来访 / 跑一次)." })
export class Visit {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  visitedAt!: Date;

  @Field(() => String, { description: "Where, e.g. 桐庐县社会治理综合服务中心综合受理窗口." })
  place!: string;

  @Field(() => String, { description: "Why the party came." })
  purpose!: string;

  @Field(() => String)
  recordedBy!: string;
}

@ObjectType({ description: "One dispatch (派单): the rule that fired, or who overrode it and why." })
export class Dispatch {
  @Field(() => ID)
  id!: string;

  @Field(() => Department)
  department!: string;

  @Field(() => String, { description: "Handling body (承办单位)." })
  body!: string;

  @Field(() => [String], { description: "Co-handling bodies (协办单位)." })
  coHandlers!: string[];

  @Field(() => String, { nullable: true, description: "Routing rule that suggested this department; null when no rule applied." })
  ruleId!: string | null;

  @Field(() => String, { description: "Version of the routing rules in force." })
  rulesVersion!: string;

  @Field(() => Department, { nullable: true, description: "Department the rules suggested." })
  suggestedDepartment!: string | null;

  @Field(() => Boolean, { description: "The clerk sent the matter elsewhere than the rules suggested." })
  overridden!: boolean;

  @Field(() => String, { nullable: true, description: "Why the clerk overrode the rules (or any note)." })
  reason!: string | null;

  @Field(() => String)
  dispatchedBy!: string;

  @Field(() => Date)
  dispatchedAt!: Date;
}

@ObjectType({ description: "What the routing rules suggest for a dispute now (分流建议)." })
export class RoutingSuggestion {
  @Field(() => String, { nullable: true, description: "Rule that fired; null = catch-all window (兜底)." })
  ruleId!: string | null;

  @Field(() => String)
  rulesVersion!: string;

  @Field(() => Department)
  department!: string;

  @Field(() => String)
  body!: string;
}

@ObjectType({ description: "Joint consultation (会商研判, 3+X): judge, chief mediator, legal-aid lawyer and the departments concerned." })
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

  @Field(() => String)
  conclusion!: string;

  @Field(() => String)
  recordedBy!: string;
}

@ObjectType({ description: "The party's satisfaction evaluation after closure (满意度评价)." })
export class Evaluation {
  @Field(() => Satisfaction)
  satisfaction!: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => String)
  notes!: string;

  @Field(() => Boolean, { nullable: true, description: "Whether a mediation agreement was performed (协议履行), when one exists." })
  agreementPerformed!: boolean | null;

  @Field(() => String)
  recordedBy!: string;
}

@ObjectType({ description: "A link between two disputes: possible duplicate flagged at intake, link, or merge (重复诉求并单)." })
export class DisputeLink {
  @Field(() => DisputeLinkKind)
  kind!: string;

  @Field(() => String, { description: "解纷码 of the other dispute." })
  otherCode!: string;

  @Field(() => String)
  reason!: string;

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
