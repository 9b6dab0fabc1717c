// The court's cockpit section on the demo seed, through the subgraph schema as the gateway asks for it
// (`_entities` on the Cockpit key), against an in-memory PGlite with the real migrations. Every expected
// number is counted by hand from the seeded cases (src/db/demo-data.ts, shared/src/demo/stories.ts):
//   (2026)浙0122民诉前调512号  PRE_FILING_MEDIATION  RESOLVED   offline  dispute 330122…  filed 2026-05-21 10:00 China time
//   (2026)浙0903民特45号       JUDICIAL_CONFIRMATION CONFIRMED online   dispute 330903…  filed 2026-07-06 10:00 China time
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type GraphQLSchema } from "graphql";
import { buildSubgraphGraphQLSchema, type SubgraphDefinition } from "@onedoor/shared/server/subgraph";
import { createLogger } from "@onedoor/shared/logger";
import { openMigratedStore, type MigratedStore } from "@onedoor/shared/testing/migrated-store";
import { cockpitKey, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import { subgraph } from "../subgraph.js";
import { seedDemoData } from "./demo-data.js";
import { createLoaders, type LitigationStore } from "./store.js";

const log = createLogger("litigation-cockpit-test");

interface Rate {
  value: number | null;
  numerator: number;
  denominator: number;
  sameperiodLastYear: number | null;
  formula: string;
}
interface Count {
  value: number;
  sameperiodLastYear: number | null;
  formula: string;
}
interface Section {
  preFilingResolutionRate: Rate;
  judicialConfirmationsApplied: Count;
  judicialConfirmationsConfirmed: Count;
  judicialConfirmationsRefused: Count;
  confirmationRate: Rate;
  enforcementsApplied: Count;
  enforcementsConcluded: Count;
  onlineShare: Rate;
  casesByProcedure: { label: string; count: number }[];
  note: string | null;
}

const RATE = "{ value numerator denominator sameperiodLastYear formula }";
const COUNT = "{ value sameperiodLastYear formula }";
const SECTION = `litigation {
  preFilingResolutionRate ${RATE}
  judicialConfirmationsApplied ${COUNT} judicialConfirmationsConfirmed ${COUNT} judicialConfirmationsRefused ${COUNT}
  confirmationRate ${RATE}
  enforcementsApplied ${COUNT} enforcementsConcluded ${COUNT}
  onlineShare ${RATE}
  casesByProcedure { label count }
  note
}`;

const year2026: CockpitScope = { from: "2026-01-01", to: "2026-12-31", regionCode: null, category: null };

describe("the court's cockpit section on the demo data", () => {
  let database: MigratedStore<LitigationStore>;
  let store: LitigationStore;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    database = await openMigratedStore(subgraph);
    store = database.store;
    await seedDemoData(store, log);
    ({ schema } = await buildSubgraphGraphQLSchema(subgraph as unknown as SubgraphDefinition<never, unknown>));
  }, 120_000);

  afterAll(() => database?.close());

  async function section(scope: CockpitScope): Promise<Section> {
    const result = await graphql({
      schema,
      source: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cockpit { key ${SECTION} } } }`,
      variableValues: { r: [{ __typename: "Cockpit", key: cockpitKey(scope) }] },
      contextValue: {
        subgraph: "litigation",
        identity: { userId: "leader-1", roles: ["cockpitViewer"] },
        requestId: randomUUID(),
        log,
        store,
        loaders: createLoaders(store),
      },
    });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const [cockpit] = (result.data as { _entities: { key: string; litigation: Section }[] })._entities;
    expect(cockpit!.key).toBe(cockpitKey(scope));
    return cockpit!.litigation;
  }

  it("counts 2026: one pre-filing mediation resolved, one confirmation confirmed online", async () => {
    const s = await section(year2026);
    // 诉前化解率 = resolved 1 (512号) / (1 + 0 民初 filed) = 1; nothing was registered in 2025.
    expect(s.preFilingResolutionRate).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 1,
      sameperiodLastYear: null,
    });
    // 司法确认: applied 1 (45号), confirmed 1, refused 0; rate 1 / (1 + 0) = 1.
    expect(s.judicialConfirmationsApplied).toMatchObject({ value: 1, sameperiodLastYear: 0 });
    expect(s.judicialConfirmationsConfirmed).toMatchObject({ value: 1, sameperiodLastYear: 0 });
    expect(s.judicialConfirmationsRefused).toMatchObject({ value: 0, sameperiodLastYear: 0 });
    expect(s.confirmationRate).toMatchObject({ value: 1, numerator: 1, denominator: 1, sameperiodLastYear: null });
    // 执行: none seeded.
    expect(s.enforcementsApplied).toMatchObject({ value: 0, sameperiodLastYear: 0 });
    expect(s.enforcementsConcluded).toMatchObject({ value: 0, sameperiodLastYear: 0 });
    // 线上占比 = online 1 (45号, mobile court) / cases 2 = 0.5.
    expect(s.onlineShare).toMatchObject({ value: 0.5, numerator: 1, denominator: 2, sameperiodLastYear: null });
    expect(s.casesByProcedure).toEqual([
      { label: "PRE_FILING_MEDIATION", count: 1 },
      { label: "FIRST_INSTANCE", count: 0 },
      { label: "JUDICIAL_CONFIRMATION", count: 1 },
      { label: "ENFORCEMENT", count: 0 },
    ]);
    expect(s.note).toBeNull();
    expect(s.preFilingResolutionRate.formula).toContain("诉前化解率");
  });

  it("bounds the period by China-time days of registration", async () => {
    // 512号 was registered at 2026-05-21 02:00 UTC = 10:00 on 21 May in China: in that day, not in the next.
    const day = await section({ ...year2026, from: "2026-05-21", to: "2026-05-21" });
    expect(day.casesByProcedure.map((p) => p.count)).toEqual([1, 0, 0, 0]);
    const after = await section({ ...year2026, from: "2026-05-22", to: "2026-07-05" });
    expect(after.onlineShare).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it("selects a county by the dispute code, and a town by its county, saying so", async () => {
    // Putuo (330903): only 45号. 诉前化解率 0 / 0 → null; online 1 / 1.
    const putuo = await section({ ...year2026, regionCode: "330903" });
    expect(putuo.preFilingResolutionRate).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(putuo.judicialConfirmationsConfirmed.value).toBe(1);
    expect(putuo.onlineShare).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    // A town of Tonglu (330122) counts Tonglu's cases: 512号 only, offline: online 0 / 1.
    const town = await section({ ...year2026, regionCode: "330122101" });
    expect(town.preFilingResolutionRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(town.judicialConfirmationsApplied.value).toBe(0);
    expect(town.onlineShare).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(town.note).toMatch(/by county only/);
    // A prefecture or province counts the counties under it: 舟山市 only 45号 again, 浙江省 both counties.
    expect((await section({ ...year2026, regionCode: "330900" })).onlineShare).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
    const province = await section({ ...year2026, regionCode: "330000" });
    const all = await section(year2026);
    expect(province.casesByProcedure).toEqual(all.casesByProcedure);
  });

  it("answers a category filter without it, and says so", async () => {
    const s = await section({ ...year2026, category: "合同" });
    expect(s.casesByProcedure.map((p) => p.count)).toEqual([1, 0, 1, 0]);
    expect(s.note).toBe("类别筛选仅适用于综合受理与总体指标 / category applies to intake and overall measures only");
  });

  it("compares with the same days one year earlier", async () => {
    // Two cases of a county the demo does not use (淳安 330127), registered in 2025, enter 2026's 同比 only:
    // a 民初 filing (诉前化解率 last year 0 / (0 + 1) = 0) and a concluded enforcement.
    const disputeCode = "330127250000901";
    // The court of 淳安 as the demo seeds it (its service centre).
    const { id: bodyId } = await store.courtBody.findFirstOrThrow({ where: { courtCode: "浙0127" } });
    await store.courtCase.createMany({
      data: [
        {
          disputeCode,
          caseNumber: "(2025)浙0127民初1203号",
          courtCode: "浙0127",
          bodyId,
          procedure: "FIRST_INSTANCE",
          status: "JUDGED",
          filedAt: new Date("2025-03-10T02:00:00.000Z"),
        },
        {
          disputeCode,
          caseNumber: "(2025)浙0127执388号",
          courtCode: "浙0127",
          bodyId,
          procedure: "ENFORCEMENT",
          status: "CONCLUDED",
          filedAt: new Date("2025-09-01T02:00:00.000Z"),
          online: true,
        },
      ],
    });
    const s = await section({ ...year2026, regionCode: "330127" });
    expect(s.preFilingResolutionRate).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
      sameperiodLastYear: 0,
    });
    expect(s.enforcementsApplied).toMatchObject({ value: 0, sameperiodLastYear: 1 });
    expect(s.enforcementsConcluded).toMatchObject({ value: 0, sameperiodLastYear: 1 });
    // Last year's online share in 淳安: 1 online (执388号) / 2 cases = 0.5.
    expect(s.onlineShare).toMatchObject({ value: null, sameperiodLastYear: 0.5 });
  });
});
