// 执行: a confirmed mediation agreement or an effective judgment that was not performed is enforced
// by the court on a party's application (民事诉讼法 (2023) arts. 235–236).
import type { Transition } from "@onedoor/shared/db/write-path";
import type { CourtCaseStatus, Performance } from "../generated/prisma/enums.js";
import type { CaseState } from "./procedures.js";

export interface EnforcementBasis extends CaseState {
  performance: Performance | null;
}

/**
 * Only an enforceable title (confirmed agreement, judgment) still awaiting performance can be enforced;
 * the same holds for recording that it was performed. Either leaves the title in its status: only its
 * performance changes. A confirmed agreement the committee found performed at its follow-up (relayed by the
 * registry) is performed for the court too: one fact, whichever body recorded it.
 */
export function checkEnforcementBasis(
  basis: EnforcementBasis,
  performedPerCommittee = false,
): Transition<CourtCaseStatus> {
  const enforceable =
    (basis.procedure === "JUDICIAL_CONFIRMATION" && basis.status === "CONFIRMED") ||
    (basis.procedure === "FIRST_INSTANCE" && basis.status === "JUDGED");
  if (!enforceable) {
    return {
      ok: false,
      reason: "NOT_ENFORCEABLE",
      messageZh: "只有经司法确认的调解协议或已生效的判决可以申请执行",
      messageEn: "Only a judicially confirmed agreement or an effective judgment can be enforced",
    };
  }
  if (basis.procedure === "JUDICIAL_CONFIRMATION" && basis.performance === "PENDING" && performedPerCommittee) {
    return {
      ok: false,
      reason: "ALREADY_PERFORMED",
      messageZh: "调解组织回访已确认该协议履行完毕，无需申请执行",
      messageEn: "The mediation committee found this agreement performed at its follow-up; there is nothing to enforce",
    };
  }
  if (basis.performance === "PERFORMED") {
    return {
      ok: false,
      reason: "ALREADY_PERFORMED",
      messageZh: "该义务已履行完毕，无需申请执行",
      messageEn: "The obligation has been performed; there is nothing to enforce",
    };
  }
  if (basis.performance === "ENFORCEMENT_APPLIED") {
    return {
      ok: false,
      reason: "ALREADY_IN_ENFORCEMENT",
      messageZh: "已就该文书申请执行，不能重复立案",
      messageEn: "Enforcement has already been applied for on this title",
    };
  }
  return { ok: true, status: basis.status };
}
