// Retries to a department are limited to a share of its recent requests. When a department fails for
// everyone, per-request retries alone would triple the load on it just as it struggles; with a budget,
// a few failures are retried and a general outage is not (the circuit breaker then takes over).
export class RetryBudget {
  private tokens: number;

  /**
   * @param ratio retries allowed per request sent (0.2: at most one retry for five requests)
   * @param reserve retries allowed before any request has earned them, and the most ever saved up
   */
  constructor(
    private readonly ratio = 0.2,
    private readonly reserve = 10,
  ) {
    this.tokens = reserve;
  }

  /** A first attempt was sent. */
  requested(): void {
    this.tokens = Math.min(this.reserve, this.tokens + this.ratio);
  }

  /** Whether one more retry fits the budget; if so, it is spent. */
  spend(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
