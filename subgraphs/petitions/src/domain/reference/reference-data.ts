// Reference data the registry publishes in the graph (参考数据): the dispute categories with their routing hints,
// the handling bodies routing names, and region names from the province down to townships (乡镇街道).
import type { LocalDate } from "@onedoor/shared/clock/index";
import { lookupRegion, ZHEJIANG_REGION_TABLE } from "@onedoor/shared/validators/index";
import type { Department } from "../../generated/prisma/enums.js";
import { categoryListOn } from "../categories.js";
import {
  bodyName,
  DEFAULT_BODIES,
  DIRECTORY_DEPARTMENTS,
  type DirectoryEntry,
  type RoutingRuleSet,
} from "../routing.js";
import townshipTable from "./townships.json" with { type: "json" };

export type RegionLevel = "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";

export interface ReferenceRegion {
  code: string;
  name: string;
  /** Names from the province down, e.g. 浙江省杭州市桐庐县桐君街道. */
  fullName: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** The township table's source, version and licence, as shipped in townships.json. */
export const TOWNSHIP_TABLE = {
  source: townshipTable.source,
  version: townshipTable.version,
  licence: townshipTable.licence,
  counties: townshipTable.counties,
};

const TOWNSHIPS: ReadonlyMap<string, string> = new Map(townshipTable.townships.map((t) => [t.code, t.name]));

/** A region by its 6-digit GB/T 2260 code or 9-digit statistical township code; undefined when unknown. */
export function regionByCode(code: string): ReferenceRegion | undefined {
  if (/^\d{9}$/.test(code)) {
    const name = TOWNSHIPS.get(code);
    const county = lookupRegion(code.slice(0, 6));
    if (name === undefined || county === undefined) return undefined;
    return { code, name, fullName: county.fullName + name, level: "TOWNSHIP", parentCode: county.code };
  }
  const region = lookupRegion(code);
  if (region === undefined) return undefined;
  const level = region.level === "province" ? "PROVINCE" : region.level === "prefecture" ? "PREFECTURE" : "COUNTY";
  const parentCode =
    level === "PROVINCE" ? null : level === "PREFECTURE" ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
  return { code, name: region.name, fullName: region.fullName, level, parentCode };
}

/** The name of a region code for display (a township's name for a 9-digit code), or null when unknown. */
export function regionName(code: string): string | null {
  return regionByCode(code)?.name ?? null;
}

/** The regions directly under `parent` (the provinces without one), in code order; codes in force only. */
export function regionsUnder(parent: string | null): ReferenceRegion[] {
  const codes =
    parent === null
      ? ZHEJIANG_REGION_TABLE.entries.map((entry) => entry.code).filter((code) => code.endsWith("0000"))
      : /^\d{6}$/.test(parent) && !parent.endsWith("00")
        ? [...TOWNSHIPS.keys()].filter((code) => code.startsWith(parent))
        : ZHEJIANG_REGION_TABLE.entries
            .filter((entry) => entry.validUntil === undefined)
            .map((entry) => entry.code)
            .filter((code) => code !== parent && regionByCode(code)?.parentCode === parent);
  return codes
    .map((code) => regionByCode(code))
    .filter((region): region is ReferenceRegion => region !== undefined)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * CONFIGURATION: stable English codes of the categories, for clients that branch on them; the Chinese name
 * is what the registry stores. A category added to a list needs its code here (the unit test checks).
 */
export const CATEGORY_CODES: Readonly<Record<string, string>> = {
  婚姻家庭: "MARRIAGE_FAMILY",
  邻里: "NEIGHBOURS",
  房屋宅基地: "HOUSING_HOMESTEAD",
  合同: "CONTRACT",
  生产经营: "PRODUCTION_BUSINESS",
  损害赔偿: "DAMAGES",
  山林土地: "FOREST_LAND",
  征地拆迁: "LAND_REQUISITION_DEMOLITION",
  环境污染: "ENVIRONMENTAL_POLLUTION",
  劳动争议: "LABOUR",
  医疗: "MEDICAL",
  道路交通事故: "ROAD_TRAFFIC_ACCIDENT",
  物业: "PROPERTY_MANAGEMENT",
  消防: "FIRE_SAFETY",
  拖欠农民工工资: "MIGRANT_WORKER_WAGES",
  消费: "CONSUMER",
  旅游: "TOURISM",
  电子商务: "E_COMMERCE",
  知识产权: "INTELLECTUAL_PROPERTY",
  民间借贷: "PRIVATE_LENDING",
  海事渔事: "MARITIME_FISHERY",
  其他: "OTHER",
};

export interface RoutingHint {
  ruleId: string;
  department: Department;
  /** Body name template; `{county}` stands for the county's name. */
  body: string;
  /** Why the rule exists, as the clerk sees it when it fires. */
  description: string;
}

export interface ReferenceCategory {
  code: string;
  name: string;
  listVersion: string;
  /** The routing rules that name this category, in the order they are tried (first match wins). */
  routingHints: RoutingHint[];
}

/** The category list in force on `date`, each with the routing rules that name it. */
export function categoriesOn(date: LocalDate, rules: RoutingRuleSet): ReferenceCategory[] {
  const list = categoryListOn(date);
  if (list === undefined) return [];
  return list.categories.map((name) => {
    const code = CATEGORY_CODES[name];
    if (code === undefined) throw new Error(`category ${name} has no code in CATEGORY_CODES`);
    return {
      code,
      name,
      listVersion: list.version,
      routingHints: rules.rules
        .filter((rule) => rule.categories?.includes(name))
        .map((rule) => ({
          ruleId: rule.id,
          department: rule.department,
          body: rule.body,
          description: rule.description,
        })),
    };
  });
}

export interface ReferenceBody {
  /**
   * A directory department's body: its id in that directory. Another department's: `<county code>:<department>:<n>`,
   * stable while the routing configuration names the same bodies.
   */
  id: string;
  name: string;
  kind: Department;
  regionCode: string;
}

/**
 * The handling bodies routing can name in a county (受理/承办机构): the active bodies a directory department
 * published for it (mediation's committees, arbitration's commissions), and every other department's default body and every body a routing
 * rule names for it.
 */
export function bodiesIn(
  countyCode: string,
  directory: readonly DirectoryEntry[],
  rules: RoutingRuleSet,
): ReferenceBody[] {
  if (regionByCode(countyCode)?.level !== "COUNTY") return [];
  const published = directory
    .filter((b) => DIRECTORY_DEPARTMENTS.includes(b.department) && b.regionCode.startsWith(countyCode))
    .filter((b) => b.status === "ACTIVE")
    .map((b) => ({ id: b.id, name: b.name, kind: b.department, regionCode: b.regionCode }));
  const templates = [
    ...Object.entries(DEFAULT_BODIES).map(([department, body]) => ({ department: department as Department, body })),
    ...rules.rules
      .filter((rule) => !rule.regionPrefixes || rule.regionPrefixes.some((prefix) => countyCode.startsWith(prefix)))
      .map((rule) => ({ department: rule.department, body: rule.body })),
  ].filter(({ department }) => !DIRECTORY_DEPARTMENTS.includes(department));
  const seen = new Set<string>();
  const perDepartment = new Map<Department, number>();
  const bodies: ReferenceBody[] = [];
  for (const { department, body } of templates) {
    if (seen.has(`${department}|${body}`)) continue;
    seen.add(`${department}|${body}`);
    const n = (perDepartment.get(department) ?? 0) + 1;
    perDepartment.set(department, n);
    bodies.push({
      id: `${countyCode}:${department}:${n}`,
      name: bodyName(body, countyCode),
      kind: department,
      regionCode: countyCode,
    });
  }
  return [...bodies, ...published];
}
