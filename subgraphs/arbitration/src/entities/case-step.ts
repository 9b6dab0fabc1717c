import { Field, ID, ObjectType } from "type-graphql";
import { CaseStepType } from "./enums.js";

@ObjectType("ArbitrationCaseStep", { description: "办案记录: one step taken on a case." })
export class CaseStepRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => CaseStepType)
  type!: CaseStepType;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String, { description: "Who took the step (user id of the caller)." })
  actor!: string;

  @Field(() => Date)
  recordedAt!: Date;
}
