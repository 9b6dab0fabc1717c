import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CockpitStub } from "@onedoor/shared/cockpit/cockpit-stub";
import { countMeasure, rateMeasure } from "@onedoor/shared/cockpit/measure-type";
import { cockpitScopeFor } from "@onedoor/shared/cockpit/scope";
import { sameperiodLastYear } from "@onedoor/shared/cockpit/scope";
import { badUserInput } from "@onedoor/shared/graphql/errors";
import { requireAllowed } from "@onedoor/shared/auth/access";
import {
  CATEGORY_NOTE,
  DAY_SECONDS,
  LEGAL_AID_FORMULAS as F,
  REGION_NOTE_CASES,
  REGION_NOTE_CONSULTATIONS,
  averageDays,
  regionMatch,
  type RegionMatch,
} from "../domain/cockpit.js";
import { legalAidCounts } from "../db/cockpit.js";
import { LegalAidCockpit } from "../entities/cockpit.js";
import type { LegalAidContext } from "./context.js";

@Resolver(() => CockpitStub)
export class LegalAidCockpitResolver {
  @FieldResolver(() => LegalAidCockpit, {
    nullable: true,
    description:
      "法律援助板块: applications, grant rate, days to decision, provisional starts, consultations; null when legal aid cannot answer.",
  })
  async legalAid(@Root() cockpit: CockpitStub, @Ctx() ctx: LegalAidContext): Promise<LegalAidCockpit> {
    requireAllowed(ctx, "cockpitViewer", "commander");
    const scope = cockpitScopeFor(ctx.identity, cockpit.key);
    let region: RegionMatch | null;
    try {
      region = regionMatch(scope.regionCode);
    } catch {
      throw badUserInput([
        {
          field: ["filter", "regionCode"],
          reason: "FORMAT",
          messageZh: "区域代码应为6、9或12位数字",
          messageEn: "Region code must have 6, 9 or 12 digits",
        },
      ]);
    }
    const [now, lastYear] = await Promise.all([
      legalAidCounts(ctx, scope, region),
      legalAidCounts(ctx, sameperiodLastYear(scope), region),
    ]);
    const notes = [
      ...(scope.category ? [CATEGORY_NOTE] : []),
      ...(region ? [REGION_NOTE_CASES, REGION_NOTE_CONSULTATIONS] : []),
    ];
    return {
      applications: countMeasure(F.applications, now.applications, lastYear.applications),
      grantRate: rateMeasure(
        F.grantRate,
        { numerator: now.granted, denominator: now.decided },
        { numerator: lastYear.granted, denominator: lastYear.decided },
      ),
      averageDaysToDecision: {
        value: averageDays(now.decisionSeconds, now.decided),
        decided: now.decided,
        totalDays: now.decisionSeconds / DAY_SECONDS,
        formula: F.averageDaysToDecision,
        sameperiodLastYear: averageDays(lastYear.decisionSeconds, lastYear.decided),
      },
      provisionalStarts: countMeasure(F.provisionalStarts, now.provisionalStarts, lastYear.provisionalStarts),
      consultations: countMeasure(F.consultations, now.consultations, lastYear.consultations),
      note: notes.length > 0 ? notes.join("；") : null,
    };
  }
}
