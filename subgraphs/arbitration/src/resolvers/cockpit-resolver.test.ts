// The arbitration section of the cockpit on the demo docket (PGlite with the migrations and the demo seed).
// Every expected number is counted by hand from data/demo-data.ts (HISTORY and the six workers' story case).
import { describe, expect, it } from "vitest";
import type { Identity } from "@onedoor/shared/auth/identity";
import { cockpitKey, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { CATEGORY_NOTE, REGION_NOTE } from "../domain/cockpit.js";
import { CockpitResolver } from "./cockpit-resolver.js";
import type { ArbitrationContext } from "./context.js";

describe("arbitration cockpit section on the demo docket (PGlite)", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  const leader = { roles: ["cockpitViewer" as const], userId: "leader-1" };
  const section = (scope: Partial<CockpitScope> & Pick<CockpitScope, "from" | "to">, identity: Identity = leader) =>
    new CockpitResolver().arbitration({ key: cockpitKey({ regionCode: null, category: null, ...scope }) }, {
      store: store(),
      identity,
      subgraph: "arbitration",
      requestId: "test",
    } as unknown as ArbitrationContext);

  it("shows the section to the center's leaders only, not to an arbitrator", async () => {
    await expect(
      section(
        { from: "2026-01-01", to: "2026-12-31" },
        { roles: ["arbitrator"], department: "arbitration", userId: "a-1" },
      ),
    ).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("counts 2026 against 2025 by each case's own dates", async () => {
    const s = await section({ from: "2026-01-01", to: "2026-12-31" });
    // Received in 2026: 第21号 (03-02), 第34号 (04-13), 第52号 (06-01), 第60号 (06-22), 第70号 (08-14), 第79号 (08-17),
    // 第83号 (09-21) and the story's 第87号 (11-18) = 8; in 2025: 第140号 = 1.
    expect(s.applicationsReceived).toMatchObject({ value: 8, sameperiodLastYear: 1 });
    // Accepted in 2026: 21, 34, 52, 60, 70, 83 = 6 (79 rejected, 87 still received); 2025: 140 = 1.
    expect(s.accepted).toMatchObject({ value: 6, sameperiodLastYear: 1 });
    // Awards in 2026: 21, 34, 52, 70 = 4. On time: 21 (04-10 ≤ 04-19), 34 (06-12 ≤ 05-31 + 15 = 06-15),
    // 70 (10-08 ≤ 10-04 rolled past the National Day holiday to 10-08) = 3; 52 (07-24 > 07-18 Saturday → 07-20) is late.
    // 3 / 4 = 0.75; 2025: 140 (06-20 ≤ 06-23) = 1 / 1.
    expect(s.awardedOnTime).toMatchObject({ value: 0.75, numerator: 3, denominator: 4, sameperiodLastYear: 1 });
    // Final awards: 21 and 52 = 2 / 4 = 0.5; 2025: 140 final = 1 / 1.
    expect(s.finalAwardShare).toMatchObject({ value: 0.5, numerator: 2, denominator: 4, sameperiodLastYear: 1 });
    // Mediation statements: 第60号 (07-15) = 1; 2025: none.
    expect(s.mediationStatementClosures).toMatchObject({ value: 1, sameperiodLastYear: 0 });
    // Collective: 第83号, twelve workers with one common wage claim = 1 (the story's six workers are fewer than ten).
    expect(s.collectiveCases).toMatchObject({ value: 1, sameperiodLastYear: 0 });
    expect(s.note).toBeNull();
    expect(s.awardedOnTime.formula).toContain("按期裁决率");
  });

  it("puts a case in a period by the date of each measure: received in one quarter, awarded in the next", async () => {
    const s = await section({ from: "2026-07-01", to: "2026-09-30" });
    // Received Q3: 第70号 (08-14), 第79号 (08-17), 第83号 (09-21) = 3; accepted Q3: 70 (08-20), 83 (09-24) = 2.
    expect(s.applicationsReceived.value).toBe(3);
    expect(s.accepted.value).toBe(2);
    // Awarded Q3: 第52号 (07-24), late = 0 / 1; it is final = 1 / 1. Mediated Q3: 第60号 (07-15) = 1.
    expect(s.awardedOnTime).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    expect(s.finalAwardShare).toMatchObject({ numerator: 1, denominator: 1 });
    expect(s.mediationStatementClosures.value).toBe(1);
  });

  it("filters by the commission's county; a town counts its county, and a category is noted, not applied", async () => {
    const elsewhere = await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330903" });
    expect(elsewhere.applicationsReceived.value).toBe(0);
    expect(elsewhere.awardedOnTime).toMatchObject({ value: null, denominator: 0 });
    const town = await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330122101", category: "LABOUR" });
    expect(town.applicationsReceived.value).toBe(8);
    expect(town.note).toContain(CATEGORY_NOTE);
    expect(town.note).toContain(REGION_NOTE);
    // A prefecture or province counts the commissions of the counties under it.
    expect(
      (await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330100" })).applicationsReceived.value,
    ).toBe(8);
    expect(
      (await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330000" })).applicationsReceived.value,
    ).toBe(8);
    expect(
      (await section({ from: "2026-01-01", to: "2026-12-31", regionCode: "330900" })).applicationsReceived.value,
    ).toBe(0);
  });

  it("counts a case whose acceptance was voided as recorded in error nowhere (更正)", async () => {
    const where = { caseNumber: "桐劳人仲案字〔2026〕第83号" };
    const original = await store().arbitrationCase.findUniqueOrThrow({ where });
    await store().arbitrationCase.update({
      where,
      data: { status: "VOIDED", voidedAt: new Date("2026-09-25T02:00:00Z") },
    });
    try {
      const s = await section({ from: "2026-07-01", to: "2026-09-30" });
      // Q3 without 第83号: received 70 and 79 = 2, accepted 70 = 1, no collective case.
      expect([s.applicationsReceived.value, s.accepted.value, s.collectiveCases.value]).toEqual([2, 1, 0]);
    } finally {
      await store().arbitrationCase.update({ where, data: { status: original.status, voidedAt: null } });
    }
  });

  it("answers for a period with no cases", async () => {
    const s = await section({ from: "2024-01-01", to: "2024-12-31" });
    expect(s.applicationsReceived).toMatchObject({ value: 0, sameperiodLastYear: 0 });
    expect(s.finalAwardShare).toMatchObject({ value: null, sameperiodLastYear: null });
  });
});
