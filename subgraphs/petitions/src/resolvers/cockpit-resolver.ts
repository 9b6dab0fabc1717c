import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { requireAllowed, type Policy } from "@onedoor/shared/auth/access";
import { checkLocalDate } from "@onedoor/shared/graphql/input-bounds";
import { InputProblems, badUserInput } from "@onedoor/shared/graphql/errors";
import {
  cockpitKey,
  cockpitScopeFor,
  parseCockpitKey,
  sameperiodLastYear,
  type CockpitScope,
} from "@onedoor/shared/cockpit/scope";
import { cockpitRegionFor } from "@onedoor/shared/cockpit/region";
import { countMeasure, rateMeasure } from "@onedoor/shared/cockpit/measure-type";
import {
  CN_HOLIDAY_CALENDAR,
  provisionalYearsOfStarts,
  toLocalDate,
  type LocalDate,
} from "@onedoor/shared/clock/index";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { trendFromDailyCounts } from "@onedoor/shared/cockpit/trend";
import { Cockpit, CockpitClockCalendar, CockpitTrend, IntakeCockpit, OverallCockpit } from "../entities/cockpit.js";
import { TrendGranularity } from "../entities/enums.js";
import { CockpitFilter } from "../entities/inputs.js";
import { dailyCounts, intakeFigures, overallFigures } from "../db/cockpit.js";
import { SERVICE_CLOCKS } from "../domain/clocks.js";
import { regionName } from "../domain/reference/reference-data.js";
import type { PetitionsContext } from "./context.js";
import { currentTime } from "@onedoor/shared/clock/now";

const MAX_DAYS = 3 * 366;

export function cockpitOf(scope: CockpitScope): Cockpit {
  return { key: cockpitKey(scope), ...scope };
}

function checkedScope(filter: CockpitFilter): CockpitScope {
  const problems = new InputProblems();
  const from = problems.check(["filter", "from"], checkLocalDate(filter.from, { zh: "开始日期", en: "from" }));
  const to = problems.check(["filter", "to"], checkLocalDate(filter.to, { zh: "结束日期", en: "to" }));
  if (from && to) {
    const days = (Date.parse(filter.to) - Date.parse(filter.from)) / 86_400_000;
    if (days < 0) problems.add(["filter", "to"], "RANGE", "结束日期不能早于开始日期", "to is before from");
    if (days > MAX_DAYS) problems.add(["filter", "to"], "RANGE", "统计区间不超过三年", "At most three years");
  }
  const region = filter.regionCode
    ? problems.check(["filter", "regionCode"], validateRegionCode(filter.regionCode))
    : null;
  if (filter.category && /[|]/.test(filter.category))
    problems.add(["filter", "category"], "FORMAT", "类别名称无效", "Invalid category");
  problems.throwIfAny();
  return {
    from: filter.from as LocalDate,
    to: filter.to as LocalDate,
    regionCode: region ?? null,
    category: filter.category || null,
  };
}

@Resolver(() => Cockpit)
export class CockpitResolver {
  @Authorized<Policy>("cockpitViewer", "commander")
  @Query(() => Cockpit, {
    description:
      "数据驾驶舱: every department's measures for a period, region and category. Aggregates only, within the caller's region: without a region, a county account sees its county and a prefecture or province account the counties under it; a region outside the caller's is FORBIDDEN.",
  })
  cockpit(@Arg("filter", () => CockpitFilter) filter: CockpitFilter, @Ctx() ctx: PetitionsContext): Cockpit {
    const scope = checkedScope(filter);
    return cockpitOf({ ...scope, regionCode: cockpitRegionFor(ctx.identity, scope.regionCode) });
  }

  @FieldResolver(() => IntakeCockpit, { nullable: true, description: "The one window (综合受理)." })
  async intake(@Root() cockpit: Cockpit, @Ctx() ctx: PetitionsContext): Promise<IntakeCockpit> {
    requireAllowed(ctx, "cockpitViewer", "commander");
    const scope = cockpitScopeFor(ctx.identity, cockpit.key);
    const [now, then] = await Promise.all([
      intakeFigures(ctx.store, scope),
      intakeFigures(ctx.store, sameperiodLastYear(scope)),
    ]);
    return {
      visitorTimes: countMeasure(
        "接待人次 = 统计期内登记的来访次数 / visits recorded in the period",
        now.visitorTimes,
        then.visitorTimes,
      ),
      disputesAccepted: countMeasure(
        "纠纷总数 = 统计期内登记受理的纠纷数（并单不重复计） / disputes registered in the period, merged duplicates once",
        now.disputesAccepted,
        then.disputesAccepted,
      ),
      channels: now.channels,
      regions: now.regions,
      places: now.regions.map(({ label, count }) => ({ code: label, name: regionName(label), count })),
      zeroRunRate: rateMeasure(
        "零跑率 = 统计期内办结且无到场来访的纠纷 / 统计期内办结的纠纷 / closed with no in-person visit ÷ closed in the period",
        { numerator: now.closedWithRuns.zero, denominator: now.closed },
        { numerator: then.closedWithRuns.zero, denominator: then.closed },
      ),
      oneRunRate: rateMeasure(
        "只跑一次率 = 统计期内办结且只在一天到场的纠纷 / 统计期内办结的纠纷 / closed with visits on exactly one day ÷ closed in the period",
        { numerator: now.closedWithRuns.one, denominator: now.closed },
        { numerator: then.closedWithRuns.one, denominator: then.closed },
      ),
      onTheSpotRate: rateMeasure(
        "当场办结率 = 登记当天在窗口当场办结的纠纷 / 统计期内受理的纠纷 / closed on the spot on the day of intake ÷ registered in the period",
        { numerator: now.closedOnTheSpot, denominator: now.disputesAccepted },
        { numerator: then.closedOnTheSpot, denominator: then.disputesAccepted },
      ),
    };
  }

  @FieldResolver(() => CockpitTrend, {
    nullable: true,
    description: "趋势: registrations and closures per day, week or month, with last year's registrations.",
  })
  async trend(
    @Root() cockpit: Cockpit,
    @Arg("granularity", () => TrendGranularity) granularity: TrendGranularity,
    @Ctx() ctx: PetitionsContext,
  ): Promise<CockpitTrend> {
    requireAllowed(ctx, "cockpitViewer", "commander");
    const scope = cockpitScopeFor(ctx.identity, cockpit.key);
    const lastYear = sameperiodLastYear(scope);
    const [now, then] = await Promise.all([dailyCounts(ctx.store, scope), dailyCounts(ctx.store, lastYear)]);
    try {
      return {
        granularity,
        registered: trendFromDailyCounts(now.registered, scope, granularity),
        closed: trendFromDailyCounts(now.closed, scope, granularity),
        registeredLastYear: trendFromDailyCounts(then.registered, lastYear, granularity),
      };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw badUserInput([
        {
          field: ["granularity"],
          reason: "RANGE",
          messageZh: "按日趋势的统计区间过长，请按周或按月查看",
          messageEn: error.message,
        },
      ]);
    }
  }

  @FieldResolver(() => CockpitClockCalendar, {
    nullable: true,
    description:
      "本统计期服务时限所用的节假日日历及其是否为临时日历。 The holiday calendar of the period's service clocks and whether it is provisional.",
  })
  clockCalendar(@Root() cockpit: Cockpit, @Ctx() ctx: PetitionsContext): CockpitClockCalendar {
    requireAllowed(ctx, "cockpitViewer", "commander");
    const scope = cockpitScopeFor(ctx.identity, cockpit.key);
    const today = toLocalDate(currentTime());
    // On-time closures are judged on clocks started in the period; open disputes past their clock, on clocks running today.
    const years = provisionalYearsOfStarts(
      Object.values(SERVICE_CLOCKS.tiers),
      scope.from < today ? scope.from : today,
      scope.to > today ? scope.to : today,
      CN_HOLIDAY_CALENDAR,
    );
    return { provisional: years.length > 0, provisionalYears: years, version: CN_HOLIDAY_CALENDAR.version };
  }

  @FieldResolver(() => OverallCockpit, { nullable: true, description: "The chain as a whole (总体)." })
  async overall(@Root() cockpit: Cockpit, @Ctx() ctx: PetitionsContext): Promise<OverallCockpit> {
    requireAllowed(ctx, "cockpitViewer", "commander");
    const scope = cockpitScopeFor(ctx.identity, cockpit.key);
    const now = currentTime();
    const [cur, prev] = await Promise.all([
      overallFigures(ctx.store, scope, now, true),
      overallFigures(ctx.store, sameperiodLastYear(scope), now, false),
    ]);
    return {
      closedRate: rateMeasure(
        "办结率 = 统计期内受理且已办结的纠纷 / 统计期内受理的纠纷 / registered in the period and closed ÷ registered in the period",
        { numerator: cur.closedOfAccepted, denominator: cur.accepted },
        { numerator: prev.closedOfAccepted, denominator: prev.accepted },
      ),
      onTimeRate: rateMeasure(
        "按时办结率 = 统计期内办结且未超服务时限（简易1日/一般7日/复杂20日）的纠纷 / 统计期内办结的纠纷 / closed within the service clock ÷ closed in the period",
        { numerator: cur.closedOnTime, denominator: cur.closedInPeriod },
        { numerator: prev.closedOnTime, denominator: prev.closedInPeriod },
      ),
      satisfactionRate: rateMeasure(
        "满意率 = （满意 + 基本满意）/ 统计期内作出评价的纠纷 / (satisfied + basically satisfied) ÷ evaluated in the period",
        { numerator: cur.satisfied, denominator: cur.evaluated },
        { numerator: prev.satisfied, denominator: prev.evaluated },
      ),
      topCategories: cur.topCategories,
      overdueOpen: countMeasure(
        "超期未办结 = 当前未办结且已超服务时限的纠纷（不随统计期变化） / open disputes past their service clock now",
        cur.overdueOpen ?? 0,
      ),
    };
  }
}

export const cockpitReference = {
  __resolveReference: (reference: { key: string }): Cockpit => cockpitOf(parseCockpitKey(reference.key)),
};
