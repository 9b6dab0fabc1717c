// The legal aid section of the data cockpit (数据驾驶舱): what each measure means, written once so the
// schema, the README and the SQL say the same thing. Pure functions; the SQL lives in src/db/cockpit.ts.
import { countyPrefix } from "@onedoor/shared/cockpit/scope";

/** Formulas in words (Chinese / English), shown with every number so it can be recomputed by hand. */
export const LEGAL_AID_FORMULAS = {
  applications:
    "法律援助申请件数：申请日期（appliedAt，北京时间）在统计期内的申请数 / legal aid applications whose application date (China time) falls in the period",
  grantRate:
    "准予率 = 准予件数 / 已作出决定件数；统计期内申请、已作出决定（有决定时间）的案件中，未被不予援助的为准予（含已结案） / grant rate = granted / decided, over applications of the period that have a decision; every decision other than a refusal is a grant (closed cases included)",
  averageDaysToDecision:
    "平均审查天数 = Σ(决定时间 − 申请时间) / 已作出决定件数，按自然日计（24小时为一日，保留两位小数），统计期内申请的案件 / average days to decision = Σ(decided at − applied at) / decided, in calendar days of 24 hours (2 decimals), over applications of the period",
  provisionalStarts:
    "先行提供法律援助件数（第四十四条）：统计期内申请、已先行提供援助（有先行援助开始时间）的案件数 / provisional (urgent) aid starts under art. 44: applications of the period with a provisional-aid start",
  consultations:
    "法律咨询人次：咨询时间（consultedAt，北京时间）在统计期内的窗口与电话咨询数 / legal consultations (window and phone) whose consultation time (China time) falls in the period",
} as const;

export const CATEGORY_NOTE =
  "类别筛选仅适用于综合受理与总体指标 / category applies to intake and overall measures only";

export const REGION_NOTE_CASES =
  "区域：申请人适用经济困难标准的行政区划（regionCode）；存有更细代码时按前缀匹配，否则按县（前6位） / region: the case's region code (whose hardship standard applies), by prefix where it is finer, else by county (first 6 digits)";
export const REGION_NOTE_CONSULTATIONS =
  "咨询按所涉解纷码的县（前6位）归属区域，未关联纠纷的咨询不计入区域统计 / consultations belong to the county of their dispute code; consultations without a dispute code are left out when a region is chosen";

const REGION = /^\d{6}(\d{3}(\d{3})?)?$/;

/** How a scope's region selects records: a prefix for codes at least as fine, the county for coarser ones. */
export interface RegionMatch {
  /**
   * Stored codes this long or longer must start with it: a town or village code itself; for a 6-digit region
   * the digits of the counties under it (the county, 4 for a prefecture, 2 for a province).
   */
  prefix: string;
  /** The counties the region lies in or covers, as a prefix: stored codes coarser than `prefix` and dispute codes match by it. */
  countyPrefix: string;
}

export function regionMatch(regionCode: string | null): RegionMatch | null {
  if (regionCode === null) return null;
  if (!REGION.test(regionCode)) throw new RangeError(`region code must have 6, 9 or 12 digits: ${regionCode}`);
  const counties = countyPrefix(regionCode)!;
  return { prefix: regionCode.length === 6 ? counties : regionCode, countyPrefix: counties };
}

/** The same rule as the SQL, for one stored code (used to check the SQL and by hand). */
export function regionMatches(match: RegionMatch | null, storedCode: string): boolean {
  if (match === null) return true;
  if (storedCode.length >= match.prefix.length) return storedCode.startsWith(match.prefix);
  return storedCode.startsWith(match.countyPrefix);
}

export const DAY_SECONDS = 86_400;

/** Average days from application to decision, 2 decimals; null when nothing was decided ("no data", not 0). */
export function averageDays(totalSeconds: number, decided: number): number | null {
  if (decided === 0) return null;
  return Math.round((totalSeconds / DAY_SECONDS / decided) * 100) / 100;
}
