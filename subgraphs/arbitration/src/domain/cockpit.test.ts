import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { countyPrefix } from "@onedoor/shared/cockpit/scope";
import { AWARD_DAYS, awardsOnTime } from "./cockpit.js";

describe("arbitration cockpit formulas", () => {
  it("counts 45 days for the award", () => {
    expect(AWARD_DAYS).toBe(45);
  });

  it("keeps an award on time when the last day is a holiday and it comes on the first working day after", () => {
    // 2026-10-04 falls in the National Day holiday (10-01…10-07): the period ends on Thursday 10-08.
    expect(awardsOnTime(3, [{ lastDay: "2026-10-04", closedOn: "2026-10-08", count: 2 }], CN_HOLIDAY_CALENDAR)).toBe(5);
    expect(awardsOnTime(3, [{ lastDay: "2026-10-04", closedOn: "2026-10-09", count: 2 }], CN_HOLIDAY_CALENDAR)).toBe(3);
  });

  it("counts an award after a working last day as late", () => {
    // Saturday 2026-07-18 rolls to Monday 07-20; Friday 07-24 is late.
    expect(
      awardsOnTime(
        0,
        [
          { lastDay: "2026-07-18", closedOn: "2026-07-20", count: 1 },
          { lastDay: "2026-07-18", closedOn: "2026-07-24", count: 4 },
        ],
        CN_HOLIDAY_CALENDAR,
      ),
    ).toBe(1);
  });

  it("narrows a town or village to its county, and a prefecture or province to the counties under it", () => {
    expect(countyPrefix("330122101000")).toBe("330122");
    expect(countyPrefix("330122")).toBe("330122");
    expect(countyPrefix("330100")).toBe("3301");
    expect(countyPrefix("330000")).toBe("33");
    expect(countyPrefix(null)).toBeNull();
  });
});
