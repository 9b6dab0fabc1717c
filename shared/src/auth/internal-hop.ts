// The gateway → subgraph hop. Subgraphs answer only requests the gateway signed, so the identity in a
// request can be trusted and nobody can skip the gateway's checks by calling a subgraph directly. A signature
// is sealed to its request: the method, the destination (audience) and the body are signed with the identity,
// so a captured signature opens no other subgraph and carries no other query. The caller's trace position
// (W3C `traceparent`) is signed too: a subgraph continues a trace only from a hop it verified, and a
// relayed request cannot be re-attached to someone else's trace.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { Redis } from "ioredis";
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
  traceparent: "traceparent",
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
  /** The sender's span (W3C trace context), when it traces. */
  traceparent?: string;
}

function mac(
  secret: string,
  request: HopRequest,
  timestamp: string,
  nonce: string,
  requestId: string,
  identity: string,
  traceparent: string | undefined,
): Buffer {
  const bodyDigest = createHash("sha256").update(request.body).digest("base64url");
  const fields = [request.method ?? "POST", request.audience, bodyDigest, timestamp, nonce, requestId, identity];
  // Appended only when sent, so hops without one sign as before; adding, removing or changing it breaks the MAC.
  if (traceparent) fields.push(traceparent);
  return createHmac("sha256", secret).update(fields.join("\n")).digest();
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
  const { traceparent } = request;
  return {
    [HOP_HEADERS.identity]: encoded,
    [HOP_HEADERS.timestamp]: timestamp,
    [HOP_HEADERS.nonce]: nonce,
    [HOP_HEADERS.requestId]: requestId,
    ...(traceparent ? { [HOP_HEADERS.traceparent]: traceparent } : {}),
    [HOP_HEADERS.signature]: mac(secret, request, timestamp, nonce, requestId, encoded, traceparent).toString(
      "base64url",
    ),
  };
}

export type HopVerification =
  | { ok: true; identity: Identity; requestId: string; traceparent?: string }
  | { ok: false; reason: "missing" | "stale" | "forged" | "malformed" | "replayed" };

/**
 * Remembers the signatures accepted within the validity window, so a captured request sent again is
 * refused. One per receiving service: in Redis when `REDIS_URL` is set, so that every replica of a
 * subgraph refuses what any of them accepted; in memory otherwise.
 */
export interface ReplayGuard {
  readonly kind: "memory" | "redis";
  /** True the first time a signature is offered, false for every repeat while it is remembered. */
  firstUse(signature: string, validUntil: number, now?: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * One process's memory of signatures. Bounded: past `maxEntries` the oldest are forgotten first (size it
 * well above the number of requests a process serves in one window).
 */
export class MemoryReplayGuard implements ReplayGuard {
  readonly kind = "memory";
  /** signature → when it stops being valid anyway; insertion order ≈ arrival order. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly maxEntries = 200_000) {}

  async firstUse(signature: string, validUntil: number, now = Date.now()): Promise<boolean> {
    return this.firstUseNow(signature, validUntil, now);
  }

  /** The same, synchronously (the Redis guard's fallback). */
  firstUseNow(signature: string, validUntil: number, now = Date.now()): boolean {
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

  async close(): Promise<void> {
    this.seen.clear();
  }
}

/** The one Redis call the guard makes (an ioredis client has it). */
export interface ReplayRedis {
  set(key: string, value: string, px: "PX", milliseconds: number, nx: "NX"): Promise<"OK" | null>;
  quit(): Promise<unknown>;
}

/**
 * Signatures shared by every replica: `SET key 1 NX PX ttl` succeeds only for the first replica that sees
 * a signature, and Redis forgets it when it would be stale anyway. If Redis cannot answer, this process's
 * own memory decides (what a single replica would do) and a warning is logged: an outage of the guard's
 * store must neither close the center nor let a replay through the replica that saw the original.
 */
export class RedisReplayGuard implements ReplayGuard {
  readonly kind = "redis";
  private readonly fallback = new MemoryReplayGuard();

  constructor(
    private readonly redis: ReplayRedis,
    /** One key space per receiving service, e.g. `onedoor:hop:mediation:`. */
    private readonly prefix: string,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async firstUse(signature: string, validUntil: number, now = Date.now()): Promise<boolean> {
    // The local memory sees every signature too, so it can decide alone when Redis cannot.
    const locally = this.fallback.firstUseNow(signature, validUntil, now);
    if (!locally) return false;
    try {
      return (
        (await this.redis.set(`${this.prefix}${signature}`, "1", "PX", Math.max(1, validUntil - now), "NX")) === "OK"
      );
    } catch (error) {
      this.onError(error);
      return true;
    }
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

/**
 * The guard of the service `audience`: Redis when `REDIS_URL` is set (connected now, so a wrong URL stops
 * the service at start rather than at its first request), memory otherwise.
 */
export async function replayGuardFromEnv(
  audience: string,
  { env = process.env, onError }: { env?: NodeJS.ProcessEnv; onError?: (error: unknown) => void } = {},
): Promise<ReplayGuard> {
  if (!env.REDIS_URL) return new MemoryReplayGuard();
  // No offline queue and one retry: while Redis is away, requests must not wait for it.
  const redis = new Redis(env.REDIS_URL, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
  });
  redis.on("error", (error: unknown) => onError?.(error));
  await redis.connect();
  return new RedisReplayGuard(redis, `onedoor:hop:${audience}:`, onError);
}

/** Whether a request carries a signature at all: checked before its body is read, so unsigned traffic costs little. */
export const isSigned = (header: (name: string) => string | undefined): boolean =>
  Boolean(header(HOP_HEADERS.signature) && header(HOP_HEADERS.timestamp) && header(HOP_HEADERS.nonce));

/**
 * Accepts a request signed for `request` (this receiver, this method, these bytes) at most `maxAgeMs` ago
 * (either way, to allow small clock skew) and, given a `replay` guard, only once.
 */
export async function verifyHop(
  secret: string,
  header: (name: string) => string | undefined,
  request: HopRequest,
  { now = Date.now(), maxAgeMs = 30_000, replay }: { now?: number; maxAgeMs?: number; replay?: ReplayGuard } = {},
): Promise<HopVerification> {
  const encoded = header(HOP_HEADERS.identity);
  const timestamp = header(HOP_HEADERS.timestamp);
  const nonce = header(HOP_HEADERS.nonce);
  const signature = header(HOP_HEADERS.signature);
  const requestId = header(HOP_HEADERS.requestId) ?? "";
  const traceparent = header(HOP_HEADERS.traceparent) || undefined;
  if (!encoded || !timestamp || !nonce || !signature) return { ok: false, reason: "missing" };
  const expected = mac(secret, request, timestamp, nonce, requestId, encoded, traceparent);
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
  if (!isIdentity(identity)) return { ok: false, reason: "malformed" };
  // Only genuine, fresh, well-formed signatures are remembered, so forged traffic cannot crowd out real ones.
  if (replay && !(await replay.firstUse(expected.toString("base64url"), sentAt + maxAgeMs, now)))
    return { ok: false, reason: "replayed" };
  return { ok: true, identity, requestId, ...(traceparent ? { traceparent } : {}) };
}
