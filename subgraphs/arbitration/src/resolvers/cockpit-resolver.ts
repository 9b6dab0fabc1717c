import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { requireAllowed } from "@onedoor/shared/auth/access";
import { CockpitStub } from "@onedoor/shared/cockpit/cockpit-stub";
import { countMeasure, rateMeasure } from "@onedoor/shared/cockpit/measure-type";
import { cockpitScopeFor } from "@onedoor/shared/cockpit/scope";
import { sameperiodLastYear } from "@onedoor/shared/cockpit/scope";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { ARBITRATION_FORMULAS as F, CATEGORY_NOTE, REGION_NOTE, awardsOnTime } from "../domain/cockpit.js";
import { countArbitration, type ArbitrationCounts } from "../db/cockpit.js";
import { ArbitrationCockpit } from "../entities/cockpit.js";
import type { ArbitrationContext } from "./context.js";

@Resolver(() => CockpitStub)
export class CockpitResolver {
  // Nullable: when arbitration is down, the cockpit loses this section only.
  @FieldResolver(() => ArbitrationCockpit, {
    nullable: true,
    description: "劳动人事争议仲裁 section of the data cockpit.",
  })
  async arbitration(@Root() cockpit: CockpitStub, @Ctx() ctx: ArbitrationContext): Promise<ArbitrationCockpit> {
    // Aggregates only, but still for the center's leaders alone.
    requireAllowed(ctx, "cockpitViewer", "commander");
    const scope = cockpitScopeFor(ctx.identity, cockpit.key);
    const [now, before] = await Promise.all([
      countArbitration(ctx.store, scope),
      countArbitration(ctx.store, sameperiodLastYear(scope)),
    ]);
    const onTime = (c: ArbitrationCounts) => ({
      numerator: awardsOnTime(c.awardsByLastDay, c.lateAwards, CN_HOLIDAY_CALENDAR),
      denominator: c.awards,
    });
    const notes = [
      scope.category ? CATEGORY_NOTE : null,
      scope.regionCode && scope.regionCode.length > 6 ? REGION_NOTE : null,
    ].filter((n) => n !== null);
    return {
      applicationsReceived: countMeasure(F.applicationsReceived, now.received, before.received),
      accepted: countMeasure(F.accepted, now.accepted, before.accepted),
      awardedOnTime: rateMeasure(F.awardedOnTime, onTime(now), onTime(before)),
      finalAwardShare: rateMeasure(
        F.finalAwardShare,
        { numerator: now.finalAwards, denominator: now.awards },
        { numerator: before.finalAwards, denominator: before.awards },
      ),
      mediationStatementClosures: countMeasure(F.mediationStatementClosures, now.mediated, before.mediated),
      collectiveCases: countMeasure(F.collectiveCases, now.collective, before.collective),
      note: notes.length > 0 ? notes.join("；") : null,
    };
  }
}
