/**
 * CONFIGURATION (local): when a dispute counts as major / group (重大、群体性纠纷) and when a new
 * registration looks like a repeat of an earlier one. Versioned so a recorded decision can be traced.
 */
export interface IntakePolicy {
  version: string;
  /** Group dispute: this many people involved or more. */
  majorMinPeople: number;
  /** Major dispute: this amount in yuan or more. */
  majorMinAmountYuan: number;
  /** Possible duplicate: same party, respondent and category registered within this many days. */
  duplicateWindowDays: number;
}

export const INTAKE_POLICY: IntakePolicy = {
  version: "TL-2026.1",
  majorMinPeople: 5,
  majorMinAmountYuan: 1_000_000,
  duplicateWindowDays: 90,
};

/** 重大/群体性: many people, or a large amount (amount as a decimal string of yuan). */
export function isMajor(
  peopleInvolved: number,
  amountYuan: string | null,
  policy: IntakePolicy = INTAKE_POLICY,
): boolean {
  if (peopleInvolved >= policy.majorMinPeople) return true;
  return amountYuan !== null && Number(amountYuan) >= policy.majorMinAmountYuan;
}
