import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { addDays, endOfLocalDay, startOfLocalDay, toLocalDate } from "@onedoor/shared/clock/index";
import { sameperiodLastYear } from "@onedoor/shared/cockpit/scope";
import { cockpitRegionFor } from "@onedoor/shared/cockpit/region";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { LocalDateScalar } from "@onedoor/shared/graphql/scalars";
import type { LocalDate } from "@onedoor/shared/clock/local-date";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { EarlyWarning } from "../entities/early-warning.js";
import { detectSurges, EARLY_WARNING_POLICY, type SurgeDimension } from "../domain/early-warning.js";
import { complaintCounts } from "../db/early-warning.js";
import type { PetitionsContext } from "./context.js";
import { currentTime } from "@onedoor/shared/clock/now";

const DIMENSION_ZH: Record<SurgeDimension, string> = {
  RESPONDENT: "同一被投诉单位",
  REGION: "同一地点",
  CATEGORY: "同一类别",
};

@Resolver(() => EarlyWarning)
export class EarlyWarningResolver {
  @Authorized<Policy>("cockpitViewer", "commander")
  @Query(() => [EarlyWarning], {
    description:
      "预警: groups of complaints in the 30 days up to `asOf` (default today) that number at least 5 and at least twice the same days last year (policy 2026.1). Aggregates only.",
  })
  async earlyWarnings(
    @Arg("asOf", () => LocalDateScalar, { nullable: true, description: "Last day of the window." })
    asOf: LocalDate | null | undefined,
    @Arg("regionCode", () => String, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: PetitionsContext,
  ): Promise<EarlyWarning[]> {
    const problems = new InputProblems();
    // An omitted argument arrives as undefined, an explicit null as null: both mean today.
    const day = asOf ?? undefined;
    const checked = regionCode ? problems.check(["regionCode"], validateRegionCode(regionCode)) : null;
    problems.throwIfAny();
    // Within the caller's region, as the cockpit: a county commander sees their county's warnings.
    const region = cockpitRegionFor(ctx.identity, checked ?? null);

    const to = day ?? toLocalDate(currentTime());
    const from = addDays(to, 1 - EARLY_WARNING_POLICY.windowDays);
    const lastYear = sameperiodLastYear({ from, to, regionCode: null, category: null });
    // Both windows before either query starts: a query left running by a throw here would reject unobserved.
    const window = { start: startOfLocalDay(from), end: endOfLocalDay(to) };
    const lastYearWindow = { start: startOfLocalDay(lastYear.from), end: endOfLocalDay(lastYear.to) };
    const [current, before] = await Promise.all([
      complaintCounts(ctx.store, window, region),
      complaintCounts(ctx.store, lastYearWindow, region),
    ]);
    return detectSurges(current, before).map((surge) => ({
      ...surge,
      windowFrom: from,
      windowTo: to,
      policyVersion: EARLY_WARNING_POLICY.version,
      explanation: `${DIMENSION_ZH[surge.dimension]}「${surge.label}」近${EARLY_WARNING_POLICY.windowDays}日投诉${surge.count}件，去年同期${surge.baseline}件，达到预警条件`,
    }));
  }
}
