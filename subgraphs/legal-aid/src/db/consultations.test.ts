// The consultation page read through the driver adapter gives, page by page, the very rows the Prisma
// formulation it replaced gives (testing/prisma-pages.ts): every filter and jurisdiction, both directions, ties on
// the instant, consultations of no dispute. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@onedoor/shared/db/database";
import { applyMigrations, prismaProject } from "@onedoor/shared/db/schema-engine";
import { encodeCursor, type SortDirection } from "@onedoor/shared/graphql/connection";
import { openTestDatabase, testDatabaseKinds } from "@onedoor/shared/testing/test-databases";
import { subgraph } from "../subgraph.js";
import { consultationRowsThroughPrisma } from "../testing/prisma-pages.js";
import { consultationRows, type ConsultationFilter } from "./consultations.js";
import type { LegalAidStore } from "./store.js";

const TONGLU = "330122202600001A";
const FILTERS: ConsultationFilter[] = [
  { disputeCode: null },
  { disputeCode: TONGLU },
  { disputeCode: "330122202600002B", channel: "PHONE" },
  { disputeCode: null, within: { county: "330122", ownCenter: true } },
  { disputeCode: null, within: { county: "330122", ownCenter: false } },
  { disputeCode: TONGLU, within: { county: "330183", ownCenter: true } },
  { disputeCode: null, channel: "WINDOW" },
  { disputeCode: null, from: "2026-03-02", to: "2026-03-03" },
  { disputeCode: null, within: { county: "330122", ownCenter: true }, channel: "PHONE", from: "2026-03-03" },
];

describe.each(testDatabaseKinds())("the consultation page through the driver adapter (%s)", (kind) => {
  let database: Database;
  let store: LegalAidStore;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await applyMigrations(prismaProject(subgraph.prismaDir), database);
    store = subgraph.openStore(database.adapterFactory);
    // Three days around China's midnight, three at one instant, disputes of two counties and none.
    const instants = [
      "2026-03-01T15:59:59.999Z",
      "2026-03-01T16:00:00.000Z",
      "2026-03-02T02:00:00.123Z",
      "2026-03-02T02:00:00.123Z",
      "2026-03-02T02:00:00.123Z",
      "2026-03-03T15:59:59.999Z",
      "2026-03-03T16:00:00.000Z",
    ];
    const disputes = [TONGLU, "330122202600002B", null, "330183202600001C"];
    await store.legalConsultation.createMany({
      data: instants.flatMap((at, i) =>
        disputes.map((disputeCode, j) => ({
          channel: (i + j) % 2 ? ("PHONE" as const) : ("WINDOW" as const),
          disputeCode,
          enquirerName: j % 2 ? null : "周秀英",
          enquirerPhone: j === 0 ? "13857123456" : null,
          topic: ["拖欠工资", "工伤赔偿", "离婚财产", "邻里纠纷"][j]!,
          question: "能否申请法律援助？",
          answer: "可以，需提交经济困难证明。",
          answeredBy: "桐庐县法律援助中心值班律师",
          consultedAt: new Date(at),
        })),
      ),
    });
  }, 120_000);

  afterAll(async () => {
    await store?.$disconnect();
    await database?.close();
  });

  it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))(
    "reads every page of %s as Prisma did, in both directions",
    async (name, filter) => {
      const counts: number[] = [];
      for (const direction of ["asc", "desc"] as SortDirection[]) {
        const seen: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = { after, size: 2, direction };
          const rows = await consultationRows(store, filter, page);
          expect(rows).toStrictEqual(await consultationRowsThroughPrisma(store, filter, page));
          seen.push(...rows.slice(0, 2).map((row) => row.id));
          if (rows.length <= 2) break;
          after = encodeCursor({ sort: rows[1]!.consultedAt.toISOString(), id: rows[1]!.id });
        }
        expect(new Set(seen).size).toBe(seen.length);
        counts.push(seen.length);
      }
      // Both directions walk the same rows; all 28 when nothing filters them.
      expect(counts[0]).toBe(counts[1]);
      if (name === JSON.stringify(FILTERS[0])) expect(counts[0]).toBe(28);
    },
  );

  it("refuses a cursor it never gave out", async () => {
    const page = { after: encodeCursor({ sort: "not a date", id: "x" }), size: 2, direction: "asc" as const };
    await expect(consultationRows(store, { disputeCode: null }, page)).rejects.toThrow(/cursor/i);
  });
});
