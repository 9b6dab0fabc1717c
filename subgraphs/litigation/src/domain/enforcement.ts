// 执行: a confirmed mediation agreement or an effective judgment that was not performed is enforced
// by the court on a party's application (民事诉讼法 (2023) arts. 235–236).
import type { CaseStatus, Procedure } from "./procedures.js";
import { refuse, type Decision } from "./refusal.js";

/** Whether the obligor did what a confirmed agreement or judgment required. */
export type Performance = "PENDING" | "PERFORMED" | "ENFORCEMENT_APPLIED";

/** How an enforcement case ended (结案方式). */
export const ENFORCEMENT_OUTCOMES = ["FULLY_ENFORCED", "SETTLED", "TERMINATED_THIS_ROUND", "TERMINATED"] as const;
export type EnforcementOutcome = (typeof ENFORCEMENT_OUTCOMES)[number];

export interface EnforcementBasis {
  procedure: Procedure;
  status: CaseStatus;
  performance: Performance | null;
}

/**
 * Only an enforceable title (confirmed agreement, judgment) still awaiting performance can be enforced;
 * the same holds for recording that it was performed.
 */
export function checkEnforcementBasis(basis: EnforcementBasis): Decision<void> {
  const enforceable =
    (basis.procedure === "JUDICIAL_CONFIRMATION" && basis.status === "CONFIRMED") ||
    (basis.procedure === "FIRST_INSTANCE" && basis.status === "JUDGED");
  if (!enforceable) {
    return refuse({
      code: "NOT_ENFORCEABLE",
      field: ["input", "basisCaseId"],
      messageZh: "只有经司法确认的调解协议或已生效的判决可以申请执行",
      messageEn: "Only a judicially confirmed agreement or an effective judgment can be enforced",
    });
  }
  if (basis.performance === "PERFORMED") {
    return refuse({
      code: "ALREADY_PERFORMED",
      field: ["input", "basisCaseId"],
      messageZh: "该义务已履行完毕，无需申请执行",
      messageEn: "The obligation has been performed; there is nothing to enforce",
    });
  }
  if (basis.performance === "ENFORCEMENT_APPLIED") {
    return refuse({
      code: "ALREADY_IN_ENFORCEMENT",
      field: ["input", "basisCaseId"],
      messageZh: "已就该文书申请执行，不能重复立案",
      messageEn: "Enforcement has already been applied for on this title",
    });
  }
  return { ok: true, value: undefined };
}
