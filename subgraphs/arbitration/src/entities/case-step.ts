import { Field, ObjectType } from "type-graphql";

@ObjectType("ArbitrationCaseStep", { description: "办案记录: one step taken on a case." })
export class CaseStepRecord {
  @Field(() => String, {
    description:
      "FILE, ACCEPT, REJECT, SERVE, ANSWER, COMPOSE_TRIBUNAL, SCHEDULE_HEARING, POSTPONE_HEARING, EXTEND_AWARD, CLOSE_BY_MEDIATION, ISSUE_AWARD, SERVE_AWARD",
  })
  type!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String, { description: "Who took the step (user id of the caller)." })
  actor!: string;

  @Field(() => Date)
  recordedAt!: Date;
}
