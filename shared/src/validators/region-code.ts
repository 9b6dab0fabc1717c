import { isLocalDate, type LocalDate } from "../clock/local-date.js";
import { compactInput } from "./normalise.js";
import { invalid, type ValidationResult } from "./result.js";

/**
 * Province-level codes of GB/T 2260 (first two digits). Used only for plausibility:
 * identifiers keep the region code of the year they were issued, so a code that has
 * since been abolished is still valid inside an ID number.
 */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11",
  "12",
  "13",
  "14",
  "15", // 北京 天津 河北 山西 内蒙古
  "21",
  "22",
  "23", // 辽宁 吉林 黑龙江
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37", // 上海 江苏 浙江 安徽 福建 江西 山东
  "41",
  "42",
  "43",
  "44",
  "45",
  "46", // 河南 湖北 湖南 广东 广西 海南
  "50",
  "51",
  "52",
  "53",
  "54", // 重庆 四川 贵州 云南 西藏
  "61",
  "62",
  "63",
  "64",
  "65", // 陕西 甘肃 青海 宁夏 新疆
  "71",
  "81",
  "82", // 台湾 香港 澳门
]);

export function isProvinceCode(twoDigits: string): boolean {
  return PROVINCE_CODES.has(twoDigits);
}

export type RegionLevel = "province" | "prefecture" | "county";

/** One code with the period it was in force: validFrom inclusive, validUntil exclusive (the first day it no longer applies). */
export interface RegionEntry {
  code: string;
  name: string;
  validFrom?: LocalDate;
  validUntil?: LocalDate;
}

export interface RegionTable {
  version: string;
  /** The earliest date the table answers for; entries cover every change since then. */
  effectiveFrom: LocalDate;
  entries: readonly RegionEntry[];
}

export interface RegionInfo {
  code: string;
  name: string;
  /** Names from the province down, e.g. "浙江省杭州市桐庐县". */
  fullName: string;
  level: RegionLevel;
}

/**
 * CONFIGURATION: a partial GB/T 2260 table for Zhejiang (province, all 11 prefectures,
 * and the counties of 杭州, 温州, 湖州, 绍兴 and 舟山). Codes change almost every year:
 * add changes with dates, and extend it from the Ministry of Civil Affairs list.
 */
export const ZHEJIANG_REGION_TABLE: RegionTable = {
  version: "ZJ-2021-04",
  effectiveFrom: "2017-01-01",
  entries: [
    { code: "330000", name: "浙江省" },
    { code: "330100", name: "杭州市" },
    { code: "330200", name: "宁波市" },
    { code: "330300", name: "温州市" },
    { code: "330400", name: "嘉兴市" },
    { code: "330500", name: "湖州市" },
    { code: "330600", name: "绍兴市" },
    { code: "330700", name: "金华市" },
    { code: "330800", name: "衢州市" },
    { code: "330900", name: "舟山市" },
    { code: "331000", name: "台州市" },
    { code: "331100", name: "丽水市" },

    // 杭州市. 临安撤市设区 announced 2017-08-11; the 2021 reorganisation (上城+江干,
    // 下城+拱墅, 临平 and 钱塘 split off) announced 2021-04-09.
    { code: "330102", name: "上城区" },
    { code: "330103", name: "下城区", validUntil: "2021-04-09" },
    { code: "330104", name: "江干区", validUntil: "2021-04-09" },
    { code: "330105", name: "拱墅区" },
    { code: "330106", name: "西湖区" },
    { code: "330108", name: "滨江区" },
    { code: "330109", name: "萧山区" },
    { code: "330110", name: "余杭区" },
    { code: "330111", name: "富阳区" },
    { code: "330112", name: "临安区", validFrom: "2017-08-11" },
    { code: "330113", name: "临平区", validFrom: "2021-04-09" },
    { code: "330114", name: "钱塘区", validFrom: "2021-04-09" },
    { code: "330122", name: "桐庐县" },
    { code: "330127", name: "淳安县" },
    { code: "330182", name: "建德市" },
    { code: "330185", name: "临安市", validUntil: "2017-08-11" },

    // 温州市. 龙港市 set up from 苍南县 in 2019 (State Council approval 2019-08-16).
    { code: "330302", name: "鹿城区" },
    { code: "330303", name: "龙湾区" },
    { code: "330304", name: "瓯海区" },
    { code: "330305", name: "洞头区" },
    { code: "330324", name: "永嘉县" },
    { code: "330326", name: "平阳县" },
    { code: "330327", name: "苍南县" },
    { code: "330328", name: "文成县" },
    { code: "330329", name: "泰顺县" },
    { code: "330381", name: "瑞安市" },
    { code: "330382", name: "乐清市" },
    { code: "330383", name: "龙港市", validFrom: "2019-08-16" },

    // 湖州市
    { code: "330502", name: "吴兴区" },
    { code: "330503", name: "南浔区" },
    { code: "330521", name: "德清县" },
    { code: "330522", name: "长兴县" },
    { code: "330523", name: "安吉县" },

    // 绍兴市
    { code: "330602", name: "越城区" },
    { code: "330603", name: "柯桥区" },
    { code: "330604", name: "上虞区" },
    { code: "330624", name: "新昌县" },
    { code: "330681", name: "诸暨市" },
    { code: "330683", name: "嵊州市" },

    // 舟山市
    { code: "330902", name: "定海区" },
    { code: "330903", name: "普陀区" },
    { code: "330921", name: "岱山县" },
    { code: "330922", name: "嵊泗县" },
  ],
};

function levelOf(code: string): RegionLevel {
  if (code.endsWith("0000")) return "province";
  return code.endsWith("00") ? "prefecture" : "county";
}

/** Without a date, only entries still in force (no validUntil) count. */
function findEntry(table: RegionTable, code: string, onDate: LocalDate | undefined): RegionEntry | undefined {
  return table.entries.find(
    (entry) =>
      entry.code === code &&
      (onDate === undefined
        ? entry.validUntil === undefined
        : (entry.validFrom === undefined || entry.validFrom <= onDate) &&
          (entry.validUntil === undefined || onDate < entry.validUntil)),
  );
}

/**
 * The region a 6-digit code names on `onDate` (default: the codes still in force), or
 * undefined when the table does not know it. Throws RangeError for a date the table does not cover.
 */
export function lookupRegion(
  code: string,
  onDate?: LocalDate,
  table: RegionTable = ZHEJIANG_REGION_TABLE,
): RegionInfo | undefined {
  if (onDate !== undefined && (!isLocalDate(onDate) || onDate < table.effectiveFrom)) {
    throw new RangeError(
      `Region table ${table.version} answers for dates from ${table.effectiveFrom}, not "${onDate}"`,
    );
  }
  const entry = findEntry(table, code, onDate);
  if (entry === undefined) return undefined;
  const level = levelOf(code);
  const provinceCode = `${code.slice(0, 2)}0000`;
  const prefectureCode = `${code.slice(0, 4)}00`;
  const ancestorCodes = { province: [], prefecture: [provinceCode], county: [provinceCode, prefectureCode] }[level];
  // A table without some ancestor (e.g. a municipality's 市辖区 level) simply leaves it out of the full name.
  const ancestors = ancestorCodes.map((ancestor) => findEntry(table, ancestor, onDate)?.name ?? "");
  return { code, name: entry.name, fullName: [...ancestors, entry.name].join(""), level };
}

export interface RegionCodeDetails {
  region: RegionInfo;
  /** Statistical town / street part (乡镇街道), digits 7–9 of a 9- or 12-digit code. */
  townCode?: string;
  /** Statistical village / community part (村居委会), digits 10–12; absent for "000". */
  villageCode?: string;
}

export interface RegionCodeOptions {
  onDate?: LocalDate;
  table?: RegionTable;
}

/**
 * A GB/T 2260 code (6 digits), or a statistical town (9) / village (12) code under a
 * known county. Throws RangeError for an `onDate` the table does not cover.
 */
export function validateRegionCode(
  input: string,
  options: RegionCodeOptions = {},
): ValidationResult<string, RegionCodeDetails> {
  const code = compactInput(input);
  if (code === "") return invalid("EMPTY", "请填写行政区划代码", "Region code is required");
  if (!/^(\d{6}|\d{9}|\d{12})$/.test(code)) {
    return invalid(
      "FORMAT",
      "行政区划代码应为6位数字（统计用代码为9位或12位）",
      "Region code must be 6 digits (9 or 12 for statistical town/village codes)",
    );
  }
  const table = options.table ?? ZHEJIANG_REGION_TABLE;
  const region = lookupRegion(code.slice(0, 6), options.onDate, table);
  const unknown = invalid(
    "UNKNOWN",
    `行政区划代码 ${code.slice(0, 6)} 不在代码表（${table.version}）中`,
    `Region code ${code.slice(0, 6)} is not in region table ${table.version}`,
  );
  if (region === undefined) return unknown;
  if (code.length === 6) return { ok: true, value: code, region };

  // Statistical codes hang towns and villages under a county-level unit only.
  if (region.level !== "county") return unknown;
  const townCode = code.slice(6, 9);
  if (townCode === "000")
    return invalid("FORMAT", "乡镇街道代码不能为000", "The town part of a statistical code cannot be 000");
  const villageCode = code.slice(9, 12);
  return villageCode === "" || villageCode === "000"
    ? { ok: true, value: code, region, townCode }
    : { ok: true, value: code, region, townCode, villageCode };
}
