import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
import { VoidReason } from "@onedoor/shared/graphql/void-reason";
import { CaseEventType, EventSource } from "./enums.js";

@ObjectType({ description: "One step in the dispute's history across all departments (统一归集)." })
export class TimelineEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => EventSource)
  source!: EventSource;

  @Field(() => CaseEventType)
  type!: CaseEventType;

  @Field(() => String, { description: "One Chinese sentence, free of personal data." })
  summary!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: "Id of the department's record the step is about." })
  recordId!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "更正: when its department voided this step (a STEP_VOIDED step shows the correction); null if it stands.",
  })
  voidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "更正: the body that voided this step (never a person)" })
  voidedBy!: string | null;

  @Field(() => VoidReason, { nullable: true, description: "更正: why this step was voided" })
  voidReason!: VoidReason | null;
}

@ObjectType()
export class TimelineEventConnection extends Connection(TimelineEvent) {}
