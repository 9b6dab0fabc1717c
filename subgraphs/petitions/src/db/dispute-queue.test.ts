// The queue page through the driver adapter gives the rows and count Prisma gave (testing/prisma-pages.ts):
// every filter alone and combined, each caller's jurisdiction, both directions, page after page by cursor, with ties
// on the registration time. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor, type SortDirection } from "@onedoor/shared/graphql/connection";
import { statementsDuring, type SqlCounter } from "@onedoor/shared/testing/sql-counter";
import { openCountingStore } from "@onedoor/shared/testing/counting-store";
import { testDatabaseKinds } from "@onedoor/shared/testing/test-databases";
import { Prisma } from "../generated/prisma/client.js";
import type { Channel, Department, DisputeStatus, ServiceTier } from "../generated/prisma/enums.js";
import type { DisputeFilter } from "../entities/inputs.js";
import { subgraph } from "../subgraph.js";
import { disputePageThroughPrisma } from "../testing/prisma-pages.js";
import type { PetitionsStore } from "./store.js";
import { disputePage } from "./disputes.js";

const NOW = new Date("2026-03-20T02:00:00Z");
const DISPUTES = 36;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const STATUSES: DisputeStatus[] = ["REGISTERED", "DISPATCHED", "IN_PROGRESS", "CLOSED", "IN_PROGRESS", "DISPATCHED"];
const LEADS: (Department | null)[] = [null, "MEDIATION", "ARBITRATION", "MEDIATION", "LITIGATION"];
const CHANNELS: Channel[] = ["WALK_IN", "HOTLINE_12345", "ONLINE"];
const TIERS: ServiceTier[] = ["SIMPLE", "ORDINARY", "COMPLEX"];
const BODY = "桐庐县联合人民调解委员会";

const FILTERS: (DisputeFilter | null)[] = [
  null,
  {},
  { department: "MEDIATION", to: "2026-03-10" }, // the benchmark's queue
  { statuses: ["REGISTERED", "CLOSED"] },
  { department: "ARBITRATION" },
  { category: "劳动争议" },
  { regionCode: "330106" },
  { channel: "HOTLINE_12345" },
  { major: true },
  { major: false },
  { from: "2026-02-01", to: "2026-03-01" },
  { overdue: true },
  { overdue: false },
  { firstResponseOverdue: true },
  { firstResponseOverdue: false },
  { withoutLeadDepartment: true },
  { withoutLeadDepartment: false },
  {
    statuses: ["DISPATCHED", "IN_PROGRESS"],
    department: "MEDIATION",
    overdue: false,
    major: false,
    from: "2026-02-10",
  },
] as (DisputeFilter | null)[];
const JURISDICTIONS = [{}, { county: "330122" }, { body: BODY }, { county: "330106", body: BODY }];

describe.each(testDatabaseKinds())("the dispute queue through the driver adapter (%s)", (kind) => {
  let close = async () => {};
  let store: PetitionsStore;
  let counter: SqlCounter;

  beforeAll(async () => {
    ({ store, counter, close } = await openCountingStore(subgraph, kind));
    for (let i = 0; i < DISPUTES; i++) {
      const hotline = i % 3 === 1;
      // Every tenth dispute shares its registration time with others (the keyset's tie on id); the spread
      // puts disputes on both sides of every tier's service clock and of the first-response deadlines.
      const registeredAt = new Date(NOW.getTime() - (i % 12) * 4.5 * DAY - (i % 5) * 7 * HOUR);
      await store.dispute.create({
        data: {
          code: `3301${i % 2 ? "06" : "22"}2026${String(i).padStart(5, "0")}X`,
          title: `纠纷 ${i}`,
          description: "",
          category: ["劳动争议", "邻里纠纷", "损害赔偿"][i % 3]!,
          regionCode: i % 2 ? "330106" : "330122",
          channel: CHANNELS[i % 3]!,
          status: STATUSES[i % STATUSES.length]!,
          major: i % 7 === 0,
          serviceTier: TIERS[i % 4 === 3 ? 0 : i % 3]!,
          amountInvolved: i % 4 ? new Prisma.Decimal(`${i * 1000}.50`) : null,
          flags: i % 5 === 0 ? ["PETITION_MATTER", "OWNER_UNCLEAR"] : [],
          registeredAt,
          leadDepartment: LEADS[i % LEADS.length],
          handlingBody: i % 8 === 1 ? BODY : i % 8 === 2 ? "桐庐县劳动人事争议仲裁委员会" : null,
          ...(hotline
            ? {
                hotlineOrderNumber: `12345-${i}`,
                hotlineRequestType: "HELP",
                hotlineCalledAt: new Date(NOW.getTime() - (i % 9) * 5 * HOUR),
                urgent: i % 2 === 0,
                firstContactAt: i % 6 === 4 ? new Date(NOW.getTime() - HOUR) : null,
              }
            : {}),
          dispatches:
            i % 3 === 2
              ? {
                  create: {
                    department: "MEDIATION",
                    body: i % 9 === 2 ? BODY : "城南街道人民调解委员会",
                    coHandlers: i % 9 === 5 ? ["桐庐县人力资源和社会保障局", BODY] : [],
                    rulesVersion: "2026-01",
                    overridden: false,
                    dispatchedBy: "staff-1",
                    dispatchedAt: registeredAt,
                  },
                }
              : undefined,
        },
      });
    }
  }, 120_000);

  afterAll(() => close());

  const cursorOf = (row: { registeredAt: Date; id: string }) =>
    encodeCursor({ sort: row.registeredAt.toISOString(), id: row.id });

  it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))(
    "reads the pages and count of %s as Prisma did, in every jurisdiction and direction",
    async (_name, filter) => {
      // Each filter keeps some disputes and drops others, so no comparison is of two empty or two whole queues only.
      const kept = await (await disputePage(store, filter, NOW, { after: null, size: 1, direction: "desc" })).count();
      expect(kept).toBeGreaterThan(0);
      if (filter && Object.keys(filter).length) expect(kept).toBeLessThan(DISPUTES);
      for (const jurisdiction of JURISDICTIONS)
        for (const direction of ["desc", "asc"] as SortDirection[]) {
          let after: string | null = null;
          for (let pages = 0; ; pages++) {
            const page = { after, size: 4, direction };
            const sql = await disputePage(store, filter, NOW, page, jurisdiction);
            const prisma = await disputePageThroughPrisma(store, filter, NOW, page, jurisdiction);
            expect(sql.rows).toStrictEqual(prisma.rows);
            if (pages === 0) expect(await sql.count()).toBe(await prisma.count());
            if (sql.rows.length <= page.size) break;
            after = cursorOf(sql.rows[page.size - 1]!);
          }
        }
    },
  );

  it("reads a page in one statement and counts only when asked", async () => {
    const { result, sql } = await statementsDuring(counter, () =>
      disputePage(store, { department: "MEDIATION" } as DisputeFilter, NOW, {
        after: null,
        size: 50,
        direction: "desc",
      }),
    );
    expect(sql).toEqual([expect.stringMatching(/FROM "Dispute" WHERE/)]);
    expect(await result.count()).toBe(result.rows.length);
  });

  it("refuses a cursor it never gave out before reading", async () => {
    const page = (after: string) => disputePage(store, null, NOW, { after, size: 4, direction: "desc" });
    await expect(
      page(encodeCursor({ sort: "not a time", id: "00000000-0000-0000-0000-000000000000" })),
    ).rejects.toThrow(/cursor/i);
    await expect(page(encodeCursor({ sort: NOW.toISOString(), id: "x' OR '1'='1" }))).rejects.toThrow(/cursor/i);
  });
});
