import { toLocalDate } from "@onedoor/shared/clock/index";

/** 已登记 → 已派单 → 办理中 → 已办结; 已并单 when merged into another dispute. */
export const DISPUTE_STATUSES = ["REGISTERED", "DISPATCHED", "IN_PROGRESS", "CLOSED", "MERGED"] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const SATISFACTIONS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** Why an action is refused, in both languages; `undefined` means it is allowed. */
export interface Refusal {
  code: string;
  messageEn: string;
  messageZh: string;
}

export interface LifecycleFacts {
  status: DisputeStatus;
  major: boolean;
  consultations: number;
  registeredAt: Date;
  evaluatedAt: Date | null;
}

const refuse = (code: string, messageEn: string, messageZh: string): Refusal => ({ code, messageEn, messageZh });
const isOpen = (s: DisputeStatus) => s === "REGISTERED" || s === "DISPATCHED" || s === "IN_PROGRESS";

/** 办理中: a dispatched dispute is in progress from the first step a department reports on it. */
export function statusAfterDepartmentStep(status: DisputeStatus): DisputeStatus {
  return status === "DISPATCHED" ? "IN_PROGRESS" : status;
}

/** A major or group dispute is dispatched only after a recorded joint consultation (会商研判). */
export function canDispatch(d: LifecycleFacts): Refusal | undefined {
  if (!isOpen(d.status))
    return refuse("NOT_OPEN", `A ${d.status} dispute cannot be dispatched`, "已办结或已并单的纠纷不能派单");
  if (d.major && d.consultations === 0) {
    return refuse(
      "CONSULTATION_REQUIRED",
      "A major dispute needs a joint consultation (3+X) before dispatch",
      "重大、群体性纠纷须先组织会商研判（3+X）再派单",
    );
  }
  return undefined;
}

export function canRecordConsultation(d: LifecycleFacts): Refusal | undefined {
  return isOpen(d.status)
    ? undefined
    : refuse("NOT_OPEN", "Only an open dispute can be consulted on", "只有未办结的纠纷可以会商研判");
}

/**
 * Closing needs an open dispute. On-the-spot closure (当场办结) is closure at the window on the day
 * of intake, before any dispatch.
 */
export function canClose(d: LifecycleFacts, onTheSpot: boolean, now: Date): Refusal | undefined {
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
  return undefined;
}

/** The party's evaluation comes after closure, once. */
export function canEvaluate(d: LifecycleFacts): Refusal | undefined {
  if (d.status !== "CLOSED")
    return refuse("NOT_CLOSED", "A dispute is evaluated only after closure", "办结后方可进行满意度评价");
  if (d.evaluatedAt)
    return refuse("ALREADY_EVALUATED", "This dispute has already been evaluated", "该纠纷已评价，不能重复评价");
  return undefined;
}

/** 回访 follows closure. */
export function canFollowUp(d: LifecycleFacts): Refusal | undefined {
  return d.status === "CLOSED"
    ? undefined
    : refuse("NOT_CLOSED", "Follow-up visits are made after closure", "办结后方可回访");
}

export function canRecordVisit(d: LifecycleFacts): Refusal | undefined {
  return d.status === "MERGED"
    ? refuse("MERGED", "Record visits on the dispute this one was merged into", "该纠纷已并单，请在主件上登记来访")
    : undefined;
}

/** Merging keeps both records; only open matters are merged, and never into themselves or a merged one. */
export function canMerge(
  from: LifecycleFacts & { code: string },
  into: LifecycleFacts & { code: string },
): Refusal | undefined {
  if (from.code === into.code)
    return refuse("SAME_DISPUTE", "A dispute cannot be merged into itself", "不能与自身并单");
  if (!isOpen(from.status)) return refuse("NOT_OPEN", "Only an open dispute can be merged", "只有未办结的纠纷可以并单");
  if (into.status === "MERGED")
    return refuse(
      "TARGET_MERGED",
      "Merge into the main dispute, not into a merged one",
      "不能并入已被并单的纠纷，请并入主件",
    );
  return undefined;
}

/** Runs (跑动次数): distinct China-time days with an in-person visit; several visits in one day are one trip. */
export function runCount(visits: readonly { visitedAt: Date }[]): number {
  return new Set(visits.map((v) => toLocalDate(v.visitedAt))).size;
}
