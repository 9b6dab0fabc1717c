// Who mediates: committees (调委会), their mediators (调解员) and the expert pool (调解专家库).
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { CommitteeLevel, CommitteeType, DirectoryStatus, ExpertKind, MediatorRole } from "./enums.js";

@ObjectType("MediationCommittee", { description: "人民调解委员会 or the lawyer mediation office." })
export class Committee {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "e.g. 桐庐县劳动争议人民调解委员会" })
  name!: string;

  @Field(() => CommitteeType)
  type!: CommitteeType;

  @Field(() => CommitteeLevel)
  level!: CommitteeLevel;

  @Field(() => String, { description: "GB/T 2260 code of the area served, e.g. 330122 桐庐县" })
  regionCode!: string;

  @Field(() => [String], { description: "擅长领域, in the categories of people's-mediation statistics" })
  specialties!: string[];

  @Field(() => DirectoryStatus, { description: "Only an ACTIVE committee accepts new cases" })
  status!: DirectoryStatus;

  @Field(() => Date, { nullable: true, description: "When the status last changed; null while never changed" })
  statusChangedAt!: Date | null;
}

@ObjectType("MediationMediator", { description: "调解员" })
export class Mediator {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => MediatorRole)
  role!: MediatorRole;

  @Field(() => [String])
  specialties!: string[];

  @Field(() => [String], { description: "Languages or dialects besides Mandarin, e.g. 桐庐话, 舟山话" })
  dialects!: string[];

  @Field(() => Boolean, { description: "Takes new cases now (workload); only while ACTIVE too" })
  available!: boolean;

  @Field(() => DirectoryStatus, { description: "Only an ACTIVE mediator is assigned to cases" })
  status!: DirectoryStatus;

  @Field(() => Date, { nullable: true, description: "When the status last changed; null while never changed" })
  statusChangedAt!: Date | null;
}

@ObjectType("MediationExpert", { description: "A member of the expert pool (调解专家库)." })
export class Expert {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ExpertKind)
  kind!: ExpertKind;

  @Field(() => String, { description: "Law firm, hospital, institute…" })
  organization!: string;

  @Field(() => String, { nullable: true, description: "职称, e.g. 主任医师, 一级律师" })
  title!: string | null;

  @Field(() => [String])
  specialties!: string[];

  @Field(() => String)
  regionCode!: string;

  @Field(() => DirectoryStatus, { description: "Only an ACTIVE expert may be picked (点单)" })
  status!: DirectoryStatus;

  @Field(() => Date, { nullable: true, description: "When the status last changed; null while never changed" })
  statusChangedAt!: Date | null;
}

@ObjectType("MediationMediatorSuggestion", { description: "A suggested mediator for a case, best fit first." })
export class MediatorSuggestion {
  @Field(() => Mediator)
  mediator!: Mediator;

  @Field(() => Float)
  score!: number;

  @Field(() => [String], { description: "Why, in Chinese (专长匹配, 本调委会, 在办案件数…)" })
  reasons!: string[];
}

@ObjectType("MediationCommitteeConnection")
export class CommitteeConnection extends Connection(Committee, "MediationCommittee") {}

@ObjectType("MediationMediatorConnection")
export class MediatorConnection extends Connection(Mediator, "MediationMediator") {}

@ObjectType("MediationExpertConnection")
export class ExpertConnection extends Connection(Expert, "MediationExpert") {}
