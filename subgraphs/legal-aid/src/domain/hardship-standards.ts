// The hardship standard (经济困难标准) of the means test. Art. 34 of the Legal Aid Law leaves it to each
// province, which adjusts it over time, so it is configuration: per region and effective date, never a
// constant in a rule.
import type { LocalDate } from "@onedoor/shared/clock/index";

export interface HardshipStandard {
  /** GB/T 2260 prefix it covers: "33" (province), "3301" (city) or "330122" (county); the longest match wins. */
  regionPrefix: string;
  regionName: string;
  effectiveFrom: LocalDate;
  /** Local minimum living guarantee (最低生活保障标准) per person per month, in fen. */
  minimumLivingGuaranteeFen: number;
  /** The standard is this multiple of the guarantee (per the provincial rule). */
  multiplier: number;
  /** Where the figures come from; `verify` is true until checked against the published notice. */
  source: string;
  verify: boolean;
}

/** Monthly income per household member at or below which an applicant counts as in hardship, in fen. */
export function standardFen(standard: HardshipStandard): number {
  return Math.round(standard.minimumLivingGuaranteeFen * standard.multiplier);
}

/**
 * Zhejiang ties the standard to the local minimum living guarantee. The multiplier and the guarantee
 * amounts below are configuration to verify against the provincial notice and each city's published
 * 低保 standard before production use.
 */
export const HARDSHIP_STANDARDS: readonly HardshipStandard[] = [
  {
    regionPrefix: "3301",
    regionName: "杭州市（含桐庐县）",
    effectiveFrom: "2025-07-01",
    minimumLivingGuaranteeFen: 138_300,
    multiplier: 2,
    source: "浙江省法律援助经济困难标准：当地最低生活保障标准的2倍；杭州市低保标准每人每月1383元 (verify)",
    verify: true,
  },
  {
    regionPrefix: "3309",
    regionName: "舟山市（含普陀区、嵊泗县）",
    effectiveFrom: "2025-07-01",
    minimumLivingGuaranteeFen: 130_000,
    multiplier: 2,
    source: "浙江省法律援助经济困难标准：当地最低生活保障标准的2倍；舟山市低保标准每人每月1300元 (verify)",
    verify: true,
  },
  {
    regionPrefix: "3305",
    regionName: "湖州市（含安吉县）",
    effectiveFrom: "2025-07-01",
    minimumLivingGuaranteeFen: 130_000,
    multiplier: 2,
    source: "浙江省法律援助经济困难标准：当地最低生活保障标准的2倍；湖州市低保标准每人每月1300元 (verify)",
    verify: true,
  },
  {
    regionPrefix: "3306",
    regionName: "绍兴市（含诸暨市）",
    effectiveFrom: "2025-07-01",
    minimumLivingGuaranteeFen: 130_000,
    multiplier: 2,
    source: "浙江省法律援助经济困难标准：当地最低生活保障标准的2倍；绍兴市低保标准每人每月1300元 (verify)",
    verify: true,
  },
];

/**
 * The standard in force for `regionCode` on `onDate`: the most specific region prefix, then the
 * latest effective date not after `onDate`. Undefined when none is configured (decide by hand).
 */
export function hardshipStandardFor(
  regionCode: string,
  onDate: LocalDate,
  table: readonly HardshipStandard[] = HARDSHIP_STANDARDS,
): HardshipStandard | undefined {
  const candidates = table.filter((s) => regionCode.startsWith(s.regionPrefix) && s.effectiveFrom <= onDate);
  return candidates.sort(
    (a, b) => b.regionPrefix.length - a.regionPrefix.length || b.effectiveFrom.localeCompare(a.effectiveFrom),
  )[0];
}
