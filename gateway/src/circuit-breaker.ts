// One breaker per subgraph: after repeated failures the gateway stops waiting on a department that is
// down (fails its fields at once) and lets a single probe through now and then to notice recovery.

export type BreakerState = "closed" | "open" | "halfOpen";

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long it stays open before one probe is let through. */
  openMs: number;
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  private current: BreakerState = "closed";

  constructor(private readonly options: BreakerOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  get state(): BreakerState {
    return this.current;
  }

  /** Whether a request may go to the subgraph now. In half-open state only one probe at a time. */
  allow(): boolean {
    if (this.current === "open" && this.now() - this.openedAt >= this.options.openMs) {
      this.current = "halfOpen";
      this.probing = false;
    }
    if (this.current === "closed") return true;
    if (this.current === "halfOpen" && !this.probing) {
      this.probing = true;
      return true;
    }
    return false;
  }

  success(): void {
    this.failures = 0;
    this.probing = false;
    this.current = "closed";
  }

  failure(): void {
    this.failures++;
    this.probing = false;
    if (this.current === "halfOpen" || this.failures >= this.options.failureThreshold) {
      this.current = "open";
      this.openedAt = this.now();
    }
  }
}
