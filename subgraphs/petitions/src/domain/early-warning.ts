// 预警: a surge of complaints about the same respondent, place or category in a sliding window, against
// the same window one year earlier. Thresholds are local policy (configuration, versioned).

export const EARLY_WARNING_POLICY = {
  version: "2026.1",
  /** Length of the sliding window, in days, ending on the day asked about. */
  windowDays: 30,
  /** A group surges when it has at least this many complaints ... */
  minimumCount: 5,
  /** ... and at least this many times last year's count for the same days (a missing baseline counts as 1). */
  factor: 2,
} as const;
export type EarlyWarningPolicy = typeof EARLY_WARNING_POLICY;

/** 同一被投诉单位 / 同一地点 / 同一类别 */
export const SurgeDimension = { RESPONDENT: "RESPONDENT", REGION: "REGION", CATEGORY: "CATEGORY" } as const;
export type SurgeDimension = (typeof SurgeDimension)[keyof typeof SurgeDimension];

export interface GroupCount {
  dimension: SurgeDimension;
  /** What identifies the group: a credit code or a normalised name, a region code, a category. */
  key: string;
  label: string;
  count: number;
}

export interface Surge extends GroupCount {
  baseline: number;
  /** count ÷ max(baseline, 1) */
  ratio: number;
}

/** Groups whose count in the window passes both thresholds, the largest ratio first. */
export function detectSurges(
  current: readonly GroupCount[],
  lastYear: readonly GroupCount[],
  policy: EarlyWarningPolicy = EARLY_WARNING_POLICY,
): Surge[] {
  const baseline = new Map(lastYear.map((g) => [`${g.dimension}|${g.key}`, g.count]));
  return current
    .map((g) => {
      const before = baseline.get(`${g.dimension}|${g.key}`) ?? 0;
      return { ...g, baseline: before, ratio: g.count / Math.max(before, 1) };
    })
    .filter((g) => g.count >= policy.minimumCount && g.ratio >= policy.factor)
    .sort((a, b) => b.ratio - a.ratio || b.count - a.count || a.key.localeCompare(b.key));
}

/** The same respondent under slightly different spellings: full-width forms, spaces and brackets folded. */
export function respondentKey(name: string, creditCode: string | null): string {
  if (creditCode) return creditCode.toUpperCase();
  return name.normalize("NFKC").replace(/[\s()（）]/g, "");
}
