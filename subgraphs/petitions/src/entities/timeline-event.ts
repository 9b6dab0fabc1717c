import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "@onedoor/shared/graphql/connection";
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
}

@ObjectType()
export class TimelineEventConnection extends Connection(TimelineEvent) {}
