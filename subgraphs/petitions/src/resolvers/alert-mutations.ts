// The command center works alerts: each acknowledgement or handling is a step of the alert on the write
// path; a detection run can also be started by hand.
import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { aggregatePrefix } from "@onedoor/shared/auth/jurisdiction";
import { forbidden, InputProblems } from "@onedoor/shared/graphql/errors";
import { Alert } from "../entities/alert.js";
import { AcknowledgeAlertInput, DetectAlertsInput, HandleAlertInput } from "../entities/inputs.js";
import { actOnAlert, detectAlerts } from "../db/alerts.js";
import { alertInRegion, regionalView, type AlertAction } from "../domain/alerts.js";
import type { PetitionsContext } from "./context.js";
import { ALERT_WORKERS } from "./alert-resolver.js";

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
    @Arg("input", () => AcknowledgeAlertInput) input: AcknowledgeAlertInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Alert> {
    return actInRegion(ctx, input.id, "ACKNOWLEDGE", { expectedVersion: input.expectedVersion ?? null });
  }

  @Authorized<Policy>(...ALERT_WORKERS)
  @Mutation(() => Alert, {
    description: "处置: what was done about it (e.g. joint investigation, 会商研判, merged repeats).",
  })
  handleAlert(
    @Arg("input", () => HandleAlertInput) input: HandleAlertInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Alert> {
    const problems = new InputProblems();
    const handling = problems.text(["input", "note"], input.note, { zh: "处置情况", en: "Note" }, 2000, {
      min: 2,
      multiline: true,
    });
    problems.throwIfAny();
    return actInRegion(ctx, input.id, "HANDLE", { note: handling, expectedVersion: input.expectedVersion ?? null });
  }

  @Authorized<Policy>("commander")
  @Mutation(() => Int, {
    description:
      "Runs the detectors now (they also run every few minutes) as of a day (default today); returns alerts raised.",
  })
  async detectAlerts(
    @Arg("input", () => DetectAlertsInput) input: DetectAlertsInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<number> {
    return (await detectAlerts(ctx.store, input.asOf ?? undefined)).raised;
  }
}
