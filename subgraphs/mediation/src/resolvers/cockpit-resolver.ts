import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CockpitStub } from "@onedoor/shared/cockpit/cockpit-stub";
import { requireAllowed } from "@onedoor/shared/auth/access";
import { countMeasure, rateMeasure } from "@onedoor/shared/cockpit/measure-type";
import { cockpitScopeFor } from "@onedoor/shared/cockpit/scope";
import { currentTime } from "@onedoor/shared/clock/now";
import { CATEGORY_NOTE, committeeBreakdown, MEDIATION_COCKPIT_FORMULAS as F } from "../domain/cockpit.js";
import { cockpitFigures } from "../db/cockpit-queries.js";
import { MediationCockpit } from "../entities/cockpit.js";
import type { MediationContext } from "./context.js";

/** This department's section of the cockpit, for the scope in the key and the same days a year earlier. */
@Resolver(() => CockpitStub)
export class MediationCockpitResolver {
  @FieldResolver(() => MediationCockpit, {
    nullable: true,
    description: "人民调解: accepted cases, success and performance rates, by committee, overdue open cases.",
  })
  async mediation(@Root() cockpit: CockpitStub, @Ctx() ctx: MediationContext): Promise<MediationCockpit> {
    requireAllowed(ctx, "cockpitViewer", "commander");
    const scope = cockpitScopeFor(ctx.identity, cockpit.key);
    const { current, lastYear, names } = await cockpitFigures(ctx, scope, currentTime());
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
