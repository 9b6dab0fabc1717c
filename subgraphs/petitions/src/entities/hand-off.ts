import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { Department } from "./enums.js";

export enum HandOffState {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
  EXPIRED = "EXPIRED",
}
registerEnumType(HandOffState, {
  name: "HandOffState",
  description: "待接收 / 已接收 / 已退回 / 逾期未接收（退回兜底窗口）",
});

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

  @Field(() => HandOffState)
  state!: HandOffState;

  @Field(() => String, { nullable: true })
  respondedBy!: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why the receiver rejected it; null for summary readers." })
  responseReason!: string | null;
}

@ObjectType()
export class HandOffConnection extends Connection(HandOff) {}
