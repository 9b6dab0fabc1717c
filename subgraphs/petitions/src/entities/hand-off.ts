import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { Department, HandOffStatus } from "./enums.js";

@ObjectType({
  description: "移交: one department hands the dispute on; the receiver accepts or rejects within a time limit.",
})
export class HandOff {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  disputeCode!: string;

  @Field(() => Department)
  fromDepartment!: Department;

  @Field(() => Department)
  toDepartment!: Department;

  @Field(() => String, { description: "The receiving body." })
  toBody!: string;

  @Field(() => String, { nullable: true, description: "Why it is handed on; null for summary readers." })
  reason!: string | null;

  @Field(() => String)
  requestedBy!: string;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => Date, {
    description:
      "The receiver must answer by then (3 working days, local policy); afterwards the dispute returns to the catch-all window.",
  })
  respondBy!: Date;

  @Field(() => HandOffStatus)
  status!: HandOffStatus;

  @Field(() => String, { nullable: true })
  respondedBy!: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why the receiver rejected it; null for summary readers." })
  responseReason!: string | null;
}

@ObjectType()
export class HandOffConnection extends Connection(HandOff) {}
