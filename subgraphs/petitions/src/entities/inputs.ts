import { ArgsType, Field, InputType, Int } from "type-graphql";
import {
  Channel,
  Department,
  DisputePartyKind,
  DisputeStatus,
  PetitionEventType,
  PetitionState,
  RoutingFlag,
  ServiceTier,
  StatutoryProcedure,
} from "./enums.js";

const EXPECTED_VERSION = "The dispute's version the change was made from; a dispute changed since then is a CONFLICT.";

@InputType("DisputePartyInput", {
  description:
    "A party or respondent at intake. Applicants must be identifiable; respondents may be known by name only.",
})
export class PartyInput {
  @Field(() => DisputePartyKind)
  kind!: DisputePartyKind;

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

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
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

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
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

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
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

@ArgsType()
export class DisputesArgs {
  @Field(() => DisputeFilter, { nullable: true })
  filter?: DisputeFilter | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "One step of petition handling; which fields are needed depends on the type." })
export class PetitionEventInput {
  @Field(() => PetitionEventType)
  type!: PetitionEventType;

  @Field(() => Date, { nullable: true, description: "When it happened; now when omitted." })
  at?: Date | null;

  @Field(() => StatutoryProcedure, { nullable: true, description: "ROUTE_OUT: the procedure the matter belongs to." })
  routeTo?: StatutoryProcedure | null;

  @Field(() => Int, { nullable: true, description: "EXTEND_HANDLING: days (the total may not exceed 30)." })
  days?: number | null;

  @Field(() => String, { nullable: true, description: "EXTEND_HANDLING: who approved." })
  approvedBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "EXTEND_HANDLING: the reason told to the petitioner; HEARING: what the hearing was.",
  })
  reason?: string | null;

  @Field(() => Date, { nullable: true, description: "HEARING: start (excluded from the review clock)." })
  hearingFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "HEARING: end." })
  hearingTo?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "The petition's version the step was made from; a petition changed since then is a CONFLICT.",
  })
  expectedVersion?: number | null;
}

@ArgsType()
export class PetitionQueueArgs {
  @Field(() => String, { nullable: true, description: "Only this petition agent's petitions (代办员的待办)." })
  agentName?: string | null;

  @Field(() => [PetitionState], { nullable: true })
  state?: PetitionState[] | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({
  description: "What the cockpit shows: a period (China time, inclusive), optionally a region and a category.",
})
export class CockpitFilter {
  @Field(() => String, { description: "First day, YYYY-MM-DD." })
  from!: string;

  @Field(() => String, { description: "Last day, YYYY-MM-DD." })
  to!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Province, prefecture or county (6 digits), town (9) or village (12) code, within the caller's region; default: the caller's region.",
  })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Dispute category, e.g. 劳动争议." })
  category?: string | null;
}
