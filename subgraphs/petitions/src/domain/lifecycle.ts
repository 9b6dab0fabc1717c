// The dispute's state machine: each step of the registry asks here whether the dispute's status allows
// it and which status follows (the write path applies the answer, or refuses with its reason).
import { toLocalDate } from "@onedoor/shared/clock/index";
import type { Transition } from "@onedoor/shared/db/write-path";
import type { Department, DisputeOutcome, DisputeStatus } from "../generated/prisma/enums.js";

export type DisputeStep = Transition<DisputeStatus>;

export interface LifecycleFacts {
  status: DisputeStatus;
  major: boolean;
  consultations: number;
  dispatches: number;
  followUps: number;
  registeredAt: Date;
  evaluatedAt: Date | null;
}

/** 已登记 / 已派单 / 办理中: the dispute is still being handled. */
export const OPEN_STATUSES: readonly DisputeStatus[] = ["REGISTERED", "DISPATCHED", "IN_PROGRESS"];

export const isOpen = (status: DisputeStatus): boolean => OPEN_STATUSES.includes(status);

/**
 * One dispute's own records stay a handful: a re-dispatch or two, a consultation per turn of a major matter,
 * a follow-up call or two after closure. The caps are far above that and keep each list one page.
 */
export const MAX_DISPATCHES = 20;
export const MAX_CONSULTATIONS = 20;
export const MAX_FOLLOW_UPS = 10;

const refuse = (reason: string, messageEn: string, messageZh: string): DisputeStep => ({
  ok: false,
  reason,
  messageEn,
  messageZh,
});
const becomes = (status: DisputeStatus): DisputeStep => ({ ok: true, status });

/** 办理中: a dispatched dispute is in progress from the first step a department reports on it. */
export function statusAfterDepartmentStep(status: DisputeStatus): DisputeStatus {
  return status === "DISPATCHED" ? "IN_PROGRESS" : status;
}

/**
 * 更正: a department voided a step (an acceptance in error). When no department step of the dispute stands any
 * more, the dispute is again only dispatched: still with the body it was sent to, which may accept it again.
 */
export function statusAfterDepartmentVoid(status: DisputeStatus, departmentStepsStanding: number): DisputeStatus {
  return status === "IN_PROGRESS" && departmentStepsStanding === 0 ? "DISPATCHED" : status;
}

/** 派单: a major or group dispute is dispatched only after a recorded joint consultation (会商研判). */
export function dispatchStep(d: LifecycleFacts): DisputeStep {
  if (!isOpen(d.status))
    return refuse("NOT_OPEN", `A ${d.status} dispute cannot be dispatched`, "已办结或已并单的纠纷不能派单");
  if (d.major && d.consultations === 0) {
    return refuse(
      "CONSULTATION_REQUIRED",
      "A major dispute needs a joint consultation (3+X) before dispatch",
      "重大、群体性纠纷须先组织会商研判（3+X）再派单",
    );
  }
  if (d.dispatches >= MAX_DISPATCHES)
    return refuse(
      "TOO_MANY_DISPATCHES",
      `A dispute is dispatched at most ${MAX_DISPATCHES} times: hand it off instead`,
      `同一纠纷最多派单 ${MAX_DISPATCHES} 次，请改用移交`,
    );
  return becomes("DISPATCHED");
}

export function consultationStep(d: LifecycleFacts): DisputeStep {
  if (!isOpen(d.status))
    return refuse("NOT_OPEN", "Only an open dispute can be consulted on", "只有未办结的纠纷可以会商研判");
  if (d.consultations >= MAX_CONSULTATIONS)
    return refuse(
      "TOO_MANY_CONSULTATIONS",
      `At most ${MAX_CONSULTATIONS} joint consultations per dispute`,
      `同一纠纷最多会商研判 ${MAX_CONSULTATIONS} 次`,
    );
  return becomes(d.status);
}

/**
 * 办结 needs an open dispute. On-the-spot closure (当场办结) is closure at the window on the day of
 * intake, before any dispatch.
 */
export function closeStep(d: LifecycleFacts, onTheSpot: boolean, now: Date): DisputeStep {
  if (!isOpen(d.status)) return refuse("NOT_OPEN", `A ${d.status} dispute cannot be closed`, "该纠纷已办结或已并单");
  if (onTheSpot) {
    if (d.status !== "REGISTERED")
      return refuse(
        "ALREADY_DISPATCHED",
        "A dispatched dispute is not closed on the spot",
        "已派单的纠纷不属于当场办结",
      );
    if (toLocalDate(now) !== toLocalDate(d.registeredAt)) {
      return refuse("NOT_SAME_DAY", "On-the-spot closure is on the day of intake", "当场办结须在受理当日");
    }
  }
  return becomes("CLOSED");
}

/** 办结结果 as the timeline and the resident read it. */
export const OUTCOME_LABEL: Record<DisputeOutcome, string> = {
  RESOLVED_BY_AGREEMENT: "达成协议，纠纷化解",
  RESOLVED_BY_DECISION: "依裁决或决定化解",
  PARTLY_RESOLVED: "部分化解",
  NOT_RESOLVED_REFERRED: "未能化解，已引导通过其他途径解决",
  WITHDRAWN: "申请人撤回",
  ANSWERED: "当场答复解决",
};

/** Who is closing: the commander (oversight of every matter), the window's staff, or a department's staff. */
export type Closer = { kind: "commander" } | { kind: "window" } | { kind: "department"; department: Department };

/** The window leads what it handles itself: before dispatch, and what the catch-all window (兜底) took back. */
const WINDOW_LEADS: readonly Department[] = ["PETITIONS", "COMPREHENSIVE_WINDOW"];

/**
 * The lead closes (牵头部门办结): the department that leads the dispute, the window for what it handled itself,
 * or the commander. A hand-off still waiting for its answer must be named in the closure (why close anyway).
 */
export function closerStep(
  lead: Department,
  closer: Closer,
  pendingHandOff: boolean,
  openMattersGiven: boolean,
): DisputeStep {
  const leads =
    closer.kind === "commander" ||
    (closer.kind === "window" && WINDOW_LEADS.includes(lead)) ||
    (closer.kind === "department" && closer.department === lead);
  if (!leads)
    return refuse(
      "NOT_LEAD",
      "Only the department leading a dispute closes it",
      "纠纷由牵头部门办结，本部门不是牵头部门",
    );
  if (pendingHandOff && !openMattersGiven)
    return refuse(
      "OPEN_HAND_OFF",
      "A hand-off of this dispute is still waiting: say in openMatters why it is closed anyway",
      "该纠纷仍有待接收的移交，办结须说明理由（openMatters）",
    );
  return becomes("CLOSED");
}

/** The party's evaluation comes after closure, once. */
export function evaluationStep(d: LifecycleFacts): DisputeStep {
  if (d.status !== "CLOSED")
    return refuse("NOT_CLOSED", "A dispute is evaluated only after closure", "办结后方可进行满意度评价");
  if (d.evaluatedAt)
    return refuse("ALREADY_EVALUATED", "This dispute has already been evaluated", "该纠纷已评价，不能重复评价");
  return becomes(d.status);
}

/** 回访 follows closure. */
export function followUpStep(d: LifecycleFacts): DisputeStep {
  if (d.status !== "CLOSED") return refuse("NOT_CLOSED", "Follow-up visits are made after closure", "办结后方可回访");
  if (d.followUps >= MAX_FOLLOW_UPS)
    return refuse(
      "TOO_MANY_FOLLOW_UPS",
      `At most ${MAX_FOLLOW_UPS} follow-up visits per dispute`,
      `同一纠纷最多回访 ${MAX_FOLLOW_UPS} 次`,
    );
  return becomes(d.status);
}

export function visitStep(d: LifecycleFacts): DisputeStep {
  return d.status === "MERGED"
    ? refuse("MERGED", "Record visits on the dispute this one was merged into", "该纠纷已并单，请在主件上登记来访")
    : becomes(d.status);
}

/**
 * 联系当事人: on an open matter, never before the hotline call (or, without one, the registration) it answers.
 * After closure a call is a follow-up (回访), recorded as one.
 */
export function contactStep(
  d: { status: DisputeStatus; registeredAt: Date; hotlineCalledAt: Date | null },
  contactedAt: Date,
): DisputeStep {
  if (d.status === "MERGED")
    return refuse(
      "MERGED",
      "Record contacts on the dispute this one was merged into",
      "该纠纷已并单，请在主件上登记联系记录",
    );
  if (!isOpen(d.status))
    return refuse(
      "NOT_OPEN",
      "The dispute is closed: record a call now as a follow-up",
      "纠纷已办结，办结后的电话请登记为回访",
    );
  const earliest = d.hotlineCalledAt ?? d.registeredAt;
  if (contactedAt.getTime() < earliest.getTime())
    return refuse(
      "BEFORE_START",
      "A contact cannot be earlier than the call or registration it answers",
      "联系时间不能早于来电或登记时间",
    );
  return becomes(d.status);
}

/** 关联: two different disputes, each keeping its own status. */
export function linkStep(d: { status: DisputeStatus; code: string }, other: { code: string }): DisputeStep {
  return d.code === other.code
    ? refuse("SAME_DISPUTE", "A dispute cannot be linked to itself", "不能与自身关联")
    : becomes(d.status);
}

/** 并单 keeps both records; only open matters are merged, and never into themselves or a merged one. */
export function mergeStep(
  from: { status: DisputeStatus; code: string },
  into: { status: DisputeStatus; code: string },
): DisputeStep {
  if (from.code === into.code)
    return refuse("SAME_DISPUTE", "A dispute cannot be merged into itself", "不能与自身并单");
  if (!isOpen(from.status)) return refuse("NOT_OPEN", "Only an open dispute can be merged", "只有未办结的纠纷可以并单");
  if (into.status === "MERGED")
    return refuse(
      "TARGET_MERGED",
      "Merge into the main dispute, not into a merged one",
      "不能并入已被并单的纠纷，请并入主件",
    );
  return becomes("MERGED");
}

/** Runs (跑动次数): distinct China-time days with an in-person visit; several visits in one day are one trip. */
export function runCount(visits: readonly { visitedAt: Date }[]): number {
  return new Set(visits.map((v) => toLocalDate(v.visitedAt))).size;
}
