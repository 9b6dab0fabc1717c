import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { LegalSpecialty, ProviderKind, WorkActivity } from "./enums.js";

@ObjectType({ description: "承办人员: a lawyer or legal aid worker on the roster." })
export class LegalAidProvider {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ProviderKind)
  kind!: ProviderKind;

  @Field(() => String, { description: "律师事务所 or 法律援助中心" })
  organisation!: string;

  @Field(() => String, { nullable: true, description: "执业证号" })
  licenseNumber!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { description: "County (GB/T 2260) of the legal aid center whose roster this is." })
  regionCode!: string;

  @Field(() => [LegalSpecialty])
  specialties!: LegalSpecialty[];

  @Field(() => Int, { description: "Most open cases this person takes at once." })
  maxOpenCases!: number;

  @Field(() => Boolean)
  active!: boolean;
}

@ObjectType()
export class LegalAidProviderConnection extends Connection(LegalAidProvider) {}

@InputType()
export class RegisterLegalAidProviderInput {
  @Field(() => String)
  name!: string;

  @Field(() => ProviderKind)
  kind!: ProviderKind;

  @Field(() => String)
  organisation!: string;

  @Field(() => String, { nullable: true })
  licenseNumber?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { description: "County (GB/T 2260, 6 digits) of the roster." })
  regionCode!: string;

  @Field(() => [LegalSpecialty])
  specialties!: LegalSpecialty[];

  @Field(() => Int)
  maxOpenCases!: number;
}

@InputType()
export class LegalAidProviderFilter {
  @Field(() => String, { nullable: true, description: "County roster (GB/T 2260)." })
  regionCode?: string | null;

  @Field(() => LegalSpecialty, { nullable: true })
  specialty?: LegalSpecialty | null;

  @Field(() => ProviderKind, { nullable: true })
  kind?: ProviderKind | null;

  @Field(() => Boolean, { nullable: true, description: "Only providers on the active roster (default true)." })
  activeOnly?: boolean | null;
}

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

@InputType()
export class RecordLegalAidWorkInput {
  @Field(() => WorkActivity)
  activity!: WorkActivity;

  @Field(() => String)
  description!: string;

  @Field(() => Int, { nullable: true })
  minutes?: number | null;

  @Field(() => Date, { nullable: true, description: "Defaults to now." })
  occurredAt?: Date | null;
}
