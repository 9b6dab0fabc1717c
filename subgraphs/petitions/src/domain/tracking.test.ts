import { describe, expect, it } from "vitest";
import { answerFloor, AttemptThrottle, NO_APPLICANTS, throttleKey, verificationMatches } from "./tracking.js";

const worker = { phone: "13857123456", residentId: "33012219850312451X", creditCode: null };
const company = { phone: null, residentId: null, creditCode: "91330122MA2H3K7P50" };

describe("verification by the last four characters", () => {
  it("accepts the last 4 of an applicant's phone, ID (x in any case) or credit code", () => {
    expect(verificationMatches("3456", [worker])).toBe(true);
    expect(verificationMatches("451x", [worker])).toBe(true);
    expect(verificationMatches("7P50", [company])).toBe(true);
  });

  it("refuses anything else, including partial or longer answers", () => {
    expect(verificationMatches("3457", [worker])).toBe(false);
    expect(verificationMatches("456", [worker])).toBe(false);
    expect(verificationMatches("123456", [worker])).toBe(false);
    expect(verificationMatches("3456", [])).toBe(false);
  });

  it("matches nothing for an unknown code's stand-in, nor a missing identifier", () => {
    for (const answer of ["####", "0000", "3456", "????"]) {
      expect(verificationMatches(answer, NO_APPLICANTS)).toBe(false);
      expect(verificationMatches(answer, [{ phone: null, residentId: null, creditCode: null }])).toBe(false);
    }
    expect(verificationMatches("3456", [company, worker])).toBe(true);
  });
});

describe("answer floor", () => {
  /** A simulated clock whose timers fire early by a fraction, as Node's can. */
  const earlyTimer = () => {
    let now = 1_000;
    const waits: number[] = [];
    return {
      waits,
      timer: {
        now: () => now,
        sleep: async (ms: number) => {
          waits.push(ms);
          now += ms - 0.2;
        },
      },
    };
  };

  it("waits out the rest of the floor, again if a timer fires early, and not at all once it has passed", async () => {
    const { waits, timer } = earlyTimer();
    const started = timer.now() - 12;
    await answerFloor(started, 30, timer);
    expect(timer.now() - started).toBeGreaterThanOrEqual(30);
    expect(waits).toEqual([18, 1]);

    waits.length = 0;
    await answerFloor(timer.now() - 1_000, 30, timer);
    expect(waits).toEqual([]);
  });
});

describe("attempt throttle", () => {
  it("counts per code and client address: another address's failures lock nobody else out", () => {
    const throttle = new AttemptThrottle(5, 1_000);
    for (let i = 0; i < 5; i++) throttle.fail(throttleKey("c", "203.0.113.9"), i);
    expect(throttle.isBlocked(throttleKey("c", "203.0.113.9"), 10)).toBe(true);
    expect(throttle.isBlocked(throttleKey("c", "198.51.100.7"), 10)).toBe(false);
    expect(throttle.isBlocked(throttleKey("c", undefined), 10)).toBe(false);
  });

  it("blocks a code after five failures in the window and forgets them afterwards", () => {
    const throttle = new AttemptThrottle(5, 1_000);
    for (let i = 0; i < 4; i++) throttle.fail("c", i);
    expect(throttle.isBlocked("c", 10)).toBe(false);
    throttle.fail("c", 10);
    expect(throttle.isBlocked("c", 11)).toBe(true);
    expect(throttle.isBlocked("other", 11)).toBe(false);
    expect(throttle.isBlocked("c", 1_005)).toBe(false);
  });

  it("counts attempts made at the same time before any is answered, and takes back a right answer", () => {
    const throttle = new AttemptThrottle(5, 1_000);
    const allowed = Array.from({ length: 20 }, () => throttle.attempt("c", 100)).filter(Boolean);
    expect(allowed).toHaveLength(5);
    expect(throttle.isBlocked("c", 101)).toBe(true);
    throttle.succeeded("c", 100);
    expect(throttle.isBlocked("c", 101)).toBe(false);
    expect(throttle.attempt("c", 101)).toBe(true);
    expect(throttle.attempt("c", 102)).toBe(false);
  });
});
