import { PartyKind } from "@onedoor/shared/graphql/party-kind";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import type { LocalDate } from "@onedoor/shared/clock/local-date";
import { PartyRecordFilter } from "@onedoor/shared/graphql/party-records";
import { LocalDateScalar, MoneyScalar } from "@onedoor/shared/graphql/scalars";
import {
  AlertKind,
  AlertSort,
  AlertStatus,
  CaseEventType,
  Channel,
  ContactMethod,
  Department,
  DisputeLinkDirection,
  DisputeLinkKind,
  DisputeLinkSort,
  DisputeOutcome,
  DisputeSort,
  DisputeStatus,
  EarlyWarningSort,
  HandOffSort,
  HandOffStatus,
  HotlineRequestType,
  MemberUnitKind,
  MemberUnitStatus,
  PetitionEventType,
  PetitionSort,
  PetitionStatus,
  RoutingFlag,
  Satisfaction,
  ServiceTier,
  StatutoryProcedure,
  VisitSort,
  TimelineEventSort,
} from "./enums.js";

const EXPECTED_VERSION = "The dispute's version the change was made from; a dispute changed since then is a CONFLICT.";
const ALERT_VERSION = "The alert's version the step was decided from; an alert changed since then is a CONFLICT.";
const DISPUTE_CODE = "The dispute's 解纷码.";

@InputType("DisputePartyInput", {
  description:
    "A party or respondent at intake. Applicants must be identifiable; respondents may be known by name only.",
})
export class PartyInput {
  @Field(() => PartyKind)
  kind!: PartyKind;

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

  @Field(() => MoneyScalar, { nullable: true, description: "Amount involved (涉及金额)." })
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

  @Field(() => HotlineOrderInput, {
    nullable: true,
    description:
      "The 12345 work order (热线工单), for a matter the hotline passed on: starts the first-response clock.",
  })
  hotlineOrder?: HotlineOrderInput | null;
}

@InputType({ description: "热线工单: the 12345 work order a matter was passed on with." })
export class HotlineOrderInput {
  @Field(() => String, { description: "Work-order number (工单号), 4–40 letters, digits or hyphens." })
  orderNumber!: string;

  @Field(() => Date, { description: "When the resident called the hotline (来电时间)." })
  calledAt!: Date;

  @Field(() => HotlineRequestType)
  requestType!: HotlineRequestType;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "紧急: first contact is due within clock hours instead of working hours.",
  })
  urgent?: boolean | null;
}

@InputType({
  description: "联系当事人: a handler's call or message to a party. It is not a visit and never counts as a run.",
})
export class RecordPartyContactInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

  @Field(() => Date, { nullable: true, description: "When; now when omitted." })
  contactedAt?: Date | null;

  @Field(() => ContactMethod)
  method!: ContactMethod;

  @Field(() => String, {
    description: "What was said or agreed, 2–500 characters (e.g. 已电话联系，约定明日到中心调解).",
  })
  summary!: string;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
}

@InputType({ description: "An in-person visit (来访) for a matter." })
export class RecordVisitInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

  @Field(() => Date, { nullable: true, description: "When; now when omitted." })
  at?: Date | null;

  @Field(() => String)
  place!: string;

  @Field(() => String)
  purpose!: string;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
}

@InputType({ description: "会商研判 (3+X)." })
export class RecordConsultationInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

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

@InputType({ description: "A follow-up visit by staff after closure (回访)." })
export class RecordDisputeFollowUpInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

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

@InputType({ description: "派单: the department (and body) a dispute is sent to." })
export class DispatchDisputeInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

  @Field(() => Department)
  to!: Department;

  @Field(() => String, {
    nullable: true,
    description:
      "Handling body by name; the rule's or the department's default when omitted. For a department that publishes its directory (mediation), a body of that directory.",
  })
  body?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Handling body by its id in the department's published directory (Dispute.suitableBodies); refused unless it can take the dispute now.",
  })
  bodyId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Co-handling units (协办单位) by id: the county's active member units (Query.memberUnits) or bodies a department published (Dispute.suitableBodies). Refused, naming each, when unknown, of another county or not active.",
  })
  coHandlerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Required when overriding the rules." })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
}

@InputType({ description: "办结: how a dispute ended." })
export class CloseDisputeInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

  @Field(() => DisputeOutcome, { description: "How it ended (办结结果)." })
  outcome!: DisputeOutcome;

  @Field(() => String, { description: "The written result (办理结果)." })
  result!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "当场办结: closed at the window on the day of intake.",
  })
  onTheSpot?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Why it is closed although a hand-off still waits for its answer (required then).",
  })
  openMatters?: string | null;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
}

@InputType({ description: "满意度评价: the party's evaluation after closure." })
export class EvaluateDisputeInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

  @Field(() => Satisfaction)
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
}

@InputType({ description: "关联: two disputes about related matters." })
export class LinkDisputesInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

  @Field(() => ID, { description: "The other dispute's 解纷码." })
  otherCode!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
}

@InputType({ description: "重复诉求并单: a repeat dispute merged into the main one." })
export class MergeDisputesInput {
  @Field(() => ID, { description: "The repeat dispute." })
  code!: string;

  @Field(() => ID, { description: "The main dispute." })
  into!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The repeat dispute's version the change was made from; changed since then is a CONFLICT.",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "移交: the department a dispute is handed on to." })
export class HandOffDisputeInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

  @Field(() => Department)
  to!: Department;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { nullable: true, description: "Receiving body; the department's default when omitted." })
  body?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The dispute's version the hand-off was decided from; a dispute changed since then is a CONFLICT.",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "转介/协办: the department that works beside the lead." })
export class ReferDisputeInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

  @Field(() => Department)
  to!: Department;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, { nullable: true, description: "The dispute's version the referral was decided from." })
  expectedVersion?: number | null;
}

@InputType({ description: "The receiving department's answer to a hand-off." })
export class RespondToHandOffInput {
  @Field(() => ID, { description: "The hand-off." })
  id!: string;

  @Field(() => Boolean)
  accept!: boolean;

  @Field(() => String, { nullable: true, description: "Required when rejecting." })
  reason?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The dispute's version the answer was decided from; a dispute changed since then is a CONFLICT.",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "签收 of an alert." })
export class AcknowledgeAlertInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: ALERT_VERSION })
  expectedVersion?: number | null;
}

@InputType({ description: "处置 of an alert: what was done about it." })
export class HandleAlertInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  note!: string;

  @Field(() => Int, { nullable: true, description: ALERT_VERSION })
  expectedVersion?: number | null;
}

@InputType({ description: "A detection run by hand." })
export class DetectAlertsInput {
  @Field(() => LocalDateScalar, { nullable: true, description: "The day the detectors look from; today when omitted." })
  asOf?: LocalDate | null;
}

@InputType({ description: "Queue filter; every field narrows the list." })
export class DisputeFilter {
  @Field(() => [DisputeStatus], { nullable: true, description: "Any of these statuses." })
  statuses?: DisputeStatus[] | null;

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

  @Field(() => Boolean, {
    nullable: true,
    description:
      "首次响应: open disputes from a 12345 work order that nobody has called back yet, past the first-response deadline (true) or still within it (false).",
  })
  firstResponseOverdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "件件有着落: open, dispatched disputes with no lead department (true; always none unless something is wrong, the commander watches it) or with one (false).",
  })
  withoutLeadDepartment?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Registered on or after this day (China time)." })
  from?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Registered on or before this day (China time)." })
  to?: LocalDate | null;
}

@ArgsType()
export class DisputesArgs {
  @Field(() => DisputeFilter, { nullable: true })
  filter?: DisputeFilter | null;

  @Field(() => DisputeSort, { nullable: true, defaultValue: DisputeSort.NEWEST_FIRST })
  sort?: DisputeSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "Which complaints the early warnings look at." })
export class EarlyWarningFilter {
  @Field(() => String, {
    nullable: true,
    description: "A county, prefecture or province code within the caller's region.",
  })
  regionCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Last day of the 30-day window (default today)." })
  asOf?: LocalDate | null;
}

@ArgsType()
export class EarlyWarningsArgs {
  @Field(() => EarlyWarningFilter, { nullable: true })
  filter?: EarlyWarningFilter | null;

  @Field(() => EarlyWarningSort, { nullable: true, defaultValue: EarlyWarningSort.HIGHEST_RATIO_FIRST })
  sort?: EarlyWarningSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "预警 list filter; every field narrows the list." })
export class AlertFilter {
  @Field(() => [AlertKind], { nullable: true, description: "Any of these kinds." })
  kinds?: AlertKind[] | null;

  @Field(() => [AlertStatus], { nullable: true, description: "Any of these statuses; default: NEW and ACKNOWLEDGED." })
  statuses?: AlertStatus[] | null;

  @Field(() => [ID], { nullable: true, description: "Only these alerts (at most 100)." })
  ids?: string[] | null;
}

@ArgsType()
export class AlertsArgs {
  @Field(() => AlertFilter, { nullable: true })
  filter?: AlertFilter | null;

  @Field(() => AlertSort, { nullable: true, defaultValue: AlertSort.NEWEST_FIRST })
  sort?: AlertSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "A dispute's visits; every field narrows the list." })
export class VisitFilter {
  @Field(() => LocalDateScalar, { nullable: true, description: "Came on or after this day (China time)." })
  from?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Came on or before this day (China time)." })
  to?: LocalDate | null;
}

@ArgsType()
export class VisitsArgs {
  @Field(() => VisitFilter, { nullable: true })
  filter?: VisitFilter | null;

  @Field(() => VisitSort, { nullable: true, defaultValue: VisitSort.OLDEST_FIRST })
  sort?: VisitSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "A dispute's links; every field narrows the list." })
export class DisputeLinkFilter {
  @Field(() => [DisputeLinkKind], { nullable: true, description: "Any of these kinds." })
  kinds?: DisputeLinkKind[] | null;

  @Field(() => [DisputeLinkDirection], { nullable: true, description: "Either end, or only one." })
  directions?: DisputeLinkDirection[] | null;
}

@ArgsType()
export class DisputeLinksArgs {
  @Field(() => DisputeLinkFilter, { nullable: true })
  filter?: DisputeLinkFilter | null;

  @Field(() => DisputeLinkSort, { nullable: true, defaultValue: DisputeLinkSort.OLDEST_FIRST })
  sort?: DisputeLinkSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "Timeline filter; every field narrows the list." })
export class TimelineEventFilter {
  @Field(() => [CaseEventType], { nullable: true, description: "Any of these step types, at most 50." })
  types?: CaseEventType[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Happened on or after this day (China time)." })
  from?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Happened on or before this day (China time)." })
  to?: LocalDate | null;
}

@ArgsType()
export class TimelineArgs {
  @Field(() => TimelineEventFilter, { nullable: true })
  filter?: TimelineEventFilter | null;

  @Field(() => TimelineEventSort, { nullable: true, defaultValue: TimelineEventSort.OLDEST_FIRST })
  sort?: TimelineEventSort | null;

  @Field(() => Int, {
    nullable: true,
    description: "Page size, 1–500 (default 200: an ordinary dispute's whole timeline is one page).",
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "Hand-off list filter; every field narrows the list." })
export class HandOffFilter {
  @Field(() => Department, { nullable: true, description: "The receiving department (its inbox)." })
  toDepartment?: Department | null;

  @Field(() => [HandOffStatus], { nullable: true, description: "Any of these statuses." })
  statuses?: HandOffStatus[] | null;
}

@ArgsType()
export class HandOffsArgs {
  @Field(() => HandOffFilter, { nullable: true })
  filter?: HandOffFilter | null;

  @Field(() => HandOffSort, { nullable: true, defaultValue: HandOffSort.NEWEST_FIRST })
  sort?: HandOffSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "Receives a dispute as a petition (信访事项)." })
export class FilePetitionInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

  @Field(() => Date, { nullable: true, description: "When it was received; now when omitted." })
  receivedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The petition agent (代办员) who files it." })
  agentName?: string | null;

  @Field(() => String, { nullable: true, description: "The petition agent's phone." })
  agentPhone?: string | null;
}

@InputType({ description: "One step of petition handling; which fields are needed depends on the type." })
export class AdvancePetitionInput {
  @Field(() => ID, { description: DISPUTE_CODE })
  code!: string;

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

@InputType({ description: "Petition list filter; every field narrows the list." })
export class PetitionFilter {
  @Field(() => String, { nullable: true, description: "Only this petition agent's petitions (代办员的待办)." })
  agentName?: string | null;

  @Field(() => [PetitionStatus], { nullable: true, description: "Any of these statuses." })
  statuses?: PetitionStatus[] | null;
}

@ArgsType()
export class PetitionQueueArgs {
  @Field(() => PetitionFilter, { nullable: true })
  filter?: PetitionFilter | null;

  @Field(() => PetitionSort, { nullable: true, defaultValue: PetitionSort.NEWEST_FIRST })
  sort?: PetitionSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({
  description: "What the cockpit shows: a period (China time, inclusive), optionally a region and a category.",
})
export class CockpitFilter {
  @Field(() => LocalDateScalar, { description: "First day." })
  from!: LocalDate;

  @Field(() => LocalDateScalar, { description: "Last day." })
  to!: LocalDate;

  @Field(() => String, {
    nullable: true,
    description:
      "Province, prefecture or county (6 digits), town (9) or village (12) code, within the caller's region; default: the caller's region.",
  })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Dispute category, e.g. 劳动争议." })
  category?: string | null;
}

/** A party's disputes (Party.disputes, 我的纠纷): by status and the day they were registered. */
export const PartyDisputeFilter = PartyRecordFilter<DisputeStatus>(DisputeStatus, "PartyDisputeFilter", "Registered");
export type PartyDisputeFilter = InstanceType<typeof PartyDisputeFilter>;

/** A party's petitions (Party.petitions): by status and the day they were received. */
export const PartyPetitionFilter = PartyRecordFilter<PetitionStatus>(PetitionStatus, "PartyPetitionFilter", "Received");
export type PartyPetitionFilter = InstanceType<typeof PartyPetitionFilter>;

@ArgsType()
export class PartyDisputesArgs {
  @Field(() => PartyDisputeFilter, { nullable: true })
  filter?: PartyDisputeFilter | null;

  @Field(() => DisputeSort, { nullable: true, defaultValue: DisputeSort.NEWEST_FIRST })
  sort?: DisputeSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class PartyPetitionsArgs {
  @Field(() => PartyPetitionFilter, { nullable: true })
  filter?: PartyPetitionFilter | null;

  @Field(() => PetitionSort, { nullable: true, defaultValue: PetitionSort.NEWEST_FIRST })
  sort?: PetitionSort | null;

  @Field(() => Int, { nullable: true, description: "Page size, 1–100 (default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: "One routing rule of a set to save; conditions left out match any value." })
export class RoutingRuleInput {
  @Field(() => String, { description: "Unique in the set: lower-case letters, digits and hyphens." })
  id!: string;

  @Field(() => String, { description: "Why the rule exists, for the clerk who sees it fire." })
  description!: string;

  @Field(() => [String], { nullable: true, description: "Categories of the list in force on the set's date." })
  categories?: string[] | null;

  @Field(() => MoneyScalar, { nullable: true })
  minAmountYuan?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  maxAmountYuan?: string | null;

  @Field(() => [String], { nullable: true, description: "County codes or prefixes (GB/T 2260 digits)." })
  regionPrefixes?: string[] | null;

  @Field(() => [RoutingFlag], { nullable: true, description: "Flags that must all be set." })
  flags?: RoutingFlag[] | null;

  @Field(() => [RoutingFlag], { nullable: true, description: "Flags none of which may be set." })
  withoutFlags?: RoutingFlag[] | null;

  @Field(() => Department)
  department!: Department;

  @Field(() => String, { description: "Handling body as the clerk reads it; {county} becomes the county's name." })
  body!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Directory departments: the department's code of the kind of body that takes the matter (mediation: its committee type), active and staffed in every county the rule covers.",
  })
  bodyKindCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Directory departments: one published body by id, which must exist and not be retired.",
  })
  bodyId?: string | null;
}

@InputType({ description: "分流规则维护: a new version of the whole routing rule set, in order." })
export class SaveRoutingRuleSetInput {
  @Field(() => String, { description: "A version label not saved before, e.g. TL-ROUTING-2027.1." })
  version!: string;

  @Field(() => LocalDateScalar, { description: "First day it routes; today or later." })
  effectiveFrom!: LocalDate;

  @Field(() => [RoutingRuleInput], {
    description: "Every rule, in the order they are tried; the last takes every matter.",
  })
  rules!: RoutingRuleInput[];
}

@InputType({ description: "入驻: a unit joins the center's joint handling in a county." })
export class AddMemberUnitInput {
  @Field(() => String, { description: "County code (GB/T 2260), e.g. 330122." })
  regionCode!: string;

  @Field(() => String, { description: "Its full name, e.g. 桐庐县综合行政执法局" })
  name!: string;

  @Field(() => MemberUnitKind)
  kind!: MemberUnitKind;
}

@InputType({ description: "A member unit suspended, back in service, or retired." })
export class ChangeMemberUnitStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => MemberUnitStatus)
  status!: MemberUnitStatus;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
}
