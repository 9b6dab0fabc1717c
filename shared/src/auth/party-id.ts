// Party ids (当事人标识): every department derives the same internal id from the identifier it holds
// (resident ID or unified social credit code), so records of one person join across subgraphs without
// the ID number ever being a key, a URL or a log line. A keyed hash: without the center's secret the
// id cannot be reversed by trying every possible ID number (there are only ~10^11 of them).
import { createHmac } from "node:crypto";
import { runtimeMode } from "../config.js";
import { compactInput } from "../validators/normalise.js";

const DEVELOPMENT_PARTY_SECRET = "onedoor-development-party-id-secret-not-for-production";

/** `ONEDOOR_PARTY_ID_SECRET`: the same in every subgraph and in the identity provider that issues resident tokens. */
export function partyIdSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.ONEDOOR_PARTY_ID_SECRET;
  if (runtimeMode(env) === "production" && (!secret || secret === DEVELOPMENT_PARTY_SECRET || secret.length < 32)) {
    throw new Error("ONEDOOR_PARTY_ID_SECRET must be set to a secret of at least 32 characters in production");
  }
  return secret || DEVELOPMENT_PARTY_SECRET;
}

export type PartyIdentifier = { residentId: string } | { creditCode: string };

/** `P` + 20 base32 characters; the same input gives the same id in every subgraph. */
export function partyIdOf(identifier: PartyIdentifier, secret = partyIdSecret()): string {
  const [kind, value] =
    "residentId" in identifier ? ["person", identifier.residentId] : ["organisation", identifier.creditCode];
  const digest = createHmac("sha256", secret)
    .update(`${kind}:${compactInput(value).toUpperCase()}`)
    .digest();
  return `P${base32(digest).slice(0, 20)}`;
}

/** For records that may lack an identifier (e.g. migrated before it was required). */
export function partyIdOrNull(
  identifier: { residentId?: string | null; creditCode?: string | null },
  secret?: string,
): string | null {
  if (identifier.residentId) return partyIdOf({ residentId: identifier.residentId }, secret);
  if (identifier.creditCode) return partyIdOf({ creditCode: identifier.creditCode }, secret);
  return null;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}
