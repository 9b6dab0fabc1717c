import { describe, expect, it } from "vitest";
import { countyPrefix } from "@onedoor/shared/cockpit/scope";
import { committeeBreakdown, overdueCutoffs } from "./cockpit.js";

describe("mediation cockpit helpers", () => {
  it("finds, per clock kind, the latest acceptance day that is overdue now", () => {
    // Now: Monday 23 November 2026, 10:00 China time.
    const cutoffs = overdueCutoffs(new Date("2026-11-23T02:00:00.000Z"));
    // Labour: 15 natural days; accepted 7 Nov → 22 Nov (Sunday) → first working day Mon 23 Nov: still due today.
    // Accepted 6 Nov → 21 Nov (Saturday) → Mon 23 Nov as well; 5 Nov → Fri 20 Nov: overdue.
    expect(cutoffs.LABOUR.toISOString()).toBe("2026-11-05T15:59:59.999Z");
    // People's mediation: one month; accepted 22 Oct → 22 Nov (Sunday) → 23 Nov: due today; 20 Oct → 20 Nov (Friday): overdue.
    // 21 Oct → 21 Nov (Saturday) → 23 Nov: due today.
    expect(cutoffs.PEOPLE.toISOString()).toBe("2026-10-20T15:59:59.999Z");
    // Medical: 30 working days, always earlier than the month.
    expect(cutoffs.MEDICAL.getTime()).toBeLessThan(cutoffs.PEOPLE.getTime());
  });

  it("orders the committee breakdown by count, then name", () => {
    const names = new Map([
      ["a", "桐庐县劳动争议人民调解委员会"],
      ["b", "桐庐县商会人民调解委员会"],
    ]);
    expect(
      committeeBreakdown(
        [
          { committeeId: "b", count: 1 },
          { committeeId: "a", count: 3 },
        ],
        names,
      ),
    ).toEqual([
      { label: "桐庐县劳动争议人民调解委员会", count: 3 },
      { label: "桐庐县商会人民调解委员会", count: 1 },
    ]);
  });

  it("matches a town or village by its county, a prefecture or province by the counties under it", () => {
    expect(countyPrefix("330122101")).toBe("330122");
    expect(countyPrefix("330122101201")).toBe("330122");
    expect(countyPrefix("330900")).toBe("3309");
    expect(countyPrefix("330000")).toBe("33");
    expect(countyPrefix(null)).toBeNull();
  });
});
