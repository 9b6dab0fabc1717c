import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import type { LocalDate } from "@onedoor/shared/clock/local-date";
import { BreakdownItem, CountMeasure, RateMeasure } from "@onedoor/shared/cockpit/measure-type";
import { LocalDateScalar } from "@onedoor/shared/graphql/scalars";
import { TrendGranularity } from "./enums.js";

/** 数据驾驶舱: aggregates only. Each department adds its own section; the gateway asks them in parallel. */
@Directive('@key(fields: "key")')
@ObjectType({ description: "The data cockpit (数据驾驶舱) for one scope: aggregates only, never a person's data." })
export class Cockpit {
  @Field(() => ID, { description: "The scope: from|to|region|category." })
  key!: string;

  @Field(() => LocalDateScalar, { description: "First day of the period (China time)." })
  from!: LocalDate;

  @Field(() => LocalDateScalar, { description: "Last day of the period, inclusive." })
  to!: LocalDate;

  @Field(() => String, { nullable: true })
  regionCode!: string | null;

  @Field(() => String, { nullable: true })
  category!: string | null;
}

@ObjectType({ description: "Disputes registered in one place (乡镇街道 or county)." })
export class PlaceCount {
  @Field(() => String, { description: "9-digit statistical township code, or the 6-digit county code." })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: "e.g. 桐君街道; null when the reference table does not know the code.",
  })
  name!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "The one window (综合受理)." })
export class IntakeCockpit {
  @Field(() => CountMeasure, { description: "接待人次: in-person visits recorded in the period." })
  visitorTimes!: CountMeasure;

  @Field(() => CountMeasure, { description: "纠纷总数: disputes registered in the period." })
  disputesAccepted!: CountMeasure;

  @Field(() => [BreakdownItem], { description: "Channel mix of the disputes registered in the period." })
  channels!: BreakdownItem[];

  @Field(() => [BreakdownItem], {
    description:
      "By place: disputes registered in the period per town or street (乡镇街道, 9-digit statistical code; the county code when the town is not recorded), most first.",
    deprecationReason: "Use `places`, which names each place beside its code.",
  })
  regions!: BreakdownItem[];

  @Field(() => [PlaceCount], {
    description:
      "By place: disputes registered in the period per town or street (乡镇街道), with its name; the county when the town is not recorded; most first.",
  })
  places!: PlaceCount[];

  @Field(() => RateMeasure, { description: "零跑率" })
  zeroRunRate!: RateMeasure;

  @Field(() => RateMeasure, { description: "只跑一次率" })
  oneRunRate!: RateMeasure;

  @Field(() => RateMeasure, { description: "当场办结率" })
  onTheSpotRate!: RateMeasure;
}

@ObjectType({ description: "The chain as a whole (总体)." })
export class OverallCockpit {
  @Field(() => RateMeasure, { description: "办结率" })
  closedRate!: RateMeasure;

  @Field(() => RateMeasure, { description: "按时办结率" })
  onTimeRate!: RateMeasure;

  @Field(() => RateMeasure, { description: "满意率" })
  satisfactionRate!: RateMeasure;

  @Field(() => [BreakdownItem], { description: "Top 5 categories of the disputes registered in the period." })
  topCategories!: BreakdownItem[];

  @Field(() => CountMeasure, { description: "Open disputes past their service clock now (超期未办结)." })
  overdueOpen!: CountMeasure;
}

@ObjectType({
  description:
    "节假日日历: 本统计期的服务时限按哪一版日历计算，是否为临时日历。 The holiday calendar behind the period's service clocks and whether it is provisional.",
})
export class CockpitClockCalendar {
  @Field(() => Boolean, {
    description:
      "临时日历: 统计期（至其最后一日起算的最长服务时限届满，或今日）涉及尚未发布节假日安排通知的年份，按时办结率和超期数可能在通知发布后变动。 Provisional: the period (through the deadline of the longest service clock started on its last day, or today) reaches a year whose holiday notice is not published yet, so on-time and overdue figures may change once it is.",
  })
  provisional!: boolean;

  @Field(() => [Int], { description: "那些年份。 Those years, ascending (empty when not provisional)." })
  provisionalYears!: number[];

  @Field(() => String, { description: "日历版本。 Version of the holiday table used, as on each clock." })
  version!: string;
}

@ObjectType({ description: "One point of a trend: a bucket's first day and its count." })
export class TrendPoint {
  @Field(() => String, { description: "First day of the bucket (YYYY-MM-DD); a week starts on Monday." })
  start!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: "趋势: counts per bucket over the scope, empty buckets included, and the same days last year.",
})
export class CockpitTrend {
  @Field(() => TrendGranularity)
  granularity!: TrendGranularity;

  @Field(() => [TrendPoint], { description: "受理: disputes registered per bucket (merged duplicates once)." })
  registered!: TrendPoint[];

  @Field(() => [TrendPoint], { description: "办结: disputes closed per bucket." })
  closed!: TrendPoint[];

  @Field(() => [TrendPoint], {
    description: "去年同期受理: the same buckets one year earlier (bucket starts are last year's).",
  })
  registeredLastYear!: TrendPoint[];
}
