// The gateway → subgraph hop. Subgraphs answer only requests the gateway signed, so the identity in a
// request can be trusted and nobody can skip the gateway's checks by calling a subgraph directly. A signature
// is sealed to its request: the method, the destination (audience) and the body are signed with the identity,
// so a captured signature opens no other subgraph and carries no other query.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { runtimeMode } from "../config.js";
import { isIdentity, type Identity } from "./identity.js";

export const HOP_HEADERS = {
  identity: "x-onedoor-identity",
  timestamp: "x-onedoor-timestamp",
  // Makes every signature unique, even two calls in the same millisecond for the same request,
  // so a subgraph can refuse any signature it has already seen (replay).
  nonce: "x-onedoor-nonce",
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
      throw new Error(
        `ONEDOOR_INTERNAL_SECRET must be set to a secret of at least ${MIN_SECRET_LENGTH} characters in production`,
      );
    }
    return secret;
  }
  return secret || DEVELOPMENT_SECRET;
}

/** What a signature is sealed to besides who and when. */
export interface HopRequest {
  /** The receiving service (a subgraph's name): a signature for one opens no other. */
  audience: string;
  method?: string;
  /** The exact bytes sent. */
  body: string | Buffer;
}

function mac(
  secret: string,
  request: HopRequest,
  timestamp: string,
  nonce: string,
  requestId: string,
  identity: string,
): Buffer {
  const bodyDigest = createHash("sha256").update(request.body).digest("base64url");
  return createHmac("sha256", secret)
    .update([request.method ?? "POST", request.audience, bodyDigest, timestamp, nonce, requestId, identity].join("\n"))
    .digest();
}

export function signHop(
  secret: string,
  identity: Identity,
  requestId: string,
  request: HopRequest,
  now = Date.now(),
): Record<string, string> {
  const encoded = Buffer.from(JSON.stringify(identity)).toString("base64url");
  const timestamp = String(now);
  const nonce = randomBytes(16).toString("base64url");
  return {
    [HOP_HEADERS.identity]: encoded,
    [HOP_HEADERS.timestamp]: timestamp,
    [HOP_HEADERS.nonce]: nonce,
    [HOP_HEADERS.requestId]: requestId,
    [HOP_HEADERS.signature]: mac(secret, request, timestamp, nonce, requestId, encoded).toString("base64url"),
  };
}

export type HopVerification =
  | { ok: true; identity: Identity; requestId: string }
  | { ok: false; reason: "missing" | "stale" | "forged" | "malformed" | "replayed" };

/**
 * The signatures a process accepted within the validity window: a captured request sent again is
 * refused. Bounded: past `maxEntries` the oldest are forgotten first (size it well above the number of
 * requests a process serves in one window).
 */
export class ReplayGuard {
  /** signature → when it stops being valid anyway; insertion order ≈ arrival order. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly maxEntries = 200_000) {}

  /** True the first time a signature is offered, false for every repeat while it is remembered. */
  firstUse(signature: string, validUntil: number, now = Date.now()): boolean {
    for (const [old, until] of this.seen) {
      if (until >= now) break;
      this.seen.delete(old);
    }
    const until = this.seen.get(signature);
    if (until !== undefined && until >= now) return false;
    this.seen.set(signature, validUntil);
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}

/** Whether a request carries a signature at all: checked before its body is read, so unsigned traffic costs little. */
export const isSigned = (header: (name: string) => string | undefined): boolean =>
  Boolean(header(HOP_HEADERS.signature) && header(HOP_HEADERS.timestamp) && header(HOP_HEADERS.nonce));

/**
 * Accepts a request signed for `request` (this receiver, this method, these bytes) at most `maxAgeMs` ago
 * (either way, to allow small clock skew) and, given a `replay` guard, only once.
 */
export function verifyHop(
  secret: string,
  header: (name: string) => string | undefined,
  request: HopRequest,
  { now = Date.now(), maxAgeMs = 30_000, replay }: { now?: number; maxAgeMs?: number; replay?: ReplayGuard } = {},
): HopVerification {
  const encoded = header(HOP_HEADERS.identity);
  const timestamp = header(HOP_HEADERS.timestamp);
  const nonce = header(HOP_HEADERS.nonce);
  const signature = header(HOP_HEADERS.signature);
  const requestId = header(HOP_HEADERS.requestId) ?? "";
  if (!encoded || !timestamp || !nonce || !signature) return { ok: false, reason: "missing" };
  const expected = mac(secret, request, timestamp, nonce, requestId, encoded);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "forged" };
  const sentAt = Number(timestamp);
  if (!Number.isFinite(sentAt) || Math.abs(now - sentAt) > maxAgeMs) return { ok: false, reason: "stale" };
  // Only genuine, fresh signatures are remembered, so forged traffic cannot crowd out real ones.
  if (replay && !replay.firstUse(expected.toString("base64url"), sentAt + maxAgeMs, now))
    return { ok: false, reason: "replayed" };
  let identity: unknown;
  try {
    identity = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  return isIdentity(identity) ? { ok: true, identity, requestId } : { ok: false, reason: "malformed" };
}
