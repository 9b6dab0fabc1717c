import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CockpitStub } from "@onedoor/shared/cockpit/cockpit-stub";
import { requireAllowed } from "@onedoor/shared/auth/access";
import { countMeasure, rateMeasure } from "@onedoor/shared/cockpit/measure-type";
import { parseCockpitKey, sameperiodLastYear } from "@onedoor/shared/cockpit/scope";
import { CATEGORY_NOTE, committeeBreakdown, MEDIATION_COCKPIT_FORMULAS as F } from "../domain/cockpit.js";
import { committeeNames, mediationFigures } from "../db/cockpit-queries.js";
import { MediationCockpit } from "../entities/cockpit.js";
import { CLOCK_CONFIG } from "./case-guard.js";
import type { MediationContext } from "./context.js";
import { currentTime } from "@onedoor/shared/clock/now";

/** This department's section of the cockpit, for the scope in the key and the same days a year earlier. */
@Resolver(() => CockpitStub)
export class MediationCockpitResolver {
  @FieldResolver(() => MediationCockpit, {
    nullable: true,
    description: "人民调解: accepted cases, success and performance rates, by committee, overdue open cases.",
  })
  async mediation(@Root() cockpit: CockpitStub, @Ctx() ctx: MediationContext): Promise<MediationCockpit> {
    requireAllowed(ctx, "cockpitViewer", "commander");
    const scope = parseCockpitKey(cockpit.key);
    const now = currentTime();
    const [current, lastYear] = await Promise.all([
      mediationFigures(ctx.store, scope, now, CLOCK_CONFIG),
      mediationFigures(ctx.store, sameperiodLastYear(scope), now, CLOCK_CONFIG),
    ]);
    const names = await committeeNames(
      ctx.store,
      current.byCommittee.map((g) => g.committeeId),
    );
    const concluded = (f: typeof current) => ({ numerator: f.agreements, denominator: f.agreements + f.failed });
    const performance = (f: typeof current) => ({ numerator: f.performed, denominator: f.agreements });
    return {
      acceptedCases: countMeasure(F.acceptedCases, current.accepted, lastYear.accepted),
      successRate: rateMeasure(F.successRate, concluded(current), concluded(lastYear)),
      agreementPerformanceRate: rateMeasure(F.agreementPerformanceRate, performance(current), performance(lastYear)),
      byCommittee: committeeBreakdown(current.byCommittee, names),
      overdueOpenCases: countMeasure(F.overdueOpenCases, current.overdueOpen, lastYear.overdueOpen),
      note: scope.category ? CATEGORY_NOTE : null,
    };
  }
}
