// The time a request acts at (业务时间). Real time, except that outside production a request may run
// at a simulated offset (演练时间), so end-to-end tests and drills can play a story that spans weeks
// (a hearing five days after notice, an award after the hearing, a hand-off left unanswered) without
// waiting for it. Background jobs run outside any request and always see real time.
import { AsyncLocalStorage } from "node:async_hooks";

const simulatedOffset = new AsyncLocalStorage<number>();

/** Now, as the current request sees it. Use this instead of `new Date()` for business timestamps. */
export function currentTime(): Date {
  return new Date(Date.now() + (simulatedOffset.getStore() ?? 0));
}

/** Runs `fn` (and everything it awaits) with the clock moved by `offsetMs`. */
export function runAtOffset<T>(offsetMs: number, fn: () => T): T {
  return simulatedOffset.run(offsetMs, fn);
}
