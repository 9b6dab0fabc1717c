// A dispute's timeline page through the driver adapter gives the rows and count Prisma's findMany gave: every
// source (stored under renamed values), JSON and nulls, ties on the time, the sequence and the arrival, the type
// and day filters, both directions, page after page by cursor. On PGlite, and on PostgreSQL when
// TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@onedoor/shared/db/database";
import { applyMigrations, prismaProject } from "@onedoor/shared/db/schema-engine";
import { encodeCursor, type SortDirection } from "@onedoor/shared/graphql/connection";
import { openTestDatabase, testDatabaseKinds } from "@onedoor/shared/testing/test-databases";
import { Prisma } from "../generated/prisma/client.js";
import type { CaseEventType, EventSource } from "../generated/prisma/enums.js";
import { subgraph } from "../subgraph.js";
import type { PetitionsStore } from "./store.js";
import { timelinePageThroughPrisma } from "../testing/prisma-pages.js";
import { timelinePage, timelineSortKey, type TimelineQuery } from "./timeline.js";

const CODE = "330122202600007G";
const SOURCES: EventSource[] = [
  "PETITIONS",
  "MEDIATION",
  "ARBITRATION",
  "LITIGATION",
  "LEGAL_AID",
  "ADMINISTRATIVE_REVIEW",
];
const TYPES: CaseEventType[] = ["DISPUTE_REGISTERED", "DISPUTE_DISPATCHED", "PARTY_CONTACTED", "VISIT_RECORDED"];

describe.each(testDatabaseKinds())("a dispute's timeline through the driver adapter (%s)", (kind) => {
  let database: Database;
  let store: PetitionsStore;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await applyMigrations(prismaProject(subgraph.prismaDir), database);
    store = subgraph.openStore(database.adapterFactory);
    const day = (n: number, hour = 2) => new Date(Date.UTC(2026, 2, n, hour));
    await store.timelineEvent.createMany({
      data: Array.from({ length: 18 }, (_, i) => ({
        eventId: `e-${i}`,
        source: SOURCES[i % SOURCES.length]!,
        // Groups of three share the time; within them sequences and arrivals repeat, so the id decides last.
        sequence: BigInt(i % 3 === 2 ? 1 : i % 3) + (i === 17 ? 9007199254740993n : 0n),
        disputeCode: CODE,
        type: TYPES[i % TYPES.length]!,
        summary: `第 ${i} 步：调解员电话联系当事人`,
        recordId: i % 2 ? `r-${i}` : null,
        data: i % 4 === 0 ? { 委员会: "桐庐县联合人民调解委员会", 人数: i, 列表: [1, "二", null] } : Prisma.DbNull,
        occurredAt: day(1 + Math.floor(i / 3) * 3, i % 2 ? 16 : 2),
        receivedAt: i % 3 === 0 ? day(25) : new Date(day(25).getTime() + (i % 2)),
      })),
    });
    await store.timelineEvent.create({
      data: {
        eventId: "other",
        source: "PETITIONS",
        disputeCode: "330122202600008H",
        type: "DISPUTE_REGISTERED",
        summary: "另一纠纷",
        occurredAt: day(2),
      },
    });
  }, 120_000);

  afterAll(async () => {
    await store?.$disconnect();
    await database?.close();
  });

  const queries: Omit<TimelineQuery, "direction" | "after" | "size">[] = [
    {},
    { types: ["PARTY_CONTACTED", "DISPUTE_REGISTERED"] },
    { from: "2026-03-05", to: "2026-03-13" },
    { types: ["VISIT_RECORDED"], from: "2026-03-08" },
    { types: ["HANDOFF_EXPIRED"] },
  ];

  it.each(queries.map((query) => [JSON.stringify(query), query] as const))(
    "reads the pages and count of %s as findMany did",
    async (_name, query) => {
      for (const direction of ["asc", "desc"] as SortDirection[]) {
        let after: string | null = null;
        for (;;) {
          const page: TimelineQuery = { ...query, direction, after, size: 4 };
          const sql = await timelinePage(store, CODE, page);
          expect({ rows: sql.rows, totalCount: await sql.count() }).toStrictEqual(
            await timelinePageThroughPrisma(store, CODE, page),
          );
          if (sql.rows.length <= page.size) break;
          const last = sql.rows[page.size - 1]!;
          after = encodeCursor({ sort: timelineSortKey(last), id: last.id });
        }
      }
    },
  );

  it("counts the matching steps only when asked, in a statement of its own", async () => {
    const sent: string[] = [];
    const recording = {
      rawQuery: (...args: Parameters<PetitionsStore["rawQuery"]>) => {
        sent.push(args[0]);
        return store.rawQuery(...args);
      },
    } as unknown as PetitionsStore;
    const page = await timelinePage(recording, CODE, { direction: "asc", size: 4 });
    expect(page.rows).toHaveLength(5);
    expect(sent).toHaveLength(1);
    expect(await page.count()).toBe(18);
    expect(sent[1]).toMatch(/^SELECT count\(\*\)/);
  });

  it("puts a step received later after one of the same instant, whatever the sources' sequences", async () => {
    // The committee's agreement (its 41st event) and the court's case it resolved (the court's 7th), dated alike.
    const signedAt = new Date("2026-03-20T02:30:00.000Z");
    const code = "330903202600011K";
    for (const [source, type, sequence, receivedAt] of [
      ["MEDIATION", "MEDIATION_AGREEMENT_REACHED", 41n, "2026-03-20T02:30:01.000Z"],
      ["LITIGATION", "PRE_FILING_MEDIATION_RESOLVED", 7n, "2026-03-20T02:30:02.000Z"],
    ] as const)
      await store.timelineEvent.create({
        data: {
          eventId: `tie-${type}`,
          source,
          sequence,
          disputeCode: code,
          type,
          summary: type,
          occurredAt: signedAt,
          receivedAt: new Date(receivedAt),
        },
      });
    for (const direction of ["asc", "desc"] as SortDirection[]) {
      const page: TimelineQuery = { direction, size: 10 };
      const types = (await timelinePage(store, code, page)).rows.map((row) => row.type);
      const expected = ["MEDIATION_AGREEMENT_REACHED", "PRE_FILING_MEDIATION_RESOLVED"];
      expect(types).toEqual(direction === "asc" ? expected : expected.reverse());
      expect((await timelinePageThroughPrisma(store, code, page)).rows.map((row) => row.type)).toEqual(types);
    }
  });

  it("gives every source its name and refuses a cursor it never gave out", async () => {
    const { rows } = await timelinePage(store, CODE, { direction: "asc", size: 50 });
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set(SOURCES));
    const cursor = (sort: string, id: string) => encodeCursor({ sort, id });
    const page = (after: string) => timelinePage(store, CODE, { direction: "asc", after, size: 4 });
    const key = timelineSortKey(rows[0]!);
    await expect(page(cursor(key, "x' OR '1'='1"))).rejects.toThrow(/cursor/i);
    await expect(page(cursor(key.replace(/\|\d+\|/, "|1.5|"), rows[0]!.id))).rejects.toThrow(/cursor/i);
  });
});
