// Fan-out across gateway replicas through Redis pub/sub (when REDIS_URL is set). One replica at a time holds
// a lease and reads the registry's feed; it publishes each new event and every replica, itself included,
// hands it to its own subscriptions. The holder also writes how far it has read, so a replica that takes
// over (the holder stopped or died) reads on from there rather than from the head; the overlap it reads
// again is published twice and dropped by the receivers, which remember recent ids.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { formatCursor, parseCursor, type FeedEvent } from "@onedoor/shared/events/feed";
import type { Logger } from "@onedoor/shared/logger";
import type { FeedListener, FeedTailer, LiveFeed, Missed } from "./feed-tailer.js";

export interface RedisFeedOptions {
  url: string;
  /** Prefix of the channels and keys: replicas sharing it share one feed reader. */
  prefix: string;
  /** How long the reader's lease lasts unless renewed (renewed every third of it). */
  leaseMs: number;
  /** The tailer's overlap: ids are remembered for twice as long. */
  overlapMs: number;
}

/** Renews the lease only if this replica still holds it. */
const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;
/** Gives the lease up only if this replica holds it. */
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

const POSITION_KEPT_MS = 86_400_000;

export class RedisFeed implements LiveFeed {
  private readonly self = randomUUID();
  private readonly commands: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Set<FeedListener>();
  /** Ids handed on, with when they were stored. */
  private readonly seen = new Map<string, number>();
  private newestAt = 0;
  private prunedAt = 0;
  private started: Promise<void> | undefined;
  private leaseTimer: NodeJS.Timeout | undefined;
  private stopPublishing: (() => void) | undefined;
  private stopped = false;

  constructor(
    /** This replica's reader of the registry's feed, used while it holds the lease. */
    private readonly tailer: FeedTailer,
    private readonly log: Logger,
    private readonly options: RedisFeedOptions,
  ) {
    const connect = () =>
      new Redis(options.url, { maxRetriesPerRequest: 1, connectTimeout: 2_000 }).on("error", (error: unknown) =>
        log.warn({ err: error }, "redis unavailable for live subscriptions"),
      );
    this.commands = connect();
    this.subscriber = connect();
    this.subscriber.on("message", (channel: string, message: string) => this.received(channel, message));
  }

  private get events(): string {
    return `${this.options.prefix}:events`;
  }
  private get nudges(): string {
    return `${this.options.prefix}:nudge`;
  }
  private get lease(): string {
    return `${this.options.prefix}:reader`;
  }
  private get position(): string {
    return `${this.options.prefix}:position`;
  }

  /** Whether this replica reads the feed for all of them now. */
  get reading(): boolean {
    return this.stopPublishing !== undefined;
  }

  async listen(listener: FeedListener): Promise<() => void> {
    this.listeners.add(listener);
    try {
      this.started ??= this.start();
      await this.started;
    } catch (error) {
      this.started = undefined;
      this.listeners.delete(listener);
      throw error;
    }
    return () => this.listeners.delete(listener);
  }

  nudge(): void {
    if (!this.started || this.stopped) return;
    this.commands
      .publish(this.nudges, "")
      .catch((error: unknown) => this.log.warn({ err: error }, "could not pass a nudge on"));
  }

  since(after: Parameters<LiveFeed["since"]>[0], max: number): Promise<Missed> {
    return this.tailer.since(after, max);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listeners.clear();
    clearInterval(this.leaseTimer);
    this.stopPublishing?.();
    this.stopPublishing = undefined;
    this.tailer.stop();
    try {
      await this.commands.eval(RELEASE, 1, this.lease, this.self);
    } catch (error) {
      this.log.warn({ err: error }, "could not give the feed lease up; it lapses by itself");
    }
    this.subscriber.disconnect();
    this.commands.disconnect();
  }

  /** Subscribes to the channels, then takes the lease if nobody holds it; from then on keeps contending. */
  private async start(): Promise<void> {
    await this.subscriber.subscribe(this.events, this.nudges);
    await this.contend();
    this.leaseTimer = setInterval(
      () =>
        void this.contend().catch((error: unknown) =>
          this.log.warn({ err: error }, "could not take or renew the feed lease"),
        ),
      Math.max(1, Math.floor(this.options.leaseMs / 3)),
    );
  }

  private async contend(): Promise<void> {
    if (this.stopped) return;
    const { leaseMs } = this.options;
    if (this.reading) {
      if (Number(await this.commands.eval(RENEW, 1, this.lease, this.self, leaseMs)) === 1) return;
      // Another replica holds it now (this one was away longer than the lease): stop reading.
      this.stopPublishing?.();
      this.stopPublishing = undefined;
      return;
    }
    if ((await this.commands.set(this.lease, this.self, "PX", leaseMs, "NX")) !== "OK") return;
    this.tailer.resumeFrom(parseCursor(await this.commands.get(this.position)));
    try {
      this.stopPublishing = await this.tailer.listen((event) => this.publish(event));
    } catch (error) {
      await this.commands.eval(RELEASE, 1, this.lease, this.self);
      throw error;
    }
    this.log.info("reading the registry's feed for every gateway replica");
  }

  private publish(event: FeedEvent): void {
    const read = this.tailer.position;
    const transaction = this.commands.multi().publish(this.events, JSON.stringify(event));
    // Kept a day: a deployment idle longer starts again at the head.
    if (read) transaction.set(this.position, formatCursor(read), "PX", POSITION_KEPT_MS);
    transaction.exec().catch((error: unknown) => this.log.warn({ err: error, event: event.id }, "could not publish"));
  }

  private received(channel: string, message: string): void {
    if (channel === this.nudges) {
      if (this.reading) this.tailer.nudge();
      return;
    }
    if (channel !== this.events) return;
    const event = JSON.parse(message) as FeedEvent;
    if (this.seen.has(event.id)) return;
    this.seen.set(event.id, event.at);
    this.newestAt = Math.max(this.newestAt, event.at);
    if (this.newestAt - this.prunedAt > this.options.overlapMs) {
      this.prunedAt = this.newestAt;
      const forgetBefore = this.newestAt - 2 * this.options.overlapMs;
      for (const [id, at] of this.seen) if (at < forgetBefore) this.seen.delete(id);
    }
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.log.error({ err: error, event: event.id }, "a subscription failed to take an event");
      }
    }
  }
}
