// The registry's cockpit figures on the demo stories, checked against the seed by hand.
import { describe, expect, it } from "vitest";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { dailyCounts, intakeFigures, overallFigures } from "./cockpit.js";
import { trendFromDailyCounts } from "@onedoor/shared/cockpit/trend";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";

describe("cockpit figures of the registry", () => {
  const store = useMigratedStore(subgraph, { seed: true });

  const YEAR_2026 = { from: "2026-01-01", to: "2026-12-31", regionCode: null, category: null } as const;

  it("counts intake measures from the seven stories", async () => {
    expect(await intakeFigures(store(), YEAR_2026)).toEqual({
      // The window's visits (the departments' attendance is not seeded here): manhole 1 + wages 2 + lease 2 +
      // island 0 + salon 1 + neighbours 1 + review 1.
      visitorTimes: 8,
      disputesAccepted: 7,
      channels: [
        { label: "GRID_WORKER", count: 1 }, // lease
        { label: "HOTLINE_12345", count: 1 }, // salon
        { label: "ONLINE", count: 1 }, // island
        { label: "WALK_IN", count: 4 }, // manhole, wages, neighbours, review
      ],
      // By town: two stories record only the county; the island is in 舟山市普陀区 (330903).
      regions: [
        { label: "330122", count: 2 },
        { label: "330122003", count: 1 },
        { label: "330122102", count: 1 },
        { label: "330122109", count: 1 },
        { label: "330122110", count: 1 },
        { label: "330903", count: 1 },
      ],
      // Closed: all but the wages story. Zero runs: the island (online only). One run: manhole (its
      // registration), salon, neighbours, review. The lease needed two days.
      closed: 6,
      closedWithRuns: { zero: 1, one: 4 },
      closedOnTheSpot: 1, // neighbours, at the 分水镇 window
    });
  });

  it("counts overall measures, and scopes by county, locality and category", async () => {
    const now = new Date();
    const overall = await overallFigures(store(), YEAR_2026, now, true);
    expect(overall).toMatchObject({
      accepted: 7,
      closedOfAccepted: 6,
      closedInPeriod: 6,
      closedOnTime: 6,
      evaluated: 5,
      satisfied: 5,
    });
    // Five categories shown, one dispute each (seven stories, seven categories).
    expect(overall.topCategories).toHaveLength(5);
    expect(overall.topCategories.every((c) => c.count === 1)).toBe(true);
    // Open past its service clock: only the wages story is open, since October.
    expect(overall.overdueOpen).toBe(1);

    expect((await intakeFigures(store(), { ...YEAR_2026, regionCode: "330903" })).disputesAccepted).toBe(1); // Putuo: the island
    expect((await intakeFigures(store(), { ...YEAR_2026, regionCode: "330122109" })).disputesAccepted).toBe(1); // 分水镇: neighbours
    // A prefecture or province counts the counties under it: 舟山市 the island, 杭州市 the rest, 浙江省 all.
    expect((await intakeFigures(store(), { ...YEAR_2026, regionCode: "330900" })).disputesAccepted).toBe(1);
    expect((await intakeFigures(store(), { ...YEAR_2026, regionCode: "330100" })).disputesAccepted).toBe(6);
    expect((await overallFigures(store(), { ...YEAR_2026, regionCode: "330000" }, now, true)).accepted).toBe(7);
    expect((await intakeFigures(store(), { ...YEAR_2026, category: "消费" })).visitorTimes).toBe(1); // the salon's one visit
    expect(
      (await intakeFigures(store(), { from: "2025-01-01", to: "2025-12-31", regionCode: null, category: null }))
        .disputesAccepted,
    ).toBe(0);
  });

  it("gives the monthly trend of registrations and closures, adding up to the period's figures", async () => {
    const days = await dailyCounts(store(), YEAR_2026);
    const registered = trendFromDailyCounts(days.registered, YEAR_2026, "MONTH");
    expect(registered.map((p) => p.start)).toEqual(
      Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}-01`),
    );
    // Each story in the month it was registered (China time); merged 12345 complaints are not counted again.
    const byMonth = new Map<string, number>();
    for (const story of DEMO_DISPUTES) {
      const month = new Date(new Date(story.registeredAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 7) + "-01";
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    expect(registered.filter((p) => p.count > 0)).toEqual(
      [...byMonth].sort().map(([start, count]) => ({ start, count })),
    );
    const intake = await intakeFigures(store(), YEAR_2026);
    expect(trendFromDailyCounts(days.closed, YEAR_2026, "MONTH").reduce((sum, p) => sum + p.count, 0)).toBe(
      intake.closed,
    );
  });
});
