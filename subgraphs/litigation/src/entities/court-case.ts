import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "法院案件 for a dispute." })
export class CourtCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => String, { description: "Court case number, e.g. (2026)浙0122民诉前调123号" })
  caseNumber!: string;

  @Field(() => String, { description: "Procedure (诉前调解, 民初, 民特, 执 ...)" })
  procedure!: string;

  @Field(() => String, { description: "Case status" })
  status!: string;

  @Field(() => Date, { description: "When the court registered the case (登记)" })
  filedAt!: Date;
}
