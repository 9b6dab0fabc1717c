// The legal clocks of court procedures, as data (specs), and where one stands now (computed on read).
import {
  CN_HOLIDAY_CALENDAR,
  STATUTORY_CLOCKS,
  computeClock,
  type ClockRecord,
  type ClockSpec,
  type ClockStatus,
} from "@onedoor/shared/clock/index";
import type { CourtClockKind } from "../generated/prisma/enums.js";

const { clocks } = STATUTORY_CLOCKS;

export const COURT_CLOCKS = {
  preFilingMediation: clocks.preFilingMediation,
  trialOrdinary: clocks.trialOrdinary,
  trialSimplified: clocks.trialSimplified,
  trialSmallClaims: clocks.trialSmallClaims,
  judicialConfirmationApplication: clocks.judicialConfirmationApplication,
  judicialConfirmationAcceptance: clocks.judicialConfirmationAcceptance,
  judicialConfirmationRuling: clocks.judicialConfirmationRuling,
  // 最高人民法院关于人民法院办理执行案件若干期限的规定 (2006) art. 1: an enforcement case is concluded
  // within 6 months of filing; extensions need the court president's approval (no fixed cap).
  enforcement: { kind: "enforcement", length: 6, unit: "months" },
} as const satisfies Record<CourtClockKind, ClockSpec>;

export function courtClockStatus(kind: CourtClockKind, record: ClockRecord, now: Date): ClockStatus {
  return computeClock(COURT_CLOCKS[kind], record, now, CN_HOLIDAY_CALENDAR);
}

export const isOverdue = (status: ClockStatus): boolean =>
  status.state === "OVERDUE" || status.state === "VERY_OVERDUE";
