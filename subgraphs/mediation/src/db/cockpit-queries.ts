// The mediation cockpit's aggregates: a fixed number of SQL statements per scope, whatever the number
// of cases (group-bys and counts on the acceptedAt indexes; overdue in one statement).
import type { CockpitScope } from "@onedoor/shared/cockpit/scope";
import { scopeInstants } from "@onedoor/shared/cockpit/scope";
import { OPEN_STATUSES } from "../domain/case-state.js";
import { countyOf, overdueCutoffs } from "../domain/cockpit.js";
import type { MediationClockConfig } from "../domain/mediation-clock.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { MediationStore } from "./store.js";

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

export async function mediationFigures(store: MediationStore, scope: CockpitScope, now: Date, config?: MediationClockConfig): Promise<MediationFigures> {
  const { start, end } = scopeInstants(scope);
  const county = countyOf(scope.regionCode);
  const where: Prisma.MediationCaseWhereInput = {
    acceptedAt: { gte: start, lte: end },
    ...(county ? { disputeCode: { startsWith: county } } : {}),
  };
  const cutoffs = overdueCutoffs(now, config);
  const iso = (d: Date) => d.toISOString();
  const [byStatusAndCommittee, performed, overdue] = await Promise.all([
    // One pass over the period's cases on the [acceptedAt, status, committeeId, disputeCode] index.
    store.mediationCase.groupBy({ by: ["status", "committeeId"], where, _count: { _all: true } }),
    // PERFORMED is final (no follow-up after it), so "has a PERFORMED follow-up" is the latest status. An
    // agreement is only recorded by REACH_AGREEMENT, which leads to the final AGREEMENT_REACHED
    // (domain/case-state.ts): naming that status lets the index pick the few cases that can have one.
    store.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "MediationCase" c JOIN "MediationAgreement" a ON a."caseId" = c."id"
      WHERE c."status" = 'AGREEMENT_REACHED'
        AND c."acceptedAt" >= ${iso(start)}::timestamp(3) AND c."acceptedAt" <= ${iso(end)}::timestamp(3)
        AND c."disputeCode" LIKE ${`${county ?? ""}%`}
        AND EXISTS (SELECT 1 FROM "PerformanceFollowUp" f WHERE f."agreementId" = a."id" AND f."status" = 'PERFORMED')`,
    // Overdue: accepted (shifted by the local days paused) at or before its clock kind's cutoff. Pauses
    // only shift a start later, so no case accepted after the latest cutoff can be overdue: that bound
    // keeps the scan on the index. The few cases with pauses are summed once and joined.
    store.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "MediationCase" c
      LEFT JOIN (
        SELECT p."caseId", sum((COALESCE(p."to", ${iso(now)}::timestamp(3)) + ${CHINA_OFFSET}::interval)::date - (p."from" + ${CHINA_OFFSET}::interval)::date)::int AS days
        FROM "MediationClockPause" p GROUP BY p."caseId"
      ) paused ON paused."caseId" = c."id"
      WHERE c."status" IN (${OPEN_STATUSES[0]}, ${OPEN_STATUSES[1]})
        AND c."acceptedAt" >= ${iso(start)}::timestamp(3) AND c."acceptedAt" <= ${iso(end)}::timestamp(3)
        AND c."acceptedAt" <= ${iso(latest(cutoffs))}::timestamp(3)
        AND c."disputeCode" LIKE ${`${county ?? ""}%`}
        AND c."acceptedAt" + make_interval(days => COALESCE(paused.days, 0))
            <= CASE c."clockKind"
                 WHEN 'PEOPLE' THEN ${iso(cutoffs.PEOPLE)}::timestamp(3)
                 WHEN 'MEDICAL' THEN ${iso(cutoffs.MEDICAL)}::timestamp(3)
                 WHEN 'LABOUR' THEN ${iso(cutoffs.LABOUR)}::timestamp(3)
               END`,
  ]);
  const countOf = (status: string) => byStatusAndCommittee.reduce((sum, g) => sum + (g.status === status ? g._count._all : 0), 0);
  const committees = new Map<string, number>();
  for (const g of byStatusAndCommittee) committees.set(g.committeeId, (committees.get(g.committeeId) ?? 0) + g._count._all);
  return {
    accepted: byStatusAndCommittee.reduce((sum, g) => sum + g._count._all, 0),
    agreements: countOf("AGREEMENT_REACHED"),
    failed: countOf("FAILED"),
    performed: performed[0]?.n ?? 0,
    byCommittee: [...committees].map(([committeeId, count]) => ({ committeeId, count })),
    overdueOpen: overdue[0]?.n ?? 0,
  };
}

/** Names of the committees in a breakdown: one query. */
export async function committeeNames(store: MediationStore, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await store.committee.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}
