// Follows the registry's feed of stored steps and alerts and hands each new one to the listeners, once.
// Rows are read by the time the registry stored them; a transaction that began earlier can commit after
// a later one was read, so every poll reads again from `overlapMs` before the newest row seen and drops
// the ids already handed on. Polls only while someone listens, every `pollMs`, sooner when nudged.
import {
  compareCursors,
  FEED_PAGE_LIMIT,
  ZERO_ID,
  type FeedCursor,
  type FeedEvent,
  type FeedPage,
} from "@onedoor/shared/events/feed";
import type { Logger } from "@onedoor/shared/logger";

export type FeedReader = (after: FeedCursor | undefined) => Promise<FeedPage>;
export type FeedListener = (event: FeedEvent) => void;

/** Stored events after a position, for a subscriber who reconnects. */
export interface Missed {
  /** Oldest first. */
  events: FeedEvent[];
  /** False when more than the most asked for were stored: the subscriber must refetch instead. */
  complete: boolean;
  /** The newest row stored when read. */
  head: FeedCursor;
}

/** Where live subscriptions get their events: this gateway's own tailer, or a broker fed by one replica. */
export interface LiveFeed {
  /** Listens from now on; resolves once an event stored after that will be handed on. */
  listen(listener: FeedListener): Promise<() => void>;
  /** Something was probably just stored: read soon. */
  nudge(): void;
  /** The events stored after `after`, at most `max` of them. */
  since(after: FeedCursor, max: number): Promise<Missed>;
  stop(): void | Promise<void>;
}

/** Reads every page after `after` until `max` events or the end. */
export async function readSince(read: FeedReader, after: FeedCursor, max: number): Promise<Missed> {
  const events: FeedEvent[] = [];
  let from = after;
  for (;;) {
    const page = await read(from);
    events.push(...page.events);
    if (events.length > max) return { events: events.slice(0, max), complete: false, head: page.head };
    if (page.events.length < FEED_PAGE_LIMIT) return { events, complete: true, head: page.head };
    const last = page.events.at(-1)!;
    from = { at: last.at, id: last.id };
  }
}

export interface TailerOptions {
  pollMs: number;
  overlapMs: number;
}

export class FeedTailer implements LiveFeed {
  private readonly listeners = new Set<FeedListener>();
  /** Where to start instead of the head the next time nobody was listening (a replica taking over the read). */
  private startAt: FeedCursor | undefined;
  /** Ids handed on, with when they were stored, forgotten once older than the overlap. */
  private readonly seen = new Map<string, number>();
  private newest: FeedCursor | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  /** Counts idle spells: a read begun before one does not move the position of the next. */
  private generation = 0;

  constructor(
    private readonly read: FeedReader,
    private readonly log: Logger,
    private readonly options: TailerOptions,
  ) {}

  /**
   * Listens from now on. Resolves once the feed's position is known, so an event stored after that is
   * handed on; the returned function stops listening.
   */
  async listen(listener: FeedListener): Promise<() => void> {
    this.listeners.add(listener);
    const stop = () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.idle();
    };
    try {
      while (!this.newest && !this.stopped) await this.poll();
    } catch (error) {
      stop();
      throw error;
    }
    this.schedule();
    return stop;
  }

  /**
   * Starts the next listening spell at `position` rather than at the head: what was stored after it is handed
   * on (once the overlap's ids are dropped by the receiver).
   */
  resumeFrom(position: FeedCursor | undefined): void {
    this.startAt = position;
  }

  since(after: FeedCursor, max: number): Promise<Missed> {
    return readSince(this.read, after, max);
  }

  /** Something was probably just stored (a mutation went through): read soon rather than at the next tick. */
  nudge(): void {
    if (this.listeners.size === 0 || this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), 0);
  }

  stop(): void {
    this.stopped = true;
    this.listeners.clear();
    clearTimeout(this.timer);
  }

  /** The newest row read so far. */
  get position(): FeedCursor | undefined {
    return this.newest;
  }

  get listening(): number {
    return this.listeners.size;
  }

  private idle(): void {
    clearTimeout(this.timer);
    // Starting again later begins at the head again: nobody was listening in between.
    this.generation++;
    this.newest = undefined;
    this.seen.clear();
  }

  private schedule(): void {
    if (this.listeners.size === 0 || this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), this.options.pollMs);
  }

  private async tick(): Promise<void> {
    try {
      await this.poll();
    } catch (error) {
      this.log.warn({ err: error }, "registry feed unavailable; retrying");
    }
    this.schedule();
  }

  /** One read of everything new; concurrent callers share it, and one asked for meanwhile runs after. */
  private poll(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.readNew();
        } while (this.again && this.listeners.size > 0);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async readNew(): Promise<void> {
    if (!this.newest && this.startAt) {
      // Taking over from another reader: it handed on what was stored up to there (the overlap is marked seen).
      const start = this.startAt;
      this.startAt = undefined;
      this.newest = start;
      await this.readFrom(start, (cursor) => compareCursors(cursor, start) > 0);
      return;
    }
    if (!this.newest) {
      // Start at the head; what was stored just before it is marked seen, not handed on.
      const generation = this.generation;
      const { head } = await this.read(undefined);
      if (generation !== this.generation) return;
      this.newest = head;
      await this.readFrom(head, () => false);
      return;
    }
    await this.readFrom(this.newest, () => true);
  }

  private async readFrom(position: FeedCursor, handOn: (cursor: FeedCursor) => boolean): Promise<void> {
    const generation = this.generation;
    let after: FeedCursor = { at: Math.max(0, position.at - this.options.overlapMs), id: ZERO_ID };
    for (;;) {
      const { events } = await this.read(after);
      if (generation !== this.generation) return;
      for (const event of events) {
        if (this.seen.has(event.id)) continue;
        this.seen.set(event.id, event.at);
        const cursor = { at: event.at, id: event.id };
        if (!this.newest || compareCursors(cursor, this.newest) > 0) this.newest = cursor;
        if (handOn(cursor)) for (const listener of this.listeners) this.deliver(listener, event);
      }
      if (events.length < FEED_PAGE_LIMIT) break;
      const last = events.at(-1)!;
      after = { at: last.at, id: last.id };
    }
    const forgetBefore = (this.newest?.at ?? 0) - 2 * this.options.overlapMs;
    for (const [id, at] of this.seen) if (at < forgetBefore) this.seen.delete(id);
  }

  private deliver(listener: FeedListener, event: FeedEvent): void {
    try {
      listener(event);
    } catch (error) {
      this.log.error({ err: error, event: event.id }, "a subscription failed to take an event");
    }
  }
}
