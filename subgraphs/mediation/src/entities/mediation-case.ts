import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import {
  AppraisalFeePayer,
  AppraisalKind,
  MediationCaseSource,
  MediationCaseStatus,
  MediationClockKind,
  MediationNextStep,
  MediationPickChannel,
  MediationSessionMode,
} from "./enums.js";

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "调解案件 for a dispute. In full for the committee's staff, departments of the center named among the participating departments (联合调解) and the commander; " +
    "for the dispute's parties when reached through their dispute or party (staff user ids null, names masked); " +
    "a summary for other departments' staff: status, dates, committee, clock and amounts, names masked, narratives null.",
})
export class MediationCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => MediationCaseSource)
  source!: MediationCaseSource;

  @Field(() => String, { nullable: true, description: "Dispatch number, or the court's case number for a 诉前委派" })
  sourceReference!: string | null;

  @Field(() => MediationCaseStatus)
  status!: MediationCaseStatus;

  @Field(() => MediationClockKind)
  clockKind!: MediationClockKind;

  @Field(() => [String], {
    description:
      "联合调解: departments at the table besides the committee, by name (those named by id are in participatingUnits too)",
  })
  participatingDepartments!: string[];

  @Field(() => Date, { description: "When the committee accepted the case (受理)" })
  acceptedAt!: Date;

  @Field(() => MediationNextStep, { nullable: true, description: "调解不成: where the matter should go next" })
  suggestedNextStep!: MediationNextStep | null;

  @Field(() => VoidReason, { nullable: true, description: "撤销受理 (更正): why the acceptance was voided" })
  voidReason!: VoidReason | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the case ended (agreement, failure, withdrawal, or its acceptance voided)",
  })
  closedAt!: Date | null;

  @Field(() => Int, {
    description: "Changes on every step; pass it as expectedVersion so a concurrent change is detected",
  })
  version!: number;
}

@ObjectType("MediationMediatorAssignment", {
  description: "A mediator on a case; a recused one stays on record (回避).",
})
export class CaseMediatorAssignment {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: "Lead mediator (主持调解)" })
  lead!: boolean;

  @Field(() => Date)
  assignedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: "Who chose this mediator (staff user id); null for residents and summary readers",
  })
  assignedBy!: string | null;

  @Field(() => Date, { nullable: true })
  recusedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "回避理由; null for summary readers" })
  recusalReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Party who asked for the recusal; masked (张*) except for the committee's staff",
  })
  recusalRequestedBy!: string | null;
}

@ObjectType({ description: "A unit at a joint mediation's table (联合调解单位), by its id in the registry." })
export class MediationParticipatingUnit {
  @Field(() => ID, { description: "The member unit's id (Query.memberUnits) or a published body's (a committee)" })
  unitId!: string;

  @Field(() => String, { description: "Its name as the registry gave it" })
  name!: string;
}

@ObjectType({ description: "A unit present at a session, and who represented it (staff: named in full)." })
export class MediationAttendingUnit {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "出席代表: the unit's representative at the session" })
  representative!: string;
}

@ObjectType({ description: "A mediator of the committee who sat at a session." })
export class MediationSessionMediator {
  @Field(() => ID)
  mediatorId!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "调解会: one sitting, in person or by online video." })
export class MediationSession {
  @Field(() => ID)
  id!: string;

  @Field(() => MediationSessionMode)
  mode!: MediationSessionMode;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => String, { description: "Room, or the video platform for an online session" })
  place!: string;

  @Field(() => [String], {
    description:
      "Parties and other persons present, by name: each masked as the registry masks that person (a resident reads her own name, 张* for other persons) except for readers handling the case; a mediator or expert of the case named here is read in full",
  })
  attendees!: string[];

  @Field(() => [MediationSessionMediator], {
    description: "The committee's mediators who sat, by id: staff acting in office, named in full to every reader",
  })
  mediators!: MediationSessionMediator[];

  @Field(() => [MediationAttendingUnit], {
    description: "联合调解: the units at the table that attended, with their representatives (named in full)",
  })
  attendingUnits!: MediationAttendingUnit[];

  @Field(() => String, { nullable: true, description: "调解笔录 summary; null for summary readers" })
  notes!: string | null;

  @Field(() => String, { nullable: true, description: "Staff user id; null for residents and summary readers" })
  recordedBy!: string | null;
}

@ObjectType({ description: "Time not counted on the case's clock, e.g. 医疗损害鉴定." })
export class MediationClockPause {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date, { nullable: true, description: "Absent while the pause lasts" })
  to!: Date | null;

  @Field(() => String, { nullable: true, description: "Why, e.g. 医疗损害鉴定; null for summary readers" })
  reason!: string | null;
}

@ObjectType({
  description:
    "鉴定 commissioned during medical mediation: its clock pause lasts from the request until the opinion is received. " +
    "The institution, conclusion and liability share are case narrative: null for summary readers.",
})
export class MediationAppraisal {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: "The appraisal institution, e.g. 杭州市医学会; null for summary readers",
  })
  body!: string | null;

  @Field(() => AppraisalKind)
  kind!: AppraisalKind;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the opinion was received; absent while awaited" })
  receivedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "鉴定意见 in brief; null while awaited and for summary readers",
  })
  conclusionSummary!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The hospital's share of liability in percent (0–100); null when not stated and for summary readers",
  })
  liabilityShare!: number | null;

  @Field(() => AppraisalFeePayer)
  feePayer!: AppraisalFeePayer;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: "Staff user id; null for residents and summary readers" })
  createdBy!: string | null;
}

@ObjectType("MediationExpertPick", { description: "点单: a party's pick from the expert pool." })
export class ExpertPick {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The party who picked, as the committee wrote her name down (AT_COMMITTEE); masked (张*) except for the committee's staff. Null where she picked by her identity: see pickedByParty",
  })
  pickedBy!: string | null;

  @Field(() => PartyStub, {
    nullable: true,
    description:
      "The party who picked, by her identity (ONLINE, AT_WINDOW); null where the committee wrote her name down",
  })
  pickedByParty!: PartyStub | null;

  @Field(() => MediationPickChannel, { description: "How the pick reached the case (点单渠道)" })
  channel!: MediationPickChannel;

  @Field(() => Date)
  pickedAt!: Date;

  @Field(() => String, { nullable: true, description: "Staff user id; null for residents and summary readers" })
  recordedBy!: string | null;

  @Field(() => Boolean, { description: "The expert is the mediator of record (主持调解); else a co-mediator" })
  lead!: boolean;

  @Field(() => Boolean, { description: "The party chose this expert (点单)" })
  chosenByParty!: boolean;

  @Field(() => Boolean, {
    description:
      "Carried over from the party's pick in the dispute's earlier mediation (e.g. into a court's delegation)",
  })
  carriedOver!: boolean;
}

@ObjectType()
export class MediationCaseConnection extends Connection(MediationCase) {}
