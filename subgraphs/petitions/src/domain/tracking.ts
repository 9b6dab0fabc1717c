// Tracking by code (扫码/输码查进度) for residents: the 解纷码 plus the last four characters of a
// party's phone or ID number. A wrong answer looks exactly like an unknown code, and guessing is throttled.

export interface PartyIdentifiers {
  phone: string | null;
  residentId: string | null;
  creditCode: string | null;
}

/** True when `verification` is the last 4 characters of any applicant's phone, ID number or credit code. */
export function verificationMatches(verification: string, applicants: readonly PartyIdentifiers[]): boolean {
  const answer = verification.trim().toUpperCase();
  if (!/^[0-9A-Z]{4}$/.test(answer)) return false;
  return applicants.some((party) =>
    [party.phone?.replace(/\D/g, ""), party.residentId, party.creditCode].some(
      (value) => value && value.toUpperCase().endsWith(answer),
    ),
  );
}

/**
 * Failed attempts per code in a sliding window. Counted for unknown codes too, so the throttle itself
 * tells nothing about whether a code exists. In memory: one registry process (several would share Redis).
 */
export class AttemptThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
  ) {}

  isBlocked(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length >= this.maxFailures;
  }

  fail(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  /**
   * Counts an attempt as failed before it is checked, so attempts running at the same time cannot all pass
   * a throttle none of them has reached yet; false (and nothing counted) when the key is blocked.
   */
  attempt(key: string, now = Date.now()): boolean {
    if (this.isBlocked(key, now)) return false;
    this.fail(key, now);
    return true;
  }

  /** A right answer takes back the failure its attempt counted. */
  succeeded(key: string, at: number): void {
    const kept = this.failures.get(key);
    const index = kept?.lastIndexOf(at) ?? -1;
    if (index >= 0) kept!.splice(index, 1);
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }
}
