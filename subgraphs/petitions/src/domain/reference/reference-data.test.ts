import { describe, expect, it } from "vitest";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { CATEGORY_LISTS } from "../categories.js";
import { ROUTING_RULES, type DirectoryEntry } from "../routing.js";
import { demoId, demoMediationDirectory } from "@onedoor/shared/demo/mediation-directory";
import { demoArbitrationDirectory } from "@onedoor/shared/demo/arbitration-directory";
import { demoLegalAidDirectory } from "@onedoor/shared/demo/legal-aid-directory";
import { demoCourtDirectory } from "@onedoor/shared/demo/court-directory";
import {
  bodiesIn,
  CATEGORY_CODES,
  categoriesOn,
  regionByCode,
  regionName,
  regionsUnder,
  TOWNSHIP_TABLE,
} from "./reference-data.js";

/** Every 9-digit township code (33xxxxxxx) written in a department's demo seed. */
async function demoTownshipCodes(): Promise<string[]> {
  const subgraphs = await readdir(join(REPO_ROOT, "subgraphs"));
  const seeds = await Promise.all(
    subgraphs.map((name) =>
      readFile(join(REPO_ROOT, "subgraphs", name, "src/db/demo-data.ts"), "utf8").catch(() => ""),
    ),
  );
  return [...new Set(seeds.flatMap((seed) => seed.match(/(?<![\dA-Z])33\d{7}(?![\dA-Z])/g) ?? []))].sort();
}

describe("regions", () => {
  it("names every township code the demo data uses", async () => {
    const codes = await demoTownshipCodes();
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((code) => regionName(code) === null)).toEqual([]);
  });

  it("names a township with its county and province", () => {
    expect(regionByCode("330122003")).toEqual({
      code: "330122003",
      name: "桐君街道",
      fullName: "浙江省杭州市桐庐县桐君街道",
      level: "TOWNSHIP",
      parentCode: "330122",
    });
    expect(regionName("330903105")).toBe("东极镇");
    expect(regionName("330122001")).toBeNull(); // no such statistical code in the table
  });

  it("walks down from the province to the townships of a covered county", () => {
    expect(regionsUnder(null).map((r) => r.name)).toEqual(["浙江省"]);
    const prefectures = regionsUnder("330000");
    expect(prefectures).toHaveLength(11);
    expect(prefectures.every((r) => r.level === "PREFECTURE" && r.parentCode === "330000")).toBe(true);
    const hangzhou = regionsUnder("330100").map((r) => r.name);
    expect(hangzhou).toContain("桐庐县");
    expect(hangzhou).not.toContain("江干区"); // merged into 上城区 in 2021
    const tonglu = regionsUnder("330122");
    expect(tonglu).toHaveLength(14);
    expect(tonglu.every((r) => r.level === "TOWNSHIP" && r.parentCode === "330122")).toBe(true);
    expect(tonglu.map((r) => r.name)).toContain("莪山畲族乡");
  });

  it("covers the demo counties, each with townships, and says where the table comes from", () => {
    expect(TOWNSHIP_TABLE.counties).toEqual(["330111", "330122", "330523", "330681", "330903", "330922"]);
    for (const county of TOWNSHIP_TABLE.counties) expect(regionsUnder(county).length).toBeGreaterThan(5);
    expect(TOWNSHIP_TABLE.source).toMatch(/统计用区划/);
    expect(TOWNSHIP_TABLE.licence).toMatch(/MIT/);
  });
});

describe("categories", () => {
  it("gives every category of every list a distinct code", () => {
    const names = new Set(CATEGORY_LISTS.flatMap((list) => list.categories));
    expect([...names].filter((name) => CATEGORY_CODES[name] === undefined)).toEqual([]);
    const codes = Object.values(CATEGORY_CODES);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("lists the categories in force with the routing rules that name them, in rule order", () => {
    const list = categoriesOn("2026-12-03", ROUTING_RULES);
    expect(list.map((c) => c.listVersion)).toContain("ZJ-MTZX-2025");
    const wages = list.find((c) => c.name === "拖欠农民工工资");
    expect(wages?.code).toBe("MIGRANT_WORKER_WAGES");
    expect(wages?.routingHints.map((h) => h.department)).toEqual(["ARBITRATION", "MEDIATION"]);
    expect(categoriesOn("2024-06-01", ROUTING_RULES).some((c) => c.name === "消费")).toBe(false); // not in the 2020 list
    expect(categoriesOn("2019-12-31", ROUTING_RULES)).toEqual([]);
  });
});

/** The demo counties' committees, commissions, court bodies and legal aid centres, as their departments publish them. */
const DIRECTORY: DirectoryEntry[] = [
  ...demoMediationDirectory().map((b) => ({ department: "MEDIATION" as const, ...b })),
  ...demoArbitrationDirectory().map((b) => ({ department: "ARBITRATION" as const, ...b })),
  ...demoCourtDirectory().map((b) => ({ department: "LITIGATION" as const, ...b })),
  ...demoLegalAidDirectory().map((b) => ({ department: "LEGAL_AID" as const, ...b })),
];

describe("bodies", () => {
  it("names a county's bodies once each, with stable ids: directory departments' bodies by their directory ids", () => {
    const bodies = bodiesIn("330122", DIRECTORY, ROUTING_RULES);
    expect(bodies).toContainEqual({
      id: demoId("桐庐县劳动人事争议仲裁委员会"),
      name: "桐庐县劳动人事争议仲裁委员会",
      kind: "ARBITRATION",
      regionCode: "330122",
    });
    expect(bodies).toContainEqual({
      id: demoId("桐庐县医疗纠纷人民调解委员会"),
      name: "桐庐县医疗纠纷人民调解委员会",
      kind: "MEDIATION",
      regionCode: "330122",
    });
    expect(bodies.filter((b) => b.kind === "LEGAL_AID")).toEqual([
      { id: demoId("桐庐县法律援助中心"), name: "桐庐县法律援助中心", kind: "LEGAL_AID", regionCode: "330122" },
      {
        id: demoId("桐庐县法律援助中心驻县社会治理综合服务中心工作站"),
        name: "桐庐县法律援助中心驻县社会治理综合服务中心工作站",
        kind: "LEGAL_AID",
        regionCode: "330122",
      },
    ]);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
    expect(new Set(bodies.map((b) => b.name)).size).toBe(bodies.length);
    expect(bodies.every((b) => b.regionCode === "330122")).toBe(true);
  });

  it("lists only the committees mediation published, active ones, in the county", () => {
    const retired = DIRECTORY.map((b) =>
      b.name === "普陀区海事渔业人民调解委员会" ? { ...b, status: "RETIRED" as const } : b,
    );
    expect(bodiesIn("330903", DIRECTORY, ROUTING_RULES).map((b) => b.name)).toContain("普陀区海事渔业人民调解委员会");
    expect(bodiesIn("330903", retired, ROUTING_RULES).map((b) => b.name)).not.toContain("普陀区海事渔业人民调解委员会");
    expect(bodiesIn("330122", DIRECTORY, ROUTING_RULES).some((b) => b.name.includes("海事渔业"))).toBe(false);
    expect(bodiesIn("330122", [], ROUTING_RULES).some((b) => b.kind === "MEDIATION")).toBe(false);
    expect(bodiesIn("330100", DIRECTORY, ROUTING_RULES)).toEqual([]); // a prefecture has no county bodies
  });
});
