// Seals on the registry's plumbing fields. A department answers `_entities` with whatever representation it is
// handed, and a representation is chosen by the caller of `_entities`, not by the registry: anyone holding a
// valid hop could claim `partyIds: [<his id>]` for someone else's dispute. So the registry sends each list it
// owns with a seal (an HMAC with the party-id secret, which every department holds, over what the list is
// about and its sorted values), and departments use a list only when its seal verifies. A seal proves only
// what the registry would say anyway: sent again, it cannot widen anything.
import { createHmac, timingSafeEqual } from "node:crypto";
import { partyIdSecret } from "../auth/party-id.js";

/**
 * What a sealed list is about: the parties of a dispute (their ids, or their names), or the disputes of a party
 * (their codes, or their parties' names).
 */
export type SealedList = "dispute-parties" | "dispute-party-names" | "party-disputes" | "party-dispute-party-names";

/** The registry's seal over `values` (order does not matter) for the entity keyed `key`. */
export function sealList(kind: SealedList, key: string, values: readonly string[], secret = partyIdSecret()): string {
  return (
    createHmac("sha256", secret)
      // JSON: no value can run into the next one, whatever characters it holds.
      .update(JSON.stringify(["onedoor-representation-seal", kind, key, [...values].sort()]))
      .digest("base64url")
  );
}

/** `values` when `seal` is the registry's seal over them; undefined otherwise (absent, forged or for other values). */
export function unsealList(
  kind: SealedList,
  key: string,
  values: readonly string[] | undefined,
  seal: string | undefined,
  secret = partyIdSecret(),
): string[] | undefined {
  if (!Array.isArray(values) || typeof seal !== "string" || !values.every((v) => typeof v === "string"))
    return undefined;
  const expected = Buffer.from(sealList(kind, key, values, secret), "base64url");
  const given = Buffer.from(seal, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? [...values] : undefined;
}
