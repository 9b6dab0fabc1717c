// 信访事项 handling under the 信访工作条例 (2022) as a pure state machine: every event checked against
// the state and the legal clocks, clocks derived from the recorded instants (never stored deadlines).
import {
  computeClock,
  extendClock,
  STATUTORY_CLOCKS,
  type ClockExtension,
  type ClockPause,
  type ClockSpec,
  type HolidayCalendar,
} from "@onedoor/shared/clock/index";
import type { Transition } from "@onedoor/shared/db/write-path";
import type { InputProblems } from "@onedoor/shared/graphql/errors";
import type { PetitionStatus, StatutoryProcedure } from "../generated/prisma/enums.js";
import type { NamedClock } from "./clocks.js";

/**
 * RECEIVED (acceptance decision pending, 15 days) → ACCEPTED (handling, 60 days + ≤ 30) or NOT_ACCEPTED or
 * ROUTED_OUT (诉讼、仲裁、行政复议) → REPLIED (review may be requested within 30 days) → REVIEW_REQUESTED
 * (30 days, hearings excluded) → REVIEWED (re-examination within 30 days) → REEXAMINATION_REQUESTED → REEXAMINED
 * (final: the same matter is not accepted again).
 */
export interface PetitionRecord {
  state: PetitionStatus;
  receivedAt: Date;
  decidedAt?: Date;
  routedTo?: StatutoryProcedure;
  handlingExtensions: ClockExtension[];
  repliedAt?: Date;
  reviewRequestedAt?: Date;
  reviewHearings: ClockPause[];
  reviewedAt?: Date;
  reexaminationRequestedAt?: Date;
  reexaminationHearings: ClockPause[];
  reexaminedAt?: Date;
}

/** The steps of petition handling (an input only: the petition stores the state a step leads to). */
export const PetitionEventType = {
  ACCEPT: "ACCEPT",
  REFUSE: "REFUSE",
  ROUTE_OUT: "ROUTE_OUT",
  EXTEND_HANDLING: "EXTEND_HANDLING",
  REPLY: "REPLY",
  REQUEST_REVIEW: "REQUEST_REVIEW",
  HEARING: "HEARING",
  ANSWER_REVIEW: "ANSWER_REVIEW",
  REQUEST_REEXAMINATION: "REQUEST_REEXAMINATION",
  ANSWER_REEXAMINATION: "ANSWER_REEXAMINATION",
} as const;
export type PetitionEventType = (typeof PetitionEventType)[keyof typeof PetitionEventType];

export type PetitionEvent =
  | { type: "ACCEPT"; at: Date }
  | { type: "REFUSE"; at: Date }
  | { type: "ROUTE_OUT"; at: Date; to: StatutoryProcedure }
  | { type: "EXTEND_HANDLING"; at: Date; days: number; approvedBy: string; reason: string }
  | { type: "REPLY"; at: Date }
  | { type: "REQUEST_REVIEW"; at: Date }
  | { type: "HEARING"; from: Date; to: Date; reason: string }
  | { type: "ANSWER_REVIEW"; at: Date }
  | { type: "REQUEST_REEXAMINATION"; at: Date }
  | { type: "ANSWER_REEXAMINATION"; at: Date };

/** A step as a client sends it: which fields are needed depends on the type. */
interface PetitionEventFields {
  type: PetitionEventType;
  at?: Date | null;
  routeTo?: StatutoryProcedure | null;
  days?: number | null;
  approvedBy?: string | null;
  reason?: string | null;
  hearingFrom?: Date | null;
  hearingTo?: Date | null;
}

/** The step a client sent, at `at` unless it says when; each field its type needs and lacks is a problem. */
export function petitionEventOf(input: PetitionEventFields, at: Date, problems: InputProblems): PetitionEvent {
  const need = (value: unknown, field: string, zh: string) => {
    if (value === null || value === undefined || value === "")
      problems.add(["input", field], "EMPTY", `请填写${zh}`, `${field} is required for ${input.type}`);
  };
  switch (input.type) {
    case "ROUTE_OUT":
      need(input.routeTo, "routeTo", "导入的法定途径");
      return { type: "ROUTE_OUT", at, to: input.routeTo ?? "LITIGATION" };
    case "EXTEND_HANDLING":
      need(input.days, "days", "延期天数");
      need(input.approvedBy, "approvedBy", "批准人");
      need(input.reason, "reason", "延期理由");
      return {
        type: "EXTEND_HANDLING",
        at,
        days: input.days ?? 0,
        approvedBy: input.approvedBy ?? "",
        reason: input.reason ?? "",
      };
    case "HEARING":
      need(input.hearingFrom, "hearingFrom", "听证开始时间");
      need(input.hearingTo, "hearingTo", "听证结束时间");
      return {
        type: "HEARING",
        from: input.hearingFrom ?? at,
        to: input.hearingTo ?? at,
        reason: input.reason ?? "听证",
      };
    default:
      return { type: input.type, at };
  }
}

export class PetitionError extends Error {
  override readonly name = "PetitionError";
  constructor(
    readonly code: "WRONG_STATE" | "REQUEST_LATE" | "EXTENSION_REFUSED" | "BEFORE_PREVIOUS" | "FINAL",
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

export function receivePetition(receivedAt: Date): PetitionRecord {
  return { state: "RECEIVED", receivedAt, handlingExtensions: [], reviewHearings: [], reexaminationHearings: [] };
}

const C = STATUTORY_CLOCKS.clocks;

function expectState(record: PetitionRecord, event: PetitionEvent, ...states: PetitionStatus[]): void {
  if (record.state === "REEXAMINED") {
    throw new PetitionError(
      "FINAL",
      "The petition has been re-examined; the matter is concluded",
      "信访事项已复核，程序终结",
    );
  }
  if (!states.includes(record.state)) {
    throw new PetitionError(
      "WRONG_STATE",
      `${event.type} is not possible in state ${record.state}`,
      `当前状态（${record.state}）不能进行该操作`,
    );
  }
}

function notBefore(at: Date, previous: Date | undefined): void {
  if (previous && at < previous)
    throw new PetitionError("BEFORE_PREVIOUS", "An event cannot precede the one before it", "办理时间不能早于上一环节");
}

/** A request (复查/复核) must come within its 30-day window; a late one is not accepted. */
function withinWindow(spec: ClockSpec, from: Date, at: Date, calendar: HolidayCalendar, messageZh: string): void {
  const status = computeClock(spec, { startedAt: from, pauses: [], extensions: [], stoppedAt: at }, at, calendar);
  if (status.state === "STOPPED" && !status.onTime)
    throw new PetitionError("REQUEST_LATE", `Requested after the ${spec.length}-day window`, messageZh);
}

/** The next record after `event`, or a PetitionError saying why the law does not allow it. */
export function applyPetitionEvent(
  record: PetitionRecord,
  event: PetitionEvent,
  calendar: HolidayCalendar,
): PetitionRecord {
  switch (event.type) {
    case "ACCEPT":
      expectState(record, event, "RECEIVED");
      notBefore(event.at, record.receivedAt);
      return { ...record, state: "ACCEPTED", decidedAt: event.at };
    case "REFUSE":
      expectState(record, event, "RECEIVED");
      notBefore(event.at, record.receivedAt);
      return { ...record, state: "NOT_ACCEPTED", decidedAt: event.at };
    case "ROUTE_OUT":
      // Matters for litigation, arbitration or administrative review leave 信访 for those procedures.
      expectState(record, event, "RECEIVED", "ACCEPTED");
      notBefore(event.at, record.receivedAt);
      return { ...record, state: "ROUTED_OUT", decidedAt: record.decidedAt ?? event.at, routedTo: event.to };
    case "EXTEND_HANDLING": {
      expectState(record, event, "ACCEPTED");
      try {
        const { days, approvedBy, reason, at } = event;
        const clock = extendClock(
          C.petitionHandling,
          { startedAt: record.decidedAt!, pauses: [], extensions: record.handlingExtensions },
          { days, approvedBy, reason, at },
        );
        return { ...record, handlingExtensions: [...clock.extensions] };
      } catch (error) {
        const e = error as Error & { messageZh?: string };
        throw new PetitionError("EXTENSION_REFUSED", e.message, e.messageZh ?? "延期不符合规定");
      }
    }
    case "REPLY":
      expectState(record, event, "ACCEPTED");
      notBefore(event.at, record.decidedAt);
      return { ...record, state: "REPLIED", repliedAt: event.at };
    case "REQUEST_REVIEW":
      expectState(record, event, "REPLIED");
      notBefore(event.at, record.repliedAt);
      withinWindow(
        C.petitionReviewRequest,
        record.repliedAt!,
        event.at,
        calendar,
        "复查申请须在收到处理意见之日起30日内提出",
      );
      return { ...record, state: "REVIEW_REQUESTED", reviewRequestedAt: event.at };
    case "HEARING": {
      // 听证 time is excluded from the review and re-examination clocks.
      expectState(record, event, "REVIEW_REQUESTED", "REEXAMINATION_REQUESTED");
      const pause: ClockPause = { from: event.from, to: event.to, reason: event.reason };
      return record.state === "REVIEW_REQUESTED"
        ? { ...record, reviewHearings: [...record.reviewHearings, pause] }
        : { ...record, reexaminationHearings: [...record.reexaminationHearings, pause] };
    }
    case "ANSWER_REVIEW":
      expectState(record, event, "REVIEW_REQUESTED");
      notBefore(event.at, record.reviewRequestedAt);
      return { ...record, state: "REVIEWED", reviewedAt: event.at };
    case "REQUEST_REEXAMINATION":
      expectState(record, event, "REVIEWED");
      notBefore(event.at, record.reviewedAt);
      withinWindow(
        C.petitionReexaminationRequest,
        record.reviewedAt!,
        event.at,
        calendar,
        "复核申请须在收到复查意见之日起30日内提出",
      );
      return { ...record, state: "REEXAMINATION_REQUESTED", reexaminationRequestedAt: event.at };
    case "ANSWER_REEXAMINATION":
      expectState(record, event, "REEXAMINATION_REQUESTED");
      notBefore(event.at, record.reexaminationRequestedAt);
      return { ...record, state: "REEXAMINED", reexaminedAt: event.at };
  }
}

/** A step as the write path takes it: the next state with the record it leads to, or why the law refuses it. */
type PetitionStep =
  { ok: true; status: PetitionStatus; record: PetitionRecord } | Extract<Transition<PetitionStatus>, { ok: false }>;

export function petitionStep(record: PetitionRecord, event: PetitionEvent, calendar: HolidayCalendar): PetitionStep {
  try {
    const next = applyPetitionEvent(record, event, calendar);
    return { ok: true, status: next.state, record: next };
  } catch (error) {
    if (!(error instanceof PetitionError)) throw error;
    return { ok: false, reason: error.code, messageEn: error.message, messageZh: error.messageZh };
  }
}

/**
 * 信访工作条例: after re-examination the same matter (same facts and reasons) is not accepted again.
 * Returns the refusal for a new petition on a matter whose earlier petition reached that point.
 */
export function repeatPetitionRefusal(earlier: PetitionRecord): PetitionError | undefined {
  return earlier.state === "REEXAMINED"
    ? new PetitionError(
        "FINAL",
        "The same matter was re-examined and is not accepted again",
        "该信访事项已经复核，同一事实和理由不再受理",
      )
    : undefined;
}

/** The petition's clocks, each from its starting event and stopped by the next one. */
export function petitionClocks(r: PetitionRecord, now: Date, calendar: HolidayCalendar): NamedClock[] {
  const clock = (
    spec: ClockSpec,
    startedAt: Date,
    stoppedAt: Date | undefined,
    pauses: ClockPause[] = [],
    extensions: ClockExtension[] = [],
  ): NamedClock => ({
    kind: spec.kind,
    startedAt,
    status: computeClock(spec, { startedAt, pauses, extensions, stoppedAt }, now, calendar),
  });
  const clocks = [clock(C.petitionAcceptance, r.receivedAt, r.decidedAt)];
  if (r.state === "ROUTED_OUT" || r.state === "NOT_ACCEPTED") return clocks;
  if (r.decidedAt) clocks.push(clock(C.petitionHandling, r.decidedAt, r.repliedAt, [], r.handlingExtensions));
  // The request window stops when a request comes; once the matter is final it no longer runs.
  if (r.repliedAt) clocks.push(clock(C.petitionReviewRequest, r.repliedAt, r.reviewRequestedAt));
  if (r.reviewRequestedAt) clocks.push(clock(C.petitionReview, r.reviewRequestedAt, r.reviewedAt, r.reviewHearings));
  if (r.reviewedAt) clocks.push(clock(C.petitionReexaminationRequest, r.reviewedAt, r.reexaminationRequestedAt));
  if (r.reexaminationRequestedAt)
    clocks.push(clock(C.petitionReexamination, r.reexaminationRequestedAt, r.reexaminedAt, r.reexaminationHearings));
  return clocks;
}
