// 仲裁时效 (劳动争议调解仲裁法 art. 27), checked when an application is filed. An expired limitation is a
// defence the arbitrators weigh (it can have been interrupted or suspended), so the check only warns.
import {
  CN_HOLIDAY_CALENDAR,
  computeClock,
  isLocalDate,
  startOfLocalDay,
  STATUTORY_CLOCKS,
  type HolidayCalendar,
  type LocalDate,
} from "@onedoor/shared/clock/index";
import type { ClaimKind } from "../generated/prisma/enums.js";
import { CLAIM_KINDS } from "./claims.js";

export interface LimitationInput {
  kind: ClaimKind;
  /** Day the worker knew or should have known of the infringement. */
  knewOfInfringementOn: LocalDate;
  /** Day the employment ended; null while it continues. */
  employmentEndedOn: LocalDate | null;
}

export type LimitationResult =
  | { running: false; noteZh: string; noteEn: string }
  | {
      running: true;
      startedOn: LocalDate;
      deadlineDate: LocalDate;
      expired: boolean;
      warningZh: string | null;
      warningEn: string | null;
    };

/**
 * Where the one-year limitation stands for one claim when the application is received.
 * Labour remuneration during the employment is not limited while it lasts and runs for one year from
 * its end; every other claim runs for one year from the day the worker knew of the infringement.
 */
export function checkLimitation(
  input: LimitationInput,
  receivedAt: Date,
  calendar: HolidayCalendar = CN_HOLIDAY_CALENDAR,
): LimitationResult {
  for (const day of [input.knewOfInfringementOn, input.employmentEndedOn]) {
    if (day !== null && !isLocalDate(day)) throw new RangeError(`Not a calendar date: "${day}"`);
  }
  let startedOn = input.knewOfInfringementOn;
  if (CLAIM_KINDS[input.kind].remuneration) {
    if (input.employmentEndedOn === null) {
      return {
        running: false,
        noteZh: "劳动关系存续期间拖欠劳动报酬，仲裁时效自劳动关系终止之日起计算，尚未起算",
        noteEn: "Pay owed during a continuing employment: the limitation starts only when the employment ends",
      };
    }
    // Arrears that arose during the employment run from its end, or later if the worker learnt of them later.
    if (input.employmentEndedOn > startedOn) startedOn = input.employmentEndedOn;
  }
  const spec = STATUTORY_CLOCKS.clocks.labourArbitrationLimitation;
  const status = computeClock(
    spec,
    { startedAt: startOfLocalDay(startedOn), pauses: [], extensions: [] },
    receivedAt,
    calendar,
  );
  const expired = status.remainingDays < 0;
  return {
    running: true,
    startedOn,
    deadlineDate: status.deadlineDate,
    expired,
    warningZh: expired
      ? `申请时已超过一年仲裁时效（自${startedOn}起算，至${status.deadlineDate}届满），除非存在时效中断或中止事由，请仲裁庭审查`
      : null,
    warningEn: expired
      ? `Filed after the one-year limitation (from ${startedOn}, ended ${status.deadlineDate}) unless it was interrupted or suspended; for the tribunal to examine`
      : null,
  };
}
