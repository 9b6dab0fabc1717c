import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SECRET, HOP_HEADERS, internalSecret, signHop, verifyHop } from "./internal-hop.js";
import type { Identity } from "./identity.js";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const clerk: Identity = { userId: "u-1024", roles: ["intakeClerk"], department: "petitions" };
const headerReader = (headers: Record<string, string>) => (name: string) => headers[name];

describe("internal hop signature", () => {
  it("accepts what the gateway signed and returns the identity and request id", () => {
    const headers = signHop(secret, clerk, "req-1", 1_000_000);
    expect(verifyHop(secret, headerReader(headers), { now: 1_000_500 })).toEqual({ ok: true, identity: clerk, requestId: "req-1" });
  });

  it("rejects unsigned requests", () => {
    expect(verifyHop(secret, headerReader({}))).toEqual({ ok: false, reason: "missing" });
  });

  it("rejects a signature made with another secret", () => {
    const headers = signHop("another-secret-another-secret-another", clerk, "req-1");
    expect(verifyHop(secret, headerReader(headers))).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects an identity swapped after signing (privilege escalation attempt)", () => {
    const headers = signHop(secret, clerk, "req-1");
    headers[HOP_HEADERS.identity] = Buffer.from(JSON.stringify({ roles: ["commander"] })).toString("base64url");
    expect(verifyHop(secret, headerReader(headers))).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects a changed request id, so log correlation cannot be spoofed", () => {
    const headers = signHop(secret, clerk, "req-1");
    headers[HOP_HEADERS.requestId] = "req-2";
    expect(verifyHop(secret, headerReader(headers))).toMatchObject({ ok: false, reason: "forged" });
  });

  it("rejects stale requests (replay) in both directions of clock skew", () => {
    const headers = signHop(secret, clerk, "req-1", 1_000_000);
    expect(verifyHop(secret, headerReader(headers), { now: 1_000_000 + 30_001 })).toMatchObject({ reason: "stale" });
    expect(verifyHop(secret, headerReader(headers), { now: 1_000_000 - 30_001 })).toMatchObject({ reason: "stale" });
  });

  it("rejects a signed identity that is not a valid identity", () => {
    const headers = signHop(secret, { roles: ["emperor"] } as unknown as Identity, "req-1");
    expect(verifyHop(secret, headerReader(headers))).toMatchObject({ ok: false, reason: "malformed" });
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
