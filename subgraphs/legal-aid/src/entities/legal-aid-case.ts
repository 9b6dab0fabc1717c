import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "法律援助案件 for a dispute." })
export class LegalAidCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => String, { description: "Matter type under the Legal Aid Law, e.g. 追索劳动报酬" })
  matterType!: string;

  @Field(() => String, { description: "Case status" })
  status!: string;

  @Field(() => Date, { description: "When the application was made (申请)" })
  appliedAt!: Date;
}
