// Fan-out through a real Redis (CI runs one; REDIS_URL, or Redis on its default local port). Each test
// uses its own key prefix, so tests and replicas of other runs do not meet.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { compareCursors, ZERO_ID, type FeedCursor, type FeedEvent } from "@onedoor/shared/events/feed";
import { createLogger } from "@onedoor/shared/logger";
import { FeedTailer } from "./feed-tailer.js";
import { RedisFeed } from "./redis-feed.js";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const log = createLogger("test");
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const step = (n: number): FeedEvent => ({
  id: id(n),
  at: n * 1_000,
  kind: "step",
  type: "STEP",
  disputeCode: "330122260000027",
  recordId: null,
});

/** One registry; each replica reads it through its own counter. */
function registry() {
  const committed: FeedEvent[] = [];
  return {
    commit: (event: FeedEvent) => committed.push(event),
    reader() {
      const counter = { reads: 0 };
      const read = async (after: FeedCursor | undefined) => {
        counter.reads++;
        const sorted = [...committed].sort(compareCursors);
        const head = sorted.at(-1) ?? { at: 0, id: ZERO_ID };
        return {
          events: after ? sorted.filter((e) => compareCursors(e, after) > 0) : [],
          head: { at: head.at, id: head.id },
        };
      };
      return { counter, read };
    },
  };
}

const feeds: RedisFeed[] = [];
afterEach(async () => {
  for (const feed of feeds.splice(0)) await feed.stop();
});

function replica(read: ReturnType<ReturnType<typeof registry>["reader"]>["read"], prefix: string) {
  const tailer = new FeedTailer(read, log, { pollMs: 20, overlapMs: 5_000 });
  const feed = new RedisFeed(tailer, log, { url: REDIS_URL, prefix, leaseMs: 300, overlapMs: 5_000 });
  feeds.push(feed);
  return feed;
}

describe("RedisFeed", () => {
  it("one replica reads the feed and every replica receives each event once; another takes over without a gap", async () => {
    const prefix = `onedoor-test:${randomUUID()}`;
    const feed = registry();
    feed.commit(step(1));
    const readers = [feed.reader(), feed.reader()];
    const replicas = readers.map((r) => replica(r.read, prefix));
    const received: string[][] = [[], []];
    await replicas[0]!.listen((event) => received[0]!.push(event.id));
    await replicas[1]!.listen((event) => received[1]!.push(event.id));
    expect(replicas.map((r) => r.reading)).toEqual([true, false]);

    feed.commit(step(2));
    replicas[1]!.nudge();
    await expect.poll(() => received).toEqual([[id(2)], [id(2)]]);
    expect(readers[1]!.counter.reads).toBe(0);

    // The reader stops; what is stored before the other replica takes the lease still arrives, once.
    await replicas[0]!.stop();
    feed.commit(step(3));
    await expect.poll(() => replicas[1]!.reading, { timeout: 5_000 }).toBe(true);
    feed.commit(step(4));
    replicas[1]!.nudge();
    await expect.poll(() => received[1]).toEqual([id(2), id(3), id(4)]);
    expect(readers[1]!.counter.reads).toBeGreaterThan(0);
  });
});
