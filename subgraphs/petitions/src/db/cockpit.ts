// The registry's part of the data cockpit: intake and the chain as a whole, computed from the records
// with a fixed number of aggregate queries per scope (no per-dispute round trips). Counts by day come
// from the daily rollup (DisputeDayRollup, kept exact by triggers in the writing transaction); the
// scope is whole China-time days, so the rollup answers it without reading raw rows at the edges.
// The on-time count needs the holiday calendar: the rollup keeps the cockpit's own judgement per row,
// forgotten by the triggers when a row's closures change (or a department reports a closed dispute's clock),
// and rows not judged yet are judged from the records (grouped, from an index) and stored. The service clock
// leaves out the days a procedure was paused, as the database counts them (service-pauses.ts).
import {
  addDays,
  CN_HOLIDAY_CALENDAR,
  endOfLocalDay,
  startOfLocalDay,
  toLocalDate,
  type LocalDate,
} from "@onedoor/shared/clock/index";
import { countyPrefix, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import { Prisma } from "../generated/prisma/client.js";
import { closedOnTime, overdueRegistrationCutoffs } from "../domain/cockpit.js";
import type { Channel, ServiceTier } from "../generated/prisma/enums.js";
import { servicePausedDaysSql } from "./service-pauses.js";
import type { PetitionsStore } from "./store.js";

export interface IntakeFigures {
  visitorTimes: number;
  disputesAccepted: number;
  channels: { label: string; count: number }[];
  regions: { label: string; count: number }[];
  closed: number;
  closedWithRuns: { zero: number; one: number };
  closedOnTheSpot: number;
}

export interface OverallFigures {
  accepted: number;
  closedOfAccepted: number;
  closedInPeriod: number;
  closedOnTime: number;
  evaluated: number;
  satisfied: number;
  topCategories: { label: string; count: number }[];
  /** Only for the current period: "overdue now" has no value for last year. */
  overdueOpen: number | null;
}

/** The same scope over the daily rollup (merged duplicates are not in it; no town is stored as ''). */
function rollupScopeSql(scope: CockpitScope, days: { from: LocalDate; to: LocalDate } | null): Prisma.Sql {
  const parts: Prisma.Sql[] = days
    ? [Prisma.sql`r."day" BETWEEN ${days.from}::date AND ${days.to}::date`]
    : [Prisma.sql`TRUE`];
  const region = scope.regionCode;
  // A county, prefecture or province: the counties under it; a town or village: by the place recorded.
  if (region)
    parts.push(
      region.length === 6
        ? Prisma.sql`r."regionCode" LIKE ${`${countyPrefix(region)}%`}`
        : Prisma.sql`r."localityCode" LIKE ${`${region}%`}`,
    );
  if (scope.category) parts.push(Prisma.sql`r."category" = ${scope.category}`);
  return Prisma.join(parts, " AND ");
}

/** Village codes (12 digits) roll up into their town (9); most disputes first, then by code. */
function byTown(rows: { code: string; count: number }[]): { label: string; count: number }[] {
  const towns = new Map<string, number>();
  for (const row of rows) towns.set(row.code, (towns.get(row.code) ?? 0) + row.count);
  return [...towns]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

interface Totals {
  registered: number;
  registeredClosed: number;
  registeredOnTheSpot: number;
  closed: number;
  closedZeroRuns: number;
  closedOneRun: number;
  evaluated: number;
  satisfied: number;
  visits: number;
}

interface RolledUp {
  totals: Totals;
  /** Disputes registered in the scope by channel (by name), by locality, by category (most first, top 5). */
  channels: { label: string; count: number }[];
  localities: { regionCode: string; localityCode: string; count: number }[];
  topCategories: { label: string; count: number }[];
}

/**
 * The scope's whole days from the rollup, in one pass over its (day, …) range: the totals and the three
 * breakdowns as grouping sets. Breakdowns leave out what had no registration.
 */
async function rolledUp(store: PetitionsStore, scope: CockpitScope): Promise<RolledUp> {
  const rows = await store.$queryRaw<
    (Totals & {
      set: number;
      channel: Channel | null;
      regionCode: string | null;
      localityCode: string | null;
      category: string | null;
    })[]
  >`
    SELECT GROUPING(r."channel", r."regionCode", r."category")::int AS "set", r."channel", r."regionCode", r."localityCode", r."category",
           coalesce(sum(r."registered"), 0)::int AS "registered", coalesce(sum(r."registeredClosed"), 0)::int AS "registeredClosed",
           coalesce(sum(r."registeredOnTheSpot"), 0)::int AS "registeredOnTheSpot", coalesce(sum(r."closed"), 0)::int AS "closed",
           coalesce(sum(r."closedZeroRuns"), 0)::int AS "closedZeroRuns", coalesce(sum(r."closedOneRun"), 0)::int AS "closedOneRun",
           coalesce(sum(r."evaluated"), 0)::int AS "evaluated", coalesce(sum(r."satisfied"), 0)::int AS "satisfied",
           coalesce(sum(r."visits"), 0)::int AS "visits"
    FROM "DisputeDayRollup" r WHERE ${rollupScopeSql(scope, scope)}
    GROUP BY GROUPING SETS ((), (r."channel"), (r."regionCode", r."localityCode"), (r."category"))
    ORDER BY 1, CASE WHEN GROUPING(r."category") = 0 THEN -sum(r."registered") END, r."category", r."channel"::text, r."regionCode", r."localityCode"`;
  // GROUPING bits (channel, regionCode, category), 1 where the column is summed over: 7 = the totals,
  // 3 = by channel, 5 = by locality, 6 = by category.
  const registeredIn = (set: number) => rows.filter((r) => r.set === set && r.registered > 0);
  const total = rows.find((r) => r.set === 7);
  return {
    totals: total ?? {
      registered: 0,
      registeredClosed: 0,
      registeredOnTheSpot: 0,
      closed: 0,
      closedZeroRuns: 0,
      closedOneRun: 0,
      evaluated: 0,
      satisfied: 0,
      visits: 0,
    },
    channels: registeredIn(3).map((r) => ({ label: r.channel!, count: r.registered })),
    localities: registeredIn(5).map((r) => ({
      regionCode: r.regionCode!,
      localityCode: r.localityCode!,
      count: r.registered,
    })),
    topCategories: registeredIn(6)
      .slice(0, 5)
      .map((r) => ({ label: r.category!, count: r.registered })),
  };
}

export async function intakeFigures(store: PetitionsStore, scope: CockpitScope): Promise<IntakeFigures> {
  const { totals, channels, localities } = await rolledUp(store, scope);
  return {
    visitorTimes: totals.visits,
    disputesAccepted: totals.registered,
    channels,
    regions: byTown(
      localities.map((l) => ({ code: l.localityCode ? l.localityCode.slice(0, 9) : l.regionCode, count: l.count })),
    ),
    closed: totals.closed,
    closedWithRuns: { zero: totals.closedZeroRuns, one: totals.closedOneRun },
    closedOnTheSpot: totals.registeredOnTheSpot,
  };
}

const EPOCH = "1970-01-01" as LocalDate;

export async function overallFigures(
  store: PetitionsStore,
  scope: CockpitScope,
  now: Date,
  withOverdue: boolean,
): Promise<OverallFigures> {
  const [{ totals, topCategories }, closedOnTime, overdueOpen] = await Promise.all([
    rolledUp(store, scope),
    closedOnTimeCount(store, scope, now),
    withOverdue ? overdueOpenCount(store, scope, now) : null,
  ]);
  return {
    accepted: totals.registered,
    closedOfAccepted: totals.registeredClosed,
    closedInPeriod: totals.closed,
    closedOnTime,
    evaluated: totals.evaluated,
    satisfied: totals.satisfied,
    topCategories,
    overdueOpen,
  };
}

interface RollupKey {
  day: string;
  regionCode: string;
  localityCode: string;
  category: string;
  channel: Channel;
  serviceTier: ServiceTier;
}

/**
 * Closures within their service clock (按时办结). The clock needs the holiday calendar, so the database
 * cannot judge in its triggers: the rollup keeps the judgement made here per row, and forgets it when the
 * row's closures change. Rows not judged yet are judged from the records (closures grouped per tier and
 * pair of China-time days, one judgement per group) in the same snapshot as the judged rows are summed,
 * then stored unless a change came in since.
 */
async function closedOnTimeCount(store: PetitionsStore, scope: CockpitScope, now: Date): Promise<number> {
  const { judged, fresh } = await store.$transaction(
    async (tx) => {
      const [known] = await tx.$queryRaw<{ n: number }[]>`
        SELECT coalesce(sum(r."closedOnTime"), 0)::int AS "n" FROM "DisputeDayRollup" r
        WHERE ${rollupScopeSql(scope, scope)} AND r."closed" > 0 AND r."closedOnTime" IS NOT NULL`;
      const unjudged = await tx.$queryRaw<(RollupKey & { closedChanges: number })[]>`
        SELECT to_char(r."day", 'YYYY-MM-DD') AS "day", r."regionCode", r."localityCode", r."category", r."channel", r."serviceTier", r."closedChanges"
        FROM "DisputeDayRollup" r
        WHERE ${rollupScopeSql(scope, scope)} AND r."closed" > 0 AND r."closedOnTime" IS NULL`;
      if (unjudged.length === 0) return { judged: known!.n, fresh: [] };
      // One pass over the closures of the days to judge (hash-joined to their keys), on the closedAt index.
      const days = unjudged.map((k) => k.day as LocalDate).sort();
      const first = startOfLocalDay(days[0]!);
      const last = endOfLocalDay(days.at(-1)!);
      // The days a procedure's pause left out of each closure's service clock, up to its closure.
      const pausedDays = servicePausedDaysSql(
        Prisma.sql`d."code"`,
        Prisma.sql`(d."registeredAt" + interval '8 hours')::date`,
        Prisma.sql`k."day"`,
        Prisma.sql`d."serviceTier"`,
      );
      const groups = await tx.$queryRaw<
        (RollupKey & { registeredOn: number; closedOn: number; pausedDays: number; count: number })[]
      >`
        SELECT to_char(k."day", 'YYYY-MM-DD') AS "day", k."regionCode", k."localityCode", k."category", k."channel", k."serviceTier",
               ((d."registeredAt" + interval '8 hours')::date - DATE '1970-01-01') AS "registeredOn",
               (k."day" - DATE '1970-01-01') AS "closedOn",
               ${pausedDays} AS "pausedDays",
               count(*)::int AS "count"
        FROM unnest(${unjudged.map((k) => k.day)}::date[], ${unjudged.map((k) => k.regionCode)}::text[], ${unjudged.map((k) => k.localityCode)}::text[],
                    ${unjudged.map((k) => k.category)}::text[], ${unjudged.map((k) => k.channel)}::text[]::"Channel"[],
                    ${unjudged.map((k) => k.serviceTier)}::text[]::"ServiceTier"[])
             AS k("day", "regionCode", "localityCode", "category", "channel", "serviceTier")
        JOIN "Dispute" d ON (d."closedAt" + interval '8 hours')::date = k."day"
         AND d."regionCode" = k."regionCode" AND coalesce(d."localityCode", '') = k."localityCode" AND d."category" = k."category"
         AND d."channel" = k."channel" AND d."serviceTier" = k."serviceTier"
        WHERE d."closedAt" BETWEEN ${first} AND ${last} AND d."status" <> 'MERGED'
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
      const keyOf = (k: RollupKey) =>
        [k.day, k.regionCode, k.localityCode, k.category, k.channel, k.serviceTier].join("|");
      const onTime = new Map<string, number>(unjudged.map((k) => [keyOf(k), 0]));
      for (const g of groups) {
        const group = {
          serviceTier: g.serviceTier,
          registeredOn: addDays(EPOCH, g.registeredOn),
          closedOn: addDays(EPOCH, g.closedOn),
          pausedDays: g.pausedDays,
          count: g.count,
        };
        onTime.set(keyOf(g), onTime.get(keyOf(g))! + closedOnTime([group], now, CN_HOLIDAY_CALENDAR));
      }
      return {
        judged: known!.n + [...onTime.values()].reduce((a, b) => a + b, 0),
        fresh: unjudged.map((k) => ({ ...k, onTime: onTime.get(keyOf(k))! })),
      };
    },
    // A first judgement of a long period reads many closures: more time than Prisma's default 5 s.
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: 10_000, timeout: 60_000 },
  );
  if (fresh.length > 0) {
    // Kept only where no closure changed since the snapshot (the change count is the same).
    await store.$executeRaw`
      UPDATE "DisputeDayRollup" r SET "closedOnTime" = f."onTime"
      FROM unnest(${fresh.map((k) => k.day)}::date[], ${fresh.map((k) => k.regionCode)}::text[], ${fresh.map((k) => k.localityCode)}::text[],
                  ${fresh.map((k) => k.category)}::text[], ${fresh.map((k) => k.channel)}::text[]::"Channel"[],
                  ${fresh.map((k) => k.serviceTier)}::text[]::"ServiceTier"[],
                  ${fresh.map((k) => k.closedChanges)}::int[], ${fresh.map((k) => k.onTime)}::int[])
           AS f("day", "regionCode", "localityCode", "category", "channel", "serviceTier", "closedChanges", "onTime")
      WHERE r."day" = f."day" AND r."regionCode" = f."regionCode" AND r."localityCode" = f."localityCode" AND r."category" = f."category"
        AND r."channel" = f."channel" AND r."serviceTier" = f."serviceTier" AND r."closedChanges" = f."closedChanges" AND r."closedOnTime" IS NULL`;
  }
  return judged;
}

/**
 * Judges on time every rollup row of the last two years (this period and last year's) not judged yet, in
 * the background, so that no cockpit request pays for a first judgement (seconds at province scale).
 */
export function judgeRecentClosures(store: PetitionsStore, now = new Date()): Promise<number> {
  const to = toLocalDate(now);
  return closedOnTimeCount(store, { from: addDays(to, -800), to, regionCode: null, category: null }, now);
}

/**
 * Open disputes past their service clock now, whenever registered: open = registered and not (yet) closed.
 * The rollup counts those registered on or before their tier's last overdue day; of them, those whose start a
 * procedure's pause moved past that day are not overdue (few: only disputes with a paused procedure are read).
 */
async function overdueOpenCount(store: PetitionsStore, scope: CockpitScope, now: Date): Promise<number> {
  const cutoffs = overdueRegistrationCutoffs(now, CN_HOLIDAY_CALENDAR);
  // Registered (on the day `start`, or moved by pauses) on or before the tier's last overdue day.
  const byTier = (start: Prisma.Sql) =>
    Prisma.join(
      Object.entries(cutoffs).map(
        ([tier, day]) => Prisma.sql`(r."serviceTier" = ${tier}::"ServiceTier" AND ${start} <= ${day}::date)`,
      ),
      " OR ",
    );
  const paused = servicePausedDaysSql(
    Prisma.sql`r."code"`,
    Prisma.sql`r."day"`,
    Prisma.sql`${toLocalDate(now)}::date`,
    Prisma.sql`r."serviceTier"`,
  );
  const [row] = await store.$queryRaw<{ n: number }[]>`
    SELECT (SELECT coalesce(sum(r."registered" - r."registeredClosed"), 0)::int
            FROM "DisputeDayRollup" r WHERE ${rollupScopeSql(scope, null)} AND (${byTier(Prisma.sql`r."day"`)}))
         - (SELECT count(*)::int
            FROM (SELECT d."code", d."regionCode", coalesce(d."localityCode", '') AS "localityCode", d."category", d."serviceTier",
                         (d."registeredAt" + interval '8 hours')::date AS "day"
                  FROM "Dispute" d
                  WHERE d."status" NOT IN ('CLOSED', 'MERGED') AND d."code" IN (
                    SELECT c."disputeCode" FROM "DepartmentClock" c WHERE jsonb_array_length(c."clock" -> 'pauses') > 0)) r
            WHERE ${rollupScopeSql(scope, null)} AND (${byTier(Prisma.sql`r."day"`)})
              AND NOT (${byTier(Prisma.sql`r."day" + ${paused}`)})) AS "n"`;
  return row!.n;
}

export interface DailyCounts {
  registered: { day: LocalDate; count: number }[];
  closed: { day: LocalDate; count: number }[];
}

/** Disputes registered and closed per China-time day in the scope, from the rollup. */
export async function dailyCounts(store: PetitionsStore, scope: CockpitScope): Promise<DailyCounts> {
  const rows = await store.$queryRaw<{ day: LocalDate; registered: number; closed: number }[]>`
    SELECT to_char(r."day", 'YYYY-MM-DD') AS "day", sum(r."registered")::int AS "registered", sum(r."closed")::int AS "closed"
    FROM "DisputeDayRollup" r WHERE ${rollupScopeSql(scope, scope)}
    GROUP BY r."day"`;
  return {
    registered: rows.filter((r) => r.registered > 0).map((r) => ({ day: r.day, count: r.registered })),
    closed: rows.filter((r) => r.closed > 0).map((r) => ({ day: r.day, count: r.closed })),
  };
}
