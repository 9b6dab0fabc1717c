// The arbitration case's state machine and its clocks (劳动争议调解仲裁法 arts. 29–50), as plain functions.
// Only events are stored; every deadline is computed from them when read.
import {
  ClockError,
  computeClock,
  daysBetween,
  extendClock,
  STATUTORY_CLOCKS,
  toLocalDate,
  type ClockExtension,
  type ClockRecord,
  type ClockSpec,
  type ClockKind,
  type ClockStatus,
  type HolidayCalendar,
} from "@onedoor/shared/clock/index";
import type { Transition } from "@onedoor/shared/db/write-path";
import { reportClock, type ReportedClock } from "@onedoor/shared/events/reported-clock";
import { checkVoid, type VoidReason } from "@onedoor/shared/events/step-void";
import type { ArbitrationAppearance, ArbitrationStatus, TribunalKind } from "../generated/prisma/enums.js";

/** Accepted and not yet closed: the 45-day award clock runs. */
export const OPEN_STATUSES: readonly ArbitrationStatus[] = ["ACCEPTED", "TRIBUNAL_FORMED", "HEARING_SCHEDULED"];

/** Art. 35: the parties are notified of the hearing at least 5 days before it. */
export const HEARING_NOTICE_DAYS = 5;
/** Art. 35: a party asks to postpone at least 3 days before the hearing. */
export const POSTPONEMENT_REQUEST_DAYS = 3;
/**
 * A hearing is postponed a few times at most: the award is due 45 (+15) days after acceptance. The cap keeps
 * a case's history one case's own steps (every other step happens once, extensions total 15 days at most).
 */
export const MAX_POSTPONEMENTS = 5;
/**
 * A further hearing (续行开庭) may follow one held, as the tribunal needs; the cap keeps a case's history bounded
 * as the postponements' does (the award is due 45 (+15) days after acceptance in any case).
 */
export const MAX_HEARINGS = 5;
/** Local policy: a clock is DUE_SOON with this many days or fewer left. */
export const DUE_SOON_DAYS = 2;

const clocks = STATUTORY_CLOCKS.clocks;
const withPolicy = (spec: ClockSpec): ClockSpec => ({ ...spec, dueSoonDays: DUE_SOON_DAYS });
export const CASE_CLOCK_SPECS = {
  acceptance: withPolicy(clocks.labourArbitrationAcceptance),
  service: withPolicy(clocks.labourArbitrationService),
  answer: withPolicy(clocks.labourArbitrationAnswer),
  tribunalNotice: withPolicy(clocks.labourArbitrationTribunalNotice),
  award: withPolicy(clocks.labourArbitrationAward),
  nonFinalAwardSuit: clocks.labourNonFinalAwardSuit,
  finalAwardWorkerSuit: clocks.labourFinalAwardWorkerSuit,
  finalAwardEmployerRevocation: clocks.labourFinalAwardEmployerRevocation,
} as const;

export interface CaseFacts {
  status: ArbitrationStatus;
  receivedAt: Date;
  acceptedAt: Date | null;
  rejectedAt: Date | null;
  servedAt: Date | null;
  answeredAt: Date | null;
  tribunalNotifiedAt: Date | null;
  hearingAt: Date | null;
  hearingNoticeAt: Date | null;
  /** 开庭审理: when the scheduled hearing was held; null until it is. */
  hearingHeldAt: Date | null;
  /** Hearings held so far on the case. */
  hearingsHeld: number;
  awardExtensions: readonly ClockExtension[];
  /** 延期开庭 granted so far (the list itself is the write path's, beside the step). */
  postponements: number;
  /** 裁决书 or 调解书 issued: stops the award clock. */
  closedAt: Date | null;
  /** 撤销受理 (更正): the acceptance was voided then; every clock it started stops there. */
  voidedAt: Date | null;
  /** 裁决书 received by the parties (收到裁决书之日): starts the follow-on windows. */
  awardServedAt: Date | null;
  awardFinal: boolean | null;
}

export type CaseEvent =
  | { type: "ACCEPT"; at: Date }
  | { type: "REJECT"; at: Date; reason: string }
  | { type: "SERVE"; at: Date }
  | { type: "ANSWER"; at: Date }
  | { type: "COMPOSE_TRIBUNAL"; at: Date; kind: TribunalKind; arbitrators: readonly string[]; presiding: string }
  | { type: "SCHEDULE_HEARING"; at: Date; hearingAt: Date }
  | { type: "POSTPONE_HEARING"; at: Date; newHearingAt: Date; requestedBy: string; reason: string }
  /** 开庭审理: the scheduled hearing was held at `at`, each side appearing as recorded. */
  | {
      type: "HOLD_HEARING";
      at: Date;
      applicantAppearance: ArbitrationAppearance;
      respondentAppearance: ArbitrationAppearance;
    }
  | { type: "EXTEND_AWARD"; at: Date; days: number; approvedBy: string; reason: string }
  | { type: "CLOSE_BY_MEDIATION"; at: Date }
  | { type: "ISSUE_AWARD"; at: Date; final: boolean; servedOnIssue: boolean }
  | { type: "SERVE_AWARD"; at: Date }
  /** 撤销受理 (更正): names the acceptance's reported event, which the void names in turn. */
  | { type: "VOID_ACCEPTANCE"; at: Date; acceptanceEventId: string | null; reason: VoidReason };

/** What a step records besides the status. */
export type CasePatch = Partial<Omit<CaseFacts, "status" | "postponements">>;

/**
 * A step refused, with a machine-readable reason: by the case's state (INVALID_STATE, as the write
 * path raises it) or, with `inputRule`, by a rule on what was entered (BAD_USER_INPUT).
 */
export type CaseRefusal = Extract<Transition<ArbitrationStatus>, { ok: false }> & { inputRule: boolean };

/** The shared transition, with the facts an allowed step records. */
export type CaseTransition =
  (Extract<Transition<ArbitrationStatus>, { ok: true }> & { patch: CasePatch }) | CaseRefusal;

const refuse = (reason: string, messageEn: string, messageZh: string): CaseRefusal => ({
  ok: false,
  reason,
  messageEn,
  messageZh,
  inputRule: false,
});
const inputRule = (reason: string, messageEn: string, messageZh: string): CaseRefusal => ({
  ...refuse(reason, messageEn, messageZh),
  inputRule: true,
});
const to = (status: ArbitrationStatus, patch: CasePatch): CaseTransition => ({ ok: true, status, patch });

const STATUS_ZH: Record<ArbitrationStatus, string> = {
  RECEIVED: "已收到申请",
  ACCEPTED: "已受理",
  REJECTED: "不予受理",
  TRIBUNAL_FORMED: "已组庭",
  HEARING_SCHEDULED: "已排期开庭",
  MEDIATED: "已调解结案",
  AWARDED: "已裁决",
  VOIDED: "已撤销受理（误受理）",
};
const wrongStatus = (
  facts: CaseFacts,
  action: string,
  actionZh: string,
  allowed: readonly ArbitrationStatus[],
): CaseTransition =>
  refuse(
    "WRONG_STATUS",
    `Cannot ${action} a case in status ${facts.status} (allowed: ${allowed.join(", ")})`,
    `案件当前状态为“${STATUS_ZH[facts.status]}”，不能${actionZh}`,
  );

/** The latest event already on the case: a new step cannot be dated before it. */
export function lastEventAt(facts: CaseFacts): Date {
  const instants = [
    facts.receivedAt,
    facts.acceptedAt,
    facts.rejectedAt,
    facts.servedAt,
    facts.answeredAt,
    facts.tribunalNotifiedAt,
    facts.hearingNoticeAt,
    facts.hearingHeldAt,
    facts.closedAt,
    facts.awardServedAt,
    facts.voidedAt,
  ];
  return new Date(Math.max(...instants.filter((d): d is Date => d !== null).map((d) => d.getTime())));
}

/** Whole local days between notice and hearing (the notice day is not counted). */
export const noticeDays = (noticeAt: Date, hearingAt: Date): number =>
  daysBetween(toLocalDate(noticeAt), toLocalDate(hearingAt));

function hearingNoticeProblem(noticeAt: Date, hearingAt: Date): CaseTransition | null {
  const days = noticeDays(noticeAt, hearingAt);
  if (days >= HEARING_NOTICE_DAYS) return null;
  return inputRule(
    "HEARING_NOTICE_TOO_SHORT",
    `The hearing must be notified at least ${HEARING_NOTICE_DAYS} days ahead; this notice gives ${days}`,
    `开庭日期应当于开庭${HEARING_NOTICE_DAYS}日前通知双方当事人，本次通知仅提前${days}日`,
  );
}

/**
 * The status `event` moves a case to and what it records, or why it is not allowed. Pure: the write path
 * stores it (guarded by the row version) and records who acted.
 */
export function applyEvent(facts: CaseFacts, event: CaseEvent): CaseTransition {
  if (Number.isNaN(event.at.getTime())) return inputRule("INVALID_DATE", "Invalid date", "日期无效");
  if (event.at < lastEventAt(facts)) {
    return inputRule(
      "BEFORE_PREVIOUS_STEP",
      "A step cannot be dated before the case's previous step",
      "办理时间不能早于案件上一个环节的时间",
    );
  }
  switch (event.type) {
    case "ACCEPT":
      if (facts.status !== "RECEIVED") return wrongStatus(facts, "accept", "受理", ["RECEIVED"]);
      return to("ACCEPTED", { acceptedAt: event.at });
    case "REJECT":
      if (facts.status !== "RECEIVED") return wrongStatus(facts, "reject", "作出不予受理决定", ["RECEIVED"]);
      if (event.reason.trim() === "")
        return inputRule("REASON_REQUIRED", "A rejection needs a reason", "不予受理须说明理由");
      return to("REJECTED", { rejectedAt: event.at });
    case "SERVE":
      if (!OPEN_STATUSES.includes(facts.status))
        return wrongStatus(facts, "serve the application on", "送达申请书副本", OPEN_STATUSES);
      if (facts.servedAt)
        return refuse("ALREADY_SERVED", "The application has already been served", "申请书副本已送达被申请人");
      return to(facts.status, { servedAt: event.at });
    case "ANSWER":
      if (!OPEN_STATUSES.includes(facts.status))
        return wrongStatus(facts, "record an answer on", "登记答辩", OPEN_STATUSES);
      if (!facts.servedAt)
        return refuse(
          "NOT_SERVED",
          "Serve the application before recording the answer",
          "尚未向被申请人送达申请书副本",
        );
      if (facts.answeredAt) return refuse("ALREADY_ANSWERED", "The answer has already been recorded", "答辩书已登记");
      return to(facts.status, { answeredAt: event.at });
    case "COMPOSE_TRIBUNAL": {
      if (facts.status !== "ACCEPTED") return wrongStatus(facts, "compose the tribunal of", "组成仲裁庭", ["ACCEPTED"]);
      const names = event.arbitrators.map((n) => n.trim());
      // Art. 31: three arbitrators with a presiding arbitrator; a simple case may have a sole arbitrator.
      const size = event.kind === "SOLE" ? 1 : 3;
      if (names.length !== size || names.some((n) => n === "") || new Set(names).size !== names.length) {
        return inputRule(
          "TRIBUNAL_SIZE",
          event.kind === "SOLE"
            ? "A sole-arbitrator tribunal has exactly one arbitrator"
            : "A panel has three different arbitrators",
          event.kind === "SOLE" ? "独任仲裁应由一名仲裁员组成" : "合议仲裁庭应由三名不同的仲裁员组成",
        );
      }
      if (!names.includes(event.presiding.trim())) {
        return inputRule(
          "PRESIDING_NOT_MEMBER",
          "The presiding arbitrator must be one of the tribunal",
          "首席仲裁员须为仲裁庭组成人员",
        );
      }
      return to("TRIBUNAL_FORMED", { tribunalNotifiedAt: event.at });
    }
    case "SCHEDULE_HEARING": {
      // The first hearing once the tribunal is formed; a further one (续行开庭) once the last was held.
      const further = facts.status === "HEARING_SCHEDULED" && facts.hearingHeldAt !== null;
      if (facts.status !== "TRIBUNAL_FORMED" && !further)
        return facts.status === "HEARING_SCHEDULED"
          ? refuse(
              "HEARING_NOT_HELD",
              "The scheduled hearing has not been held: postpone it instead",
              "已排定的开庭尚未进行，如需改期请延期开庭",
            )
          : wrongStatus(facts, "schedule the hearing of", "排期开庭", ["TRIBUNAL_FORMED", "HEARING_SCHEDULED"]);
      if (further && facts.hearingsHeld >= MAX_HEARINGS)
        return refuse(
          "TOO_MANY_HEARINGS",
          `A case has at most ${MAX_HEARINGS} hearings`,
          `同一案件最多开庭 ${MAX_HEARINGS} 次`,
        );
      const problem = hearingNoticeProblem(event.at, event.hearingAt);
      if (problem) return problem;
      return to("HEARING_SCHEDULED", { hearingAt: event.hearingAt, hearingNoticeAt: event.at, hearingHeldAt: null });
    }
    case "HOLD_HEARING": {
      if (facts.status !== "HEARING_SCHEDULED" || !facts.hearingAt)
        return wrongStatus(facts, "record the hearing held of", "登记开庭审理", ["HEARING_SCHEDULED"]);
      if (facts.hearingHeldAt)
        return refuse("HEARING_ALREADY_HELD", "The scheduled hearing has already been held", "本次开庭已登记为已开庭");
      if (event.applicantAppearance === "ABSENT" && event.respondentAppearance === "ABSENT")
        return inputRule(
          "NOBODY_APPEARED",
          "A hearing neither side appeared at was not held: postpone it, or record the absence otherwise",
          "双方当事人均未到庭，不能登记为已开庭",
        );
      if (toLocalDate(event.at) < toLocalDate(facts.hearingAt))
        return inputRule(
          "HELD_BEFORE_SCHEDULED_DAY",
          "A hearing cannot be held before the day it was scheduled for",
          "开庭时间不能早于排定的开庭日期",
        );
      return to(facts.status, { hearingHeldAt: event.at, hearingsHeld: facts.hearingsHeld + 1 });
    }
    case "POSTPONE_HEARING": {
      if (facts.status !== "HEARING_SCHEDULED" || !facts.hearingAt)
        return wrongStatus(facts, "postpone the hearing of", "延期开庭", ["HEARING_SCHEDULED"]);
      if (facts.hearingHeldAt)
        return refuse(
          "HEARING_ALREADY_HELD",
          "The hearing has been held: schedule a further hearing instead",
          "本次开庭已进行，不能延期；如需继续审理请另行排期开庭",
        );
      if (facts.postponements >= MAX_POSTPONEMENTS)
        return refuse(
          "TOO_MANY_POSTPONEMENTS",
          `A hearing is postponed at most ${MAX_POSTPONEMENTS} times`,
          `同一案件最多延期开庭 ${MAX_POSTPONEMENTS} 次`,
        );
      if (event.requestedBy.trim() === "" || event.reason.trim() === "") {
        return inputRule(
          "POSTPONEMENT_DETAILS_REQUIRED",
          "A postponement names who asked and why",
          "延期开庭须写明申请人和正当理由",
        );
      }
      const ahead = noticeDays(event.at, facts.hearingAt);
      if (ahead < POSTPONEMENT_REQUEST_DAYS) {
        return refuse(
          "POSTPONEMENT_TOO_LATE",
          `Postponement must be requested at least ${POSTPONEMENT_REQUEST_DAYS} days before the hearing (${ahead} left)`,
          `延期开庭应当在开庭${POSTPONEMENT_REQUEST_DAYS}日前提出，距开庭仅剩${ahead}日`,
        );
      }
      const problem = hearingNoticeProblem(event.at, event.newHearingAt);
      if (problem) return problem;
      return to(facts.status, { hearingAt: event.newHearingAt, hearingNoticeAt: event.at });
    }
    case "EXTEND_AWARD": {
      const { acceptedAt } = facts;
      if (!OPEN_STATUSES.includes(facts.status) || !acceptedAt)
        return wrongStatus(facts, "extend the award period of", "延长审理期限", OPEN_STATUSES);
      try {
        const record = extendClock(CASE_CLOCK_SPECS.award, awardRecord({ ...facts, acceptedAt }), {
          days: event.days,
          approvedBy: event.approvedBy,
          reason: event.reason,
          at: event.at,
        });
        return to(facts.status, { awardExtensions: record.extensions });
      } catch (error) {
        if (error instanceof ClockError) return inputRule(error.code, error.message, error.messageZh);
        throw error;
      }
    }
    case "CLOSE_BY_MEDIATION": {
      // Art. 42: the tribunal mediates before it awards; a signed 调解书 ends the case.
      const allowed: readonly ArbitrationStatus[] = ["TRIBUNAL_FORMED", "HEARING_SCHEDULED"];
      if (!allowed.includes(facts.status))
        return wrongStatus(facts, "close by mediation statement", "制作调解书结案", allowed);
      return to("MEDIATED", { closedAt: event.at });
    }
    case "ISSUE_AWARD":
      if (facts.status !== "HEARING_SCHEDULED" || !facts.hearingAt)
        return wrongStatus(facts, "issue the award of", "作出裁决", ["HEARING_SCHEDULED"]);
      if (event.at < facts.hearingAt)
        return refuse("AWARD_BEFORE_HEARING", "The award cannot precede the hearing", "尚未开庭，不能作出裁决");
      return to("AWARDED", {
        closedAt: event.at,
        awardFinal: event.final,
        awardServedAt: event.servedOnIssue ? event.at : null,
      });
    case "VOID_ACCEPTANCE": {
      // Only while the acceptance is still the case's last step: nothing served, answered or extended since
      // (a tribunal or anything later has moved the case out of ACCEPTED).
      const laterSteps = [facts.servedAt, facts.answeredAt].filter(Boolean).length + facts.awardExtensions.length;
      const check = checkVoid(
        {
          status: facts.status,
          voidableIn: ["ACCEPTED"],
          laterSteps,
          reportedEventId: event.acceptanceEventId,
          stepZh: "受理",
        },
        "VOIDED",
      );
      return check.ok ? to("VOIDED", { voidedAt: event.at }) : { ...check, inputRule: false };
    }
    case "SERVE_AWARD":
      if (facts.status !== "AWARDED") return wrongStatus(facts, "serve the award of", "送达裁决书", ["AWARDED"]);
      if (facts.awardServedAt)
        return refuse("AWARD_ALREADY_SERVED", "The award has already been served", "裁决书已送达");
      return to(facts.status, { awardServedAt: event.at });
  }
}

function awardRecord(facts: CaseFacts & { acceptedAt: Date }): ClockRecord {
  return {
    startedAt: facts.acceptedAt,
    pauses: [],
    extensions: facts.awardExtensions,
    stoppedAt: facts.closedAt ?? undefined,
  };
}

export type CaseClockKey = keyof typeof CASE_CLOCK_SPECS;
export interface CaseClock {
  key: CaseClockKey;
  kind: ClockKind;
  startedAt: Date;
  status: ClockStatus;
}

/** A clock that has started on this case, by its inputs: what the registry is told (期限上报). */
export interface CaseClockRecord {
  key: CaseClockKey;
  spec: ClockSpec;
  record: ClockRecord;
}

/** The inputs of the clocks that have started on this case, from its facts. */
export function caseClockRecords(facts: CaseFacts): CaseClockRecord[] {
  const result: CaseClockRecord[] = [];
  const add = (
    key: CaseClockKey,
    startedAt: Date,
    stoppedAt: Date | null,
    extensions: readonly ClockExtension[] = [],
  ) => {
    const record = { startedAt, pauses: [], extensions, ...(stoppedAt ? { stoppedAt } : {}) };
    result.push({ key, spec: CASE_CLOCK_SPECS[key], record });
  };
  add("acceptance", facts.receivedAt, facts.acceptedAt ?? facts.rejectedAt);
  // A case ends with its award or mediation statement, or with its acceptance voided (更正).
  const ended = facts.closedAt ?? facts.voidedAt;
  if (facts.acceptedAt) {
    add("service", facts.acceptedAt, facts.servedAt ?? ended);
    add("tribunalNotice", facts.acceptedAt, facts.tribunalNotifiedAt ?? ended);
    add("award", facts.acceptedAt, ended, facts.awardExtensions);
  }
  if (facts.servedAt) add("answer", facts.servedAt, facts.answeredAt ?? ended);
  // The follow-on windows run from receipt of the award and run out rather than stop: once past,
  // the award has taken effect.
  if (facts.status === "AWARDED" && facts.awardServedAt) {
    if (facts.awardFinal) {
      add("finalAwardWorkerSuit", facts.awardServedAt, null);
      add("finalAwardEmployerRevocation", facts.awardServedAt, null);
    } else {
      add("nonFinalAwardSuit", facts.awardServedAt, null);
    }
  }
  return result;
}

/** The case's clocks as the registry receives them with each of its events (期限上报). */
export const reportedCaseClocks = (caseId: string, facts: CaseFacts): ReportedClock[] =>
  caseClockRecords(facts).map((c) => reportClock(caseId, c.spec, c.record));

/** The clocks that have started on this case, computed at `now`. */
export function caseClocks(facts: CaseFacts, now: Date, calendar: HolidayCalendar): CaseClock[] {
  return caseClockRecords(facts).map(({ key, spec, record }) => ({
    key,
    kind: spec.kind,
    startedAt: record.startedAt,
    status: computeClock(spec, record, now, calendar),
  }));
}

const isLate = (s: ClockStatus): boolean => s.state === "OVERDUE" || s.state === "VERY_OVERDUE";
const FOLLOW_ON: readonly CaseClockKey[] = [
  "nonFinalAwardSuit",
  "finalAwardWorkerSuit",
  "finalAwardEmployerRevocation",
];

/** A procedural clock of the commission that has run out without the step being taken. */
export function isOverdue(facts: CaseFacts, now: Date, calendar: HolidayCalendar): boolean {
  return caseClocks(facts, now, calendar).some((c) => !FOLLOW_ON.includes(c.key) && isLate(c.status));
}

export function isDueSoon(facts: CaseFacts, now: Date, calendar: HolidayCalendar): boolean {
  return caseClocks(facts, now, calendar).some((c) => !FOLLOW_ON.includes(c.key) && c.status.state === "DUE_SOON");
}

export const LITIGATION_REASON_CODES = ["ACCEPTANCE_OVERDUE", "REJECTED", "AWARD_OVERDUE"] as const;

export interface LitigationReason {
  code: (typeof LITIGATION_REASON_CODES)[number];
  messageZh: string;
  messageEn: string;
}

/**
 * Why a party may now take the dispute to court although arbitration has not decided it
 * (arts. 29 and 43). The windows after an award are `followOnOptions`.
 */
export function litigationReasons(facts: CaseFacts, now: Date, calendar: HolidayCalendar): LitigationReason[] {
  const byKey = new Map(caseClocks(facts, now, calendar).map((c) => [c.key, c.status]));
  const reasons: LitigationReason[] = [];
  const acceptance = byKey.get("acceptance");
  if (facts.status === "RECEIVED" && acceptance && isLate(acceptance)) {
    reasons.push({
      code: "ACCEPTANCE_OVERDUE",
      messageZh:
        "仲裁委员会逾期未作出受理决定，申请人可以就该劳动争议事项向人民法院提起诉讼（劳动争议调解仲裁法第二十九条）",
      messageEn: "The commission did not decide on acceptance within 5 days: the applicant may sue (art. 29)",
    });
  }
  if (facts.status === "REJECTED") {
    reasons.push({
      code: "REJECTED",
      messageZh: "仲裁委员会决定不予受理，申请人可以就该劳动争议事项向人民法院提起诉讼（劳动争议调解仲裁法第二十九条）",
      messageEn: "The commission refused the application: the applicant may sue (art. 29)",
    });
  }
  const award = byKey.get("award");
  if (OPEN_STATUSES.includes(facts.status) && award && isLate(award)) {
    reasons.push({
      code: "AWARD_OVERDUE",
      messageZh:
        "仲裁庭逾期未作出仲裁裁决，当事人可以就该劳动争议事项向人民法院提起诉讼（劳动争议调解仲裁法第四十三条）",
      messageEn: "No award within the award period: a party may sue (art. 43)",
    });
  }
  return reasons;
}

export const FOLLOW_ON_PARTIES = ["WORKER", "EMPLOYER", "EITHER"] as const;
export const FOLLOW_ON_ACTIONS = ["SUE", "APPLY_TO_REVOKE"] as const;

export interface FollowOnOption {
  party: (typeof FOLLOW_ON_PARTIES)[number];
  action: (typeof FOLLOW_ON_ACTIONS)[number];
  clockKey: CaseClockKey;
  clockKind: ClockKind;
  deadline: Date;
  open: boolean;
  descriptionZh: string;
}

/** What the parties can do after the award, and until when (arts. 47–50). */
export function followOnOptions(facts: CaseFacts, now: Date, calendar: HolidayCalendar): FollowOnOption[] {
  const byKey = new Map(caseClocks(facts, now, calendar).map((c) => [c.key, c.status]));
  const option = (
    key: CaseClockKey,
    party: FollowOnOption["party"],
    action: FollowOnOption["action"],
    descriptionZh: string,
  ): FollowOnOption[] => {
    const status = byKey.get(key);
    return status
      ? [
          {
            party,
            action,
            clockKey: key,
            clockKind: CASE_CLOCK_SPECS[key].kind,
            deadline: status.deadline,
            open: !isLate(status),
            descriptionZh,
          },
        ]
      : [];
  };
  return [
    ...option(
      "finalAwardWorkerSuit",
      "WORKER",
      "SUE",
      "劳动者对终局裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼（第四十八条）",
    ),
    ...option(
      "finalAwardEmployerRevocation",
      "EMPLOYER",
      "APPLY_TO_REVOKE",
      "用人单位有证据证明终局裁决有法定情形的，可以自收到仲裁裁决书之日起三十日内向中级人民法院申请撤销裁决（第四十九条）",
    ),
    ...option(
      "nonFinalAwardSuit",
      "EITHER",
      "SUE",
      "当事人对非终局裁决不服的，可以自收到仲裁裁决书之日起十五日内提起诉讼；期满不起诉的，裁决书发生法律效力（第五十条）",
    ),
  ];
}
