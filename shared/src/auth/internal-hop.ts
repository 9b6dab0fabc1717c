// The gateway → subgraph hop. Subgraphs answer only requests the gateway signed, so the identity in a
// request can be trusted and nobody can skip the gateway's checks by calling a subgraph directly.
import { createHmac, timingSafeEqual } from "node:crypto";
import { runtimeMode } from "../config.js";
import { isIdentity, type Identity } from "./identity.js";

export const HOP_HEADERS = {
  identity: "x-onedoor-identity",
  timestamp: "x-onedoor-timestamp",
  signature: "x-onedoor-signature",
  requestId: "x-request-id",
} as const;

/** Used only outside production so that `npm start` and tests need no set-up. */
export const DEVELOPMENT_SECRET = "onedoor-development-internal-secret-not-for-production";
const MIN_SECRET_LENGTH = 32;

/** `ONEDOOR_INTERNAL_SECRET`; production refuses to start without a real one. */
export function internalSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.ONEDOOR_INTERNAL_SECRET;
  if (runtimeMode(env) === "production") {
    if (!secret || secret === DEVELOPMENT_SECRET || secret.length < MIN_SECRET_LENGTH) {
      throw new Error(`ONEDOOR_INTERNAL_SECRET must be set to a secret of at least ${MIN_SECRET_LENGTH} characters in production`);
    }
    return secret;
  }
  return secret || DEVELOPMENT_SECRET;
}

function mac(secret: string, timestamp: string, requestId: string, identity: string): Buffer {
  return createHmac("sha256", secret).update(`${timestamp}\n${requestId}\n${identity}`).digest();
}

export function signHop(secret: string, identity: Identity, requestId: string, now = Date.now()): Record<string, string> {
  const encoded = Buffer.from(JSON.stringify(identity)).toString("base64url");
  const timestamp = String(now);
  return {
    [HOP_HEADERS.identity]: encoded,
    [HOP_HEADERS.timestamp]: timestamp,
    [HOP_HEADERS.requestId]: requestId,
    [HOP_HEADERS.signature]: mac(secret, timestamp, requestId, encoded).toString("base64url"),
  };
}

export type HopVerification =
  | { ok: true; identity: Identity; requestId: string }
  | { ok: false; reason: "missing" | "stale" | "forged" | "malformed" };

/** Accepts a request signed at most `maxAgeMs` ago (either way, to allow small clock skew). */
export function verifyHop(
  secret: string,
  header: (name: string) => string | undefined,
  { now = Date.now(), maxAgeMs = 30_000 } = {},
): HopVerification {
  const encoded = header(HOP_HEADERS.identity);
  const timestamp = header(HOP_HEADERS.timestamp);
  const signature = header(HOP_HEADERS.signature);
  const requestId = header(HOP_HEADERS.requestId) ?? "";
  if (!encoded || !timestamp || !signature) return { ok: false, reason: "missing" };
  const expected = mac(secret, timestamp, requestId, encoded);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "forged" };
  const sentAt = Number(timestamp);
  if (!Number.isFinite(sentAt) || Math.abs(now - sentAt) > maxAgeMs) return { ok: false, reason: "stale" };
  let identity: unknown;
  try {
    identity = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  return isIdentity(identity) ? { ok: true, identity, requestId } : { ok: false, reason: "malformed" };
}
