import { describe, expect, it } from "vitest";
import { cockpitKey, countyPrefix, parseCockpitKey, ratio, sameperiodLastYear, scopeInstants } from "./scope.js";

describe("cockpit scope", () => {
  it("round-trips through its key, with absent region and category", () => {
    const scope = { from: "2026-01-01", to: "2026-03-31", regionCode: "330122", category: null } as const;
    expect(cockpitKey(scope)).toBe("2026-01-01|2026-03-31|330122|");
    expect(parseCockpitKey(cockpitKey(scope))).toEqual(scope);
  });

  it("refuses malformed keys", () => {
    expect(() => parseCockpitKey("2026-03-31|2026-01-01||")).toThrow();
    expect(() => parseCockpitKey("yesterday|today||")).toThrow();
  });

  it("compares with the same days one year earlier, 29 February included", () => {
    expect(
      sameperiodLastYear({ from: "2028-02-01", to: "2028-02-29", regionCode: null, category: null }),
    ).toMatchObject({ from: "2027-02-01", to: "2027-02-28" });
  });

  it("bounds the days in China time", () => {
    const { start, end } = scopeInstants({ from: "2026-11-23", to: "2026-11-23" });
    expect(start.toISOString()).toBe("2026-11-22T16:00:00.000Z");
    expect(end.toISOString()).toBe("2026-11-23T15:59:59.999Z");
  });

  it("selects counties by prefix: a county itself, a prefecture's or province's counties, a town's county", () => {
    expect(countyPrefix("330122")).toBe("330122");
    expect(countyPrefix("330900")).toBe("3309");
    expect(countyPrefix("330000")).toBe("33");
    expect(countyPrefix("330122101")).toBe("330122");
    expect(countyPrefix("330122101201")).toBe("330122");
    expect(countyPrefix(null)).toBeNull();
  });

  it("has no rate without a denominator", () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 0)).toBeNull();
  });
});
