import { randomUUID } from "node:crypto";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import {
  DEVELOPMENT_SECRET,
  HOP_HEADERS,
  internalSecret,
  MemoryReplayGuard,
  RedisReplayGuard,
  replayGuardFromEnv,
  type ReplayRedis,
  signHop,
  verifyHop,
  type HopRequest,
} from "./internal-hop.js";
import type { Identity } from "./identity.js";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const clerk: Identity = { userId: "u-1024", roles: ["intakeClerk"], department: "petitions" };
const headerReader = (headers: Record<string, string>) => (name: string) => headers[name];
const REQUEST = { audience: "petitions", body: '{"query":"{ dispute(code: \\"330122260000016\\") { status } }"}' };

describe("internal hop signature", () => {
  it("accepts what the gateway signed and returns the identity and request id", async () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    expect(await verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_500 })).toEqual({
      ok: true,
      identity: clerk,
      requestId: "req-1",
    });
  });

  it("rejects unsigned requests", async () => {
    expect(await verifyHop(secret, headerReader({}), REQUEST)).toEqual({ ok: false, reason: "missing" });
  });

  it("rejects a signature made with another secret", async () => {
    const headers = signHop("another-secret-another-secret-another", clerk, "req-1", REQUEST);
    expect(await verifyHop(secret, headerReader(headers), REQUEST)).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects an identity swapped after signing (privilege escalation attempt)", async () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST);
    headers[HOP_HEADERS.identity] = Buffer.from(JSON.stringify({ roles: ["commander"] })).toString("base64url");
    expect(await verifyHop(secret, headerReader(headers), REQUEST)).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects a changed request id, so log correlation cannot be spoofed", async () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST);
    headers[HOP_HEADERS.requestId] = "req-2";
    expect(await verifyHop(secret, headerReader(headers), REQUEST)).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects stale requests (replay) in both directions of clock skew", async () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    expect(await verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_000 + 30_001 })).toMatchObject({
      reason: "stale",
    });
    expect(await verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_000 - 30_001 })).toMatchObject({
      reason: "stale",
    });
  });

  it("rejects a changed or missing nonce", async () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST);
    expect(
      await verifyHop(secret, headerReader({ ...headers, [HOP_HEADERS.nonce]: "another-nonce" }), REQUEST),
    ).toMatchObject({
      reason: "forged",
    });
    const { [HOP_HEADERS.nonce]: _dropped, ...withoutNonce } = headers;
    expect(await verifyHop(secret, headerReader(withoutNonce), REQUEST)).toMatchObject({ reason: "missing" });
  });

  it("signs two calls of the same request in the same millisecond differently", () => {
    const first = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    const second = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    expect(first[HOP_HEADERS.signature]).not.toBe(second[HOP_HEADERS.signature]);
  });

  it("with a replay guard, accepts a signature once and refuses it again within the window", async () => {
    const replay = new MemoryReplayGuard();
    const headers = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    expect(await verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_100, replay })).toMatchObject({
      ok: true,
    });
    expect(await verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_200, replay })).toEqual({
      ok: false,
      reason: "replayed",
    });
    // Another request of the same caller is not affected.
    expect(
      await verifyHop(secret, headerReader(signHop(secret, clerk, "req-1", REQUEST, 1_000_000)), REQUEST, {
        now: 1_000_200,
        replay,
      }),
    ).toMatchObject({ ok: true });
  });

  it("does not remember forged signatures", async () => {
    const replay = new MemoryReplayGuard();
    await verifyHop(
      secret,
      headerReader(signHop("another-secret-another-secret-another", clerk, "req-1", REQUEST)),
      REQUEST,
      {
        replay,
      },
    );
    expect(replay.size).toBe(0);
  });

  it("is sealed to its destination, its body and its method: a captured signature opens nothing else", async () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    const check = (request: HopRequest) => verifyHop(secret, headerReader(headers), request, { now: 1_000_100 });
    expect(await check(REQUEST)).toMatchObject({ ok: true });
    expect(await check({ ...REQUEST, audience: "mediation" })).toMatchObject({ ok: false, reason: "forged" });
    expect(await check({ ...REQUEST, body: '{"query":"{ disputes { edges { node { code } } } }"}' })).toMatchObject({
      ok: false,
      reason: "forged",
    });
    expect(await check({ ...REQUEST, body: Buffer.from(REQUEST.body) })).toMatchObject({ ok: true });
    expect(await check({ ...REQUEST, method: "GET" })).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects a signed identity that is not a valid identity", async () => {
    const headers = signHop(secret, { roles: ["emperor"] } as unknown as Identity, "req-1", REQUEST);
    expect(await verifyHop(secret, headerReader(headers), REQUEST)).toMatchObject({ ok: false, reason: "malformed" });
  });
});

describe("trace context on the hop", () => {
  const GATEWAY_SPAN = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
  const OTHER_SPAN = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  const traced = { ...REQUEST, traceparent: GATEWAY_SPAN };

  it("sends the signed traceparent and gives it back once verified (control)", async () => {
    const headers = signHop(secret, clerk, "req-1", traced);
    expect(headers[HOP_HEADERS.traceparent]).toBe(GATEWAY_SPAN);
    expect(await verifyHop(secret, headerReader(headers), REQUEST)).toEqual({
      ok: true,
      identity: clerk,
      requestId: "req-1",
      traceparent: GATEWAY_SPAN,
    });
  });

  it("refuses a traceparent swapped, removed or added after signing", async () => {
    const signed = signHop(secret, clerk, "req-1", traced);
    const swapped = { ...signed, [HOP_HEADERS.traceparent]: OTHER_SPAN };
    expect(await verifyHop(secret, headerReader(swapped), REQUEST)).toEqual({ ok: false, reason: "forged" });
    const { [HOP_HEADERS.traceparent]: _removed, ...stripped } = signed;
    expect(await verifyHop(secret, headerReader(stripped), REQUEST)).toEqual({ ok: false, reason: "forged" });
    const untraced = signHop(secret, clerk, "req-1", REQUEST);
    const added = { ...untraced, [HOP_HEADERS.traceparent]: OTHER_SPAN };
    expect(await verifyHop(secret, headerReader(added), REQUEST)).toEqual({ ok: false, reason: "forged" });
  });

  it("signs a hop without a traceparent as before, so untraced senders still verify", async () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST);
    expect(headers).not.toHaveProperty(HOP_HEADERS.traceparent);
    expect(await verifyHop(secret, headerReader(headers), REQUEST)).toEqual({
      ok: true,
      identity: clerk,
      requestId: "req-1",
    });
  });
});

describe("replay guard in memory", () => {
  it("forgets signatures once they have expired anyway, and stays within its bound", () => {
    const guard = new MemoryReplayGuard(3);
    expect(guard.firstUseNow("a", 1_000, 0)).toBe(true);
    expect(guard.firstUseNow("b", 1_000, 0)).toBe(true);
    expect(guard.firstUseNow("a", 1_000, 500)).toBe(false);
    // After the window "a" would be refused as stale by verifyHop; the guard need not keep it.
    expect(guard.firstUseNow("c", 3_000, 1_500)).toBe(true);
    expect(guard.size).toBe(1);
    for (const s of ["d", "e", "f", "g"]) guard.firstUseNow(s, 5_000, 2_000);
    expect(guard.size).toBe(3);
    expect(guard.firstUseNow("g", 5_000, 2_000)).toBe(false);
  });
});

/** The two Redis calls the guard makes, in process: `SET key value PX ms NX` on one clock, and `QUIT`. */
function fakeRedis(clock: { now: number }) {
  const keys = new Map<string, number>();
  const calls: { key: string; ttl: number }[] = [];
  let down = false;
  const redis: ReplayRedis = {
    async set(key, _value, _px, milliseconds) {
      if (down) throw new Error("Connection is closed.");
      calls.push({ key, ttl: milliseconds });
      const expires = keys.get(key);
      if (expires !== undefined && expires > clock.now) return null;
      keys.set(key, clock.now + milliseconds);
      return "OK";
    },
    async quit() {
      keys.clear();
      return "OK";
    },
  };
  return { redis, calls, setDown: (value: boolean) => (down = value) };
}

describe("replay guard shared by replicas (Redis)", () => {
  const clock = { now: 1_000_000 };
  const opts = (replay: RedisReplayGuard) => ({ now: clock.now, replay });

  it("refuses on one replica a signature another replica accepted, until it would be stale anyway", async () => {
    const { redis, calls } = fakeRedis(clock);
    const [first, second] = [
      new RedisReplayGuard(redis, "hop:petitions:"),
      new RedisReplayGuard(redis, "hop:petitions:"),
    ];
    const headers = signHop(secret, clerk, "req-1", REQUEST, clock.now);
    expect(await verifyHop(secret, headerReader(headers), REQUEST, opts(first))).toMatchObject({ ok: true });
    expect(await verifyHop(secret, headerReader(headers), REQUEST, opts(second))).toEqual({
      ok: false,
      reason: "replayed",
    });
    // Kept in Redis only as long as the signature could be accepted: its timestamp plus the 30 s window.
    expect(calls[0]).toEqual({ key: `hop:petitions:${headers[HOP_HEADERS.signature]}`, ttl: 30_000 });
    // Another signature of the same caller passes on either replica.
    const fresh = signHop(secret, clerk, "req-1", REQUEST, clock.now);
    expect(await verifyHop(secret, headerReader(fresh), REQUEST, opts(second))).toMatchObject({ ok: true });
  });

  it("does not write forged or stale signatures to Redis", async () => {
    const { redis, calls } = fakeRedis(clock);
    const guard = new RedisReplayGuard(redis, "hop:petitions:");
    const forged = signHop("another-secret-another-secret-another", clerk, "req-1", REQUEST, clock.now);
    const stale = signHop(secret, clerk, "req-1", REQUEST, clock.now - 31_000);
    expect(await verifyHop(secret, headerReader(forged), REQUEST, opts(guard))).toMatchObject({ reason: "forged" });
    expect(await verifyHop(secret, headerReader(stale), REQUEST, opts(guard))).toMatchObject({ reason: "stale" });
    expect(calls).toEqual([]);
  });

  it("while Redis is away, decides with the replica's own memory and reports the error", async () => {
    const { redis, setDown } = fakeRedis(clock);
    const errors: unknown[] = [];
    const guard = new RedisReplayGuard(redis, "hop:petitions:", (error) => errors.push(error));
    setDown(true);
    const headers = signHop(secret, clerk, "req-1", REQUEST, clock.now);
    expect(await verifyHop(secret, headerReader(headers), REQUEST, opts(guard))).toMatchObject({ ok: true });
    expect(await verifyHop(secret, headerReader(headers), REQUEST, opts(guard))).toMatchObject({ reason: "replayed" });
    expect(errors).toHaveLength(1);
    // Back again: what the replica accepted meanwhile is still refused by it.
    setDown(false);
    expect(await verifyHop(secret, headerReader(headers), REQUEST, opts(guard))).toMatchObject({ reason: "replayed" });
  });

  it("is memory without REDIS_URL", async () => {
    const guard = await replayGuardFromEnv("petitions", { env: {} });
    expect(guard.kind).toBe("memory");
    await guard.close();
  });
});

// Against a real Redis when one answers (REDIS_URL, or the default local one), as the rate-limit store's
// tests do; the logic above needs none. Keys carry a unique audience so runs never meet.
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
  describe(`replay guard on Redis (ran against ${REDIS_URL})`, () => {
    it("two replicas connected from the environment share what they accepted", async () => {
      const audience = `test-${randomUUID()}`;
      const env = { REDIS_URL };
      const [first, second] = await Promise.all([
        replayGuardFromEnv(audience, { env }),
        replayGuardFromEnv(audience, { env }),
      ]);
      try {
        expect([first.kind, second.kind]).toEqual(["redis", "redis"]);
        const headers = signHop(secret, clerk, "req-1", REQUEST);
        expect(await verifyHop(secret, headerReader(headers), REQUEST, { replay: first })).toMatchObject({ ok: true });
        expect(await verifyHop(secret, headerReader(headers), REQUEST, { replay: second })).toMatchObject({
          reason: "replayed",
        });
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    });
  });
} else {
  describe(`replay guard on Redis (no Redis answered at ${REDIS_URL}: ran the outage test only)`, () => {
    it("refuses to start against an unreachable Redis", async () => {
      await expect(replayGuardFromEnv("petitions", { env: { REDIS_URL } })).rejects.toThrow();
    });
  });
}

describe("internal secret", () => {
  it("falls back to the development secret outside production", () => {
    expect(internalSecret({ NODE_ENV: "development" })).toBe(DEVELOPMENT_SECRET);
  });

  it("refuses to run production without a secret, with the development one, or with a short one", () => {
    expect(() => internalSecret({ NODE_ENV: "production" })).toThrow(/ONEDOOR_INTERNAL_SECRET/);
    expect(() => internalSecret({ NODE_ENV: "production", ONEDOOR_INTERNAL_SECRET: DEVELOPMENT_SECRET })).toThrow();
    expect(() => internalSecret({ NODE_ENV: "production", ONEDOOR_INTERNAL_SECRET: "short" })).toThrow();
    expect(internalSecret({ NODE_ENV: "production", ONEDOOR_INTERNAL_SECRET: secret })).toBe(secret);
  });
});
