import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { ConsultationChannel } from "./enums.js";

@ObjectType({ description: "法律咨询 at the window or by phone." })
export class LegalConsultation {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsultationChannel)
  channel!: ConsultationChannel;

  @Field(() => String, { nullable: true, description: "解纷码, when the question is about a registered dispute." })
  disputeCode!: string | null;

  // enquirerName, enquirerPhone, enquirerPhoneFull, question and answer depend on the caller: see LegalConsultationResolver.

  @Field(() => String, { description: "咨询主题, e.g. 拖欠工资" })
  topic!: string;

  @Field(() => String, { description: "解答人" })
  answeredBy!: string;

  @Field(() => Date)
  consultedAt!: Date;
}

@ObjectType()
export class LegalConsultationConnection extends Connection(LegalConsultation) {}

@InputType()
export class RecordLegalConsultationInput {
  @Field(() => ConsultationChannel)
  channel!: ConsultationChannel;

  @Field(() => String, { nullable: true })
  disputeCode?: string | null;

  @Field(() => String, { nullable: true })
  enquirerName?: string | null;

  @Field(() => String, { nullable: true })
  enquirerPhone?: string | null;

  @Field(() => String)
  topic!: string;

  @Field(() => String)
  question!: string;

  @Field(() => String)
  answer!: string;

  @Field(() => String, { nullable: true, description: "Defaults to the signed-in user." })
  answeredBy?: string | null;
}

@InputType()
export class LegalConsultationFilter {
  @Field(() => String, { nullable: true })
  disputeCode?: string | null;

  @Field(() => ConsultationChannel, { nullable: true })
  channel?: ConsultationChannel | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
