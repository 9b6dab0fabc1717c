import { afterAll, describe, expect, it } from "vitest";
import http from "node:http";
import { connect } from "node:net";
import { randomUUID } from "node:crypto";
import express from "express";
import { pino } from "pino";
import {
  MemoryRateLimitStore,
  RateLimiter,
  rateLimited,
  rateLimitsFromEnv,
  retryAfterMs,
  RedisRateLimitStore,
  type RateLimitStore,
} from "./rate-limit.js";

const log = pino({ level: "silent" });
const MINUTE = 60_000;
const T0 = 1_800_000_000_000; // a window boundary (a multiple of a minute)

/** The same behaviour is asked of every store. */
function storeContract(open: () => Promise<RateLimitStore>) {
  it("counts hits per key within one window of now, the previous window's in proportion", async () => {
    const store = await open();
    const key = `identity:${randomUUID()}`;
    expect(await store.hit(key, MINUTE, T0 + 1_000)).toEqual({ count: 1, current: 1, previous: 0 });
    expect((await store.hit(key, MINUTE, T0 + 2_000)).count).toBe(2);
    expect((await store.hit(`address:${randomUUID()}`, MINUTE, T0 + 2_000)).count).toBe(1);
    // Just past the boundary the two earlier hits still count in full; half a window later, half.
    expect(await store.hit(key, MINUTE, T0 + MINUTE)).toEqual({ count: 3, current: 1, previous: 2 });
    expect((await store.hit(key, MINUTE, T0 + MINUTE + 30_000)).count).toBe(3);
    // Two windows on, nothing earlier counts.
    expect((await store.hit(key, MINUTE, T0 + 3 * MINUTE)).count).toBe(1);
    await store.close();
  });

  it("refuses the request after the limit with the seconds until a retry would be counted within it", async () => {
    const store = await open();
    const limiter = new RateLimiter(store, { perIdentity: 3, perAddress: 0, windowMs: MINUTE }, log);
    const user = `u-${randomUUID()}`;
    for (let i = 0; i < 3; i++) expect(await limiter.check("identity", user, T0 + 10_000)).toEqual({ allowed: true });
    // Four hits in this window (the refused one counts): not before half of the next window has slid past them.
    expect(await limiter.check("identity", user, T0 + 10_500)).toEqual({ allowed: false, retryAfterSeconds: 80 });
    // Another caller, and the unlimited address count, are not affected.
    expect(await limiter.check("identity", `u-${randomUUID()}`, T0 + 10_500)).toEqual({ allowed: true });
    expect(await limiter.check("address", "10.0.0.1", T0 + 10_500)).toEqual({ allowed: true });
    // A burst at the end of one window is not forgotten at the start of the next; three quarters in, the
    // previous window's four hits weigh one, and the retry is the third.
    expect(await limiter.check("identity", user, T0 + MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(await limiter.check("identity", user, T0 + MINUTE + 45_000)).toEqual({ allowed: true });
    expect(await limiter.check("identity", user, T0 + 3 * MINUTE)).toEqual({ allowed: true });
    await store.close();
  });
}

describe("retry after a refusal", () => {
  /** The sliding count a hit at `at` would see, with no other hit between the refusal at `now` and it. */
  function countOfRetry(current: number, previous: number, now: number, at: number): number {
    const start = now - (now % MINUTE);
    if (at < start + MINUTE) return current + 1 + previous * (1 - (at - start) / MINUTE);
    if (at < start + 2 * MINUTE) return 1 + current * (1 - (at - start - MINUTE) / MINUTE);
    return 1;
  }

  it("is the first moment a retry is counted within the limit, in this window or the next", () => {
    let refusals = 0;
    for (const limit of [1, 3, 10, 120])
      for (const previous of [0, 1, 2, 7, 130])
        for (const current of [1, 2, 4, 11, 200])
          for (const elapsed of [0, 1, 12_345, 30_000, 59_999]) {
            const now = T0 + elapsed;
            if (current + previous * (1 - elapsed / MINUTE) <= limit) continue;
            refusals++;
            const wait = retryAfterMs({ current, previous }, limit, MINUTE, now);
            const first = Math.ceil(now + wait);
            expect(countOfRetry(current, previous, now, first)).toBeLessThanOrEqual(limit);
            if (first > now) expect(countOfRetry(current, previous, now, first - 1)).toBeGreaterThan(limit);
          }
    expect(refusals).toBeGreaterThan(100);
  });
});

describe("memory rate limit store", () => {
  storeContract(async () => new MemoryRateLimitStore());

  it("forgets windows that no longer count and stays within its bound under a flood of addresses", async () => {
    const store = new MemoryRateLimitStore(100);
    for (let i = 0; i < 50; i++) await store.hit(`address:10.0.0.${i}`, MINUTE, T0);
    await store.hit("address:10.0.1.1", MINUTE, T0 + MINUTE);
    expect(store.size).toBe(51);
    await store.hit("address:10.0.1.2", MINUTE, T0 + 2 * MINUTE);
    expect(store.size).toBe(2);
    for (let i = 0; i < 500; i++) await store.hit(`address:10.1.${i}`, MINUTE, T0 + 2 * MINUTE);
    expect(store.size).toBe(100);
  });
});

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const redisAnswers = await new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(REDIS_URL);
  const socket = connect({ host: hostname, port: Number(port || 6379) });
  socket.setTimeout(1_000);
  const answer = (up: boolean) => {
    socket.destroy();
    resolve(up);
  };
  socket
    .once("connect", () => answer(true))
    .once("error", () => answer(false))
    .once("timeout", () => answer(false));
});

if (redisAnswers) {
  describe(`Redis rate limit store (ran against ${REDIS_URL})`, () => {
    storeContract(() => RedisRateLimitStore.connect(REDIS_URL));
  });
} else {
  describe(`Redis rate limit store (no Redis answered at ${REDIS_URL}: ran the outage tests only)`, () => {
    it("refuses to start against an unreachable Redis", async () => {
      await expect(RedisRateLimitStore.connect(REDIS_URL)).rejects.toThrow();
    });
  });
}

describe("rate limiter", () => {
  it("lets requests through when its store fails (the center stays open)", async () => {
    const broken: RateLimitStore = {
      kind: "redis",
      hit: () => Promise.reject(new Error("connection refused")),
      close: async () => undefined,
    };
    const limiter = new RateLimiter(broken, { perIdentity: 1, perAddress: 1, windowMs: MINUTE }, log);
    expect(await limiter.check("identity", "u-1")).toEqual({ allowed: true });
  });

  it("reads its limits from the environment, with defaults the end-to-end suite stays under", () => {
    expect(rateLimitsFromEnv({})).toEqual({ perIdentity: 1_200, perAddress: 6_000, windowMs: 60_000 });
    expect(rateLimitsFromEnv({ RATE_LIMIT_PER_MINUTE: "5", RATE_LIMIT_PER_MINUTE_PER_ADDRESS: "0" })).toMatchObject({
      perIdentity: 5,
      perAddress: 0,
    });
    expect(() => rateLimitsFromEnv({ RATE_LIMIT_PER_MINUTE: "lots" })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it("describes a refusal as RATE_LIMITED with status 429 and Retry-After", () => {
    const error = rateLimited(42);
    expect(error.extensions.code).toBe("RATE_LIMITED");
    const httpHead = error.extensions.http as unknown as { status: number; headers: Map<string, string> };
    expect(httpHead.status).toBe(429);
    expect(httpHead.headers.get("retry-after")).toBe("42");
  });

  describe("per-address middleware", () => {
    const limiter = new RateLimiter(
      new MemoryRateLimitStore(),
      { perIdentity: 0, perAddress: 2, windowMs: MINUTE },
      log,
    );
    const app = express();
    app.use("/graphql", limiter.perAddress(), (_req, res) => void res.json({ data: { __typename: "Query" } }));
    const server = http.createServer(app);
    const listening = new Promise<string>((resolve) =>
      server.listen(0, "127.0.0.1", () =>
        resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`),
      ),
    );
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("answers 429 with RATE_LIMITED and Retry-After once an address is over its limit", async () => {
      const url = await listening;
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url)).status).toBe(200);
      const refused = await fetch(url);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      // Within this window or the next, however far into this one the requests came.
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(120);
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
    });
  });
});
