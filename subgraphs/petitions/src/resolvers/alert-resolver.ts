import { Args, Authorized, Ctx, ObjectType, Query, Resolver } from "type-graphql";
import { allows, type Policy } from "@onedoor/shared/auth/access";
import { aggregatePrefix } from "@onedoor/shared/auth/jurisdiction";
import { Connection, pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { Alert } from "../entities/alert.js";
import { AlertSort } from "../entities/enums.js";
import { AlertsArgs } from "../entities/inputs.js";
import { alertPage } from "../db/alerts.js";
import { aggregateView, regionalView } from "../domain/alerts.js";
import type { PetitionsContext } from "./context.js";

/** Who works alerts and so sees their evidence; anyone else allowed to list them sees aggregates only. */
export const ALERT_WORKERS: Policy[] = ["commander", "petitionsOfficer", "intakeClerk"];

/** Alert ids are the alerts' UUIDs, a hundred at most (a page). */
function checkAlertIds(ids: string[] | null | undefined): void {
  if (!ids) return;
  const problems = new InputProblems();
  if (ids.length > 100) problems.add(["filter", "ids"], "LENGTH", "最多查询 100 条预警", "At most 100 alert ids");
  ids.forEach((id, i) => {
    if (!isUuid(id)) problems.add(["filter", "ids", i], "FORMAT", "预警编号格式不正确", "Not an alert id");
  });
  problems.throwIfAny();
}

@ObjectType()
export class AlertConnection extends Connection(Alert) {}

@Resolver(() => Alert)
export class AlertResolver {
  // The command center works alerts and sees their evidence; leaders see kinds and figures (aggregateView).
  @Authorized<Policy>("cockpitViewer", ...ALERT_WORKERS)
  @Query(() => AlertConnection, {
    description: "预警: open ones unless the filter says otherwise, newest raised first unless sorted otherwise.",
  })
  async alerts(
    @Args(() => AlertsArgs) { filter, sort, first, after }: AlertsArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<AlertConnection> {
    const size = pageSize(first);
    checkAlertIds(filter?.ids);
    const direction = sort === AlertSort.OLDEST_FIRST ? "asc" : "desc";
    // Within the caller's region: a county commander sees their county's alerts and evidence.
    const countyPrefix = aggregatePrefix(ctx.identity);
    const { rows, count } = await alertPage(ctx.store, { ...filter, countyPrefix }, { after, size, direction });
    const regional = rows.map((alert) => regionalView(alert, countyPrefix));
    const shown = allows(ctx.identity, ctx.subgraph, ALERT_WORKERS) ? regional : regional.map(aggregateView);
    return toConnection(shown, size, (alert) => alert.raisedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      count,
    }) as AlertConnection;
  }
}
