// Tracking by code (扫码/输码查进度) for residents: the 解纷码 plus the last four characters of a
// party's phone or ID number. A wrong answer looks exactly like an unknown code, takes as long, and guessing
// is throttled.
import { timingSafeEqual } from "node:crypto";

export interface PartyIdentifiers {
  phone: string | null;
  residentId: string | null;
  creditCode: string | null;
}

/**
 * True when `verification` is the last 4 characters of any applicant's phone, ID number or credit code. Every
 * identifier is compared, each in constant time, whatever matched first: how long it takes says nothing about
 * which one matched or how close a guess came.
 */
export function verificationMatches(verification: string, applicants: readonly PartyIdentifiers[]): boolean {
  const answer = verification.trim().toUpperCase();
  const wellFormed = /^[0-9A-Z]{4}$/.test(answer);
  const given = Buffer.from(wellFormed ? answer : "????");
  let matched = false;
  for (const party of applicants)
    for (const value of [party.phone?.replace(/\D/g, ""), party.residentId, party.creditCode]) {
      // A missing identifier is "####", which no answer is; the comparison runs first, never skipped.
      const tail = Buffer.from((value ?? "").toUpperCase().slice(-4).padStart(4, "#"));
      const same = tail.length === given.length && timingSafeEqual(tail, given);
      matched = same || matched;
    }
  return wellFormed && matched;
}

/**
 * Stands in for a dispute's applicants when a code is unknown, so an unknown code costs the same comparisons
 * as a known one; no answer matches it ("#" is not a character a verification may hold).
 */
export const NO_APPLICANTS: readonly PartyIdentifiers[] = [
  { phone: "###########", residentId: "##################", creditCode: null },
];

/** Failed guesses count per code and client address: a stranger's failures never lock out the resident's device. */
export const throttleKey = (code: string, address: string | undefined): string => `${code} ${address ?? "-"}`;

/**
 * The least time an answer takes, from the moment the code was read: a lookup that finds a dispute and one
 * that does not end at the same moment, unless the work itself took longer (a machine under load).
 */
export const ANSWER_FLOOR_MS = 60;

/** What the floor waits with: the real monotonic clock in service, a simulated one in tests. */
export interface FloorTimer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realTimer: FloorTimer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Resolves once `floorMs` have passed since `startedAt` (a `timer.now()` reading), at once when that moment has
 * passed. It waits again if a timer fires early, which Node's millisecond timers can do by a fraction.
 */
export async function answerFloor(startedAt: number, floorMs = ANSWER_FLOOR_MS, timer = realTimer): Promise<void> {
  const deadline = startedAt + floorMs;
  for (let left = deadline - timer.now(); left > 0; left = deadline - timer.now()) {
    await timer.sleep(Math.ceil(left));
  }
}

/**
 * Failed attempts per key (a code and a client address) in a sliding window. Counted for unknown codes too,
 * so the throttle itself tells nothing about whether a code exists. In memory: one registry process (several would share Redis).
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
