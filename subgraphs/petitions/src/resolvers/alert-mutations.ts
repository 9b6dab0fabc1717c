// The command center works alerts: each acknowledgement or handling is a step of the alert on the write
// path; a detection run can also be started by hand.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { aggregatePrefix } from "@onedoor/shared/auth/jurisdiction";
import { forbidden, InputProblems } from "@onedoor/shared/graphql/errors";
import { checkLocalDate } from "@onedoor/shared/graphql/input-bounds";
import { Alert } from "../entities/alert.js";
import { actOnAlert, detectAlerts } from "../db/alerts.js";
import { alertInRegion, regionalView, type AlertAction } from "../domain/alerts.js";
import type { PetitionsContext } from "./context.js";
import { ALERT_WORKERS } from "./alert-resolver.js";

const EXPECTED_VERSION = {
  nullable: true,
  description: "The alert's version the step was decided from; an alert changed since then is a CONFLICT.",
} as const;

/**
 * A step on an alert by a caller confined to a region: only on an alert of their region (as `alerts` lists
 * them), FORBIDDEN otherwise; the alert comes back with their region's evidence.
 */
async function actInRegion(
  ctx: PetitionsContext,
  id: string,
  action: AlertAction,
  options: { note?: string | null; expectedVersion: number | null },
): Promise<Alert> {
  const countyPrefix = aggregatePrefix(ctx.identity);
  const alert = await actOnAlert(ctx.store, ctx, id, action, {
    ...options,
    mayActOn: ({ disputeCodes }) => {
      if (!alertInRegion(disputeCodes, countyPrefix))
        throw forbidden("This alert is not about your region", "该预警不属于本辖区");
    },
  });
  return regionalView(alert, countyPrefix);
}

@Resolver(() => Alert)
export class AlertMutations {
  @Authorized<Policy>(...ALERT_WORKERS)
  @Mutation(() => Alert, { description: "签收: someone at the command center has seen the alert and takes it on." })
  acknowledgeAlert(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int, EXPECTED_VERSION) expectedVersion: number | null,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Alert> {
    return actInRegion(ctx, id, "ACKNOWLEDGE", { expectedVersion });
  }

  @Authorized<Policy>(...ALERT_WORKERS)
  @Mutation(() => Alert, {
    description: "处置: what was done about it (e.g. joint investigation, 会商研判, merged repeats).",
  })
  handleAlert(
    @Arg("id", () => ID) id: string,
    @Arg("note", () => String) note: string,
    @Arg("expectedVersion", () => Int, EXPECTED_VERSION) expectedVersion: number | null,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Alert> {
    const problems = new InputProblems();
    const handling = problems.text(["note"], note, { zh: "处置情况", en: "Note" }, 2000, { min: 2, multiline: true });
    problems.throwIfAny();
    return actInRegion(ctx, id, "HANDLE", { note: handling, expectedVersion });
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
