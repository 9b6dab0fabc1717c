import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "调解案件 for a dispute." })
export class MediationCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => String, { description: "调委会 that accepted the case, e.g. 桐庐县劳动争议人民调解委员会" })
  committee!: string;

  @Field(() => String, { description: "Lead mediator (调解员)" })
  mediatorName!: string;

  @Field(() => String, { description: "Case status" })
  status!: string;

  @Field(() => Date, { description: "When the committee accepted the case (受理)" })
  acceptedAt!: Date;
}
