// 更正/撤销登记: a department voids one of its own recorded steps (an acceptance made in error, 误受理) instead
// of covering it with a false one (a withdrawal nobody asked for). The void is a step of its own through the
// department's write path: the rule here says whether the step may still be voided, the record takes its
// department's voided status, one STEP_VOIDED event names the event it voids, and the audit keeps who and why.
// The registry's timeline then marks the voided entry (who, when, why) and shows the void as a correction.
import type { Transition } from "../db/write-path.js";
import type { InputProblems } from "../graphql/errors.js";
import type { CaseEventType } from "./case-event-types.js";

/** Why a step is voided: a closed set, so the resident's timeline says it in a word and never in staff's free text. */
export const VOID_REASONS = ["ACCEPTED_IN_ERROR", "RECORDED_IN_ERROR", "DUPLICATE"] as const;
export type VoidReason = (typeof VOID_REASONS)[number];

export const VOID_REASON_ZH: Record<VoidReason, string> = {
  ACCEPTED_IN_ERROR: "误受理",
  RECORDED_IN_ERROR: "误录入",
  DUPLICATE: "重复登记",
};

/** The department's own account of the error: required, kept with its record and never put on the timeline. */
export const VOID_EXPLANATION_MAX = 500;

export function voidExplanation(problems: InputProblems, field: (string | number)[], value: string): string {
  return problems.text(field, value, { zh: "更正说明", en: "Explanation" }, VOID_EXPLANATION_MAX, { multiline: true });
}

/** The department's outbox, read for the event a void names (every generated client's fits). */
export interface ReportedStepStore {
  outboxEvent: {
    findFirst(args: {
      where: { recordId: string; type: string };
      orderBy: { sequence: "desc" };
      select: { id: true };
    }): PromiseLike<{ id: string } | null>;
  };
}

/** The id of the latest event of `type` the department reported about a record, or null when it reported none. */
export async function reportedEventId(
  outbox: ReportedStepStore,
  recordId: string,
  type: CaseEventType,
): Promise<string | null> {
  const found = await outbox.outboxEvent.findFirst({
    where: { recordId, type },
    orderBy: { sequence: "desc" },
    select: { id: true },
  });
  return found?.id ?? null;
}

/** What the rule needs to know of the record and of the step to void. */
export interface VoidFacts<Status extends string> {
  status: Status;
  /** The statuses in which the step is still the record's last: e.g. only ACCEPTED for an acceptance. */
  voidableIn: readonly Status[];
  /** Steps recorded on the record after the one to void: anything else done on it must be undone first. */
  laterSteps: number;
  /** The event the step reported, which the void names; null when there is none to void. */
  reportedEventId: string | null;
  /** False for a record on no dispute (a legal aid application alone): it reports nothing, so names nothing. */
  reportsToRegistry?: boolean;
  /** The step, in Chinese, for the refusal (受理). */
  stepZh: string;
}

const refuse = (reason: string, messageEn: string, messageZh: string) =>
  ({ ok: false, reason, messageEn, messageZh }) as const;

/** May the step be voided now, and into which status the record goes. */
export function checkVoid<Status extends string>(facts: VoidFacts<Status>, into: Status): Transition<Status> {
  if (!facts.voidableIn.includes(facts.status))
    return refuse(
      "NOT_VOIDABLE",
      `The step can no longer be voided: the record is ${facts.status}`,
      `记录当前状态下不能撤销${facts.stepZh}`,
    );
  if (facts.laterSteps > 0)
    return refuse(
      "LATER_STEPS",
      "Other steps were recorded after this one; only the last step of a record can be voided",
      `${facts.stepZh}之后已有其他办理记录，不能撤销${facts.stepZh}`,
    );
  if (facts.reportsToRegistry !== false && !facts.reportedEventId)
    return refuse("NOTHING_TO_VOID", "The step reported no event to void", `未找到${facts.stepZh}的登记记录，无法撤销`);
  return { ok: true, status: into };
}

/** The correction as the department reports it: the registry reads `data` to mark the voided entry. */
export interface VoidEventDraft {
  type: "STEP_VOIDED";
  summary: string;
  data: { voidedEventId: string; voidedType: CaseEventType; reason: VoidReason; body: string };
}

/** 更正: names the body that voided its step, the step and the reason in a word; no person, no free text. */
export function voidEvent(
  voided: { eventId: string; type: CaseEventType; stepZh: string },
  body: string,
  reason: VoidReason,
): VoidEventDraft {
  return {
    type: "STEP_VOIDED",
    summary: `更正：${body}撤销此前的${voided.stepZh}登记（${VOID_REASON_ZH[reason]}）`,
    data: { voidedEventId: voided.eventId, voidedType: voided.type, reason, body },
  };
}

/** A correction's data as the registry receives it, or null when the event is not a well-formed void. */
export function voidOf(event: {
  type: string;
  data?: Record<string, unknown> | null;
}): { voidedEventId: string; reason: VoidReason; body: string } | null {
  if (event.type !== "STEP_VOIDED" || !event.data) return null;
  const { voidedEventId, reason, body } = event.data;
  if (typeof voidedEventId !== "string" || typeof body !== "string") return null;
  if (!VOID_REASONS.includes(reason as VoidReason)) return null;
  return { voidedEventId, reason: reason as VoidReason, body };
}
