import { describe, expect, it } from "vitest";
import {
  DEVELOPMENT_SECRET,
  HOP_HEADERS,
  internalSecret,
  ReplayGuard,
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
  it("accepts what the gateway signed and returns the identity and request id", () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    expect(verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_500 })).toEqual({
      ok: true,
      identity: clerk,
      requestId: "req-1",
    });
  });

  it("rejects unsigned requests", () => {
    expect(verifyHop(secret, headerReader({}), REQUEST)).toEqual({ ok: false, reason: "missing" });
  });

  it("rejects a signature made with another secret", () => {
    const headers = signHop("another-secret-another-secret-another", clerk, "req-1", REQUEST);
    expect(verifyHop(secret, headerReader(headers), REQUEST)).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects an identity swapped after signing (privilege escalation attempt)", () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST);
    headers[HOP_HEADERS.identity] = Buffer.from(JSON.stringify({ roles: ["commander"] })).toString("base64url");
    expect(verifyHop(secret, headerReader(headers), REQUEST)).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects a changed request id, so log correlation cannot be spoofed", () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST);
    headers[HOP_HEADERS.requestId] = "req-2";
    expect(verifyHop(secret, headerReader(headers), REQUEST)).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects stale requests (replay) in both directions of clock skew", () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    expect(verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_000 + 30_001 })).toMatchObject({
      reason: "stale",
    });
    expect(verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_000 - 30_001 })).toMatchObject({
      reason: "stale",
    });
  });

  it("rejects a changed or missing nonce", () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST);
    expect(
      verifyHop(secret, headerReader({ ...headers, [HOP_HEADERS.nonce]: "another-nonce" }), REQUEST),
    ).toMatchObject({
      reason: "forged",
    });
    const { [HOP_HEADERS.nonce]: _dropped, ...withoutNonce } = headers;
    expect(verifyHop(secret, headerReader(withoutNonce), REQUEST)).toMatchObject({ reason: "missing" });
  });

  it("signs two calls of the same request in the same millisecond differently", () => {
    const first = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    const second = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    expect(first[HOP_HEADERS.signature]).not.toBe(second[HOP_HEADERS.signature]);
  });

  it("with a replay guard, accepts a signature once and refuses it again within the window", () => {
    const replay = new ReplayGuard();
    const headers = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    expect(verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_100, replay })).toMatchObject({ ok: true });
    expect(verifyHop(secret, headerReader(headers), REQUEST, { now: 1_000_200, replay })).toEqual({
      ok: false,
      reason: "replayed",
    });
    // Another request of the same caller is not affected.
    expect(
      verifyHop(secret, headerReader(signHop(secret, clerk, "req-1", REQUEST, 1_000_000)), REQUEST, {
        now: 1_000_200,
        replay,
      }),
    ).toMatchObject({ ok: true });
  });

  it("does not remember forged signatures", () => {
    const replay = new ReplayGuard();
    verifyHop(
      secret,
      headerReader(signHop("another-secret-another-secret-another", clerk, "req-1", REQUEST)),
      REQUEST,
      {
        replay,
      },
    );
    expect(replay.size).toBe(0);
  });

  it("is sealed to its destination, its body and its method: a captured signature opens nothing else", () => {
    const headers = signHop(secret, clerk, "req-1", REQUEST, 1_000_000);
    const check = (request: HopRequest) => verifyHop(secret, headerReader(headers), request, { now: 1_000_100 });
    expect(check(REQUEST)).toMatchObject({ ok: true });
    expect(check({ ...REQUEST, audience: "mediation" })).toMatchObject({ ok: false, reason: "forged" });
    expect(check({ ...REQUEST, body: '{"query":"{ disputes { edges { node { code } } } }"}' })).toMatchObject({
      ok: false,
      reason: "forged",
    });
    expect(check({ ...REQUEST, body: Buffer.from(REQUEST.body) })).toMatchObject({ ok: true });
    expect(check({ ...REQUEST, method: "GET" })).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects a signed identity that is not a valid identity", () => {
    const headers = signHop(secret, { roles: ["emperor"] } as unknown as Identity, "req-1", REQUEST);
    expect(verifyHop(secret, headerReader(headers), REQUEST)).toMatchObject({ ok: false, reason: "malformed" });
  });
});

describe("replay guard", () => {
  it("forgets signatures once they have expired anyway, and stays within its bound", () => {
    const guard = new ReplayGuard(3);
    expect(guard.firstUse("a", 1_000, 0)).toBe(true);
    expect(guard.firstUse("b", 1_000, 0)).toBe(true);
    expect(guard.firstUse("a", 1_000, 500)).toBe(false);
    // After the window "a" would be refused as stale by verifyHop; the guard need not keep it.
    expect(guard.firstUse("c", 3_000, 1_500)).toBe(true);
    expect(guard.size).toBe(1);
    for (const s of ["d", "e", "f", "g"]) guard.firstUse(s, 5_000, 2_000);
    expect(guard.size).toBe(3);
    expect(guard.firstUse("g", 5_000, 2_000)).toBe(false);
  });
});

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
