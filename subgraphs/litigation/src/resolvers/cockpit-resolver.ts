import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { requireAllowed } from "@onedoor/shared/auth/access";
import { CockpitStub } from "@onedoor/shared/cockpit/cockpit-stub";
import { cockpitScopeFor } from "@onedoor/shared/cockpit/scope";
import { sameperiodLastYear } from "@onedoor/shared/cockpit/scope";
import { countMeasure, rateMeasure } from "@onedoor/shared/cockpit/measure-type";
import { COURT_FORMULAS as F, scopeNote } from "../domain/cockpit.js";
import { courtCockpitFigures } from "../db/cockpit.js";
import { LitigationCockpit } from "../entities/cockpit.js";
import type { LitigationContext } from "./context.js";

/** The court's section of the data cockpit (数据驾驶舱), for the scope in the cockpit's key and the same days last year. */
@Resolver(() => CockpitStub)
export class CockpitResolver {
  @FieldResolver(() => LitigationCockpit, {
    nullable: true,
    description:
      "法院诉讼服务中心: pre-filing resolution, judicial confirmation, enforcement, online share (null if the court's records are unavailable).",
  })
  async litigation(@Root() cockpit: CockpitStub, @Ctx() ctx: LitigationContext): Promise<LitigationCockpit> {
    requireAllowed(ctx, "cockpitViewer", "commander");
    const scope = cockpitScopeFor(ctx.identity, cockpit.key);
    const [now, before] = await Promise.all([
      courtCockpitFigures(ctx.store, scope),
      courtCockpitFigures(ctx.store, sameperiodLastYear(scope)),
    ]);
    const preFiling = (f: typeof now) => ({
      numerator: f.resolvedBeforeFiling,
      denominator: f.resolvedBeforeFiling + f.filed,
    });
    const confirmation = (f: typeof now) => ({
      numerator: f.confirmationsConfirmed,
      denominator: f.confirmationsConfirmed + f.confirmationsRefused,
    });
    const online = (f: typeof now) => ({ numerator: f.onlineCases, denominator: f.cases });
    return {
      preFilingResolutionRate: rateMeasure(F.preFilingResolutionRate, preFiling(now), preFiling(before)),
      judicialConfirmationsApplied: countMeasure(
        F.confirmationsApplied,
        now.confirmationsApplied,
        before.confirmationsApplied,
      ),
      judicialConfirmationsConfirmed: countMeasure(
        F.confirmationsConfirmed,
        now.confirmationsConfirmed,
        before.confirmationsConfirmed,
      ),
      judicialConfirmationsRefused: countMeasure(
        F.confirmationsRefused,
        now.confirmationsRefused,
        before.confirmationsRefused,
      ),
      confirmationRate: rateMeasure(F.confirmationRate, confirmation(now), confirmation(before)),
      enforcementsApplied: countMeasure(F.enforcementsApplied, now.enforcementsApplied, before.enforcementsApplied),
      enforcementsConcluded: countMeasure(
        F.enforcementsConcluded,
        now.enforcementsConcluded,
        before.enforcementsConcluded,
      ),
      onlineShare: rateMeasure(F.onlineShare, online(now), online(before)),
      casesByProcedure: now.byProcedure,
      note: scopeNote(scope),
    };
  }
}
