// One subscription's results as an async generator both transports consume. Written by hand rather than
// with `async function*`: a generator parked on `await` cannot be ended from outside until its next value
// arrives, and a client going away must release the subscription at once.

export class LiveStream<T> implements AsyncGenerator<T, undefined, unknown> {
  private readonly queued: T[] = [];
  private waiting: ((result: IteratorResult<T, undefined>) => void) | undefined;
  private ended = false;

  /**
   * @param onEnd called once, however the stream ends (the consumer stops, `end`, or shutdown)
   * @param maxQueued results waiting for a slow consumer beyond which the oldest are dropped
   */
  constructor(
    private readonly onEnd: () => void,
    private readonly maxQueued = 100,
    private readonly onOverflow: () => void = () => {},
  ) {}

  get open(): boolean {
    return !this.ended;
  }

  push(value: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
      return;
    }
    this.queued.push(value);
    if (this.queued.length > this.maxQueued) {
      this.queued.shift();
      this.onOverflow();
    }
  }

  /** Ends the stream after what is queued has been read. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
    if (this.waiting && this.queued.length === 0) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.queued.length > 0) return Promise.resolve({ value: this.queued.shift()!, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.queued.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T, undefined>> {
    void this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }
}
