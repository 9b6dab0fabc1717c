// The daily rollup (DisputeDayRollup) against the records it sums: after registrations, visits, closures,
// evaluations, a merge, reclassifications and visits moved or removed, the triggers' table equals a
// recomputation from Dispute and Visit, and every cockpit figure read from it equals the same figure
// counted from the raw rows (the plain queries the cockpit used before the rollup).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { scopeInstants, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import { subgraph } from "../subgraph.js";
import { Prisma } from "../generated/prisma/client.js";
import { disputeClocks } from "../domain/clocks.js";
import { overdueWhere } from "../testing/prisma-pages.js";
import { dailyCounts, intakeFigures, judgeRecentClosures, overallFigures } from "./cockpit.js";
import type { PetitionsStore } from "./store.js";

const DAY = 86_400_000;
const at = (iso: string, days = 0) => new Date(new Date(iso).getTime() + days * DAY);

/** The rollup recomputed from the records, non-zero rows only, in a stable order. */
const RECOMPUTED = Prisma.sql`
  SELECT day::text, "regionCode", "localityCode", category, channel, "serviceTier",
    sum(registered)::int AS registered, sum(registered_closed)::int AS "registeredClosed", sum(on_the_spot)::int AS "registeredOnTheSpot",
    sum(closed)::int AS closed, sum(zero_runs)::int AS "closedZeroRuns", sum(one_run)::int AS "closedOneRun",
    sum(evaluated)::int AS evaluated, sum(satisfied)::int AS satisfied, sum(visits)::int AS visits
  FROM (
    SELECT ("registeredAt" + interval '8 hours')::date AS day, "regionCode", coalesce("localityCode", '') AS "localityCode", category, channel, "serviceTier",
      1 AS registered, (status = 'CLOSED')::int AS registered_closed, "closedOnTheSpot"::int AS on_the_spot, 0 AS closed, 0 AS zero_runs, 0 AS one_run, 0 AS evaluated, 0 AS satisfied, 0 AS visits
    FROM "Dispute" WHERE status <> 'MERGED'
    UNION ALL
    SELECT (d."closedAt" + interval '8 hours')::date, d."regionCode", coalesce(d."localityCode", ''), d.category, d.channel, d."serviceTier",
      0, 0, 0, 1, (runs = 0)::int, (runs = 1)::int, 0, 0, 0
    FROM (SELECT d.*, (SELECT count(DISTINCT (v."visitedAt" + interval '8 hours')::date) FROM "Visit" v WHERE v."disputeId" = d.id) AS runs FROM "Dispute" d) d
    WHERE d.status <> 'MERGED' AND d."closedAt" IS NOT NULL
    UNION ALL
    SELECT ("evaluatedAt" + interval '8 hours')::date, "regionCode", coalesce("localityCode", ''), category, channel, "serviceTier",
      0, 0, 0, 0, 0, 0, 1, (satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int, 0
    FROM "Dispute" WHERE status <> 'MERGED' AND "evaluatedAt" IS NOT NULL
    UNION ALL
    SELECT (v."visitedAt" + interval '8 hours')::date, d."regionCode", coalesce(d."localityCode", ''), d.category, d.channel, d."serviceTier", 0, 0, 0, 0, 0, 0, 0, 0, 1
    FROM "Visit" v JOIN "Dispute" d ON d.id = v."disputeId" WHERE d.status <> 'MERGED'
  ) c
  GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`;

const STORED = Prisma.sql`
  SELECT day::text, "regionCode", "localityCode", category, channel, "serviceTier", registered, "registeredClosed", "registeredOnTheSpot",
    closed, "closedZeroRuns", "closedOneRun", evaluated, satisfied, visits
  FROM "DisputeDayRollup"
  WHERE registered <> 0 OR "registeredClosed" <> 0 OR "registeredOnTheSpot" <> 0 OR closed <> 0 OR "closedZeroRuns" <> 0
     OR "closedOneRun" <> 0 OR evaluated <> 0 OR satisfied <> 0 OR visits <> 0
  ORDER BY 1, 2, 3, 4, 5, 6`;

/** The cockpit's figures counted from the raw rows, as the plain queries did (merged duplicates out). */
async function rawFigures(store: PetitionsStore, scope: CockpitScope, now: Date) {
  const { start, end } = scopeInstants(scope);
  const region = scope.regionCode;
  const where: Prisma.DisputeWhereInput = {
    ...(region ? (region.length === 6 ? { regionCode: region } : { localityCode: { startsWith: region } }) : {}),
    ...(scope.category ? { category: scope.category } : {}),
    status: { not: "MERGED" },
  };
  const registered = { ...where, registeredAt: { gte: start, lte: end } };
  const closedRows = await store.dispute.findMany({
    where: { ...where, closedAt: { gte: start, lte: end } },
    select: { id: true, registeredAt: true, closedAt: true, serviceTier: true },
  });
  const runs = await Promise.all(
    closedRows.map(
      async (d) =>
        new Set(
          (await store.visit.findMany({ where: { disputeId: d.id } })).map((v) =>
            new Date(v.visitedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10),
          ),
        ).size,
    ),
  );
  const perDay = (rows: { at: Date | null }[]) => {
    const days = new Map<string, number>();
    for (const { at } of rows)
      if (at)
        days.set(
          new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10),
          (days.get(new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)) ?? 0) + 1,
        );
    return [...days].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day));
  };
  const categories = await store.dispute.groupBy({
    by: ["category"],
    where: registered,
    _count: { _all: true },
    orderBy: [{ _count: { category: "desc" } }, { category: "asc" }],
    take: 5,
  });
  return {
    visitorTimes: await store.visit.count({ where: { visitedAt: { gte: start, lte: end }, dispute: where } }),
    disputesAccepted: await store.dispute.count({ where: registered }),
    channels: (
      await store.dispute.groupBy({
        by: ["channel"],
        where: registered,
        _count: { _all: true },
      })
    )
      .map((c) => ({ label: c.channel, count: c._count._all }))
      .sort((a, b) => (a.label < b.label ? -1 : 1)),
    closed: closedRows.length,
    closedWithRuns: { zero: runs.filter((n) => n === 0).length, one: runs.filter((n) => n === 1).length },
    closedOnTheSpot: await store.dispute.count({ where: { ...registered, closedOnTheSpot: true } }),
    closedOfAccepted: await store.dispute.count({ where: { ...registered, status: "CLOSED" } }),
    closedOnTime: closedRows.filter((d) => {
      const [service] = disputeClocks(
        {
          serviceTier: d.serviceTier,
          registeredAt: d.registeredAt,
          closedAt: d.closedAt,
        },
        [],
        now,
        CN_HOLIDAY_CALENDAR,
      );
      return service!.status.state === "STOPPED" && service!.status.onTime;
    }).length,
    evaluated: await store.dispute.count({ where: { ...where, evaluatedAt: { gte: start, lte: end } } }),
    satisfied: await store.dispute.count({
      where: {
        ...where,
        evaluatedAt: { gte: start, lte: end },
        satisfaction: { in: ["SATISFIED", "BASICALLY_SATISFIED"] },
      },
    }),
    topCategories: categories.map((c) => ({ label: c.category, count: c._count._all })),
    overdueOpen: await store.dispute.count({ where: { AND: [where, overdueWhere(now)] } }),
    registeredDaily: perDay(
      (await store.dispute.findMany({ where: registered, select: { registeredAt: true } })).map((d) => ({
        at: d.registeredAt,
      })),
    ),
    closedDaily: perDay(closedRows.map((d) => ({ at: d.closedAt }))),
  };
}

async function rolledUpFigures(store: PetitionsStore, scope: CockpitScope, now: Date) {
  const [intake, overall, days] = await Promise.all([
    intakeFigures(store, scope),
    overallFigures(store, scope, now, true),
    dailyCounts(store, scope),
  ]);
  const sorted = (list: { day: string; count: number }[]) => [...list].sort((a, b) => a.day.localeCompare(b.day));
  return {
    visitorTimes: intake.visitorTimes,
    disputesAccepted: intake.disputesAccepted,
    channels: intake.channels,
    closed: intake.closed,
    closedWithRuns: intake.closedWithRuns,
    closedOnTheSpot: intake.closedOnTheSpot,
    closedOfAccepted: overall.closedOfAccepted,
    closedOnTime: overall.closedOnTime,
    evaluated: overall.evaluated,
    satisfied: overall.satisfied,
    topCategories: overall.topCategories,
    overdueOpen: overall.overdueOpen,
    registeredDaily: sorted(days.registered),
    closedDaily: sorted(days.closed),
  };
}

describe("the registry's daily cockpit rollup", () => {
  const store = useMigratedStore(subgraph, { seed: true });
  let sequence = 900;

  async function register(fields: Partial<Prisma.DisputeUncheckedCreateInput> & { registeredAt: Date }) {
    sequence += 1;
    return store().dispute.create({
      data: {
        code: `33012226${String(sequence).padStart(6, "0")}X`,
        title: "测试纠纷",
        description: "驾驶舱汇总测试",
        category: "邻里",
        regionCode: "330122",
        channel: "WALK_IN",
        status: "REGISTERED",
        serviceTier: "ORDINARY",
        registeredBy: "test",
        ...fields,
      },
    });
  }
  const visit = (disputeId: string, visitedAt: Date) =>
    store().visit.create({
      data: { id: randomUUID(), disputeId, visitedAt, place: "窗口", purpose: "来访", recordedBy: "test" },
    });

  it("is backfilled from the demo stories", async () => {
    expect(await store().$queryRaw(STORED)).toEqual(await store().$queryRaw(RECOMPUTED));
  });

  it("follows every kind of write, and the cockpit reads the same figures from it as from the raw rows", async () => {
    const s = store();
    // Registrations late in the evening and just after midnight China time, in two towns and the county.
    const a = await register({
      registeredAt: at("2026-03-02T15:59:59.999Z"),
      localityCode: "330122001",
      category: "劳动争议",
    });
    const b = await register({
      registeredAt: at("2026-03-02T16:00:00.000Z"),
      localityCode: "330122107001",
      channel: "ONLINE",
      serviceTier: "SIMPLE",
    });
    const c = await register({
      registeredAt: at("2026-03-05T02:00:00.000Z"),
      category: "劳动争议",
      serviceTier: "COMPLEX",
    });
    const d = await register({ registeredAt: at("2026-02-20T02:00:00.000Z"), regionCode: "330903", channel: "LETTER" });
    const e = await register({ registeredAt: at("2025-03-03T02:00:00.000Z"), category: "劳动争议" }); // last year's same days
    const f = await register({ registeredAt: at("2026-04-01T02:00:00.000Z"), category: "物业" });
    // Visits: a on two days (two runs), b none, c twice on one day, then one moved and one removed.
    await visit(a.id, at("2026-03-02T15:00:00.000Z"));
    await visit(a.id, at("2026-03-04T01:00:00.000Z"));
    const c1 = await visit(c.id, at("2026-03-05T02:10:00.000Z"));
    await visit(c.id, at("2026-03-05T06:00:00.000Z"));
    const c3 = await visit(c.id, at("2026-03-09T06:00:00.000Z"));
    await visit(f.id, at("2026-04-01T02:00:00.000Z"));
    // Closures: on time, late, on the spot; an evaluation each way; one reopened to in progress.
    await s.dispute.update({
      where: { id: a.id },
      data: {
        status: "CLOSED",
        outcome: "RESOLVED_BY_AGREEMENT",
        closedAt: at("2026-03-12T03:00:00.000Z"),
        evaluatedAt: at("2026-03-13T03:00:00.000Z"),
        satisfaction: "BASICALLY_SATISFIED",
      },
    });
    await s.dispute.update({
      where: { id: b.id },
      data: {
        status: "CLOSED",
        outcome: "RESOLVED_BY_AGREEMENT",
        closedAt: at("2026-03-02T17:00:00.000Z"),
        closedOnTheSpot: true,
        evaluatedAt: at("2026-03-02T18:00:00.000Z"),
        satisfaction: "DISSATISFIED",
      },
    });
    await s.dispute.update({
      where: { id: c.id },
      data: { status: "CLOSED", outcome: "RESOLVED_BY_AGREEMENT", closedAt: at("2026-03-20T03:00:00.000Z") },
    });
    await s.dispute.update({
      where: { id: e.id },
      data: {
        status: "CLOSED",
        outcome: "RESOLVED_BY_AGREEMENT",
        closedAt: at("2025-03-04T03:00:00.000Z"),
        evaluatedAt: at("2025-03-05T03:00:00.000Z"),
        satisfaction: "SATISFIED",
      },
    });
    await s.dispute.update({
      where: { id: d.id },
      data: { status: "DISPATCHED", leadDepartment: "MEDIATION", dispatchedAt: at("2026-02-20T03:00:00.000Z") },
    });
    // After closing: c's third visit moves to the first day (runs 2 → 1), then its first visit is removed.
    await s.visit.update({ where: { id: c3.id }, data: { visitedAt: at("2026-03-05T08:00:00.000Z") } });
    await s.visit.delete({ where: { id: c1.id } });
    // A visit to a closed dispute on a new day (runs 1 → 2), a reclassification and a move to another town.
    await visit(b.id, at("2026-03-03T02:00:00.000Z"));
    await s.dispute.update({ where: { id: c.id }, data: { category: "拖欠农民工工资", localityCode: "330122002" } });
    // f is merged into a: neither it nor its visit counts any more.
    await s.dispute.update({ where: { id: f.id }, data: { status: "MERGED", mergedIntoCode: a.code } });
    // A multi-row write, as a bulk import would do.
    await s.dispute.updateMany({
      where: { registeredBy: "test", status: "REGISTERED" },
      data: { serviceTier: "COMPLEX" },
    });

    expect(await s.$queryRaw(STORED)).toEqual(await s.$queryRaw(RECOMPUTED));

    const now = new Date("2026-11-20T04:00:00.000Z");
    const scopes: CockpitScope[] = [
      { from: "2026-01-01", to: "2026-12-31", regionCode: null, category: null },
      { from: "2026-03-03", to: "2026-03-31", regionCode: "330122", category: null },
      { from: "2026-03-01", to: "2026-03-03", regionCode: "330122107", category: null },
      { from: "2026-03-01", to: "2026-03-31", regionCode: "330122001", category: "劳动争议" },
      { from: "2025-03-01", to: "2025-03-31", regionCode: null, category: "劳动争议" },
      { from: "2026-02-01", to: "2026-04-30", regionCode: "330903", category: null },
    ];
    for (const scope of scopes)
      expect(await rolledUpFigures(s, scope, now), JSON.stringify(scope)).toEqual(await rawFigures(s, scope, now));
    // The on-time judgements are kept in the rollup now; closures changed later forget and judge again
    // only their rows: d closed late, a's closure moved earlier, c's clock shortened to one day.
    expect(
      await s.$queryRaw`SELECT count(*)::int AS n FROM "DisputeDayRollup" WHERE "day" >= '2026-01-01' AND "closed" > 0 AND "closedOnTime" IS NULL`,
    ).toEqual([{ n: 0 }]);
    await s.dispute.update({
      where: { id: d.id },
      data: { status: "CLOSED", outcome: "RESOLVED_BY_AGREEMENT", closedAt: at("2026-03-16T03:00:00.000Z") },
    });
    await s.dispute.update({ where: { id: a.id }, data: { closedAt: at("2026-03-09T03:00:00.000Z") } });
    await s.dispute.update({ where: { id: c.id }, data: { serviceTier: "SIMPLE" } });
    expect(await s.$queryRaw(STORED)).toEqual(await s.$queryRaw(RECOMPUTED));
    for (const scope of scopes)
      expect(await rolledUpFigures(s, scope, now), `again ${JSON.stringify(scope)}`).toEqual(
        await rawFigures(s, scope, now),
      );
    // The figures moved as the writes say, so the comparison above is not between two empty sets. March in
    // the county: the manhole story (registered and closed in March, one visit at the window: its joint session
    // is mediation's to report, and no mediation runs here) plus a, b, c:
    // runs a 2 days, b 1 (its visit after closing), c 1 (visit moved to its first day, another removed).
    const march = await rolledUpFigures(
      s,
      { from: "2026-03-01", to: "2026-03-31", regionCode: "330122", category: null },
      now,
    );
    expect(march).toMatchObject({
      disputesAccepted: 1 + 3,
      closed: 1 + 3,
      closedWithRuns: { zero: 0, one: 1 + 2 },
      closedOnTheSpot: 1,
      visitorTimes: 1 + 5,
    });
    // On time in March: the manhole story, a (7 days), b (the same night); not c (one-day clock, 15 days).
    expect(march.closedOnTime).toBe(3);
  });

  it("judges the last two years' closures in the background, so no cockpit request waits for a first judgement", async () => {
    // After the last demo closure (the review story's, 30 November).
    const now = new Date("2026-12-02T04:00:00.000Z");
    const unjudged = Prisma.sql`SELECT count(*)::int AS n FROM "DisputeDayRollup" WHERE "closed" > 0 AND "closedOnTime" IS NULL AND "day" >= DATE '2024-10-15'`;
    const judged = Prisma.sql`SELECT coalesce(sum("closedOnTime"), 0)::int AS n FROM "DisputeDayRollup" WHERE "day" >= DATE '2024-10-15'`;
    // Every closed story closed that day (a dispute registered later cannot have closed then).
    const closedAt = new Date("2026-11-02T03:00:00.000Z");
    await store().dispute.updateMany({
      where: { status: "CLOSED", registeredAt: { lt: closedAt } },
      data: { closedAt },
    });
    expect((await store().$queryRaw<{ n: number }[]>(unjudged))[0]!.n).toBeGreaterThan(0);
    const onTime = await judgeRecentClosures(store(), now);
    expect((await store().$queryRaw<{ n: number }[]>(unjudged))[0]!.n).toBe(0);
    expect((await store().$queryRaw<{ n: number }[]>(judged))[0]!.n).toBe(onTime);
  });
});
