import { Field, Int, ObjectType } from "type-graphql";
import { Department, DisputeOutcome, DisputeStatus } from "./enums.js";
import { TimelineEvent } from "./timeline-event.js";

@ObjectType({
  description: "What a resident sees when tracking their matter by code (一码查进度): no one's personal data.",
})
export class DisputeTracking {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  category!: string;

  @Field(() => DisputeStatus)
  status!: DisputeStatus;

  @Field(() => DisputeOutcome, {
    nullable: true,
    description: "How it ended (办结结果), once closed: whether the dispute was resolved, not only that it is closed.",
  })
  outcome!: DisputeOutcome | null;

  @Field(() => Date)
  registeredAt!: Date;

  @Field(() => Department, { nullable: true, description: "The lead department handling it." })
  leadDepartment!: Department | null;

  @Field(() => String, { nullable: true, description: "The body handling it (承办单位)." })
  handlingBody!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "The next deadline of the center's service clock (none once closed).",
  })
  nextDeadline!: Date | null;

  @Field(() => Int, { nullable: true })
  remainingDays!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "办理期限按临时日历推算（所涉年份的节假日安排尚未发布），可能变动；已办结时为空。 The next deadline uses a provisional calendar (a year's holiday notice is not yet published) and may move; none once closed.",
  })
  provisionalCalendar!: boolean | null;

  @Field(() => Boolean, { description: "Closed and not yet evaluated: the resident may evaluate (once)." })
  mayEvaluate!: boolean;

  @Field(() => [TimelineEvent])
  timeline!: TimelineEvent[];
}
