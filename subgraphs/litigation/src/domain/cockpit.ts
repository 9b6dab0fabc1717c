// The court's section of the data cockpit (数据驾驶舱): which records a scope covers and how the counts of
// those records (grouped by procedure, status and online) become the section's figures. Every figure is a
// count of court cases, so each can be recomputed by hand from the case list.
import { countyPrefix } from "@onedoor/shared/cockpit/scope";
import { CourtProcedure, type CourtCaseStatus } from "../generated/prisma/enums.js";

/** One group of court cases filed in the scope, as the data layer counts them. */
export interface CaseGroup {
  procedure: CourtProcedure;
  status: CourtCaseStatus;
  online: boolean;
  count: number;
}

export interface CourtFigures {
  /** 诉前调解成功: pre-filing mediations that ended in an agreement. */
  resolvedBeforeFiling: number;
  /** 立案: first-instance cases filed (民初). */
  filed: number;
  confirmationsApplied: number;
  confirmationsConfirmed: number;
  /** 不予受理 + 裁定驳回申请. */
  confirmationsRefused: number;
  enforcementsApplied: number;
  enforcementsConcluded: number;
  onlineCases: number;
  cases: number;
  byProcedure: { label: CourtProcedure; count: number }[];
}

const ORDER = Object.values(CourtProcedure);

/** Folds the grouped counts (a few dozen groups at most, never one row per case) into the section's figures. */
export function courtFigures(groups: readonly CaseGroup[]): CourtFigures {
  // A filing voided as recorded in error (更正) was never a case: it counts nowhere.
  const standing = groups.filter((g) => g.status !== "VOIDED");
  const sum = (keep: (g: CaseGroup) => boolean) => standing.filter(keep).reduce((total, g) => total + g.count, 0);
  const of = (procedure: CourtProcedure, statuses?: CourtCaseStatus[]) =>
    sum((g) => g.procedure === procedure && (!statuses || statuses.includes(g.status)));
  return {
    resolvedBeforeFiling: of("PRE_FILING_MEDIATION", ["RESOLVED"]),
    filed: of("FIRST_INSTANCE"),
    confirmationsApplied: of("JUDICIAL_CONFIRMATION"),
    confirmationsConfirmed: of("JUDICIAL_CONFIRMATION", ["CONFIRMED"]),
    confirmationsRefused: of("JUDICIAL_CONFIRMATION", ["NOT_ACCEPTED", "REJECTED"]),
    enforcementsApplied: of("ENFORCEMENT"),
    enforcementsConcluded: of("ENFORCEMENT", ["CONCLUDED"]),
    onlineCases: sum((g) => g.online),
    cases: sum(() => true),
    byProcedure: ORDER.map((label) => ({ label, count: of(label) })),
  };
}

/**
 * The dispute codes a scope's region selects: those whose county (the first 6 digits of the 解纷码) lies in
 * it, a prefecture or province selecting the counties under it. Court cases carry no town or village, so a 9-
 * or 12-digit region falls back to its county. Codes are digits only, so the prefix is also the range
 * [prefix, prefix + 1), which an index on the code can serve.
 */
export function disputeCodeSelection(
  regionCode: string | null,
): { startsWith: string; gte: string; lt: string } | null {
  const prefix = countyPrefix(regionCode);
  if (!prefix) return null;
  return { startsWith: prefix, gte: prefix, lt: String(Number(prefix) + 1).padStart(prefix.length, "0") };
}

/** What the section could not narrow down for this scope, in words; null when it answers the scope exactly. */
export function scopeNote(scope: { regionCode: string | null; category: string | null }): string | null {
  const notes: string[] = [];
  if (scope.category)
    notes.push("类别筛选仅适用于综合受理与总体指标 / category applies to intake and overall measures only");
  if (scope.regionCode && scope.regionCode.length > 6) {
    notes.push(
      "法院案件仅按县（市、区）统计，乡镇、村社筛选按所属县计 / court cases are counted by county only: a town or village selects its county",
    );
  }
  return notes.length ? notes.join("; ") : null;
}

const BY_FILING = "按案件登记（立案）日期计入期间 / by the date the case was registered (filedAt)";

/** Each measure's formula in words (Chinese and English), as the schema and the README state it. */
export const COURT_FORMULAS = {
  preFilingResolutionRate: `诉前化解率 = 诉前调解成功件数 ÷（诉前调解成功件数 + 民事一审立案件数）；${BY_FILING} / pre-filing resolution rate = pre-filing mediations resolved with an agreement / (those + first-instance cases filed)`,
  confirmationsApplied: `司法确认申请件数 = 登记的司法确认（民特）案件数；${BY_FILING} / judicial confirmation applications = judicial confirmation cases registered`,
  confirmationsConfirmed: `司法确认有效件数 = 其中裁定确认调解协议有效的件数；${BY_FILING} / confirmed = those ruled valid`,
  confirmationsRefused: `司法确认未获确认件数 = 其中不予受理 + 裁定驳回申请的件数；${BY_FILING} / refused = those not accepted or rejected by ruling`,
  confirmationRate: `司法确认率 = 确认有效件数 ÷（确认有效 + 不予受理 + 驳回申请件数），审查中案件不计；${BY_FILING} / confirmation rate = confirmed / (confirmed + refused), applications still pending excluded`,
  enforcementsApplied: `执行申请件数 = 登记的执行（执）案件数；${BY_FILING} / enforcement applications = enforcement cases registered`,
  enforcementsConcluded: `执行结案件数 = 其中已执行结案的件数；${BY_FILING} / enforcements concluded = those concluded`,
  onlineShare: `线上办理占比（零跑腿）= 线上办理的法院案件数 ÷ 法院案件总数（诉前调解、民初、民特、执）；${BY_FILING} / online share (zero-run) = court cases handled online / court cases of all four procedures`,
} as const;
