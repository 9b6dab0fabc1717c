// The mediation cockpit's aggregates: two SQL statements per scope, whatever the number of cases. Counts
// by day of acceptance come from the daily rollup (MediationDayRollup, kept exact by triggers in the
// writing transaction); the scope is whole China-time days, so no raw rows are read at the edges. The
// overdue count depends on the time now and reads the open cases from an index.
import { countyPrefix, sameperiodLastYear, scopeInstants, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import { OPEN_STATUSES } from "../domain/case-state.js";
import { overdueCutoffs } from "../domain/cockpit.js";
import { CLOCK_CONFIG, type MediationClockConfig } from "../domain/mediation-clock.js";
import type { MediationStore, WithStore } from "./store.js";

export interface MediationFigures {
  accepted: number;
  agreements: number;
  failed: number;
  performed: number;
  byCommittee: { committeeId: string; count: number }[];
  overdueOpen: number;
}

/** Hours China time is ahead of UTC (no daylight saving), to take local days of stored UTC instants. */
const CHINA_OFFSET = "8 hours";

const latest = (cutoffs: Record<string, Date>) => new Date(Math.max(...Object.values(cutoffs).map((d) => d.getTime())));

export async function mediationFigures(
  store: MediationStore,
  scope: CockpitScope,
  now: Date,
  config?: MediationClockConfig,
): Promise<MediationFigures> {
  const { start, end } = scopeInstants(scope);
  // Dispute codes begin with their county and no finer place is recorded here: a town or village matches by
  // its county, a prefecture or province by the counties under it.
  const counties = `${countyPrefix(scope.regionCode) ?? ""}%`;
  const cutoffs = overdueCutoffs(now, config);
  const iso = (d: Date) => d.toISOString();
  const [byCommittee, overdue, performedAtCourt] = await Promise.all([
    // Whole China-time days from the daily rollup (kept by triggers in the writing transaction).
    store.$queryRaw<{ committeeId: string; accepted: number; agreements: number; failed: number; performed: number }[]>`
      SELECT r."committeeId"::text AS "committeeId", sum(r."accepted")::int AS "accepted", sum(r."agreements")::int AS "agreements",
             sum(r."failed")::int AS "failed", sum(r."performed")::int AS "performed"
      FROM "MediationDayRollup" r
      WHERE r."day" BETWEEN ${scope.from}::date AND ${scope.to}::date AND r."county" LIKE ${counties}
      GROUP BY r."committeeId" HAVING sum(r."accepted") > 0`,
    // Overdue: accepted (shifted by the local days paused) at or before its clock kind's cutoff. Pauses
    // only shift a start later, so no case accepted after the latest cutoff can be overdue: that bound
    // keeps the scan on the index. The few cases with pauses are summed once and joined.
    store.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "MediationCase" c
      LEFT JOIN (
        SELECT p."caseId", sum((COALESCE(p."to", ${iso(now)}::timestamp(3)) + ${CHINA_OFFSET}::interval)::date - (p."from" + ${CHINA_OFFSET}::interval)::date)::int AS days
        FROM "MediationClockPause" p GROUP BY p."caseId"
      ) paused ON paused."caseId" = c."id"
      WHERE c."status" IN (${OPEN_STATUSES[0]}::"MediationCaseStatus", ${OPEN_STATUSES[1]}::"MediationCaseStatus")
        AND c."acceptedAt" >= ${iso(start)}::timestamp(3) AND c."acceptedAt" <= ${iso(end)}::timestamp(3)
        AND c."acceptedAt" <= ${iso(latest(cutoffs))}::timestamp(3)
        AND c."disputeCode" LIKE ${counties}
        AND c."acceptedAt" + make_interval(days => COALESCE(paused.days, 0))
            <= CASE c."clockKind"
                 WHEN 'PEOPLE' THEN ${iso(cutoffs.PEOPLE)}::timestamp(3)
                 WHEN 'MEDICAL' THEN ${iso(cutoffs.MEDICAL)}::timestamp(3)
                 WHEN 'LABOUR' THEN ${iso(cutoffs.LABOUR)}::timestamp(3)
                 -- From acceptance, not the court's earlier start: a delegated case may count overdue a little late.
                 WHEN 'COURT_PRE_FILING' THEN ${iso(cutoffs.COURT_PRE_FILING)}::timestamp(3)
               END`,
    // Agreements the court recorded performed (relayed by the registry) with no follow-up of the committee's
    // saying so: performed all the same, as each agreement's own performanceStatus says.
    store.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "MediationAgreement" a JOIN "MediationCase" c ON c."id" = a."caseId"
      WHERE c."acceptedAt" >= ${iso(start)}::timestamp(3) AND c."acceptedAt" <= ${iso(end)}::timestamp(3)
        AND c."disputeCode" LIKE ${counties}
        AND EXISTS (SELECT 1 FROM "RegistryNotice" n WHERE n."kind" = 'AGREEMENT_PERFORMED' AND n."recordId" = a."id"::text)
        AND NOT EXISTS (SELECT 1 FROM "PerformanceFollowUp" f WHERE f."agreementId" = a."id" AND f."status" = 'PERFORMED')`,
  ]);
  const total = (measure: "accepted" | "agreements" | "failed" | "performed") =>
    byCommittee.reduce((sum, g) => sum + g[measure], 0);
  return {
    accepted: total("accepted"),
    agreements: total("agreements"),
    failed: total("failed"),
    performed: total("performed") + (performedAtCourt[0]?.n ?? 0),
    byCommittee: byCommittee.map((g) => ({ committeeId: g.committeeId, count: g.accepted })),
    overdueOpen: overdue[0]?.n ?? 0,
  };
}

/** The section's figures for the scope and the same days a year earlier, with the names of the committees counted. */
export async function cockpitFigures({ store }: WithStore, scope: CockpitScope, now: Date) {
  const [current, lastYear] = await Promise.all([
    mediationFigures(store, scope, now, CLOCK_CONFIG),
    mediationFigures(store, sameperiodLastYear(scope), now, CLOCK_CONFIG),
  ]);
  const names = await committeeNames(
    store,
    current.byCommittee.map((g) => g.committeeId),
  );
  return { current, lastYear, names };
}

/** Names of the committees in a breakdown: one query. */
async function committeeNames(store: MediationStore, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await store.committee.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}
