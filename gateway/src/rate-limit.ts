// Rate limits (限流) per signed-in caller and per client address, counted in fixed windows: in memory by
// default, in Redis when REDIS_URL is set so that several gateway instances share one count.
import { Redis } from "ioredis";
import { GraphQLError } from "graphql";
import { HeaderMap } from "@apollo/server";
import type express from "express";
import { intFromEnv } from "@onedoor/shared/config";
import type { Logger } from "@onedoor/shared/logger";

export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** Time until the window closes. */
  resetInMs: number;
}

export interface RateLimitStore {
  readonly kind: "memory" | "redis";
  /** Counts one hit for `key` in the window that contains `now`. */
  hit(key: string, windowMs: number, now?: number): Promise<WindowCount>;
  close(): Promise<void>;
}

const windowStartOf = (now: number, windowMs: number) => now - (now % windowMs);

export class MemoryRateLimitStore implements RateLimitStore {
  readonly kind = "memory";
  /** key → its current window; insertion order = order in which windows opened, oldest first. */
  private readonly windows = new Map<string, { start: number; count: number }>();

  /** `maxKeys` bounds memory under a flood of addresses: the oldest windows are dropped first. */
  constructor(private readonly maxKeys = 100_000) {}

  async hit(key: string, windowMs: number, now = Date.now()): Promise<WindowCount> {
    const start = windowStartOf(now, windowMs);
    let entry = this.windows.get(key);
    if (!entry || entry.start !== start) {
      this.windows.delete(key);
      entry = { start, count: 0 };
      this.windows.set(key, entry);
      for (const [old, window] of this.windows) {
        if (window.start >= start && this.windows.size <= this.maxKeys) break;
        this.windows.delete(old);
      }
    }
    entry.count++;
    return { count: entry.count, resetInMs: start + windowMs - now };
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
    const redisKey = `${this.prefix}${key}:${start}`;
    const replies = await this.redis
      .multi()
      .incr(redisKey)
      .pexpire(redisKey, windowMs + 1_000)
      .exec();
    const [error, count] = replies?.[0] ?? [new Error("rate limit transaction aborted"), 0];
    if (error) throw error;
    return { count: count as number, resetInMs: start + windowMs - now };
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
      const { count, resetInMs } = await this.store.hit(`${kind}:${subject}`, this.limits.windowMs, now);
      return count <= limit
        ? { allowed: true }
        : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)) };
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
