import { describe, expect, it } from "vitest";
import {
  isProvinceCode,
  lookupRegion,
  validateRegionCode,
  ZHEJIANG_REGION_TABLE,
  type RegionTable,
} from "./region-code.js";

const reasonOf = (input: string): string => {
  const result = validateRegionCode(input);
  return result.ok ? "OK" : result.reason;
};

describe("lookupRegion", () => {
  it("names a county with its full name and level", () => {
    expect(lookupRegion("330122")).toEqual({
      code: "330122",
      name: "桐庐县",
      fullName: "浙江省杭州市桐庐县",
      level: "county",
    });
  });

  it("names the province and prefectures", () => {
    expect(lookupRegion("330000")).toEqual({ code: "330000", name: "浙江省", fullName: "浙江省", level: "province" });
    expect(lookupRegion("330900")).toEqual({
      code: "330900",
      name: "舟山市",
      fullName: "浙江省舟山市",
      level: "prefecture",
    });
  });

  it.each([
    ["330903", "浙江省舟山市普陀区"],
    ["330902", "浙江省舟山市定海区"],
    ["330921", "浙江省舟山市岱山县"],
    ["330922", "浙江省舟山市嵊泗县"],
    ["330523", "浙江省湖州市安吉县"],
    ["330681", "浙江省绍兴市诸暨市"],
    ["330111", "浙江省杭州市富阳区"],
    ["330113", "浙江省杭州市临平区"],
    ["330114", "浙江省杭州市钱塘区"],
    ["330182", "浙江省杭州市建德市"],
    ["330383", "浙江省温州市龙港市"],
  ])("knows %s as %s", (code, fullName) => {
    expect(lookupRegion(code)?.fullName).toBe(fullName);
  });

  it("has all 11 prefecture-level cities of Zhejiang", () => {
    const names = [
      "杭州市",
      "宁波市",
      "温州市",
      "嘉兴市",
      "湖州市",
      "绍兴市",
      "金华市",
      "衢州市",
      "舟山市",
      "台州市",
      "丽水市",
    ];
    names.forEach((name, i) => {
      const code = `33${String(i + 1).padStart(2, "0")}00`;
      expect(lookupRegion(code)).toMatchObject({ name, level: "prefecture" });
    });
  });

  it("returns undefined for codes it does not know", () => {
    expect(lookupRegion("110105")).toBeUndefined();
    expect(lookupRegion("330199")).toBeUndefined();
  });

  it("follows the 2021 Hangzhou reorganisation by date", () => {
    expect(lookupRegion("330103")).toBeUndefined();
    expect(lookupRegion("330103", "2021-04-08")?.fullName).toBe("浙江省杭州市下城区");
    expect(lookupRegion("330104", "2021-04-08")?.name).toBe("江干区");
    expect(lookupRegion("330103", "2021-04-09")).toBeUndefined();
    expect(lookupRegion("330113", "2021-04-08")).toBeUndefined();
    expect(lookupRegion("330113", "2021-04-09")?.name).toBe("临平区");
    expect(lookupRegion("330102", "2020-01-01")?.name).toBe("上城区");
  });

  it("follows 临安 becoming a district in 2017", () => {
    expect(lookupRegion("330185", "2017-08-10")?.fullName).toBe("浙江省杭州市临安市");
    expect(lookupRegion("330185", "2017-08-11")).toBeUndefined();
    expect(lookupRegion("330112", "2017-08-10")).toBeUndefined();
    expect(lookupRegion("330112", "2017-08-11")?.fullName).toBe("浙江省杭州市临安区");
  });

  it("refuses dates the table does not cover", () => {
    expect(() => lookupRegion("330122", "2016-12-31")).toThrow(RangeError);
    expect(() => lookupRegion("330122", "2021-02-30")).toThrow(RangeError);
  });

  it("uses another table when given one", () => {
    const beijing: RegionTable = {
      version: "BJ-test",
      effectiveFrom: "2020-01-01",
      entries: [
        { code: "110000", name: "北京市" },
        { code: "110105", name: "朝阳区" },
      ],
    };
    // No prefecture entry: the full name skips it.
    expect(lookupRegion("110105", undefined, beijing)?.fullName).toBe("北京市朝阳区");
  });
});

describe("validateRegionCode", () => {
  it("accepts a known 6-digit code and returns the region", () => {
    const result = validateRegionCode(" 330 122 ");
    expect(result).toEqual({
      ok: true,
      value: "330122",
      region: { code: "330122", name: "桐庐县", fullName: "浙江省杭州市桐庐县", level: "county" },
    });
  });

  it.each([
    ["", "EMPTY"],
    ["33012", "FORMAT"],
    ["3301220", "FORMAT"],
    ["33012210", "FORMAT"],
    ["3301221000001", "FORMAT"],
    ["33O122", "FORMAT"],
    ["330122-100", "FORMAT"],
    ["110105", "UNKNOWN"],
    ["330199", "UNKNOWN"],
    ["330103", "UNKNOWN"],
  ])("rejects %s by %s", (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it("accepts a 9-digit town code under a known county", () => {
    expect(validateRegionCode("330122100")).toMatchObject({
      ok: true,
      value: "330122100",
      townCode: "100",
      region: { name: "桐庐县" },
    });
    expect(validateRegionCode("330122100")).not.toHaveProperty("villageCode");
  });

  it("accepts a 12-digit village code and splits town and village", () => {
    expect(validateRegionCode("330903001201")).toMatchObject({
      ok: true,
      value: "330903001201",
      townCode: "001",
      villageCode: "201",
      region: { fullName: "浙江省舟山市普陀区" },
    });
  });

  it("reads a 12-digit code ending in 000 as the town itself", () => {
    const result = validateRegionCode("330122100000");
    expect(result).toMatchObject({ ok: true, townCode: "100" });
    expect(result).not.toHaveProperty("villageCode");
  });

  it("rejects statistical codes with an empty town part or under a non-county", () => {
    expect(reasonOf("330122000")).toBe("FORMAT");
    expect(reasonOf("330122000201")).toBe("FORMAT");
    expect(reasonOf("330100100")).toBe("UNKNOWN");
    expect(reasonOf("330000100200")).toBe("UNKNOWN");
    expect(reasonOf("110105001001")).toBe("UNKNOWN");
  });

  it("validates against the table as it stood on a date", () => {
    expect(validateRegionCode("330104", { onDate: "2020-06-01" }).ok).toBe(true);
    expect(validateRegionCode("330104", { onDate: "2021-06-01" }).ok).toBe(false);
  });

  it("names the table version in the UNKNOWN message", () => {
    const result = validateRegionCode("110105");
    expect(!result.ok && result.messageZh).toContain(ZHEJIANG_REGION_TABLE.version);
    expect(!result.ok && result.messageEn).toContain("110105");
  });
});

describe("the Zhejiang region table", () => {
  const entries = ZHEJIANG_REGION_TABLE.entries;

  it("holds 6-digit Zhejiang codes with sane validity periods", () => {
    for (const entry of entries) {
      expect(entry.code).toMatch(/^33\d{4}$/);
      if (entry.validFrom && entry.validUntil) expect(entry.validFrom < entry.validUntil).toBe(true);
      if (entry.validFrom) expect(entry.validFrom >= ZHEJIANG_REGION_TABLE.effectiveFrom).toBe(true);
    }
  });

  it("lists each code once", () => {
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
  });

  it("gives every county a prefecture in the table", () => {
    for (const entry of entries.filter((e) => !e.code.endsWith("00"))) {
      expect(lookupRegion(`${entry.code.slice(0, 4)}00`)).toBeDefined();
    }
  });

  it("has the 13 county-level units of Hangzhou after 2021", () => {
    const current = entries.filter(
      (e) => e.code.startsWith("3301") && e.code !== "330100" && e.validUntil === undefined,
    );
    expect(current).toHaveLength(13);
  });
});

describe("isProvinceCode", () => {
  it.each([
    ["11", true],
    ["33", true],
    ["65", true],
    ["82", true],
    ["00", false],
    ["10", false],
    ["24", false],
    ["83", false],
    ["99", false],
  ] as const)("%s → %s", (code, expected) => {
    expect(isProvinceCode(code)).toBe(expected);
  });
});
