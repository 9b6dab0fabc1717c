import { describe, expect, it } from "vitest";
import { LiveStream } from "./live-stream.js";

describe("LiveStream", () => {
  it("hands values to a waiting reader and ends once, however it is ended", async () => {
    let ended = 0;
    const stream = new LiveStream<number>(() => ended++);
    const waiting = stream.next();
    stream.push(1);
    expect(await waiting).toEqual({ value: 1, done: false });

    // A client going away ends a reader parked on `next` at once, not at the next value.
    const parked = stream.next();
    await stream.return();
    expect(await parked).toEqual({ value: undefined, done: true });
    stream.end();
    expect(ended).toBe(1);
    stream.push(2);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it("keeps what was queued when ended from inside, and drops the oldest for a slow reader", async () => {
    let overflow = 0;
    const stream = new LiveStream<number>(
      () => {},
      2,
      () => overflow++,
    );
    stream.push(1);
    stream.push(2);
    stream.push(3);
    stream.end();
    const read: number[] = [];
    for await (const value of stream) read.push(value);
    expect(read).toEqual([2, 3]);
    expect(overflow).toBe(1);
  });
});
