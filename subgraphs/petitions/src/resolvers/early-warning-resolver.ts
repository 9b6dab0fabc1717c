import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { addDays, endOfLocalDay, startOfLocalDay, toLocalDate } from "@onedoor/shared/clock/index";
import { sameperiodLastYear } from "@onedoor/shared/cockpit/scope";
import { cockpitRegionFor } from "@onedoor/shared/cockpit/region";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { decodeCursor, invalidCursor, pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { EarlyWarning, EarlyWarningConnection } from "../entities/early-warning.js";
import { EarlyWarningsArgs } from "../entities/inputs.js";
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
  @Query(() => EarlyWarningConnection, {
    description:
      "预警: groups of complaints in the 30 days up to `asOf` (default today) that number at least 5 and at least twice the same days last year (policy 2026.1), the largest rise first. Aggregates only, computed on each read.",
  })
  async earlyWarnings(
    @Args(() => EarlyWarningsArgs) { filter, first, after }: EarlyWarningsArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<EarlyWarningConnection> {
    const size = pageSize(first);
    const problems = new InputProblems();
    const regionCode = filter?.regionCode;
    const checked = regionCode ? problems.check(["filter", "regionCode"], validateRegionCode(regionCode)) : null;
    problems.throwIfAny();
    // Within the caller's region, as the cockpit: a county commander sees their county's warnings.
    const region = cockpitRegionFor(ctx.identity, checked ?? null);

    const to = filter?.asOf ?? toLocalDate(currentTime());
    const from = addDays(to, 1 - EARLY_WARNING_POLICY.windowDays);
    const lastYear = sameperiodLastYear({ from, to, regionCode: null, category: null });
    // Both windows before either query starts: a query left running by a throw here would reject unobserved.
    const window = { start: startOfLocalDay(from), end: endOfLocalDay(to) };
    const lastYearWindow = { start: startOfLocalDay(lastYear.from), end: endOfLocalDay(lastYear.to) };
    const [current, before] = await Promise.all([
      complaintCounts(ctx.store, window, region),
      complaintCounts(ctx.store, lastYearWindow, region),
    ]);
    const warnings = detectSurges(current, before).map((surge, position) => ({
      ...surge,
      id: `${surge.dimension}|${surge.key}`,
      position,
      windowFrom: from,
      windowTo: to,
      policyVersion: EARLY_WARNING_POLICY.version,
      explanation: `${DIMENSION_ZH[surge.dimension]}「${surge.label}」近${EARLY_WARNING_POLICY.windowDays}日投诉${surge.count}件，去年同期${surge.baseline}件，达到预警条件`,
    }));
    // Computed on each read, so a cursor is a position in that order (the largest rise first).
    const start = after ? Number(decodeCursor(after).sort) + 1 : 0;
    if (!Number.isInteger(start) || start < 0) throw invalidCursor();
    return toConnection(warnings.slice(start, start + size + 1), size, (warning) => warning.position, {
      hasPreviousPage: start > 0,
      count: () => Promise.resolve(warnings.length),
    }) as EarlyWarningConnection;
  }
}
