// 调解协议: amounts, signatures and performance (履行) as found by follow-up visits (回访).
import { FollowUpStatus } from "../generated/prisma/enums.js";

/** 履行情况: what the latest follow-up found, or DUE before any (computed, never stored). */
export const PerformanceStatus = { DUE: "DUE", ...FollowUpStatus } as const;
export type PerformanceStatus = (typeof PerformanceStatus)[keyof typeof PerformanceStatus];

export type Check<T> = { ok: true; value: T } | { ok: false; messageEn: string; messageZh: string };

type Refusal = { ok: false; reason: string; messageEn: string; messageZh: string };

/** Yuan with at most two decimals, > 0 and within Decimal(14,2); returns the canonical "1234.50". */
export function parseAmount(input: string): Check<string> {
  const text = input.normalize("NFKC").replace(/[,\s]/g, "");
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match)
    return {
      ok: false,
      messageEn: "An amount is yuan with at most two decimals, e.g. 21000.00",
      messageZh: "金额应为以元为单位、最多两位小数的数字，如 21000.00",
    };
  const value = `${BigInt(match[1]!)}.${(match[2] ?? "").padEnd(2, "0")}`;
  if (/^0\.00$/.test(value))
    return { ok: false, messageEn: "An amount must be greater than zero", messageZh: "金额必须大于零" };
  return { ok: true, value };
}

/** The canonical amount of input already accepted by `agreementProblems`; a RangeError means it was skipped. */
export function canonicalAmount(input: string): string {
  const amount = parseAmount(input);
  if (!amount.ok) throw new RangeError(`Amount "${input}" was not validated: ${amount.messageEn}`);
  return amount.value;
}

/** Exact sum of canonical yuan amounts ("1234.50"), in whole fen as BigInt so Decimal(14,2) sums never round. */
export function totalYuan(amounts: readonly string[]): string {
  const fen = amounts.reduce((sum, amount) => sum + BigInt(amount.replace(".", "")), 0n);
  return `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
}

/** Where performance stands: the latest follow-up, or DUE while nobody has checked yet. */
export function performanceStatus(
  followUps: readonly { status: FollowUpStatus; at: Date }[],
  performedAtCourt?: Date,
): PerformanceStatus {
  // The court's record that the confirmed agreement was performed (relayed by the registry) is the same fact as
  // the committee's own follow-up finding it performed: one agreement, one performance.
  const court = performedAtCourt ? [{ status: "PERFORMED" as const, at: performedAtCourt }] : [];
  const latest = [...followUps, ...court].sort((a, b) => a.at.getTime() - b.at.getTime()).at(-1);
  return latest?.status ?? "DUE";
}

/** A performed agreement is done: later follow-ups would rewrite history. */
export function checkFollowUp(current: PerformanceStatus, signedAt: Date, at: Date): { ok: true } | Refusal {
  if (current === "PERFORMED")
    return {
      ok: false,
      reason: "ALREADY_PERFORMED",
      messageEn: "The agreement has already been performed",
      messageZh: "调解协议已履行完毕，不能再记录回访结果",
    };
  if (at < signedAt)
    return {
      ok: false,
      reason: "BEFORE_SIGNING",
      messageEn: "A follow-up cannot precede the signing",
      messageZh: "回访时间不能早于协议签订时间",
    };
  return { ok: true };
}

/**
 * A party may take an agreement not performed to court: judicial confirmation (司法确认), then
 * enforcement (强制执行). Partly performed counts once the performance deadline has passed.
 */
export function eligibleForJudicialRemedy(status: PerformanceStatus, performanceDeadline: Date, now: Date): boolean {
  if (status === "NOT_PERFORMED") return true;
  return status === "PARTLY_PERFORMED" && now > performanceDeadline;
}

export interface ObligationDraft {
  payer: string;
  payee: string;
  amount: string;
}

export interface AgreementDraft {
  signatories: readonly string[];
  signedAt: Date;
  performanceDeadline: Date;
  obligations: readonly ObligationDraft[];
}

export interface AgreementProblem {
  field: (string | number)[];
  messageEn: string;
  messageZh: string;
}

/** Rules of form (each text field's length is checked by the resolver): every party signs, no one pays themselves. */
export function agreementProblems(draft: AgreementDraft): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  const names = draft.signatories.map((s) => s.trim());
  if (new Set(names).size < 2) {
    problems.push({
      field: ["signatories"],
      messageEn: "An agreement needs the signatures of at least two parties",
      messageZh: "调解协议须由双方（各方）当事人签名",
    });
  } else if (new Set(names).size !== names.length) {
    problems.push({ field: ["signatories"], messageEn: "A party signs once", messageZh: "当事人签名重复" });
  }
  if (draft.performanceDeadline < draft.signedAt) {
    problems.push({
      field: ["performanceDeadline"],
      messageEn: "The performance deadline cannot precede the signing",
      messageZh: "履行期限不能早于协议签订时间",
    });
  }
  draft.obligations.forEach((o, i) => {
    if (o.payer.trim() === o.payee.trim()) {
      problems.push({
        field: ["obligations", i, "payee"],
        messageEn: "Payer and payee must differ",
        messageZh: "付款方与收款方不能相同",
      });
    }
    const amount = parseAmount(o.amount);
    if (!amount.ok)
      problems.push({ field: ["obligations", i, "amount"], messageEn: amount.messageEn, messageZh: amount.messageZh });
  });
  return problems;
}
