import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuit-breaker.js";

function breaker() {
  let now = 0;
  const b = new CircuitBreaker({ failureThreshold: 3, openMs: 1_000, now: () => now });
  return { b, advance: (ms: number) => (now += ms) };
}

describe("circuit breaker", () => {
  it("stays closed below the failure threshold and resets on success", () => {
    const { b } = breaker();
    b.failure();
    b.failure();
    b.success();
    b.failure();
    b.failure();
    expect(b.state).toBe("closed");
    expect(b.allow()).toBe(true);
  });

  it("opens after consecutive failures and fails fast while open", () => {
    const { b, advance } = breaker();
    b.failure();
    b.failure();
    b.failure();
    expect(b.state).toBe("open");
    expect(b.allow()).toBe(false);
    advance(999);
    expect(b.allow()).toBe(false);
  });

  it("lets exactly one probe through after the open period; success closes it", () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    advance(1_000);
    expect(b.allow()).toBe(true);
    expect(b.state).toBe("halfOpen");
    expect(b.allow()).toBe(false); // second concurrent request waits for the probe's verdict
    b.success();
    expect(b.state).toBe("closed");
    expect(b.allow()).toBe(true);
  });

  it("reopens at once when the probe fails", () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    advance(1_000);
    expect(b.allow()).toBe(true);
    b.failure();
    expect(b.state).toBe("open");
    expect(b.allow()).toBe(false);
    advance(1_000);
    expect(b.allow()).toBe(true);
  });
});
