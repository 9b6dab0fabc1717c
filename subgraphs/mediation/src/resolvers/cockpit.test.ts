// The mediation cockpit on the seeded demo stories (in-memory PostgreSQL): every number recomputed by
// hand from the seed (src/db/demo-data.ts and shared/src/demo/stories.ts), and a fixed query count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type GraphQLSchema } from "graphql";
import { buildSubgraphGraphQLSchema, type SubgraphDefinition } from "@onedoor/shared/server/subgraph";
import { createLogger } from "@onedoor/shared/logger";
import { openMigratedStore, type MigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { createLoaders, type MediationStore } from "../db/store.js";
import { seedDemoData } from "../db/demo-data.js";
import type { Prisma } from "../generated/prisma/client.js";

const SECTION = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Cockpit {
        key
        mediation {
          acceptedCases {
            value
            sameperiodLastYear
            formula
          }
          successRate {
            value
            numerator
            denominator
            sameperiodLastYear
            formula
          }
          agreementPerformanceRate {
            value
            numerator
            denominator
            sameperiodLastYear
            formula
          }
          byCommittee {
            label
            count
          }
          overdueOpenCases {
            value
            sameperiodLastYear
            formula
          }
          note
        }
      }
    }
  }
`;

interface Section {
  acceptedCases: { value: number; sameperiodLastYear: number | null; formula: string };
  successRate: {
    value: number | null;
    numerator: number;
    denominator: number;
    sameperiodLastYear: number | null;
    formula: string;
  };
  agreementPerformanceRate: {
    value: number | null;
    numerator: number;
    denominator: number;
    sameperiodLastYear: number | null;
    formula: string;
  };
  byCommittee: { label: string; count: number }[];
  overdueOpenCases: { value: number; sameperiodLastYear: number | null; formula: string };
  note: string | null;
}

describe("mediation cockpit on the demo data", () => {
  let database: MigratedStore<MediationStore>;
  let store: MediationStore;
  let schema: GraphQLSchema;
  let queries = 0;
  const log = createLogger("mediation-cockpit-test");

  beforeAll(async () => {
    database = await openMigratedStore(subgraph);
    await seedDemoData(database.store, log);
    store = database.store.$extends({
      query: {
        $allOperations({ args, query }) {
          queries++;
          return query(args);
        },
      },
    }) as unknown as MediationStore;
    ({ schema } = await buildSubgraphGraphQLSchema(subgraph as unknown as SubgraphDefinition<never, unknown>));
  }, 120_000);

  afterAll(() => database?.close());

  async function section(key: string): Promise<Section> {
    queries = 0;
    const result = await graphql({
      schema,
      source: SECTION,
      variableValues: { reps: [{ __typename: "Cockpit", key }] },
      contextValue: {
        identity: { userId: "leader-1", roles: ["cockpitViewer"] },
        subgraph: "mediation",
        requestId: "cockpit-test",
        log,
        store,
        loaders: createLoaders(store),
      },
    });
    expect(result.errors).toBeUndefined();
    return (result.data as { _entities: { mediation: Section }[] })._entities[0]!.mediation;
  }

  it("counts 2026 across both counties", async () => {
    const m = await section("2026-01-01|2026-12-31||");
    // Six seeded cases, all accepted in 2026: manhole (03-09), two wage cases (10-12), lease (05-22),
    // island (07-02), beauty salon (09-03).
    expect(m.acceptedCases).toMatchObject({ value: 6, sameperiodLastYear: 0 });
    // Agreements: manhole, lease, island, salon = 4; failed: 0 → 4 / (4 + 0) = 1; 2025 has no cases → null.
    expect(m.successRate).toMatchObject({ value: 1, numerator: 4, denominator: 4, sameperiodLastYear: null });
    // Performed per follow-up: manhole, island, salon = 3 (the lease's second instalment is due 2026-12-31) → 3 / 4.
    expect(m.agreementPerformanceRate).toMatchObject({
      value: 0.75,
      numerator: 3,
      denominator: 4,
      sameperiodLastYear: null,
    });
    // One case per committee; equal counts sort by name.
    expect(m.byCommittee).toHaveLength(6);
    expect(m.byCommittee.every((c) => c.count === 1)).toBe(true);
    expect(m.byCommittee.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        "桐庐县劳动争议人民调解委员会",
        "桐庐县商会人民调解委员会",
        "普陀区海事渔业人民调解委员会",
      ]),
    );
    // Open: the two wage cases accepted 2026-10-12. Labour clock 15 days → due 2026-10-27; the chamber of
    // commerce's people's-mediation clock one month → due 2026-11-12: both overdue from today (2026-11-23) on.
    expect(m.overdueOpenCases).toMatchObject({ value: 2, sameperiodLastYear: 0 });
    expect(m.successRate.formula).toContain("撤回不计入");
    expect(m.note).toBeNull();
    // Two scopes × three statements (the daily rollup, overdue, performed at court), plus the committee names.
    expect(queries).toBe(7);
  });

  it("filters by county, a town matching by its county, and notes the category it cannot apply", async () => {
    // 普陀区 (330903): only the island case, agreement performed.
    const putuo = await section("2026-01-01|2026-12-31|330903|");
    expect(putuo.acceptedCases.value).toBe(1);
    expect(putuo.successRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(putuo.agreementPerformanceRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(putuo.byCommittee).toEqual([{ label: "普陀区海事渔业人民调解委员会", count: 1 }]);
    expect(putuo.overdueOpenCases.value).toBe(0);

    // A town of 桐庐县 (330122101) matches the county: 6 - 1 = 5 cases; 3 agreements, 2 performed.
    const town = await section("2026-01-01|2026-12-31|330122101|劳动争议");
    expect(town.acceptedCases.value).toBe(5);
    expect(town.successRate).toMatchObject({ numerator: 3, denominator: 3 });
    expect(town.agreementPerformanceRate).toMatchObject({ numerator: 2, denominator: 3 });
    expect(town.overdueOpenCases.value).toBe(2);
    expect(town.note).toBe("类别筛选仅适用于综合受理与总体指标 / category applies to intake and overall measures only");

    // A prefecture or province counts the counties under it: 舟山市 the island, 杭州市 桐庐县's five, 浙江省 all six.
    expect((await section("2026-01-01|2026-12-31|330900|")).acceptedCases.value).toBe(1);
    expect((await section("2026-01-01|2026-12-31|330100|")).acceptedCases.value).toBe(5);
    const province = await section("2026-01-01|2026-12-31|330000|");
    expect(province.acceptedCases.value).toBe(6);
    expect(province.overdueOpenCases.value).toBe(2);
  });

  it("counts a case by its acceptance day, China time", async () => {
    // The salon case was accepted 2026-09-03T09:00Z = 17:00 on 3 September in China.
    const day = await section("2026-09-03|2026-09-03||");
    expect(day.acceptedCases.value).toBe(1);
    expect(day.byCommittee).toEqual([{ label: "桐庐县消费纠纷人民调解委员会", count: 1 }]);
    const before = await section("2026-09-01|2026-09-02||");
    expect(before.acceptedCases.value).toBe(0);
    expect(before.successRate.value).toBeNull();
  });

  it("shifts an open case's start by the days its clock was paused", async () => {
    const committee = await store.committee.findFirstOrThrow({ where: { name: "普陀区东极镇人民调解委员会" } });
    const open: Omit<Prisma.MediationCaseUncheckedCreateInput, "disputeCode"> = {
      committeeId: committee.id,
      source: "DISPATCH",
      clockKind: "PEOPLE",
      status: "IN_MEDIATION",
      acceptedAt: new Date("2026-10-01T02:00:00.000Z"),
      acceptedBy: "test",
    };
    // Both accepted 1 October (people's mediation, one month → due 2 November): overdue now without a pause.
    await store.mediationCase.create({ data: { ...open, disputeCode: "330903269000001" } });
    // Paused since 2 October and still paused: the start moves to yesterday, so never overdue.
    await store.mediationCase.create({
      data: {
        ...open,
        disputeCode: "330903269000002",
        pauses: { create: [{ from: new Date("2026-10-02T02:00:00.000Z"), reason: "等待伤残鉴定" }] },
      },
    });
    const day = await section("2026-10-01|2026-10-01|330903|");
    expect(day.acceptedCases.value).toBe(2);
    expect(day.overdueOpenCases.value).toBe(1);
  });
});
