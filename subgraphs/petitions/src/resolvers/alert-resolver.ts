import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { allows, type Policy } from "@onedoor/shared/auth/access";
import { aggregatePrefix } from "@onedoor/shared/auth/jurisdiction";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { checkInt } from "@onedoor/shared/graphql/input-bounds";
import { Alert } from "../entities/alert.js";
import { AlertKind, AlertStatus } from "../entities/enums.js";
import { alertList } from "../db/alerts.js";
import { aggregateView, regionalView } from "../domain/alerts.js";
import type { PetitionsContext } from "./context.js";

const MAX_ALERTS = 200;
/** Who works alerts and so sees their evidence; anyone else allowed to list them sees aggregates only. */
export const ALERT_WORKERS: Policy[] = ["commander", "petitionsOfficer", "intakeClerk"];

@Resolver(() => Alert)
export class AlertResolver {
  // The command center works alerts and sees their evidence; leaders see kinds and figures (aggregateView).
  @Authorized<Policy>("cockpitViewer", ...ALERT_WORKERS)
  @Query(() => [Alert], {
    description: "预警: the newest first, open ones unless `statuses` says otherwise (at most 200).",
  })
  async alerts(
    @Ctx() ctx: PetitionsContext,
    @Arg("statuses", () => [AlertStatus], {
      nullable: true,
      description: "Any of these statuses; default: NEW and ACKNOWLEDGED.",
    })
    statuses?: AlertStatus[] | null,
    @Arg("kinds", () => [AlertKind], { nullable: true, description: "Any of these kinds." })
    kinds?: AlertKind[] | null,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
  ): Promise<Alert[]> {
    const problems = new InputProblems();
    const take =
      first === null || first === undefined
        ? 50
        : problems.check(["first"], checkInt(first, { zh: "条数", en: "first" }, { min: 1, max: MAX_ALERTS }));
    problems.throwIfAny();
    // Within the caller's region: a county commander sees their county's alerts and evidence.
    const countyPrefix = aggregatePrefix(ctx.identity);
    const rows = (await alertList(ctx.store, { statuses, kinds, countyPrefix }, take!)).map((alert) =>
      regionalView(alert, countyPrefix),
    );
    return allows(ctx.identity, ctx.subgraph, ALERT_WORKERS) ? rows : rows.map(aggregateView);
  }
}
