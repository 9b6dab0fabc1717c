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
import { clockView, type ClockView } from "@onedoor/shared/graphql/clock-type";
import {
  isReportedClock,
  reportClock,
  reportedClockRecord,
  type ReportedClock,
} from "@onedoor/shared/events/reported-clock";
import { MediationClockKind, type CommitteeType, type MediationCaseStatus } from "../generated/prisma/enums.js";
import type { PerformanceStatus } from "./agreement.js";

export const CLOCK_KINDS: readonly MediationClockKind[] = Object.values(MediationClockKind);

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

/** Read once per process: MEDIATION_PEOPLE_CLOCK_MONTHS (default 1). */
export const CLOCK_CONFIG = clockConfigFromEnv(process.env);

/** Medical and labour committees run their statutory clocks; every other committee the people's mediation one. */
export function clockKindForCommittee(committeeType: CommitteeType): MediationClockKind {
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
    case "COURT_PRE_FILING":
      return clocks.preFilingMediation;
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

/**
 * A case's clock inputs: started at acceptance, paused for appraisal, stopped when the case ended; or, for a
 * court's delegation, the court's pre-filing clock as relayed (its start, the court's extensions), stopped when
 * the court stopped it or when the case ended.
 */
export interface CaseClockSource {
  clockKind: MediationClockKind;
  acceptedAt: Date;
  closedAt: Date | null;
  courtClock?: unknown;
}

/** The court's clock a delegated case runs, if it runs one (checked when relayed). */
const courtClockOf = (row: CaseClockSource): ReportedClock | undefined =>
  row.clockKind === "COURT_PRE_FILING" && isReportedClock(row.courtClock) ? row.courtClock : undefined;

export interface ClockPause {
  from: Date;
  to: Date | null;
  reason: string;
}

function clockRecord(row: CaseClockSource, pauses: readonly ClockPause[]): ClockRecord {
  const court = courtClockOf(row);
  if (court) {
    const record = reportedClockRecord(court);
    const stoppedAt = record.stoppedAt ?? row.closedAt ?? undefined;
    return { ...record, ...(stoppedAt ? { stoppedAt } : {}) };
  }
  return {
    startedAt: row.acceptedAt,
    pauses: pauses.map((p) => ({ from: p.from, to: p.to ?? undefined, reason: p.reason })),
    extensions: [],
    stoppedAt: row.closedAt ?? undefined,
  };
}

export function caseClock(
  row: CaseClockSource,
  pauses: readonly ClockPause[],
  now: Date,
  config: MediationClockConfig = CLOCK_CONFIG,
): ClockStatus {
  const court = courtClockOf(row);
  if (court) return computeClock(court.spec, clockRecord(row, pauses), now, CN_HOLIDAY_CALENDAR);
  return mediationClock(row.clockKind, clockRecord(row, pauses), now, config);
}

/**
 * The case's clock as the registry receives it with each of the case's events (期限上报); none for a court's
 * delegation, whose clock the court reports itself (one clock, one owner).
 */
export function reportedCaseClocks(
  row: CaseClockSource & { id: string },
  pauses: readonly ClockPause[],
  config: MediationClockConfig = CLOCK_CONFIG,
): ReportedClock[] {
  if (row.clockKind === "COURT_PRE_FILING") return [];
  return [reportClock(row.id, clockSpecFor(row.clockKind, config), clockRecord(row, pauses))];
}

/** The clock as clients read it (MediationCase.clock); its `overdue` is what the queue filters on. */
export function caseClockView(
  row: CaseClockSource,
  pauses: readonly ClockPause[],
  now: Date,
  config: MediationClockConfig = CLOCK_CONFIG,
): ClockView {
  const record = clockRecord(row, pauses);
  return clockView(clockSpecFor(row.clockKind, config).kind, record.startedAt, caseClock(row, pauses, now, config));
}

const isOverdue = (clock: ClockStatus): boolean => clock.state === "OVERDUE" || clock.state === "VERY_OVERDUE";

/** 医疗纠纷预防和处理条例: mediation not concluded within 30 working days (appraisal excluded) is deemed failed. */
export function isDeemedFailed(kind: MediationClockKind, status: MediationCaseStatus, clock: ClockStatus): boolean {
  return kind === "MEDICAL" && (status === "ACCEPTED" || status === "IN_MEDIATION") && isOverdue(clock);
}

/**
 * 劳动争议调解仲裁法 art. 14: no agreement within 15 days of the application → a party may apply for
 * arbitration; so may they at once when mediation fails or is withdrawn. Art. 15: an agreement not
 * performed within its term → the other party may apply for arbitration.
 */
export function mayApplyForArbitration(
  kind: MediationClockKind,
  status: MediationCaseStatus,
  clock: ClockStatus,
  performance: PerformanceStatus | null,
): boolean {
  if (kind !== "LABOUR" || status === "VOIDED") return false;
  if (status === "FAILED" || status === "WITHDRAWN") return true;
  if (status === "AGREEMENT_REACHED") return performance === "NOT_PERFORMED" || performance === "PARTLY_PERFORMED";
  return isOverdue(clock);
}
