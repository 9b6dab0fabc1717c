// The registry's part of the data cockpit: intake and the chain as a whole, computed from the records
// with a fixed number of aggregate queries per scope (no per-dispute round trips).
import { CN_HOLIDAY_CALENDAR, type LocalDate } from "@onedoor/shared/clock/index";
import { scopeInstants, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import { Prisma } from "../generated/prisma/client.js";
import { disputeClocks } from "../domain/clocks.js";
import type { ServiceTier } from "../domain/registration.js";
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

/** Which disputes a scope covers, apart from dates: county or finer locality, and category. */
function scopeWhere(scope: CockpitScope): Prisma.DisputeWhereInput {
  const region = scope.regionCode;
  return {
    ...(region ? (region.length === 6 ? { regionCode: region } : { localityCode: { startsWith: region } }) : {}),
    ...(scope.category ? { category: scope.category } : {}),
    status: { not: "MERGED" }, // a merged duplicate is counted once, in the dispute it joined
  };
}

function scopeSql(scope: CockpitScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`d."status" <> 'MERGED'`];
  const region = scope.regionCode;
  if (region) parts.push(region.length === 6 ? Prisma.sql`d."regionCode" = ${region}` : Prisma.sql`d."localityCode" LIKE ${`${region}%`}`);
  if (scope.category) parts.push(Prisma.sql`d."category" = ${scope.category}`);
  return Prisma.join(parts, " AND ");
}

/** Village codes (12 digits) roll up into their town (9); most disputes first, then by code. */
function byTown(rows: { code: string; count: number }[]): { label: string; count: number }[] {
  const towns = new Map<string, number>();
  for (const row of rows) towns.set(row.code, (towns.get(row.code) ?? 0) + row.count);
  return [...towns].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export async function intakeFigures(store: PetitionsStore, scope: CockpitScope): Promise<IntakeFigures> {
  const { start, end } = scopeInstants(scope);
  const where = scopeWhere(scope);
  const registered = { ...where, registeredAt: { gte: start, lte: end } };
  const closedWhere = { ...where, closedAt: { gte: start, lte: end } };
  const [visitorTimes, disputesAccepted, channels, localities, closed, closedOnTheSpot, runs] = await Promise.all([
    store.visit.count({ where: { visitedAt: { gte: start, lte: end }, dispute: where } }),
    store.dispute.count({ where: registered }),
    store.dispute.groupBy({ by: ["channel"], where: registered, _count: { _all: true }, orderBy: { channel: "asc" } }),
    store.dispute.groupBy({ by: ["regionCode", "localityCode"], where: registered, _count: { _all: true } }),
    store.dispute.count({ where: closedWhere }),
    store.dispute.count({ where: { ...registered, closedOnTheSpot: true } }),
    // Runs = distinct China-time days with a visit (UTC+8, no daylight saving).
    store.$queryRaw<{ runs: bigint; disputes: bigint }[]>`
      SELECT runs, count(*) AS disputes FROM (
        SELECT d."id", count(DISTINCT (v."visitedAt" + interval '8 hours')::date) AS runs
        FROM "Dispute" d LEFT JOIN "Visit" v ON v."disputeId" = d."id"
        WHERE d."closedAt" BETWEEN ${start} AND ${end} AND ${scopeSql(scope)}
        GROUP BY d."id"
      ) per_dispute GROUP BY runs`,
  ]);
  const withRuns = (n: number) => Number(runs.find((r) => Number(r.runs) === n)?.disputes ?? 0);
  return {
    visitorTimes,
    disputesAccepted,
    channels: channels.map((c) => ({ label: c.channel, count: c._count._all })),
    regions: byTown(localities.map((l) => ({ code: l.localityCode?.slice(0, 9) ?? l.regionCode, count: l._count._all }))),
    closed,
    closedWithRuns: { zero: withRuns(0), one: withRuns(1) },
    closedOnTheSpot,
  };
}

export async function overallFigures(store: PetitionsStore, scope: CockpitScope, now: Date, overdueWhere?: Prisma.DisputeWhereInput): Promise<OverallFigures> {
  const { start, end } = scopeInstants(scope);
  const where = scopeWhere(scope);
  const registered = { ...where, registeredAt: { gte: start, lte: end } };
  const [accepted, closedOfAccepted, closedRows, evaluated, satisfied, categories, overdueOpen] = await Promise.all([
    store.dispute.count({ where: registered }),
    store.dispute.count({ where: { ...registered, status: "CLOSED" } }),
    // On time needs each dispute's service clock (working days, holidays): computed here from three columns.
    store.dispute.findMany({ where: { ...where, closedAt: { gte: start, lte: end } }, select: { registeredAt: true, closedAt: true, serviceTier: true } }),
    store.dispute.count({ where: { ...where, evaluatedAt: { gte: start, lte: end } } }),
    store.dispute.count({ where: { ...where, evaluatedAt: { gte: start, lte: end }, satisfaction: { in: ["SATISFIED", "BASICALLY_SATISFIED"] } } }),
    store.dispute.groupBy({ by: ["category"], where: registered, _count: { _all: true }, orderBy: [{ _count: { category: "desc" } }, { category: "asc" }], take: 5 }),
    overdueWhere ? store.dispute.count({ where: { AND: [where, overdueWhere] } }) : null,
  ]);
  const closedOnTime = closedRows.filter((d) => {
    const [service] = disputeClocks(
      { serviceTier: d.serviceTier as ServiceTier, registeredAt: d.registeredAt, leadDepartment: null, dispatchedAt: null, closedAt: d.closedAt },
      now,
      CN_HOLIDAY_CALENDAR,
    );
    return service!.status.state === "STOPPED" && service!.status.onTime;
  }).length;
  return {
    accepted,
    closedOfAccepted,
    closedInPeriod: closedRows.length,
    closedOnTime,
    evaluated,
    satisfied,
    topCategories: categories.map((c) => ({ label: c.category, count: c._count._all })),
    overdueOpen,
  };
}

export interface DailyCounts {
  registered: { day: LocalDate; count: number }[];
  closed: { day: LocalDate; count: number }[];
}

/** Disputes registered and closed per China-time day in the scope: two grouped queries. */
export async function dailyCounts(store: PetitionsStore, scope: CockpitScope): Promise<DailyCounts> {
  const { start, end } = scopeInstants(scope);
  const perDay = (column: Prisma.Sql) => store.$queryRaw<{ day: string; count: bigint }[]>`
    SELECT to_char(d.${column} + interval '8 hours', 'YYYY-MM-DD') AS day, count(*) AS count
    FROM "Dispute" d
    WHERE d.${column} BETWEEN ${start} AND ${end} AND ${scopeSql(scope)}
    GROUP BY 1`;
  const [registered, closed] = await Promise.all([perDay(Prisma.raw('"registeredAt"')), perDay(Prisma.raw('"closedAt"'))]);
  const rows = (list: { day: string; count: bigint }[]) => list.map((r) => ({ day: r.day as LocalDate, count: Number(r.count) }));
  return { registered: rows(registered), closed: rows(closed) };
}
