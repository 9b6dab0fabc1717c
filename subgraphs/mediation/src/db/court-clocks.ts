// 诉前委派调解: a delegated case runs the delegating court's pre-filing clock. When the court extends that period,
// the registry relays the clock as the court now runs it (COURT_CLOCK_CHANGED) and the committee's case takes it
// by itself, through the write path, audited as the registry relay's act; no call between departments.
import { GraphQLError } from "graphql";
import { isDeepStrictEqual } from "node:util";
import type { RegistryNotice } from "@onedoor/shared/events/registry-notices";
import { isReportedClock, type ReportedClock } from "@onedoor/shared/events/reported-clock";
import type { Logger } from "@onedoor/shared/logger";
import type { MediationContext } from "../resolvers/context.js";
import { createLoaders, type MediationStore } from "./store.js";
import { takeCourtClock } from "./write.js";

/** Who acts when a relayed fact moves a case: no person, the registry's relay (named in the audit log). */
const RELAY = { userId: "service:registry-relay", roles: [] };

const extendedDays = (clock: ReportedClock) => clock.extensions.reduce((sum, e) => sum + e.days, 0);

/** Whether the case should take `clock`: the same court case's clock, changed, and never an older one back. */
function isNewer(current: unknown, clock: ReportedClock): boolean {
  if (!isReportedClock(current) || current.recordId !== clock.recordId) return false;
  return !isDeepStrictEqual(current, clock) && extendedDays(clock) >= extendedDays(current);
}

export async function followCourtClocks(
  store: MediationStore,
  notices: readonly RegistryNotice[],
  log: Logger,
): Promise<void> {
  for (const notice of notices) {
    if (notice.kind !== "COURT_CLOCK_CHANGED" || !isReportedClock(notice.clock)) continue;
    const clock = notice.clock;
    const cases = await store.mediationCase.findMany({
      where: { disputeCode: notice.disputeCode, clockKind: "COURT_PRE_FILING" },
    });
    for (const row of cases.filter((c) => isNewer(c.courtClock, clock))) {
      const ctx: MediationContext = {
        subgraph: "mediation",
        identity: RELAY,
        requestId: `registry-notice-${notice.id}`,
        log,
        store,
        loaders: createLoaders(store),
      };
      try {
        await takeCourtClock(ctx, row, clock);
      } catch (error) {
        // Changed meanwhile (the same notice read again, a step of the committee's): read again next time.
        if (!(error instanceof GraphQLError && error.extensions.code === "CONFLICT")) throw error;
      }
    }
  }
}
