// The arbitration section of the data cockpit (数据驾驶舱): the formulas, and the one rule SQL cannot apply
// alone. Counting itself happens in the database (data/cockpit.ts); these are plain functions.
import type { HolidayCalendar, LocalDate } from "@onedoor/shared/clock/index";
import { CASE_CLOCK_SPECS } from "./case-machine.js";

/** Days of the award clock before extensions (劳动争议调解仲裁法 art. 43: 45 days from acceptance). */
export const AWARD_DAYS = CASE_CLOCK_SPECS.award.length;

export const ARBITRATION_FORMULAS = {
  applicationsReceived:
    "收到仲裁申请件数：收到申请日期（北京时间）在期间内的案件数 / applications received: cases whose date of receipt (China time) falls in the period",
  accepted: "受理件数：受理日期在期间内的案件数 / accepted: cases whose date of acceptance falls in the period",
  awardedOnTime:
    "按期裁决率 = 受理之日起45日（加经批准的延长天数，期满日为法定节假日的顺延至节后第一个工作日）内作出的裁决书数 / 期间内作出的裁决书数（按裁决日期计入期间；调解书不计） / awarded on time = awards issued within 45 days of acceptance plus approved extension days (a last day off rolls forward to the next working day) / awards issued in the period (by award date; mediation statements excluded)",
  finalAwardShare:
    "一裁终局占比 = 终局裁决书数 / 期间内作出的裁决书数（按裁决日期） / final-award share = final awards (一裁终局) / awards issued in the period (by award date)",
  mediationStatementClosures:
    "调解书结案件数：以仲裁调解书结案、结案日期在期间内的案件数 / mediation-statement closures: cases closed by a mediation statement dated in the period",
  collectiveCases:
    "集体劳动争议件数：收到申请日期在期间内、十人以上并有共同请求的案件数 / collective cases: cases received in the period with 10+ workers sharing a claim",
} as const;

export const CATEGORY_NOTE =
  "类别筛选仅适用于综合受理与总体指标 / category applies to intake and overall measures only";
export const REGION_NOTE =
  "仲裁委员会按县（市、区）设立，乡镇、村级区域按所属县统计 / commissions sit at county level: a town or village region counts its county's cases";

/** Awards past the statutory count, grouped by the count's last day and the day the award was issued. */
export interface LateAwardGroup {
  lastDay: LocalDate;
  closedOn: LocalDate;
  count: number;
}

/**
 * Awards on time: those issued by the last day of the count (computed in SQL), plus those issued after it
 * but no later than the first working day from it (a period ending on a day off ends on the next working day,
 * as the award clock of each case says).
 */
export function awardsOnTime(byLastDay: number, late: readonly LateAwardGroup[], calendar: HolidayCalendar): number {
  return late.reduce(
    (sum, group) => (group.closedOn <= calendar.firstWorkingDayFrom(group.lastDay) ? sum + group.count : sum),
    byLastDay,
  );
}
