// 预警 records: what the detectors found, kept as alerts with a status and who handled them, so the
// command center works a list instead of re-reading a computed report. Thresholds are local policy.
import type { Transition } from "@onedoor/shared/db/write-path";
import type { AlertKind, AlertStatus } from "../generated/prisma/enums.js";
import type { Surge } from "./early-warning.js";

export const ALERT_POLICY = {
  version: "2026.1",
  /** 重复诉求: the same party brings this many disputes within the window (merged duplicates count). */
  repeated: { windowDays: 90, minimumDisputes: 3 },
  /** 群体性纠纷: an open dispute involving at least this many people. */
  group: { minimumPeople: 5 },
} as const;
export type AlertPolicy = typeof ALERT_POLICY;

/** An alert as a detector proposes it; `key` identifies the matter so a re-run refreshes instead of repeating. */
export interface AlertCandidate {
  kind: AlertKind;
  key: string;
  summary: string;
  /** The figure the alert is about (complaints, disputes, people, days left). */
  count: number;
  baseline: number | null;
  disputeCodes: string[];
}

export interface PartyDispute {
  partyId: string;
  code: string;
  registeredAt: Date;
}

/** Parties with repeated disputes in the window ending at `asOf` (one alert per party). */
export function repeatedPetitionAlerts(
  rows: readonly PartyDispute[],
  asOf: Date,
  policy: AlertPolicy = ALERT_POLICY,
): AlertCandidate[] {
  const since = asOf.getTime() - policy.repeated.windowDays * 86_400_000;
  const byParty = new Map<string, Set<string>>();
  for (const row of rows) {
    const at = row.registeredAt.getTime();
    if (at <= since || at > asOf.getTime()) continue;
    const codes = byParty.get(row.partyId) ?? new Set<string>();
    codes.add(row.code);
    byParty.set(row.partyId, codes);
  }
  return [...byParty]
    .filter(([, codes]) => codes.size >= policy.repeated.minimumDisputes)
    .map(([partyId, codes]) => ({
      kind: "REPEATED_PETITION" as const,
      key: `REPEATED_PETITION|${partyId}`,
      summary: `同一当事人${policy.repeated.windowDays}日内反映${codes.size}件纠纷，请核查是否重复诉求并单处理`,
      count: codes.size,
      baseline: null,
      disputeCodes: [...codes].sort(),
    }));
}

export interface OpenDispute {
  code: string;
  title: string;
  peopleInvolved: number;
}

export function groupDisputeAlerts(
  disputes: readonly OpenDispute[],
  policy: AlertPolicy = ALERT_POLICY,
): AlertCandidate[] {
  return disputes
    .filter((d) => d.peopleInvolved >= policy.group.minimumPeople)
    .map((d) => ({
      kind: "GROUP_DISPUTE" as const,
      key: `GROUP_DISPUTE|${d.code}`,
      summary: `群体性纠纷：「${d.title}」涉及${d.peopleInvolved}人，请启动会商研判`,
      count: d.peopleInvolved,
      baseline: null,
      disputeCodes: [d.code],
    }));
}

export interface ClockOnDispute {
  code: string;
  title: string;
  clockKind: string;
  remainingDays: number;
}

/** Chinese names of the clocks a due-soon alert can be about. */
const CLOCK_NAMES: Record<string, string> = {
  centerServiceSimple: "中心办理时限（简易）",
  centerServiceOrdinary: "中心办理时限（一般）",
  centerServiceComplex: "中心办理时限（复杂）",
  peopleMediation: "人民调解期限",
};

/** Clocks in their due-soon band (the clock engine decides the band): one alert per dispute and clock. */
export function dueSoonAlerts(clocks: readonly ClockOnDispute[]): AlertCandidate[] {
  return clocks.map((c) => ({
    kind: "DUE_SOON" as const,
    key: `DUE_SOON|${c.code}|${c.clockKind}`,
    summary: `「${c.title}」${CLOCK_NAMES[c.clockKind] ?? c.clockKind}${c.remainingDays === 0 ? "今日届满" : `还剩${c.remainingDays}日届满`}`,
    count: c.remainingDays,
    baseline: null,
    disputeCodes: [c.code],
  }));
}

export function surgeAlerts(surges: readonly Surge[], windowStart: string): AlertCandidate[] {
  return surges.map((s) => ({
    kind: "SURGE" as const,
    // One alert per group and window start: a surge that persists is the same alert, refreshed.
    key: `SURGE|${s.dimension}|${s.key}|${windowStart}`,
    summary: `「${s.label}」投诉${s.count}件，为去年同期${s.baseline}件的${s.ratio.toFixed(1)}倍`,
    count: s.count,
    baseline: s.baseline,
    disputeCodes: [],
  }));
}

/** The parts of a stored alert that name disputes or people, and what an aggregate view replaces. */
export interface AlertDetails {
  kind: AlertKind;
  summary: string;
  count: number;
  disputeCodes: string[];
  acknowledgedBy: string | null;
  handledBy: string | null;
  handlingNote: string | null;
}

/**
 * An alert as an aggregate role (the cockpit viewer, 领导驾驶舱) sees it: kind, status, figures and dates,
 * never the dispute codes, a dispute's title, who worked it or the handling note. A surge's summary stays:
 * it names a group and its counts, as the early-warning report does for the same role.
 */
export function aggregateView<T extends AlertDetails>(alert: T): T {
  const summaries: Record<AlertKind, (count: number) => string> = {
    SURGE: () => alert.summary,
    REPEATED_PETITION: (n) => `重复诉求：同一当事人反映${n}件纠纷`,
    GROUP_DISPUTE: (n) => `群体性纠纷：一件纠纷涉及${n}人`,
    DUE_SOON: (n) => `即将超期：一件纠纷的办理时限${n === 0 ? "今日届满" : `还剩${n}日届满`}`,
  };
  return {
    ...alert,
    summary: summaries[alert.kind](alert.count),
    disputeCodes: [],
    acknowledgedBy: null,
    handledBy: null,
    handlingNote: null,
  };
}

/**
 * Whether an alert concerns the counties starting with `countyPrefix` (a county commander's, a province
 * leader's): one of the disputes behind it is registered there (a 解纷码 begins with its county).
 */
export function alertInRegion(disputeCodes: readonly string[], countyPrefix: string | undefined): boolean {
  return countyPrefix === undefined || disputeCodes.some((code) => code.startsWith(countyPrefix));
}

/**
 * An alert as a caller confined to a region sees it: the evidence from their region only (a repeated party
 * or a surge may span counties; the figures stay those of the whole matter).
 */
export function regionalView<T extends { disputeCodes: string[] }>(alert: T, countyPrefix: string | undefined): T {
  if (countyPrefix === undefined) return alert;
  return { ...alert, disputeCodes: alert.disputeCodes.filter((code) => code.startsWith(countyPrefix)) };
}

export interface StoredAlert {
  key: string;
  status: AlertStatus;
  count: number;
}

export interface AlertPlan {
  create: AlertCandidate[];
  /** Open alerts whose evidence changed. */
  refresh: AlertCandidate[];
}

/**
 * What a detection run changes: new matters become NEW alerts; open alerts get fresh evidence; a handled
 * matter is raised again only when it has grown beyond what was handled (more complaints, more people).
 */
export function planAlerts(existing: readonly StoredAlert[], candidates: readonly AlertCandidate[]): AlertPlan {
  const latest = new Map<string, StoredAlert>();
  for (const alert of existing) {
    const seen = latest.get(alert.key);
    if (!seen || (seen.status === "HANDLED" && alert.status !== "HANDLED")) latest.set(alert.key, alert);
  }
  const plan: AlertPlan = { create: [], refresh: [] };
  for (const candidate of candidates) {
    const stored = latest.get(candidate.key);
    if (!stored) plan.create.push(candidate);
    else if (stored.status !== "HANDLED") {
      if (stored.count !== candidate.count) plan.refresh.push(candidate);
    } else if (candidate.kind !== "DUE_SOON" && candidate.count > stored.count) plan.create.push(candidate);
  }
  return plan;
}

export type AlertAction = "ACKNOWLEDGE" | "HANDLE";

/** NEW → ACKNOWLEDGED → HANDLED; handling may skip acknowledging, nothing goes back. */
export function alertStep(status: AlertStatus, action: AlertAction): Transition<AlertStatus> {
  if (action === "ACKNOWLEDGE" && status !== "NEW")
    return {
      ok: false,
      reason: "ALREADY_ACKNOWLEDGED",
      messageEn: `An alert that is ${status} cannot be acknowledged again`,
      messageZh: "该预警已签收或已处置",
    };
  if (action === "HANDLE" && status === "HANDLED")
    return {
      ok: false,
      reason: "ALREADY_HANDLED",
      messageEn: "An alert that is HANDLED cannot be handled again",
      messageZh: "该预警已处置",
    };
  return { ok: true, status: action === "ACKNOWLEDGE" ? "ACKNOWLEDGED" : "HANDLED" };
}
