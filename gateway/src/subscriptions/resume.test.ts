import { describe, expect, it } from "vitest";
import { FEED_PAGE_LIMIT, ZERO_ID, type FeedCursor, type FeedEvent } from "@onedoor/shared/events/feed";
import { readSince } from "./feed-tailer.js";
import { FeedPosition } from "./resume.js";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const at = (n: number): FeedCursor => ({ at: n * 1_000, id: id(n) });
const text = (n: number) => `${n * 1_000}:${id(n)}`;

describe("FeedPosition", () => {
  it("moves past an event only once it and every event taken before it are answered", () => {
    const position = new FeedPosition(at(1));
    position.take(at(2), "A");
    position.take(at(3), undefined); // not the subscriber's: answered at once, but behind A
    position.take(at(4), "B");
    expect(position.id).toBe(text(1));

    const b = position.reading("B");
    b();
    expect(position.id).toBe(text(1));
    const a = position.reading("A");
    a();
    expect(position.id).toBe(text(4));
  });

  it("an event taken while its record is being read waits for the next read", () => {
    const position = new FeedPosition();
    position.take(at(1), "A");
    const first = position.reading("A");
    position.take(at(2), "A");
    first();
    expect(position.id).toBe(text(1));
    position.reading("A")();
    expect(position.id).toBe(text(2));
  });

  it("never goes back, and jumps ahead when the subscriber is told to refetch", () => {
    const position = new FeedPosition(at(5));
    position.take(at(3), undefined);
    expect(position.id).toBe(text(5));
    position.jumpTo(at(9));
    expect(position.id).toBe(text(9));
  });
});

describe("readSince", () => {
  const events = Array.from({ length: FEED_PAGE_LIMIT + 20 }, (_, i): FeedEvent => ({
    ...at(i + 1),
    kind: "step",
    type: "STEP",
    disputeCode: "330122260000027",
    recordId: null,
  }));
  const read = async (after: FeedCursor | undefined) => {
    const from = after ? events.findIndex((e) => e.at > after.at) : events.length;
    const page = from < 0 ? [] : events.slice(from, from + FEED_PAGE_LIMIT);
    return { events: page, head: at(events.length) };
  };

  it("reads every page after the position", async () => {
    const missed = await readSince(read, at(10), 10_000);
    expect(missed.complete).toBe(true);
    expect(missed.events.map((e) => e.id)).toEqual(events.slice(10).map((e) => e.id));
  });

  it("stops past the most asked for and says so", async () => {
    const missed = await readSince(read, { at: 0, id: ZERO_ID }, 100);
    expect(missed.complete).toBe(false);
    expect(missed.events).toHaveLength(100);
    expect(missed.head).toEqual(at(events.length));
  });
});
