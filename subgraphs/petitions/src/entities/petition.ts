import { Field, ID, Int, ObjectType } from "type-graphql";
import { ClockView } from "@onedoor/shared/graphql/clock-type";
import { PetitionStatus, StatutoryProcedure } from "./enums.js";

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

  @Field(() => PetitionStatus)
  status!: PetitionStatus;

  @Field(() => Int, { description: "Counts the petition's steps; send it back as expectedVersion to change it." })
  version!: number;

  @Field(() => Date)
  receivedAt!: Date;

  @Field(() => Date, { nullable: true, description: "Acceptance decision (受理 / 不予受理 / 导入法定途径)." })
  decidedAt!: Date | null;

  @Field(() => StatutoryProcedure, { nullable: true })
  routedTo!: StatutoryProcedure | null;

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

  @Field(() => Boolean, {
    description:
      "当前阶段时限按临时日历计算（跨越尚未发布节假日安排的年份）。 The current stage's clock uses a provisional calendar (it runs into a year whose holiday notice is not yet published).",
  })
  provisionalCalendar!: boolean;
}
