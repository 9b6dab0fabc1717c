import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { allows, type Policy } from "@onedoor/shared/auth/access";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { checkInt, checkLocalDate } from "@onedoor/shared/graphql/input-bounds";
import { Alert, AlertKind, AlertStatus } from "../entities/alert.js";
import { actOnAlert, detectAlerts } from "../db/alerts.js";
import { aggregateView } from "../domain/alerts.js";
import { checkTexts } from "./lookup.js";
import type { PetitionsContext } from "./context.js";

const MAX_ALERTS = 200;
/** Who works alerts and so sees their evidence; anyone else allowed to list them sees aggregates only. */
const ALERT_WORKERS: Policy[] = ["commander", "petitionsOfficer", "intakeClerk"];

@Resolver(() => Alert)
export class AlertResolver {
  // The command center works alerts and sees their evidence; leaders see kinds and figures (aggregateView).
  @Authorized<Policy>("cockpitViewer", ...ALERT_WORKERS)
  @Query(() => [Alert], {
    description: "预警: the newest first, open ones unless `status` says otherwise (at most 200).",
  })
  async alerts(
    @Ctx() ctx: PetitionsContext,
    @Arg("status", () => [AlertStatus], {
      nullable: true,
      description: "Default: NEW and ACKNOWLEDGED.",
    })
    status?: AlertStatus[] | null,
    @Arg("kind", () => [AlertKind], { nullable: true }) kind?: AlertKind[] | null,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
  ): Promise<Alert[]> {
    const problems = new InputProblems();
    const take =
      first === null || first === undefined
        ? 50
        : problems.check(["first"], checkInt(first, { zh: "条数", en: "first" }, { min: 1, max: MAX_ALERTS }));
    problems.throwIfAny();
    const rows = await ctx.store.alert.findMany({
      where: {
        status: { in: status?.length ? status : ["NEW", "ACKNOWLEDGED"] },
        ...(kind?.length ? { kind: { in: kind } } : {}),
      },
      orderBy: [{ raisedAt: "desc" }, { id: "desc" }],
      take,
    });
    return allows(ctx.identity, ctx.subgraph, ALERT_WORKERS) ? (rows as Alert[]) : (rows as Alert[]).map(aggregateView);
  }

  @Authorized<Policy>(...ALERT_WORKERS)
  @Mutation(() => Alert, { description: "签收: someone at the command center has seen the alert and takes it on." })
  async acknowledgeAlert(@Arg("id", () => ID) id: string, @Ctx() ctx: PetitionsContext): Promise<Alert> {
    return (await actOnAlert(ctx.store, ctx, id, "ACKNOWLEDGE", null)) as Alert;
  }

  @Authorized<Policy>(...ALERT_WORKERS)
  @Mutation(() => Alert, {
    description: "处置: what was done about it (e.g. joint investigation, 会商研判, merged repeats).",
  })
  async handleAlert(
    @Arg("id", () => ID) id: string,
    @Arg("note", () => String) note: string,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Alert> {
    const t = checkTexts({
      note: {
        value: note,
        rules: { field: { zh: "处置情况", en: "Note" }, min: 2, max: 2000, multiline: true },
        required: true,
      },
    });
    return (await actOnAlert(ctx.store, ctx, id, "HANDLE", t.note)) as Alert;
  }

  @Authorized<Policy>("commander")
  @Mutation(() => Int, {
    description:
      "Runs the detectors now (they also run every few minutes) as of a day (default today); returns alerts raised.",
  })
  async detectAlerts(
    @Ctx() ctx: PetitionsContext,
    @Arg("asOf", () => String, { nullable: true }) asOf?: string | null,
  ): Promise<number> {
    const problems = new InputProblems();
    const day = asOf ? problems.check(["asOf"], checkLocalDate(asOf, { zh: "截止日期", en: "asOf" })) : undefined;
    problems.throwIfAny();
    return (await detectAlerts(ctx.store, day)).raised;
  }
}
