// 劳动人事争议仲裁委员会 resident in the centers, and their case numbers (案号).
// Case number format used by the commissions: 桐劳人仲案字〔2026〕第87号 (prefix, year in 〔〕, 第n号).

export interface Commission {
  /** County-level region code (GB/T 2260). */
  region: string;
  name: string;
  /** 案号 prefix (字号), e.g. 桐劳人仲案字. Local: each commission chooses its own. */
  caseNumberPrefix: string;
}

export const COMMISSIONS: readonly Commission[] = [
  { region: "330122", name: "桐庐县劳动人事争议仲裁委员会", caseNumberPrefix: "桐劳人仲案字" },
  { region: "330903", name: "舟山市普陀区劳动人事争议仲裁委员会", caseNumberPrefix: "普劳人仲案字" },
];

export function commissionFor(region: string): Commission | undefined {
  return COMMISSIONS.find((c) => c.region === region);
}

export function formatCaseNumber(commission: Commission, year: number, sequence: number): string {
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
