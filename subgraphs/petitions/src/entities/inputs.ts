import { Field, InputType, Int } from "type-graphql";
import { Channel, Department, DisputeStatus, PartyKind, RoutingFlag, ServiceTier } from "./enums.js";

@InputType("DisputePartyInput", {
  description:
    "A party or respondent at intake. Applicants must be identifiable; respondents may be known by name only.",
})
export class PartyInput {
  @Field(() => PartyKind)
  kind!: "PERSON" | "ORGANISATION";

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "居民身份证号码 (natural persons; required for applicants)." })
  residentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Mobile or landline with area code (required for natural-person applicants).",
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "统一社会信用代码 (organisations; required for applicants)." })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: "法定代表人 (organisations)." })
  legalRepresentative?: string | null;
}

@InputType({ description: "A matter as registered at the one window (登记)." })
export class RegisterDisputeInput {
  @Field(() => String, { description: "Short title, 2–100 characters." })
  title!: string;

  @Field(() => String, { description: "What happened and what the party asks for, up to 5,000 characters." })
  description!: string;

  @Field(() => String, { description: "Category from the category list in force, e.g. 损害赔偿." })
  category!: string;

  @Field(() => String, { description: "6-digit county code, or a 9/12-digit statistical town/village code under it." })
  region!: string;

  @Field(() => String, { nullable: true, description: 'Amount involved in yuan, e.g. "3800.50" (涉及金额).' })
  amountInvolved?: string | null;

  @Field(() => Int, { nullable: true, description: "Number of people involved (涉及人数); 1 when omitted." })
  peopleInvolved?: number | null;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => [PartyInput], { description: "Applicants (当事人): at least one." })
  parties!: PartyInput[];

  @Field(() => [PartyInput], { nullable: true, description: "Respondents (被申请人), when known." })
  respondents?: PartyInput[] | null;

  @Field(() => [RoutingFlag], { nullable: true })
  flags?: RoutingFlag[] | null;

  @Field(() => ServiceTier, {
    nullable: true,
    description: "Chosen tier; by default complex for a major dispute, else ordinary.",
  })
  serviceTier?: ServiceTier | null;

  @Field(() => String, {
    nullable: true,
    description: "Client-chosen key (8–128 chars): a retry with the same key and input returns the same dispute.",
  })
  idempotencyKey?: string | null;
}

@InputType()
export class VisitInput {
  @Field(() => Date, { nullable: true, description: "When; now when omitted." })
  visitedAt?: Date | null;

  @Field(() => String)
  place!: string;

  @Field(() => String)
  purpose!: string;
}

@InputType({ description: "会商研判 (3+X)." })
export class ConsultationInput {
  @Field(() => Date, { nullable: true })
  heldAt?: Date | null;

  @Field(() => String)
  judge!: string;

  @Field(() => String)
  chiefMediator!: string;

  @Field(() => String)
  legalAidLawyer!: string;

  @Field(() => [String], { description: "At least one department concerned (X)." })
  departments!: string[];

  @Field(() => String)
  conclusion!: string;
}

@InputType()
export class FollowUpInput {
  @Field(() => Date, { nullable: true })
  at?: Date | null;

  @Field(() => String)
  method!: string;

  @Field(() => String)
  notes!: string;

  @Field(() => Boolean, { nullable: true })
  agreementPerformed?: boolean | null;
}

@InputType({ description: "Queue filter; every field narrows the list." })
export class DisputeFilter {
  @Field(() => [DisputeStatus], { nullable: true, description: "Any of these statuses." })
  status?: DisputeStatus[] | null;

  @Field(() => Department, { nullable: true, description: "Lead department." })
  department?: Department | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => String, { nullable: true, description: "6-digit county code." })
  regionCode?: string | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Open disputes past (true) or within (false) their service clock.",
  })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  major?: boolean | null;

  @Field(() => Date, { nullable: true, description: "Registered at or after." })
  registeredFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Registered before." })
  registeredBefore?: Date | null;
}
