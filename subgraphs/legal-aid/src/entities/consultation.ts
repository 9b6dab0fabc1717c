import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { ConsultationChannel } from "./enums.js";

@ObjectType("LegalAidConsultation", { description: "法律咨询 at the window or by phone." })
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

@ObjectType("LegalAidConsultationConnection")
export class LegalConsultationConnection extends Connection(LegalConsultation, "LegalAidConsultation") {}
