import { describe, expect, it } from "vitest";
import { compareCursors, ZERO_ID, type FeedCursor, type FeedEvent } from "@onedoor/shared/events/feed";
import { createLogger } from "@onedoor/shared/logger";
import { FeedTailer } from "./feed-tailer.js";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const step = (n: number, at: number): FeedEvent => ({
  id: id(n),
  at,
  kind: "step",
  type: "STEP",
  disputeCode: "330122260000027",
  recordId: null,
});

/** A registry whose rows become visible when "committed", in any order, as in a database. */
function registry() {
  const committed: FeedEvent[] = [];
  const reads: (FeedCursor | undefined)[] = [];
  return {
    commit: (...events: FeedEvent[]) => committed.push(...events),
    reads,
    read: async (after: FeedCursor | undefined) => {
      reads.push(after);
      const sorted = [...committed].sort(compareCursors);
      const head = sorted.at(-1) ?? { at: 0, id: ZERO_ID };
      return {
        events: after ? sorted.filter((e) => compareCursors(e, after) > 0) : [],
        head: { at: head.at, id: head.id },
      };
    },
  };
}

const log = createLogger("test");

describe("FeedTailer", () => {
  it("hands on what is stored after it starts listening, once, including a transaction that commits late", async () => {
    const feed = registry();
    feed.commit(step(1, 1_000));
    const tailer = new FeedTailer(feed.read, log, { pollMs: 60_000, overlapMs: 5_000 });
    const seen: string[] = [];
    const stop = await tailer.listen((event) => seen.push(event.id));

    feed.commit(step(3, 3_000));
    tailer.nudge();
    await expect.poll(() => seen).toEqual([id(3)]);

    // Stored at 2 000 but committed after the row stored at 3 000 was read: within the overlap, not skipped.
    feed.commit(step(2, 2_000));
    tailer.nudge();
    await expect.poll(() => seen).toEqual([id(3), id(2)]);

    tailer.nudge();
    await expect.poll(() => feed.reads.length).toBeGreaterThan(4);
    expect(seen).toEqual([id(3), id(2)]);
    stop();
    tailer.stop();
  });

  it("fails to listen while the registry cannot be read, and reads nothing once nobody listens", async () => {
    const tailer = new FeedTailer(
      async () => {
        throw new Error("down");
      },
      log,
      { pollMs: 10, overlapMs: 1_000 },
    );
    await expect(tailer.listen(() => {})).rejects.toThrow("down");
    expect(tailer.listening).toBe(0);
    tailer.stop();
  });
});
