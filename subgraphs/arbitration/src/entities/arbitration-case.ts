import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "仲裁案件 for a dispute." })
export class ArbitrationCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => String, { description: "Arbitration case number, e.g. 桐劳人仲案字〔2026〕第12号" })
  caseNumber!: string;

  @Field(() => String, { description: "Case status" })
  status!: string;

  @Field(() => Date, { description: "When the application was received (收到申请)" })
  receivedAt!: Date;
}
