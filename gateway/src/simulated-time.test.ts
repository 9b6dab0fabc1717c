import { describe, expect, it } from "vitest";
import { simulatedOffset } from "./simulated-time.js";

const NOW = Date.parse("2026-11-23T04:00:00Z");

describe("simulatedOffset", () => {
  it("is nothing without the header", () => {
    expect(simulatedOffset(undefined, NOW)).toEqual({});
  });

  it("turns an instant into an offset from the gateway's clock", () => {
    expect(simulatedOffset("2026-12-03T04:00:00Z", NOW)).toEqual({ simulatedOffsetMs: 10 * 86_400_000 });
    expect(simulatedOffset("2026-11-23T10:00:00+08:00", NOW)).toEqual({ simulatedOffsetMs: -2 * 3_600_000 });
  });

  it("refuses what is not a date-time or lies more than half a year away", () => {
    for (const bad of ["tomorrow", "2026-12-03", "1700000000000", "2027-06-01T00:00:00Z", "2026-02-30T00:00:00Z"]) {
      expect(() => simulatedOffset(bad, NOW), bad).toThrow(/ISO 8601/);
    }
  });
});
