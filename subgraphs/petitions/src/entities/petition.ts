import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ClockView } from "@onedoor/shared/graphql/clock-type";
import type {
  PetitionState as PetitionStateValue,
  StatutoryProcedure as StatutoryProcedureValue,
} from "../domain/petition.js";

export enum PetitionState {
  RECEIVED = "RECEIVED",
  ACCEPTED = "ACCEPTED",
  NOT_ACCEPTED = "NOT_ACCEPTED",
  ROUTED_OUT = "ROUTED_OUT",
  REPLIED = "REPLIED",
  REVIEW_REQUESTED = "REVIEW_REQUESTED",
  REVIEWED = "REVIEWED",
  REEXAMINATION_REQUESTED = "REEXAMINATION_REQUESTED",
  REEXAMINED = "REEXAMINED",
}
registerEnumType(PetitionState, {
  name: "PetitionState",
  description:
    "信访事项: 已收到 / 已受理 / 不予受理 / 导入法定途径 / 已答复 / 复查中 / 已复查 / 复核中 / 已复核（终结）",
});

export enum StatutoryProcedure {
  LITIGATION = "LITIGATION",
  ARBITRATION = "ARBITRATION",
  ADMINISTRATIVE_REVIEW = "ADMINISTRATIVE_REVIEW",
}
registerEnumType(StatutoryProcedure, { name: "StatutoryProcedure", description: "法定途径: 诉讼 / 仲裁 / 行政复议" });

export enum PetitionEventType {
  ACCEPT = "ACCEPT",
  REFUSE = "REFUSE",
  ROUTE_OUT = "ROUTE_OUT",
  EXTEND_HANDLING = "EXTEND_HANDLING",
  REPLY = "REPLY",
  REQUEST_REVIEW = "REQUEST_REVIEW",
  HEARING = "HEARING",
  ANSWER_REVIEW = "ANSWER_REVIEW",
  REQUEST_REEXAMINATION = "REQUEST_REEXAMINATION",
  ANSWER_REEXAMINATION = "ANSWER_REEXAMINATION",
}
registerEnumType(PetitionEventType, {
  name: "PetitionEventType",
  description:
    "受理 / 不予受理 / 导入法定途径 / 延期办理 / 出具处理意见 / 申请复查 / 听证 / 复查答复 / 申请复核 / 复核答复",
});

type Same<A extends string, B extends string> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time only: fails to type-check when a GraphQL enum and its domain union differ. */
export type PetitionEnumsMatchDomain = [
  Assert<Same<`${PetitionState}`, PetitionStateValue>>,
  Assert<Same<`${StatutoryProcedure}`, StatutoryProcedureValue>>,
];

@ObjectType({ description: "信访代办员 who files and follows the petition for a resident." })
export class PetitionAgent {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType({ description: "A matter handled as a petition (信访事项) under the 信访工作条例, with its legal clocks." })
export class Petition {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "解纷码 of the dispute." })
  disputeCode!: string;

  @Field(() => PetitionState)
  state!: string;

  @Field(() => Date)
  receivedAt!: Date;

  @Field(() => Date, { nullable: true, description: "Acceptance decision (受理 / 不予受理 / 导入法定途径)." })
  decidedAt!: Date | null;

  @Field(() => StatutoryProcedure, { nullable: true })
  routedTo!: string | null;

  @Field(() => Date, { nullable: true, description: "Handling opinion issued (出具处理意见)." })
  repliedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  reviewRequestedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  reexaminationRequestedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  reexaminedAt!: Date | null;

  @Field(() => PetitionAgent, { nullable: true })
  agent!: PetitionAgent | null;

  @Field(() => [ClockView], {
    description: "Acceptance, handling, review and re-examination clocks, as far as the petition has come.",
  })
  clocks!: ClockView[];

  @Field(() => Date, { description: "Deadline of the current stage's clock." })
  deadline!: Date;

  @Field(() => Int)
  remainingDays!: number;

  @Field(() => Boolean)
  overdue!: boolean;
}
