import { describe, expect, it } from "vitest";
import type { Identity } from "../auth/identity.js";
import { boundedRegion, cockpitRegionFor } from "./region.js";
import { cockpitScopeFor } from "./scope.js";
import { cockpitKey } from "./scope.js";

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县

const commander = (region?: string): Identity => ({
  userId: "commander-1",
  roles: ["commander"],
  ...(region ? { region } : {}),
});

describe("the cockpit's region, bounded by the caller's claim", () => {
  it("gives a caller who names no region their own: the county, prefecture or province", () => {
    expect(boundedRegion(PUTUO, null)).toEqual({ ok: true, regionCode: PUTUO });
    expect(boundedRegion("330900", null)).toEqual({ ok: true, regionCode: "330900" });
    expect(boundedRegion("330000", null)).toEqual({ ok: true, regionCode: "330000" });
  });

  it("keeps a region inside the claim: the county itself, its towns and villages, the counties of a province", () => {
    expect(boundedRegion(PUTUO, PUTUO)).toEqual({ ok: true, regionCode: PUTUO });
    expect(boundedRegion(PUTUO, "330903101")).toEqual({ ok: true, regionCode: "330903101" });
    expect(boundedRegion(PUTUO, "330903101201")).toEqual({ ok: true, regionCode: "330903101201" });
    expect(boundedRegion("330000", TONGLU)).toEqual({ ok: true, regionCode: TONGLU });
    expect(boundedRegion("330000", "330900")).toEqual({ ok: true, regionCode: "330900" });
    expect(boundedRegion("330900", "330903101")).toEqual({ ok: true, regionCode: "330903101" });
  });

  it("refuses another county, a town of another county, and a region wider than the claim", () => {
    expect(boundedRegion(PUTUO, TONGLU)).toEqual({ ok: false });
    expect(boundedRegion(PUTUO, "330122101")).toEqual({ ok: false });
    expect(boundedRegion(PUTUO, "330900")).toEqual({ ok: false });
    expect(boundedRegion(PUTUO, "330000")).toEqual({ ok: false });
    expect(boundedRegion("330900", TONGLU)).toEqual({ ok: false });
    expect(boundedRegion("330900", "330000")).toEqual({ ok: false });
    expect(boundedRegion("330000", "310101")).toEqual({ ok: false });
  });

  it("leaves a caller without a region claim unnarrowed", () => {
    expect(boundedRegion(undefined, null)).toEqual({ ok: true, regionCode: null });
    expect(boundedRegion(undefined, TONGLU)).toEqual({ ok: true, regionCode: TONGLU });
  });

  it("refuses a region outside the claim as FORBIDDEN, in both languages", () => {
    expect(cockpitRegionFor(commander(PUTUO), null)).toBe(PUTUO);
    expect(cockpitRegionFor(commander(), TONGLU)).toBe(TONGLU);
    let refusal: unknown;
    try {
      cockpitRegionFor(commander(PUTUO), TONGLU);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ extensions: { code: "FORBIDDEN", messageZh: expect.stringContaining("辖区") } });
  });

  it("lets a section read only a key the root field would have made for the caller", () => {
    const key = (regionCode: string | null) =>
      cockpitKey({ from: "2031-03-01", to: "2031-03-31", regionCode, category: null });
    expect(cockpitScopeFor(commander(PUTUO), key(PUTUO)).regionCode).toBe(PUTUO);
    expect(cockpitScopeFor(commander(PUTUO), key("330903101")).regionCode).toBe("330903101");
    expect(cockpitScopeFor(commander("330000"), key(TONGLU)).regionCode).toBe(TONGLU);
    expect(cockpitScopeFor(commander(), key(null)).regionCode).toBeNull();
    // Another county's key, or an unbounded one, is never made for a Putuo commander.
    expect(() => cockpitScopeFor(commander(PUTUO), key(TONGLU))).toThrow(/own region/);
    expect(() => cockpitScopeFor(commander(PUTUO), key(null))).toThrow(/own region/);
  });
});
