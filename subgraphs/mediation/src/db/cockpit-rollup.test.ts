// The daily rollup (MediationDayRollup) against the records it sums: after cases are accepted, change
// status (a voided acceptance included), committee or day, agreements are signed and follow-ups recorded, changed or removed (one by one
// and several in one statement), the triggers' table equals a recomputation from the records, and the
// cockpit's counts read from it equal the same counts from the raw rows (the plain queries before it).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { scopeInstants, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import { subgraph } from "../subgraph.js";
import { Prisma } from "../generated/prisma/client.js";
import { mediationFigures } from "./cockpit-queries.js";
import type { MediationStore } from "./store.js";

const RECOMPUTED = Prisma.sql`
  SELECT (c."acceptedAt" + interval '8 hours')::date::text AS day, left(c."disputeCode", 6) AS county, c."committeeId"::text AS "committeeId",
         count(*)::int AS accepted, count(*) FILTER (WHERE c.status = 'AGREEMENT_REACHED')::int AS agreements,
         count(*) FILTER (WHERE c.status = 'FAILED')::int AS failed,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "MediationAgreement" a JOIN "PerformanceFollowUp" f ON f."agreementId" = a.id
                                        WHERE a."caseId" = c.id AND f.status = 'PERFORMED'))::int AS performed
  FROM "MediationCase" c WHERE c.status <> 'VOIDED' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

const STORED = Prisma.sql`
  SELECT day::text, county, "committeeId"::text AS "committeeId", accepted, agreements, failed, performed FROM "MediationDayRollup"
  WHERE accepted <> 0 OR agreements <> 0 OR failed <> 0 OR performed <> 0 ORDER BY 1, 2, 3`;

/** The counts as the plain queries gave them, from the cases, agreements and follow-ups. */
async function rawCounts(store: MediationStore, scope: CockpitScope) {
  const { start, end } = scopeInstants(scope);
  const county = scope.regionCode?.slice(0, 6);
  const where: Prisma.MediationCaseWhereInput = {
    acceptedAt: { gte: start, lte: end },
    // A voided acceptance (误受理, corrected) was never a case: it counts nowhere.
    status: { not: "VOIDED" },
    ...(county ? { disputeCode: { startsWith: county } } : {}),
  };
  const byStatus = await store.mediationCase.groupBy({ by: ["status"], where, _count: { _all: true } });
  const byCommittee = await store.mediationCase.groupBy({ by: ["committeeId"], where, _count: { _all: true } });
  const countOf = (status: string) => byStatus.find((g) => g.status === status)?._count._all ?? 0;
  return {
    accepted: byStatus.reduce((sum, g) => sum + g._count._all, 0),
    agreements: countOf("AGREEMENT_REACHED"),
    failed: countOf("FAILED"),
    performed: await store.mediationAgreement.count({
      where: { case: where, followUps: { some: { status: "PERFORMED" } } },
    }),
    byCommittee: byCommittee
      .map((g) => ({ committeeId: g.committeeId, count: g._count._all }))
      .sort((a, b) => a.committeeId.localeCompare(b.committeeId)),
  };
}

async function rolledUpCounts(store: MediationStore, scope: CockpitScope) {
  const {
    overdueOpen: _overdue,
    byCommittee,
    ...counts
  } = await mediationFigures(store, scope, new Date("2026-11-20T04:00:00.000Z"));
  return { ...counts, byCommittee: [...byCommittee].sort((a, b) => a.committeeId.localeCompare(b.committeeId)) };
}

describe("the mediation cockpit's daily rollup", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  it("is backfilled from the demo stories", async () => {
    const stored = await store().$queryRaw(STORED);
    expect(stored).toEqual(await store().$queryRaw(RECOMPUTED));
    expect((stored as unknown[]).length).toBeGreaterThan(0);
  });

  it("follows every kind of write, and the cockpit reads the same counts from it as from the raw rows", async () => {
    const s = store();
    const committees = await s.committee.findMany({ orderBy: { name: "asc" }, take: 2 });
    const [first, second] = committees.map((c) => c.id) as [string, string];
    let n = 0;
    const accept = (fields: Partial<Prisma.MediationCaseUncheckedCreateInput> & { acceptedAt: Date }) =>
      s.mediationCase.create({
        data: {
          disputeCode: `33012226${String(900_000 + ++n)}X`,
          committeeId: first,
          source: "DISPATCH",
          clockKind: "PEOPLE",
          status: "ACCEPTED",
          acceptedBy: "test",
          ...fields,
        },
      });
    const sign = (caseId: string, signedAt: Date) =>
      s.mediationAgreement.create({
        data: {
          caseId,
          terms: "分期支付",
          performanceDeadline: new Date(signedAt.getTime() + 30 * 86_400_000),
          signedAt,
          signatories: ["甲", "乙"],
          recordedBy: "test",
        },
      });
    // Accepted just before and just after midnight China time, in both counties.
    const a = await accept({ acceptedAt: new Date("2026-03-02T15:59:59.999Z") });
    const b = await accept({ acceptedAt: new Date("2026-03-02T16:00:00.000Z"), disputeCode: "330903260099001X" });
    const c = await accept({ acceptedAt: new Date("2026-03-05T02:00:00.000Z"), committeeId: second });
    const d = await accept({ acceptedAt: new Date("2025-03-04T02:00:00.000Z") });
    const gone = await accept({ acceptedAt: new Date("2026-03-06T02:00:00.000Z") });
    // Agreements for a, b and d; c fails; one case is removed again.
    await s.mediationCase.update({
      where: { id: a.id },
      data: { status: "AGREEMENT_REACHED", closedAt: new Date("2026-03-10T02:00:00.000Z") },
    });
    const agreementA = await sign(a.id, new Date("2026-03-10T02:00:00.000Z"));
    await s.mediationCase.update({ where: { id: b.id }, data: { status: "AGREEMENT_REACHED" } });
    const agreementB = await sign(b.id, new Date("2026-03-11T02:00:00.000Z"));
    await s.mediationCase.update({ where: { id: d.id }, data: { status: "AGREEMENT_REACHED" } });
    const agreementD = await sign(d.id, new Date("2025-03-20T02:00:00.000Z"));
    await s.mediationCase.update({ where: { id: c.id }, data: { status: "FAILED" } });
    await s.mediationCase.delete({ where: { id: gone.id } });
    // An acceptance voided as made in error leaves every count.
    const voided = await accept({ acceptedAt: new Date("2026-03-05T03:00:00.000Z"), committeeId: second });
    await s.mediationCase.update({ where: { id: voided.id }, data: { status: "VOIDED" } });
    // Follow-ups: a partly then fully performed (two in one statement), b performed then that follow-up
    // corrected to not performed, d performed then its follow-up removed.
    const at = (iso: string) => new Date(iso);
    await s.performanceFollowUp.createMany({
      data: [
        {
          id: randomUUID(),
          agreementId: agreementA.id,
          status: "PARTLY_PERFORMED",
          notes: "首期",
          at: at("2026-04-01T02:00:00.000Z"),
          recordedBy: "test",
        },
        {
          id: randomUUID(),
          agreementId: agreementA.id,
          status: "PERFORMED",
          notes: "付清",
          at: at("2026-04-10T02:00:00.000Z"),
          recordedBy: "test",
        },
      ],
    });
    const followB = await s.performanceFollowUp.create({
      data: {
        agreementId: agreementB.id,
        status: "PERFORMED",
        notes: "付清",
        at: at("2026-04-11T02:00:00.000Z"),
        recordedBy: "test",
      },
    });
    await s.performanceFollowUp.update({ where: { id: followB.id }, data: { status: "NOT_PERFORMED" } });
    const followD = await s.performanceFollowUp.create({
      data: {
        agreementId: agreementD.id,
        status: "PERFORMED",
        notes: "付清",
        at: at("2025-04-20T02:00:00.000Z"),
        recordedBy: "test",
      },
    });
    await s.performanceFollowUp.delete({ where: { id: followD.id } });
    await s.performanceFollowUp.create({
      data: {
        agreementId: agreementD.id,
        status: "PERFORMED",
        notes: "再次回访",
        at: at("2025-05-20T02:00:00.000Z"),
        recordedBy: "test",
      },
    });
    // A case moved to another committee and another day after all that.
    await s.mediationCase.update({
      where: { id: a.id },
      data: { committeeId: second, acceptedAt: new Date("2026-03-03T02:00:00.000Z") },
    });

    expect(await s.$queryRaw(STORED)).toEqual(await s.$queryRaw(RECOMPUTED));
    const scopes: CockpitScope[] = [
      { from: "2026-01-01", to: "2026-12-31", regionCode: null, category: null },
      { from: "2026-03-01", to: "2026-03-02", regionCode: "330122", category: null },
      { from: "2026-03-03", to: "2026-03-31", regionCode: "330903", category: null },
      { from: "2026-03-01", to: "2026-03-31", regionCode: "330122001", category: null },
      { from: "2025-03-01", to: "2025-03-31", regionCode: null, category: null },
    ];
    for (const scope of scopes)
      expect(await rolledUpCounts(s, scope), JSON.stringify(scope)).toEqual(await rawCounts(s, scope));
    // The counts moved as the writes say: d performed again after its first follow-up was removed; b's
    // follow-up corrected to not performed.
    expect(
      await rolledUpCounts(s, { from: "2025-03-04", to: "2025-03-04", regionCode: null, category: null }),
    ).toMatchObject({ accepted: 1, agreements: 1, performed: 1 });
    expect(
      await rolledUpCounts(s, { from: "2026-03-03", to: "2026-03-03", regionCode: "330903", category: null }),
    ).toMatchObject({ accepted: 1, agreements: 1, performed: 0 });
    // c failed that day at the second committee; the acceptance voided beside it is not counted.
    expect(
      await rolledUpCounts(s, { from: "2026-03-05", to: "2026-03-05", regionCode: "330122", category: null }),
    ).toMatchObject({ accepted: 1, failed: 1, byCommittee: [{ committeeId: second, count: 1 }] });
  });
});
