import { describe, expect, it } from "vitest";
import { averageDays, regionMatch, regionMatches } from "./cockpit.js";

describe("legal aid cockpit rules", () => {
  it("averages the days to decision in 24-hour days, 2 decimals, and has none without decisions", () => {
    // 0.97 days (23h20m) and 3 days: (84000 + 259200) / 86400 / 2 = 1.986... → 1.99
    expect(averageDays(84_000 + 259_200, 2)).toBe(1.99);
    expect(averageDays(0, 0)).toBeNull();
  });

  it("matches a county, town or village: by prefix where the stored code is as fine, else by county", () => {
    const county = regionMatch("330122");
    expect(regionMatches(county, "330122")).toBe(true);
    expect(regionMatches(county, "330122101")).toBe(true);
    expect(regionMatches(county, "330903")).toBe(false);
    const town = regionMatch("330122101");
    expect(regionMatches(town, "330122101202")).toBe(true);
    expect(regionMatches(town, "330122102")).toBe(false);
    // Only the county is stored: the town cannot be told apart, so the county's records count.
    expect(regionMatches(town, "330122")).toBe(true);
    expect(regionMatches(town, "330903")).toBe(false);
    expect(regionMatches(null, "330903")).toBe(true);
    // A prefecture or province covers the counties under it, and their towns.
    const zhoushan = regionMatch("330900");
    expect(zhoushan).toEqual({ prefix: "3309", countyPrefix: "3309" });
    expect(regionMatches(zhoushan, "330903")).toBe(true);
    expect(regionMatches(zhoushan, "330903101")).toBe(true);
    expect(regionMatches(zhoushan, "330122")).toBe(false);
    expect(regionMatches(regionMatch("330000"), "330122101")).toBe(true);
    expect(regionMatches(regionMatch("330000"), "310101")).toBe(false);
  });

  it("refuses a region code that is not 6, 9 or 12 digits", () => {
    expect(regionMatch(null)).toBeNull();
    expect(() => regionMatch("33012")).toThrow(RangeError);
    expect(() => regionMatch("330122'--")).toThrow(RangeError);
  });
});
