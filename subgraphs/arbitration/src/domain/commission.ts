// 劳动人事争议仲裁委员会: the department's commissions (仲裁委名录), their lifecycle and their case numbers (案号).
// Case number format used by the commissions: 桐劳人仲案字〔2026〕第87号 (prefix, year in 〔〕, 第n号).
import type { DirectoryBodies } from "@onedoor/shared/directory/bodies";
import { notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
import type { ArbitrationStatus, DirectoryStatus } from "../generated/prisma/enums.js";
import { OPEN_STATUSES } from "./case-machine.js";

/** A commission as its rules read it (the ArbitrationCommission row). */
export interface Commission {
  id: string;
  name: string;
  /** GB/T 2260 code of the area it serves (a county). */
  regionCode: string;
  /** 案号 prefix (字号), e.g. 桐劳人仲案字. Local: each commission chooses its own. */
  caseNumberPrefix: string;
  status: DirectoryStatus;
}

/** A commission's cases not yet decided: received and awaiting acceptance, or accepted and not closed. */
export const UNDECIDED_STATUSES: readonly ArbitrationStatus[] = ["RECEIVED", ...OPEN_STATUSES];

/** How the commissions are named in refusals; a commission with undecided cases does not retire. */
export const COMMISSIONS: DirectoryBodies = {
  named: (name) => ({ zh: `仲裁委员会${name}`, en: `The commission ${name}` }),
  openCasesEn: "undecided",
  openCasesRemedy: { zh: "办结", en: "decide them first" },
};

/** Why the commission may not receive a new application (null when it may): only an active one does. */
export function commissionRefusal(commission: Pick<Commission, "name" | "status">) {
  return notTakingNewMatters(commission.status, COMMISSIONS.named(commission.name));
}

export function formatCaseNumber(
  commission: Pick<Commission, "caseNumberPrefix">,
  year: number,
  sequence: number,
): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`Case sequence must be a whole number ≥ 1, got ${sequence}`);
  return `${commission.caseNumberPrefix}〔${year}〕第${sequence}号`;
}

/** The parts of a case number in the commissions' format, or undefined when it is not one. */
export function parseCaseNumber(caseNumber: string): { prefix: string; year: number; sequence: number } | undefined {
  const match = /^(.+字)〔(\d{4})〕第(\d+)号$/.exec(caseNumber);
  if (!match) return undefined;
  return { prefix: match[1]!, year: Number(match[2]), sequence: Number(match[3]) };
}
