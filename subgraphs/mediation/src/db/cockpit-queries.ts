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

export async function mediationFigures(store: MediationStore, scope: CockpitScope, now: Date, config?: MediationClockConfig): Promise<MediationFigures> {
  const { start, end } = scopeInstants(scope);
  const county = countyOf(scope.regionCode);
  const where: Prisma.MediationCaseWhereInput = {
    acceptedAt: { gte: start, lte: end },
    ...(county ? { disputeCode: { startsWith: county } } : {}),
  };
  const cutoffs = overdueCutoffs(now, config);
  const iso = (d: Date) => d.toISOString();
  const [byStatus, byCommittee, performed, overdue] = await Promise.all([
    store.mediationCase.groupBy({ by: ["status"], where, _count: { _all: true } }),
    store.mediationCase.groupBy({ by: ["committeeId"], where, _count: { _all: true } }),
    // PERFORMED is final (no follow-up after it), so "has a PERFORMED follow-up" is the latest status.
    store.mediationAgreement.count({ where: { case: where, followUps: { some: { status: "PERFORMED" } } } }),
    // Overdue: accepted (shifted by the local days paused) at or before its clock kind's cutoff.
    store.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "MediationCase" c
      WHERE c."status" IN (${OPEN_STATUSES[0]}, ${OPEN_STATUSES[1]})
        AND c."acceptedAt" >= ${iso(start)}::timestamp(3) AND c."acceptedAt" <= ${iso(end)}::timestamp(3)
        AND c."disputeCode" LIKE ${`${county ?? ""}%`}
        AND c."acceptedAt" + make_interval(days => COALESCE((
              SELECT sum((COALESCE(p."to", ${iso(now)}::timestamp(3)) + ${CHINA_OFFSET}::interval)::date - (p."from" + ${CHINA_OFFSET}::interval)::date)
              FROM "MediationClockPause" p WHERE p."caseId" = c."id"), 0)::int)
            <= CASE c."clockKind"
                 WHEN 'PEOPLE' THEN ${iso(cutoffs.PEOPLE)}::timestamp(3)
                 WHEN 'MEDICAL' THEN ${iso(cutoffs.MEDICAL)}::timestamp(3)
                 WHEN 'LABOUR' THEN ${iso(cutoffs.LABOUR)}::timestamp(3)
               END`,
  ]);
  const countOf = (status: string) => byStatus.find((g) => g.status === status)?._count._all ?? 0;
  return {
    accepted: byStatus.reduce((sum, g) => sum + g._count._all, 0),
    agreements: countOf("AGREEMENT_REACHED"),
    failed: countOf("FAILED"),
    performed,
    byCommittee: byCommittee.map((g) => ({ committeeId: g.committeeId, count: g._count._all })),
    overdueOpen: overdue[0]?.n ?? 0,
  };
}

/** Names of the committees in a breakdown: one query. */
export async function committeeNames(store: MediationStore, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await store.committee.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}
