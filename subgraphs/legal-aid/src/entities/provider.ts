import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { DirectoryEntry } from "@onedoor/shared/directory/fields";
import { LegalSpecialty, ProviderKind, WorkActivity } from "./enums.js";

@ObjectType({ description: "承办人员: a lawyer or legal aid worker on the roster." })
export class LegalAidProvider extends DirectoryEntry({
  status: "名录状态: only an active provider is assigned new cases.",
}) {
  @Field(() => ProviderKind)
  kind!: ProviderKind;

  @Field(() => String, { description: "律师事务所 or 法律援助中心" })
  organisation!: string;

  @Field(() => String, { nullable: true, description: "执业证号" })
  licenseNumber!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => ID, { description: "The centre or workstation whose roster this is." })
  centreId!: string;

  @Field(() => String, { description: "County (GB/T 2260) of the legal aid center whose roster this is." })
  regionCode!: string;

  @Field(() => [LegalSpecialty])
  specialties!: LegalSpecialty[];

  @Field(() => Int, { description: "Most open cases this person takes at once." })
  maxOpenCases!: number;
}

@ObjectType()
export class LegalAidProviderConnection extends Connection(LegalAidProvider) {}

@ObjectType({ description: "办案记录: one piece of work by the assigned provider." })
export class LegalAidWorkEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => WorkActivity)
  activity!: WorkActivity;

  @Field(() => String, { nullable: true, description: "What was done; null for summary readers." })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: "Time spent, in minutes." })
  minutes!: number | null;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String)
  recordedBy!: string;
}

@ObjectType()
export class LegalAidWorkEntryConnection extends Connection(LegalAidWorkEntry) {}
