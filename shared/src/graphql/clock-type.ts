// A statutory clock as the graph shows it: same shape on every record of every department.
import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ClockStatus } from "../clock/index.js";
import { CLOCK_KINDS, clockKindEnumName, type ClockKind } from "../clock/clock-kinds.js";

export enum ClockStateValue {
  RUNNING = "RUNNING",
  PAUSED = "PAUSED",
  DUE_SOON = "DUE_SOON",
  OVERDUE = "OVERDUE",
  VERY_OVERDUE = "VERY_OVERDUE",
  STOPPED = "STOPPED",
}
registerEnumType(ClockStateValue, {
  name: "ClockState",
  description: "Where a legal or service clock stands (期限状态).",
  valuesConfig: {
    RUNNING: { description: "运行中 running: counting towards the deadline" },
    PAUSED: { description: "暂停 paused: a period the law leaves out (appraisal, supplementing materials) is running" },
    DUE_SOON: { description: "临期 due soon: within the warning period before the deadline" },
    OVERDUE: { description: "超期 overdue: past the deadline" },
    VERY_OVERDUE: { description: "严重超期 very overdue: later than the local policy allows before escalating" },
    STOPPED: { description: "已停止 stopped: the step the clock waited for happened" },
  },
});

/** The graph's name of each clock kind → the kind in code: resolvers return the latter, the graph shows the former. */
const ClockKindValue = Object.fromEntries(
  (Object.keys(CLOCK_KINDS) as ClockKind[]).map((kind) => [clockKindEnumName(kind), kind]),
);
registerEnumType(ClockKindValue, {
  name: "ClockKind",
  description: "Which legal or service clock (期限种类).",
  valuesConfig: Object.fromEntries(
    (Object.entries(CLOCK_KINDS) as [ClockKind, string][]).map(([kind, description]) => [
      clockKindEnumName(kind),
      { description },
    ]),
  ),
});

/** For other fields that name a clock (e.g. the clock bounding a step open after an award). */
export { ClockKindValue };

// Same type in every subgraph that has clocks.
@Directive("@shareable")
@ObjectType("Clock", { description: "A legal or service time limit (期限) on a record, computed from its events." })
export class ClockView {
  @Field(() => ClockKindValue, { description: "Which clock, e.g. PETITION_HANDLING (信访办理 60 日)." })
  kind!: ClockKind;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, {
    description:
      "For a clock in days, the end of the last day (23:59:59 China time), after holidays, pauses and extensions; for a clock in hours (firstResponse), the exact instant.",
  })
  deadline!: Date;

  @Field(() => Int, { description: "Whole days left (negative when overdue)." })
  remainingDays!: number;

  @Field(() => ClockStateValue)
  state!: ClockStateValue;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => Int)
  pausedDays!: number;

  @Field(() => Int)
  extendedDays!: number;

  @Field(() => Boolean, { nullable: true, description: "For a stopped clock: whether it stopped in time." })
  onTime!: boolean | null;

  @Field(() => Boolean, {
    description:
      "临时日历: 期间跨越的年份中有尚未发布国务院办公厅节假日安排通知的年份，届满日按周末和法定节日推算，通知发布后可能变动。 Provisional calendar: a year between the start and the deadline has no published holiday notice yet, so the deadline counts weekends and statutory holidays only and may move once the notice is out.",
  })
  provisionalCalendar!: boolean;
}

export function clockView(kind: ClockKind, startedAt: Date, status: ClockStatus): ClockView {
  return {
    kind,
    startedAt,
    deadline: status.deadline,
    remainingDays: status.remainingDays,
    state: status.state as ClockStateValue,
    overdue:
      status.state === "OVERDUE" || status.state === "VERY_OVERDUE" || (status.state === "STOPPED" && !status.onTime),
    pausedDays: status.pausedDays,
    extendedDays: status.extendedDays,
    onTime: status.state === "STOPPED" ? status.onTime : null,
    provisionalCalendar: status.provisionalCalendar,
  };
}
