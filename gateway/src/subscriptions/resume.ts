// Where a subscriber stands in the registry's feed. Each result carries it as its event id (the SSE `id:`
// line, and `extensions.eventId` on both transports); a client that reconnects with it (`Last-Event-ID`, or
// `extensions.lastEventId` in the subscribe request) is sent what concerned it after that point.
import { compareCursors, formatCursor, type FeedCursor } from "@onedoor/shared/events/feed";

interface Taken {
  cursor: FeedCursor;
  key: string | undefined;
  state: "waiting" | "reading" | "answered";
}

/**
 * The position is the newest event before which every event taken has been answered (delivered or
 * dropped), in the order they were taken: an event still being read holds it back, so a reconnect never
 * skips one (it may read a record twice when it reconnects in the middle of a read).
 */
export class FeedPosition {
  private readonly taken: Taken[] = [];

  constructor(private upTo?: FeedCursor) {}

  /** An event for this subscriber about record `key`; without a key it concerns them not and is answered. */
  take(cursor: FeedCursor, key: string | undefined): void {
    this.taken.push({ cursor, key, state: key === undefined ? "answered" : "waiting" });
    this.advance();
  }

  /** A read of `key` begins: it answers the events taken for it so far. Call the result when it is done. */
  reading(key: string): () => void {
    const answered = this.taken.filter((t) => t.key === key && t.state === "waiting");
    for (const t of answered) t.state = "reading";
    return () => {
      for (const t of answered) t.state = "answered";
      this.advance();
    };
  }

  /** Everything up to `cursor` is settled another way (the subscriber was told to refetch). */
  jumpTo(cursor: FeedCursor): void {
    if (!this.upTo || compareCursors(cursor, this.upTo) > 0) this.upTo = cursor;
  }

  get id(): string | undefined {
    return this.upTo && formatCursor(this.upTo);
  }

  private advance(): void {
    while (this.taken[0]?.state === "answered") this.jumpTo(this.taken.shift()!.cursor);
  }
}
