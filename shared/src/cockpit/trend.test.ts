import { describe, expect, it } from "vitest";
import { bucketStart, bucketStarts, trendFromDailyCounts, trendOf } from "./trend.js";

describe("trend buckets", () => {
  it("starts weeks on Monday and months on the 1st", () => {
    expect(bucketStart("2026-11-22", "WEEK")).toBe("2026-11-16"); // a Sunday
    expect(bucketStart("2026-11-23", "WEEK")).toBe("2026-11-23"); // a Monday
    expect(bucketStart("2026-02-28", "MONTH")).toBe("2026-02-01");
  });

  it("covers the scope without holes, across a year end", () => {
    expect(bucketStarts({ from: "2025-11-15", to: "2026-02-03" }, "MONTH")).toEqual([
      "2025-11-01",
      "2025-12-01",
      "2026-01-01",
      "2026-02-01",
    ]);
    expect(bucketStarts({ from: "2026-11-01", to: "2026-11-03" }, "DAY")).toEqual([
      "2026-11-01",
      "2026-11-02",
      "2026-11-03",
    ]);
  });

  it("refuses absurdly long daily trends", () => {
    expect(() => bucketStarts({ from: "2000-01-01", to: "2026-01-01" }, "DAY")).toThrow(RangeError);
  });
});

describe("counting", () => {
  it("puts instants in China-time buckets and keeps empty ones at zero", () => {
    const points = trendOf(
      [
        new Date("2026-11-01T16:30:00Z") /* 11-02 00:30 in China */,
        new Date("2026-11-01T15:59:00Z"),
        new Date("2026-10-01T00:00:00Z"),
      ],
      { from: "2026-11-01", to: "2026-11-03" },
      "DAY",
    );
    expect(points).toEqual([
      { start: "2026-11-01", count: 1 },
      { start: "2026-11-02", count: 1 },
      { start: "2026-11-03", count: 0 },
    ]);
  });

  it("adds daily counts into weeks", () => {
    const points = trendFromDailyCounts(
      [
        { day: "2026-11-16", count: 2 },
        { day: "2026-11-22", count: 3 },
        { day: "2026-11-23", count: 4 },
      ],
      { from: "2026-11-16", to: "2026-11-29" },
      "WEEK",
    );
    expect(points).toEqual([
      { start: "2026-11-16", count: 5 },
      { start: "2026-11-23", count: 4 },
    ]);
  });
});
