// 月最低工资标准: configuration per province, date and tier, not constants. The final-award rule
// (一裁终局) compares claims with 12 months of the local monthly minimum wage.
import type { LocalDate } from "@onedoor/shared/clock/index";

export interface MinimumWageVersion {
  effectiveFrom: LocalDate;
  /** Monthly minimum wage per tier (第一档, 第二档, 第三档), in fen. */
  tiersFen: readonly number[];
  source: string;
  /** True until someone has checked the figures against the provincial notice. */
  toVerify: boolean;
}

export interface RegionTier {
  region: string;
  effectiveFrom: LocalDate;
  /** 1-based tier index into tiersFen. */
  tier: number;
  toVerify: boolean;
}

/** 浙江省月最低工资标准, newest last. */
export const ZHEJIANG_MINIMUM_WAGE: readonly MinimumWageVersion[] = [
  {
    effectiveFrom: "2021-08-01",
    tiersFen: [228_000, 207_000, 184_000],
    source: "浙江省人民政府 2021 年调整最低工资标准",
    toVerify: true,
  },
  {
    effectiveFrom: "2026-01-01",
    tiersFen: [249_000, 220_000, 196_000],
    source: "浙江省 2026 年最低工资标准（待核实）",
    toVerify: true,
  },
];

/** Which tier a county applies (the province assigns tiers by county; reassigned with each adjustment). */
export const ZHEJIANG_REGION_TIERS: readonly RegionTier[] = [
  { region: "330122", effectiveFrom: "2021-08-01", tier: 2, toVerify: true }, // 杭州市桐庐县
  { region: "330903", effectiveFrom: "2021-08-01", tier: 1, toVerify: true }, // 舟山市普陀区
];

export interface MinimumWage {
  region: string;
  monthlyFen: number;
  tier: number;
  effectiveFrom: LocalDate;
  toVerify: boolean;
}

function latestOn<T extends { effectiveFrom: LocalDate }>(rows: readonly T[], date: LocalDate): T | undefined {
  return rows
    .filter((r) => r.effectiveFrom <= date)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .at(-1);
}

/** The monthly minimum wage in force in `region` on `date`, or undefined when it is not configured. */
export function monthlyMinimumWage(
  region: string,
  date: LocalDate,
  versions: readonly MinimumWageVersion[] = ZHEJIANG_MINIMUM_WAGE,
  tiers: readonly RegionTier[] = ZHEJIANG_REGION_TIERS,
): MinimumWage | undefined {
  const version = latestOn(versions, date);
  const regionTier = latestOn(
    tiers.filter((t) => t.region === region),
    date,
  );
  if (!version || !regionTier) return undefined;
  const monthlyFen = version.tiersFen[regionTier.tier - 1];
  if (monthlyFen === undefined) return undefined;
  return {
    region,
    monthlyFen,
    tier: regionTier.tier,
    effectiveFrom: version.effectiveFrom,
    toVerify: version.toVerify || regionTier.toVerify,
  };
}
