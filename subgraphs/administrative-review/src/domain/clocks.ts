// The clocks of an administrative review (行政复议法, 2023 revision), from the statutory data, and where each
// stands now (computed on read from the case's dates; nothing about a clock is stored but its inputs).
import {
  CN_HOLIDAY_CALENDAR,
  STATUTORY_CLOCKS,
  computeClock,
  type ClockRecord,
  type ClockKind,
  type ClockSpec,
  type ClockStatus,
} from "@onedoor/shared/clock/index";
import { reportClock, type ReportedClock } from "@onedoor/shared/events/reported-clock";
import { AdministrativeReviewCaseStatus, AdministrativeReviewProcedure } from "../generated/prisma/enums.js";

const { clocks } = STATUTORY_CLOCKS;

export const REVIEW_CLOCKS = {
  application: clocks.administrativeReviewApplication,
  acceptance: clocks.administrativeReviewAcceptance,
  decision: clocks.administrativeReviewDecision,
  simplifiedDecision: clocks.administrativeReviewSimplifiedDecision,
} as const;

/** The case columns the clocks read. */
export interface ClockInputs {
  status: AdministrativeReviewCaseStatus;
  actKnownOn: Date;
  receivedAt: Date;
  procedure: AdministrativeReviewProcedure | null;
  acceptedAt: Date | null;
  closedAt: Date | null;
  extensionDays: number;
  extensionReason: string | null;
  extensionApprovedBy: string | null;
  extendedAt: Date | null;
}

const record = (startedAt: Date, stoppedAt: Date | null | undefined, extensions: ClockRecord["extensions"] = []) => ({
  startedAt,
  pauses: [],
  extensions,
  ...(stoppedAt ? { stoppedAt } : {}),
});

/** Whether the application came after its 60 days (then it is accepted only for a proper reason). */
export function applicationLate(actKnownOn: Date, receivedAt: Date): boolean {
  const status = computeClock(
    REVIEW_CLOCKS.application,
    record(actKnownOn, receivedAt),
    receivedAt,
    CN_HOLIDAY_CALENDAR,
  );
  return status.state === "STOPPED" && !status.onTime;
}

export interface ReviewClock {
  kind: ClockKind;
  startedAt: Date;
  status: ClockStatus;
}

/** A clock of the case by its inputs: what the registry is told (期限上报). */
export interface ReviewClockRecord {
  spec: ClockSpec;
  record: ClockRecord;
}

/** The inputs of the case's clocks, in the order the procedure meets them. */
export function reviewClockRecords(row: ClockInputs): ReviewClockRecord[] {
  const acceptanceDecidedAt = row.acceptedAt ?? (row.status === "RECEIVED" ? null : row.closedAt);
  const result: ReviewClockRecord[] = [
    { spec: REVIEW_CLOCKS.application, record: record(row.actKnownOn, row.receivedAt) },
    { spec: REVIEW_CLOCKS.acceptance, record: record(row.receivedAt, acceptanceDecidedAt) },
  ];
  if (row.acceptedAt) {
    const simplified = row.procedure === AdministrativeReviewProcedure.SIMPLIFIED;
    const extensions =
      row.extensionDays > 0 && row.extendedAt
        ? [
            {
              days: row.extensionDays,
              approvedBy: row.extensionApprovedBy ?? "",
              reason: row.extensionReason ?? "",
              at: row.extendedAt,
            },
          ]
        : [];
    result.push({
      spec: simplified ? REVIEW_CLOCKS.simplifiedDecision : REVIEW_CLOCKS.decision,
      record: record(row.acceptedAt, row.closedAt, extensions),
    });
  }
  return result;
}

/** The case's clocks as the registry receives them with each of its events. */
export const reportedReviewClocks = (row: ClockInputs & { id: string }): ReportedClock[] =>
  reviewClockRecords(row).map((c) => reportClock(row.id, c.spec, c.record));

/** The case's clocks, in the order the procedure meets them. */
export function reviewClocks(row: ClockInputs, now: Date): ReviewClock[] {
  return reviewClockRecords(row).map(({ spec, record: rec }) => ({
    kind: spec.kind,
    startedAt: rec.startedAt,
    status: computeClock(spec, rec, now, CN_HOLIDAY_CALENDAR),
  }));
}
