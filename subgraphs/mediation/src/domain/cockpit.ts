// The mediation section of the data cockpit (数据驾驶舱): formulas in words, and the pure parts of
// the computation (which acceptance days are already overdue, how the committee breakdown reads).
import { addDays, endOfLocalDay, toLocalDate, type LocalDate } from "@onedoor/shared/clock/index";
import type { MediationClockKind } from "../generated/prisma/enums.js";
import { CLOCK_KINDS, mediationClock, type MediationClockConfig } from "./mediation-clock.js";

export const MEDIATION_COCKPIT_FORMULAS = {
  acceptedCases:
    "受理调解案件数 = 受理日期（acceptedAt，北京时间）在统计期内的调解案件数 / mediation cases whose acceptance day (China time) falls in the period",
  successRate:
    "化解成功率 = 达成协议件数 / 已终结件数（达成协议 + 调解不成；撤回不计入），按受理日期归期 / agreements reached / concluded cases (agreement reached + failed; withdrawn cases excluded), cases counted by their acceptance day",
  agreementPerformanceRate:
    "协议履行率 = 经回访确认已履行的协议数 / 达成的协议数，按案件受理日期归期 / agreements a follow-up found performed / agreements reached, cases counted by their acceptance day",
  byCommittee: "各调委会受理件数 = 按调委会分组的受理调解案件数 / mediation cases accepted in the period per committee",
  overdueOpenCases:
    "超期未结件数 = 受理日期在统计期内、仍在调解中（已受理、调解中）且按法定或约定时限至今已超期的案件数（暂停天数顺延起算日） / open cases (accepted, in mediation) accepted in the period whose clock is overdue now (paused days shift the start)",
} as const;

export const CATEGORY_NOTE =
  "类别筛选仅适用于综合受理与总体指标 / category applies to intake and overall measures only";

/**
 * For each clock kind, the last instant of the latest acceptance day whose clock (without pauses) is
 * already overdue at `now`: a case accepted at or before it is overdue. Deadlines only move later as
 * the start moves later, so walking back day by day from today finds it.
 */
export function overdueCutoffs(now: Date, config?: MediationClockConfig): Record<MediationClockKind, Date> {
  const cutoff = (kind: MediationClockKind): Date => {
    let day: LocalDate = toLocalDate(now);
    const overdue = (d: LocalDate): boolean => {
      const state = mediationClock(
        kind,
        { startedAt: endOfLocalDay(d), pauses: [], extensions: [] },
        now,
        config,
      ).state;
      return state === "OVERDUE" || state === "VERY_OVERDUE";
    };
    while (!overdue(day)) day = addDays(day, -1);
    return endOfLocalDay(day);
  };
  return Object.fromEntries(CLOCK_KINDS.map((kind) => [kind, cutoff(kind)])) as Record<MediationClockKind, Date>;
}

/** Committees with cases in the period, most cases first, then by name (stable for charts). */
export function committeeBreakdown(
  groups: readonly { committeeId: string; count: number }[],
  names: ReadonlyMap<string, string>,
): { label: string; count: number }[] {
  return groups
    .map((g) => ({ label: names.get(g.committeeId) ?? g.committeeId, count: g.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "zh-CN"));
}
