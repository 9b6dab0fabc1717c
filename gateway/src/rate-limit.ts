// Rate limits (限流) per signed-in caller and per client address, counted in a sliding window: in memory by
// default, in Redis when REDIS_URL is set so that several gateway instances share one count.
// A fixed window would forget a burst at its boundary (and allow twice the limit across it), so the count
// is the current window's hits plus the previous window's, weighted by how much of it still lies within
// one window of now.
import { Redis } from "ioredis";
import { GraphQLError } from "graphql";
import { HeaderMap } from "@apollo/server";
import type express from "express";
import { intFromEnv } from "@onedoor/shared/config";
import type { Logger } from "@onedoor/shared/logger";

export interface WindowCount {
  /** Hits within one window of now, this one included: the previous fixed window's count enters in proportion. */
  count: number;
  /** Hits in the fixed window that contains now, this one included. */
  current: number;
  /** Hits in the fixed window before it. */
  previous: number;
}

export interface RateLimitStore {
  readonly kind: "memory" | "redis";
  /** Counts one hit for `key` in the window that contains `now`. */
  hit(key: string, windowMs: number, now?: number): Promise<WindowCount>;
  close(): Promise<void>;
}

const windowStartOf = (now: number, windowMs: number) => now - (now % windowMs);

/** The sliding estimate from two fixed windows' counts. */
function slidingCount(current: number, previous: number, now: number, windowMs: number): WindowCount {
  const elapsed = (now - windowStartOf(now, windowMs)) / windowMs;
  return { count: current + previous * (1 - elapsed), current, previous };
}

/**
 * How long from now until one more hit would be within the limit, if none came before it: the previous window's
 * hits slide out as time passes, and at the next boundary the current window's hits become the previous ones. A
 * client that retries earlier is refused again, and that refusal counts too. Whole milliseconds, as the stores
 * are asked, and checked with the stores' own arithmetic so that rounding never makes the retry one too many.
 */
export function retryAfterMs(
  { current, previous }: Pick<WindowCount, "current" | "previous">,
  limit: number,
  windowMs: number,
  now: number,
): number {
  const start = windowStartOf(now, windowMs);
  const countOfRetry = (at: number) => {
    if (at < start + windowMs) return slidingCount(current + 1, previous, at, windowMs).count;
    if (at < start + 2 * windowMs) return slidingCount(1, current, at, windowMs).count;
    return 1;
  };
  // In this window, at elapsed fraction e: current + 1 + previous × (1 − e) ≤ limit; else in the next one, where
  // this window's hits are the previous ones: 1 + current × (1 − e) ≤ limit.
  const elapsed =
    current + 1 <= limit
      ? previous > 0
        ? 1 - (limit - current - 1) / previous
        : 0
      : 1 + Math.max(0, 1 - (limit - 1) / current);
  let at = Math.max(now, Math.ceil(start + elapsed * windowMs));
  while (countOfRetry(at) > limit) at++;
  return at - now;
}

export class MemoryRateLimitStore implements RateLimitStore {
  readonly kind = "memory";
  /** key → its current window and the count of the one before; insertion order = order in which windows opened. */
  private readonly windows = new Map<string, { start: number; count: number; previous: number }>();

  /** `maxKeys` bounds memory under a flood of addresses: the oldest windows are dropped first. */
  constructor(private readonly maxKeys = 100_000) {}

  async hit(key: string, windowMs: number, now = Date.now()): Promise<WindowCount> {
    const start = windowStartOf(now, windowMs);
    let entry = this.windows.get(key);
    if (!entry || entry.start !== start) {
      const previous = entry?.start === start - windowMs ? entry.count : 0;
      this.windows.delete(key);
      entry = { start, count: 0, previous };
      this.windows.set(key, entry);
      // A window that closed before the previous one no longer counts.
      for (const [old, window] of this.windows) {
        if (window.start >= start - windowMs && this.windows.size <= this.maxKeys) break;
        this.windows.delete(old);
      }
    }
    entry.count++;
    return slidingCount(entry.count, entry.previous, now, windowMs);
  }

  get size(): number {
    return this.windows.size;
  }

  async close(): Promise<void> {
    this.windows.clear();
  }
}

export class RedisRateLimitStore implements RateLimitStore {
  readonly kind = "redis";

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "onedoor:ratelimit:",
  ) {}

  /** Connects now, so that a wrong REDIS_URL stops the gateway at start rather than at the first request. */
  static async connect(url: string): Promise<RedisRateLimitStore> {
    // No offline queue and one retry: when Redis is away, requests must not wait for it.
    const redis = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
    });
    await redis.connect();
    return new RedisRateLimitStore(redis);
  }

  async hit(key: string, windowMs: number, now = Date.now()): Promise<WindowCount> {
    const start = windowStartOf(now, windowMs);
    const current = `${this.prefix}${key}:${start}`;
    const replies = await this.redis
      .multi()
      .incr(current)
      // Kept through the next window, where it is the previous one.
      .pexpire(current, 2 * windowMs + 1_000)
      .get(`${this.prefix}${key}:${start - windowMs}`)
      .exec();
    if (!replies) throw new Error("rate limit transaction aborted");
    const failed = replies.find(([error]) => error);
    if (failed) throw failed[0];
    const count = replies[0]![1] as number;
    const previous = Number(replies[2]![1] ?? 0);
    return slidingCount(count, previous, now, windowMs);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

export interface RateLimits {
  /** Requests per window for one signed-in caller (token subject); 0 = no limit. */
  perIdentity: number;
  /** Requests per window from one client address, signed in or not; 0 = no limit. */
  perAddress: number;
  windowMs: number;
}

/** High enough for a busy office behind one address and for the end-to-end suite; tune per site. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimits {
  return {
    perIdentity: intFromEnv("RATE_LIMIT_PER_MINUTE", 1_200, env),
    perAddress: intFromEnv("RATE_LIMIT_PER_MINUTE_PER_ADDRESS", 6_000, env),
    windowMs: intFromEnv("RATE_LIMIT_WINDOW_MS", 60_000, env) || 60_000,
  };
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  constructor(
    readonly store: RateLimitStore,
    private readonly limits: RateLimits,
    private readonly log: Logger,
  ) {}

  async check(kind: "identity" | "address", subject: string, now = Date.now()): Promise<RateDecision> {
    const limit = kind === "identity" ? this.limits.perIdentity : this.limits.perAddress;
    if (limit === 0) return { allowed: true };
    try {
      const counted = await this.store.hit(`${kind}:${subject}`, this.limits.windowMs, now);
      if (counted.count <= limit) return { allowed: true };
      const waitMs = retryAfterMs(counted, limit, this.limits.windowMs, now);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    } catch (error) {
      // A limiter outage must not close the center's door: let the request through, loudly.
      this.log.warn({ err: error, store: this.store.kind }, "rate limit store unavailable; request not counted");
      return { allowed: true };
    }
  }

  /** Express middleware counting every /graphql request by client address, before its body is read. */
  perAddress(): express.RequestHandler {
    return (req, res, next) => {
      this.check("address", req.ip ?? "unknown").then((decision) => {
        if (decision.allowed) return next();
        this.log.warn({ ip: req.ip }, "rate limit reached for a client address");
        res.status(429).setHeader("retry-after", String(decision.retryAfterSeconds));
        res.json({
          errors: [
            { message: RATE_LIMITED_MESSAGE, extensions: { code: "RATE_LIMITED", messageZh: RATE_LIMITED_MESSAGE_ZH } },
          ],
        });
      }, next);
    };
  }
}

const RATE_LIMITED_MESSAGE = "Too many requests: please retry later";
const RATE_LIMITED_MESSAGE_ZH = "请求过于频繁，请稍后再试";

/** Thrown from the request context when a signed-in caller is over their limit: a 429 with Retry-After. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  // Apollo takes response headers as a HeaderMap (other GraphQL servers' typings say a plain record).
  const extensions: Record<string, unknown> = {
    code: "RATE_LIMITED",
    messageZh: RATE_LIMITED_MESSAGE_ZH,
    http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) },
  };
  return new GraphQLError(RATE_LIMITED_MESSAGE, { extensions });
}

/** Redis when `REDIS_URL` is set, memory otherwise. */
export async function rateLimiterFromEnv(log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<RateLimiter> {
  const store = env.REDIS_URL ? await RedisRateLimitStore.connect(env.REDIS_URL) : new MemoryRateLimitStore();
  log.info({ store: store.kind }, "rate limits counted");
  return new RateLimiter(store, rateLimitsFromEnv(env), log);
}
