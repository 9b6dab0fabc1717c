// Which legal clock a mediation case runs on, and what follows from it: a medical case past its
// 30 working days is deemed failed; a labour case with no agreement after 15 days may go to arbitration.
import {
  computeClock,
  CN_HOLIDAY_CALENDAR,
  STATUTORY_CLOCKS,
  type ClockRecord,
  type ClockSpec,
  type ClockStatus,
} from "@onedoor/shared/clock/index";
import type { CaseStatus } from "./case-state.js";
import type { PerformanceStatus } from "./agreement.js";

export const CLOCK_KINDS = ["PEOPLE", "MEDICAL", "LABOUR"] as const;
export type MediationClockKind = (typeof CLOCK_KINDS)[number];

export interface MediationClockConfig {
  /** 人民调解 "normally within one month" is guidance (local), so its length is configuration. */
  peopleMediationMonths: number;
}

export const DEFAULT_CLOCK_CONFIG: MediationClockConfig = { peopleMediationMonths: 1 };

/** Reads MEDIATION_PEOPLE_CLOCK_MONTHS (whole months ≥ 1); anything else falls back to one month. */
export function clockConfigFromEnv(env: Record<string, string | undefined>): MediationClockConfig {
  const months = Number(env.MEDIATION_PEOPLE_CLOCK_MONTHS);
  return {
    peopleMediationMonths:
      Number.isInteger(months) && months >= 1 ? months : DEFAULT_CLOCK_CONFIG.peopleMediationMonths,
  };
}

/** Medical and labour committees run their statutory clocks; every other committee the people's mediation one. */
export function clockKindForCommittee(committeeType: string): MediationClockKind {
  if (committeeType === "MEDICAL") return "MEDICAL";
  if (committeeType === "LABOUR") return "LABOUR";
  return "PEOPLE";
}

export function clockSpecFor(kind: MediationClockKind, config: MediationClockConfig = DEFAULT_CLOCK_CONFIG): ClockSpec {
  const { clocks } = STATUTORY_CLOCKS;
  switch (kind) {
    case "MEDICAL":
      return clocks.medicalMediation;
    case "LABOUR":
      return clocks.labourEnterpriseMediation;
    case "PEOPLE":
      return { ...clocks.peopleMediation, length: config.peopleMediationMonths };
  }
}

export function mediationClock(
  kind: MediationClockKind,
  record: ClockRecord,
  now: Date,
  config?: MediationClockConfig,
): ClockStatus {
  return computeClock(clockSpecFor(kind, config), record, now, CN_HOLIDAY_CALENDAR);
}

const isOverdue = (clock: ClockStatus): boolean => clock.state === "OVERDUE" || clock.state === "VERY_OVERDUE";

/** 医疗纠纷预防和处理条例: mediation not concluded within 30 working days (appraisal excluded) is deemed failed. */
export function isDeemedFailed(kind: MediationClockKind, status: CaseStatus, clock: ClockStatus): boolean {
  return kind === "MEDICAL" && (status === "ACCEPTED" || status === "IN_MEDIATION") && isOverdue(clock);
}

/**
 * 劳动争议调解仲裁法 art. 14: no agreement within 15 days of the application → a party may apply for
 * arbitration; so may they at once when mediation fails or is withdrawn. Art. 15: an agreement not
 * performed within its term → the other party may apply for arbitration.
 */
export function mayApplyForArbitration(
  kind: MediationClockKind,
  status: CaseStatus,
  clock: ClockStatus,
  performance: PerformanceStatus | null,
): boolean {
  if (kind !== "LABOUR") return false;
  if (status === "FAILED" || status === "WITHDRAWN") return true;
  if (status === "AGREEMENT_REACHED") return performance === "NOT_PERFORMED" || performance === "PARTLY_PERFORMED";
  return isOverdue(clock);
}
