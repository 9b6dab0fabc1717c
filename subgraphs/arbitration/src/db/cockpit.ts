// The arbitration section of the cockpit, counted by the database: one statement per period.
import { countyPrefix, scopeInstants, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import type { LocalDate } from "@onedoor/shared/clock/index";
import { AWARD_DAYS, type LateAwardGroup } from "../domain/cockpit.js";
import { Prisma } from "../generated/prisma/client.js";
import type { ArbitrationStore } from "./store.js";

export interface ArbitrationCounts {
  received: number;
  accepted: number;
  collective: number;
  mediated: number;
  awards: number;
  finalAwards: number;
  /** Awards issued by the last day of the 45 (+ extension) day count, before rolling past days off. */
  awardsByLastDay: number;
  /** Awards issued after that day, for the calendar to judge (domain/cockpit.ts awardsOnTime). */
  lateAwards: LateAwardGroup[];
}

interface Row {
  received: number;
  accepted: number;
  collective: number;
  mediated: number;
  awards: number;
  final_awards: number;
  awards_by_last_day: number;
  late: { lastDay: LocalDate; closedOn: LocalDate; count: number }[];
}

/**
 * Columns hold UTC instants (timestamp without time zone); China has no daylight saving, so the local day
 * is the instant plus 8 hours. Each case belongs to the period by its own date for each measure: one
 * range per date, each answered from its index (receivedAt / acceptedAt / closedAt, region included).
 */
export async function countArbitration(store: ArbitrationStore, scope: CockpitScope): Promise<ArbitrationCounts> {
  const { start, end } = scopeInstants(scope);
  // Commissions sit at county level: a town selects its county, a prefecture or province the counties under it.
  const prefix = countyPrefix(scope.regionCode);
  const inRegion = prefix ? Prisma.sql`"commissionRegion" LIKE ${`${prefix}%`}` : Prisma.sql`TRUE`;
  // A case whose acceptance was voided as recorded in error (更正) counts nowhere, as in every department.
  const region = Prisma.sql`${inRegion} AND status <> 'VOIDED'`;
  const [row] = await store.$queryRaw<Row[]>`
    WITH awards AS (
      SELECT "awardFinal",
             ("closedAt" + interval '8 hours')::date AS closed_on,
             ("acceptedAt" + interval '8 hours')::date + ${AWARD_DAYS}::int
               + CASE WHEN "awardExtensions" = '[]'::jsonb THEN 0
                      ELSE (SELECT coalesce(sum((e->>'days')::int), 0) FROM jsonb_array_elements("awardExtensions") e)::int END AS last_day
        FROM "ArbitrationCase"
       WHERE "closedAt" BETWEEN ${start} AND ${end} AND status = 'AWARDED' AND ${region}
    )
    SELECT
      (SELECT count(*) FROM "ArbitrationCase" WHERE "receivedAt" BETWEEN ${start} AND ${end} AND ${region})::int AS received,
      (SELECT count(*) FROM "ArbitrationCase" WHERE "acceptedAt" BETWEEN ${start} AND ${end} AND ${region})::int AS accepted,
      (SELECT count(*) FROM "ArbitrationCase" WHERE "receivedAt" BETWEEN ${start} AND ${end} AND collective AND ${region})::int AS collective,
      (SELECT count(*) FROM "ArbitrationCase" WHERE "closedAt" BETWEEN ${start} AND ${end} AND status = 'MEDIATED' AND ${region})::int AS mediated,
      (SELECT count(*) FROM awards)::int AS awards,
      (SELECT count(*) FROM awards WHERE "awardFinal")::int AS final_awards,
      (SELECT count(*) FROM awards WHERE closed_on <= last_day)::int AS awards_by_last_day,
      (SELECT coalesce(json_agg(json_build_object('lastDay', g.last_day::text, 'closedOn', g.closed_on::text, 'count', g.n)), '[]'::json)
         FROM (SELECT last_day, closed_on, count(*)::int AS n FROM awards WHERE closed_on > last_day GROUP BY last_day, closed_on) g) AS late`;
  if (!row) throw new Error("cockpit aggregate returned no row");
  return {
    received: row.received,
    accepted: row.accepted,
    collective: row.collective,
    mediated: row.mediated,
    awards: row.awards,
    finalAwards: row.final_awards,
    awardsByLastDay: row.awards_by_last_day,
    lateAwards: row.late,
  };
}
