// The legal aid cockpit section on a real (in-memory PGlite) database with this department's migrations and
// the demo seed. Every expected number is worked out by hand from the seeded records (src/db/demo-data.ts).
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cockpitKey, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import { CATEGORY_NOTE } from "../domain/cockpit.js";
import { LegalAidCockpitResolver } from "../resolvers/cockpit-resolver.js";
import type { LegalAidContext } from "../resolvers/context.js";
import type { Identity } from "@onedoor/shared/auth/identity";
import type { LegalAidStore } from "./store.js";
import { subgraph } from "../subgraph.js";
import { openMigratedStore, type MigratedStore } from "@onedoor/shared/testing/migrated-store";

let database: MigratedStore<LegalAidStore>;
let store: LegalAidStore;

beforeAll(async () => {
  database = await openMigratedStore(subgraph, { seed: true });
  store = database.store;
});

afterAll(() => database.close());

const LEADER: Identity = { userId: "leader-1", roles: ["cockpitViewer"] };
const section = (scope: Partial<CockpitScope> & Pick<CockpitScope, "from" | "to">, identity = LEADER) =>
  new LegalAidCockpitResolver().legalAid({ key: cockpitKey({ regionCode: null, category: null, ...scope }) }, {
    store,
    identity,
    subgraph: "legal-aid",
    requestId: "cockpit-test",
  } as LegalAidContext);

describe("legal aid cockpit section on the demo data", () => {
  it("counts 2026 and the same days of 2025 from the seeded records", async () => {
    const s = await section({ from: "2026-01-01", to: "2026-12-31" });
    // 2026 applications: the six workers' representative 汪建新 (10-13), 徐国强 (08-18), 罗永军 (09-08), 李桂芳 (11-06).
    // 2025: 陈阿根 (2025-10-27).
    expect(s.applications).toMatchObject({ value: 4, sameperiodLastYear: 1 });
    // All four decided; 徐国强 refused (income 3500 > 2766 yuan a head): 3 / 4. Last year 1 / 1.
    expect(s.grantRate).toMatchObject({ numerator: 3, denominator: 4, value: 0.75, sameperiodLastYear: 1 });
    // Days to decision: 汪 10-13 02:10Z → 10-14 01:30Z = 84 000 s; 李 11-06 01:00Z → 11-10 03:00Z = 4 d 2 h = 352 800 s;
    // 徐 08-18 02:00Z → 08-21 06:00Z = 3 d 4 h = 273 600 s; 罗 09-08 01:00Z → 09-11 02:00Z = 3 d 1 h = 262 800 s.
    // Σ = 973 200 s = 11.2639 d; / 4 = 2.8160 → 2.82. Last year 陈: 10-27 01:30Z → 10-29 02:00Z = 174 600 s = 2.0208 → 2.02.
    expect(s.averageDaysToDecision).toMatchObject({ value: 2.82, decided: 4, sameperiodLastYear: 2.02 });
    expect(s.averageDaysToDecision.totalDays).toBeCloseTo(973_200 / 86_400, 9);
    // 罗永军: aid started 20 minutes after he applied, six days before the arbitration time limit.
    expect(s.provisionalStarts).toMatchObject({ value: 1, sameperiodLastYear: 0 });
    // Consultations 2026: 03-09 (周秀英), 10-12 (汪建新), 11-05 (李桂芳) = 3; 2025: 10-24 (陈阿根) = 1.
    expect(s.consultations).toMatchObject({ value: 3, sameperiodLastYear: 1 });
    expect(s.note).toBeNull();
    for (const m of [s.applications, s.grantRate, s.averageDaysToDecision, s.provisionalStarts, s.consultations])
      expect(m.formula).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
  });

  it("bounds the days in China time", async () => {
    // 汪建新 applied 2026-10-13 10:10 China time; his consultation was on 10-12 (09:10): outside.
    const s = await section({ from: "2026-10-13", to: "2026-10-13" });
    expect(s.applications.value).toBe(1);
    expect(s.consultations.value).toBe(0);
    // 李桂芳's application 2026-11-06 01:00Z is 09:00 on the 6th in China.
    expect((await section({ from: "2026-11-06", to: "2026-11-06" })).applications.value).toBe(1);
    expect((await section({ from: "2026-11-07", to: "2026-11-30" })).applications.value).toBe(0);
  });

  it("filters by county, and by town where a finer code is stored (else by county)", async () => {
    const putuo = await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330903" });
    expect(putuo.applications.value).toBe(0);
    expect(putuo.grantRate).toMatchObject({ value: null, denominator: 0 });
    expect(putuo.averageDaysToDecision.value).toBeNull();
    expect(putuo.note).toContain("按前缀匹配");

    const tonglu = await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330122" });
    expect(tonglu.applications).toMatchObject({ value: 4, sameperiodLastYear: 1 });
    // Only consultations about a Tonglu dispute (周秀英 330122260000016, 汪建新 330122260000027); 陈阿根's had none.
    expect(tonglu.consultations).toMatchObject({ value: 2, sameperiodLastYear: 0 });

    // 桐君街道 (330122003): 李桂芳 by prefix, the three cases recorded with the county code by county = 4.
    expect((await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330122003" })).applications.value).toBe(
      4,
    );
    // Another town: 李桂芳 (330122003) is out; 汪, 徐, 罗 remain; 徐 refused: 2 / 3.
    const other = await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330122002" });
    expect(other.applications.value).toBe(3);
    expect(other.grantRate).toMatchObject({ numerator: 2, denominator: 3 });

    // A prefecture or province covers the counties under it: 杭州市 and 浙江省 as 桐庐县, 舟山市 as 普陀区.
    for (const regionCode of ["330100", "330000"]) {
      const wide = await section({ from: "2026-01-01", to: "2026-12-31", regionCode });
      expect(wide.applications).toMatchObject({ value: 4, sameperiodLastYear: 1 });
      expect(wide.consultations).toMatchObject({ value: 2, sameperiodLastYear: 0 });
    }
    expect((await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330900" })).applications.value).toBe(0);
  });

  it("ignores a category filter and says so", async () => {
    const s = await section({ from: "2026-01-01", to: "2026-12-31", category: "LABOUR" });
    expect(s.applications.value).toBe(4);
    expect(s.note).toBe(CATEGORY_NOTE);
  });

  it("refuses a malformed region code as bad input", async () => {
    await expect(section({ from: "2026-01-01", to: "2026-12-31", regionCode: "3301" })).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("answers cockpit viewers and the commander only: aggregates are not for case handlers or residents", async () => {
    expect(
      (await section({ from: "2026-01-01", to: "2026-12-31" }, { userId: "commander-1", roles: ["commander"] }))
        .applications.value,
    ).toBeGreaterThan(0);
    for (const identity of [
      { userId: "ye", roles: ["legalAidOfficer"], department: "legal-aid" },
      { userId: "r1", roles: ["resident"], partyId: "PTEST" },
      { roles: [] },
    ] as Identity[]) {
      await expect(section({ from: "2026-01-01", to: "2026-12-31" }, identity)).rejects.toMatchObject({
        extensions: { code: identity.roles.length === 0 ? "UNAUTHENTICATED" : "FORBIDDEN" },
      });
    }
  });
});
